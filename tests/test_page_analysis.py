"""Page analysis with the real engines: blank check, orientation, skew and barcodes."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from PIL import Image, ImageDraw

from config.settings import load_settings
from pipeline.models import OcrResult, PageImage, Word
from pipeline.pages import barcodes, imaging, ocr
from sample_scans import render
from tests.conftest import SAMPLES, digitize

S = load_settings(environ={})
FORMATS = ["Code128", "Code39", "QRCode", "DataMatrix", "PDF417"]
VALUE = "MRN=1234567;DOB=1970-01-02"


def _ink(img: Image.Image) -> float:
    a = S.analysis
    return imaging.measure_ink(np.asarray(img), 300, a.ink_darkness, a.blank_margin).ink_per_sq_inch


def _content_page() -> Image.Image:
    c = render.Canvas()
    c.line("PROGRESS NOTE", size=64, bold=True)
    for n in range(12):
        c.paragraph(f"Line {n}: the patient reports feeling better and walked in the hallway.")
    return c.done().image


def test_blank_backs_with_bleed_through_and_specks_are_blank():
    rng = random.Random(1)
    for bleed in (None, _content_page()):
        assert _ink(render.blank_back(rng, bleed)) < S.analysis.blank_max_ink_per_sq_inch


@pytest.mark.parametrize("mark", ["signature line", "few words"])
def test_a_signature_line_or_a_few_words_is_not_blank(mark):
    img = render.blank_back(random.Random(2), None)
    d = ImageDraw.Draw(img)
    if mark == "signature line":
        d.line([(1200, 2600), (2100, 2600)], fill=20, width=3)
    else:
        d.text((400, 1500), "Reviewed.", fill=20, font=render._font(render.BODY, 40))
    assert _ink(img) > S.analysis.blank_max_ink_per_sq_inch


@pytest.mark.parametrize("fed", [90, 180, 270])
def test_orientation_is_detected(fed, tmp_path):
    page = np.asarray(_content_page().rotate(-fed, expand=True))
    rotation, confidence = ocr.detect_orientation(page, tmp_path, "p")
    assert rotation == (360 - fed) % 360 and confidence >= S.analysis.osd_min_confidence


def _read(text: str, confidence: float, tall: bool = False) -> OcrResult:
    size = (20, 60) if tall else (60, 20)  # (width, height) of each word box
    words = [Word(t, confidence, n // 8, *size) for n, t in enumerate(text.split())]
    return OcrResult(text, words, confidence)


NOISY_FAX = "Patient was seen today for follow up and the pain has not returned since the visit"
UPSIDE_DOWN = "ʇuǝᴉʇɐd sɐʍ uǝǝs ʎɐpoʇ 1oj dn ʍo11oj puɐ ǝɥʇ uᴉɐd sɐɥ ʇou pǝuɹnʇǝɹ ǝɔuᴉs ǝɥʇ"


def test_upright_without_orientation_detection_when_clear_or_spelled():
    assert ocr.looks_upright(_read(NOISY_FAX, 92.0))
    assert ocr.looks_upright(_read(NOISY_FAX, 45.0))  # a noisy fax still spells common words
    assert not ocr.looks_upright(_read(NOISY_FAX, 95.0, tall=True))  # read sideways
    assert not ocr.looks_upright(_read(NOISY_FAX, 45.0, tall=True))
    assert not ocr.looks_upright(_read(UPSIDE_DOWN, 40.0))
    assert not ocr.looks_upright(_read("Na K Cl CO2 BUN Glu 140 4.1 101 24 12 98", 55.0))


@pytest.mark.parametrize("angle", [-4.0, -1.2, 2.5])
def test_skew_is_measured(angle):
    page = np.asarray(_content_page().rotate(angle, resample=Image.BICUBIC, fillcolor=255))
    est = imaging.estimate_skew(page, S.analysis.ink_darkness, S.analysis.max_skew_degrees)
    assert abs(est - angle) < 0.3


def _code_page(symbology: str, *, rotate: int = 0, contrast: float = 1.0) -> np.ndarray:
    c = render.Canvas()
    c.line("PATIENT COVER SHEET", size=72, bold=True)
    c.paste(render.barcode_image(VALUE, symbology))
    img = c.done().image
    if contrast != 1.0:
        img = Image.eval(img, lambda v: int(255 - (255 - v) * contrast))
    return np.asarray(img.rotate(rotate, expand=True, fillcolor=255))


@pytest.mark.parametrize("symbology", FORMATS)
def test_every_symbology_is_read_upright_rotated_and_faint(symbology):
    for kwargs in ({}, {"rotate": 90}, {"rotate": 7}, {"contrast": 0.35}):
        reads = barcodes.read(_code_page(symbology, **kwargs), FORMATS)
        assert [(r.format, r.value) for r in reads] == [(symbology, VALUE)], kwargs


def test_fax_quality_code_is_read():
    img, dpi = render.fax(Image.fromarray(_code_page("Code128")))
    fax_dpi = (float(dpi[0]), float(dpi[1]))
    page = imaging.square_pixels(PageImage(0, np.asarray(img.convert("L")), fax_dpi, True))
    assert [r.value for r in barcodes.read(page.pixels, FORMATS)] == [VALUE]


def test_pyzbar_gives_a_second_opinion():
    reads = barcodes._pyzbar(_code_page("Code128"), FORMATS)
    assert [(r.format, r.value, r.reader) for r in reads] == [("Code128", VALUE, "pyzbar")]


def test_barcodes_command_lists_codes_as_json_lines():
    truth = json.loads((SAMPLES / "batch1.truth.json").read_text())
    masked = digitize("barcodes", SAMPLES / "batch1.pdf", "--json", check=True).stdout
    shown = digitize("barcodes", SAMPLES / "batch1.pdf", "--json", "--show-phi", check=True).stdout
    rows = [json.loads(line) for line in shown.splitlines()]
    expected = [
        {"page": p["index"], "format": p["symbology"], "value": p["barcode_value"]}
        for p in truth["pages"]
        if p["role"] == "cover"
    ]
    assert rows == expected
    for row in expected:
        assert row["value"] not in masked
    assert [json.loads(line)["page"] for line in masked.splitlines()] == [r["page"] for r in rows]


def test_a_tesseract_that_runs_too_long_is_stopped_and_leaves_nothing(tmp_path):
    page = np.asarray(_content_page())
    with pytest.raises(ocr.OcrError, match="longer than"):
        ocr.recognise(page, 300, tmp_path, "p", timeout=0.05)
    assert list(tmp_path.iterdir()) == []


def test_tesseracts_cpu_time_is_counted_for_its_stage(tmp_path):
    from pipeline.timing import StageTimer

    timer = StageTimer()
    with timer.stage("OCR"):
        ocr.recognise(np.asarray(_content_page()), 300, tmp_path, "p", make_pdf=False)
    assert timer.cpu["OCR"] > 0.2  # the child's CPU, not this thread's few milliseconds
