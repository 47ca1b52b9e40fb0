"""Filed PDFs as archival records: the scanner's bytes kept where the page was not changed,
changed pages encoded again without loss on bilevel, every page rendering back to the scan, the
text layer over the words, and PDF/A that a validator built from veraPDF's rules approves (and
veraPDF itself, when the machine has it: tests/verapdf.py)."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pytest
from PIL import Image, TiffImagePlugin

from config.settings import load_settings
from pipeline.intake import Batch
from pipeline.models import PageImage
from pipeline.pages import pagepdf
from pipeline.pages.analysis import PageAnalyser
from pipeline.storage import filing
from pipeline.storage.verify import pdfa_problems
from sample_scans import render
from tests import verapdf

S = load_settings()
TEXT = "the patient reports feeling better and walked in the hallway twice today"


def _content(turn: int = 0, skew: float = 0.0) -> Image.Image:
    c = render.Canvas()
    c.line("PROGRESS NOTE", size=64, bold=True)
    for n in range(10):
        c.paragraph(f"Line {n}: {TEXT}.")
    img = c.done().image
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, fillcolor=255)
    return img.rotate(turn, expand=True) if turn else img


def _pdf_batch(tmp: Path, img: Image.Image, jpeg: bytes) -> Path:
    """A one-page scan PDF holding `jpeg` as the page's only image, 300 dpi."""
    pdf = pikepdf.new()
    w, h = img.size
    page = pdf.add_blank_page(page_size=(w * 72 / 300, h * 72 / 300))
    xobj = pikepdf.Stream(pdf, jpeg)
    xobj.Type, xobj.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    xobj.Width, xobj.Height, xobj.BitsPerComponent = w, h, 8
    xobj.ColorSpace, xobj.Filter = pikepdf.Name.DeviceGray, pikepdf.Name.DCTDecode
    page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=xobj))
    page.Contents = pdf.make_stream(
        f"q {w * 72 / 300} 0 0 {h * 72 / 300} 0 0 cm /Im0 Do Q".encode()
    )
    out = tmp / "scan.pdf"
    pdf.save(out)
    return out


def _g4_tiff(tmp: Path, img: Image.Image, one_strip: bool = True) -> Path:
    """G4 as scanners write it, the page in one strip (or, as Pillow does by default, in many:
    strips coded apart cannot be joined into one PDF stream, so those pages are coded again)."""
    out = tmp / "scan.tif"
    info = {TiffImagePlugin.ROWSPERSTRIP: img.size[1]} if one_strip else {}
    img.convert("1").save(out, compression="group4", dpi=(300, 300), tiffinfo=info)
    return out


def _only_page(source: Path) -> PageImage:
    return next(iter(Batch(source).pages()))


def _image_of(pdf_path: Path) -> tuple[bytes, str, tuple[int, int]]:
    with pikepdf.open(pdf_path) as pdf:
        (image,) = [v for v in pdf.pages[0].Resources.XObject.values() if v.Subtype == "/Image"]
        return image.read_raw_bytes(), str(image.Filter), (int(image.Width), int(image.Height))


def _render(pdf_path: Path, dpi: int) -> np.ndarray:
    png = subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", "-singlefile", str(pdf_path)],
        capture_output=True,
        check=True,
    ).stdout
    return np.asarray(Image.open(io.BytesIO(png)).convert("L"))


@pytest.fixture()
def analyse(tmp_path):
    analyser = PageAnalyser(S, tmp_path)
    return analyser.analyse


def test_an_unchanged_jpeg_page_keeps_the_scanners_bytes(tmp_path, analyse):
    img = _content()
    jpeg = render.jpeg_bytes(img, quality=80)
    page = _only_page(_pdf_batch(tmp_path, img, jpeg))
    a = analyse(page)
    assert a.rotation == 0 and abs(a.skew) < 0.1
    data, kind, size = _image_of(a.ocr.pdf_path)
    assert (data, kind, size) == (jpeg, "/DCTDecode", img.size)


def test_an_unchanged_g4_tiff_page_keeps_the_scanners_bytes(tmp_path, analyse):
    source = _g4_tiff(tmp_path, _content())
    with Image.open(source) as tif:
        offset, length = tif.tag_v2[273][0], tif.tag_v2[279][0]
    scanned = source.read_bytes()[offset : offset + length]
    a = analyse(_only_page(source))
    data, kind, _ = _image_of(a.ocr.pdf_path)
    assert (data, kind) == (scanned, "/CCITTFaxDecode")


def test_a_g4_page_in_many_strips_is_filed_with_the_same_pixels(tmp_path, analyse):
    source = _g4_tiff(tmp_path, _content(), one_strip=False)
    a = analyse(_only_page(source))
    _, kind, _ = _image_of(a.ocr.pdf_path)
    with Image.open(source) as scan:
        scanned = np.asarray(scan.convert("L"))
    assert kind == "/CCITTFaxDecode"
    assert np.array_equal(_decoded_by_poppler(a.ocr.pdf_path, tmp_path), scanned)


def _decoded_by_poppler(pdf_path: Path, tmp: Path) -> np.ndarray:
    """The page image as poppler decodes it, pixel for pixel (no rendering, no smoothing)."""
    subprocess.run(["pdfimages", "-png", str(pdf_path), str(tmp / "img")], check=True)
    (png,) = sorted(tmp.glob("img-*.png"))
    return np.asarray(Image.open(png).convert("L"))


@pytest.mark.parametrize("bilevel", [False, True])
def test_a_turned_and_skewed_page_is_encoded_again_g4_when_bilevel_jpeg_when_gray(
    tmp_path, analyse, bilevel
):
    img = _content(turn=180, skew=2.0)
    source = (
        _g4_tiff(tmp_path, img)
        if bilevel
        else _pdf_batch(tmp_path, img, render.jpeg_bytes(img, quality=80))
    )
    a = analyse(_only_page(source))
    assert a.rotation == 180 and abs(a.skew) >= 1.5
    _, kind, _ = _image_of(a.ocr.pdf_path)
    assert kind == ("/CCITTFaxDecode" if bilevel else "/DCTDecode")


@pytest.mark.parametrize(
    "case", ["jpeg kept", "g4 kept", "gray turned", "bilevel turned", "fax kept", "fax turned"]
)
def test_every_filed_page_renders_back_to_the_page_that_was_read(tmp_path, analyse, case):
    """The filed page at the scan's resolution has the pixel size of the upright page Tesseract
    read and differs from it only by encoding noise; a changed page is the upright one."""
    turned = "turned" in case
    img = _content(turn=90 if turned else 0, skew=1.5 if turned else 0.0)
    if case.startswith("fax"):
        fax, dpi = render.fax(img)
        source = tmp_path / "fax.tif"
        fax.save(source, compression="group4", dpi=dpi)
    elif case.startswith("jpeg") or case.startswith("gray"):
        source = _pdf_batch(tmp_path, img, render.jpeg_bytes(img, quality=85))
    else:
        source = _g4_tiff(tmp_path, img)
    page = _only_page(source)
    read: dict = {}
    analyser = PageAnalyser(S, tmp_path)
    original = analyser._straighten_and_read

    def keep(p, pixels):  # the upright, straight pixels Tesseract was given
        straight, skew, result = original(p, pixels)
        read["pixels"] = straight
        return straight, skew, result

    analyser._straighten_and_read = keep
    a = analyser.analyse(page)
    expected = read["pixels"]
    dpi = int(round(max(page.dpi)))
    shown = _render(a.ocr.pdf_path, dpi)
    assert abs(shown.shape[0] - expected.shape[0]) <= 1
    assert abs(shown.shape[1] - expected.shape[1]) <= 1
    h, w = min(shown.shape[0], expected.shape[0]), min(shown.shape[1], expected.shape[1])
    diff = np.abs(shown[:h, :w].astype(int) - expected[:h, :w].astype(int))
    # Gray: JPEG noise. Fax pages: stretched to square pixels for Tesseract, so edges differ.
    assert diff.mean() < (6 if case.startswith("fax") else 3), case


def test_the_text_layer_lies_on_the_words_of_the_scan(tmp_path, analyse):
    """poppler's word boxes in the filed page (points, from the top) hold the centres of the
    words Tesseract read on the upright pixels: a search hit highlights the word on the scan."""
    img = _content(turn=180, skew=1.0)
    a = analyse(_only_page(_pdf_batch(tmp_path, img, render.jpeg_bytes(img, quality=85))))
    html = subprocess.run(
        ["pdftotext", "-bbox", str(a.ocr.pdf_path), "-"], capture_output=True, text=True
    ).stdout
    boxes: dict[str, list[tuple[float, ...]]] = {}
    for m in re.finditer(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        html,
    ):
        boxes.setdefault(m.group(5), []).append(tuple(float(v) for v in m.group(1, 2, 3, 4)))
    checked = 0
    for w in a.ocr.words:
        if len(w.text) < 4 or w.text not in boxes:
            continue
        cx, cy = (w.left + w.width / 2) * 72 / 300, (w.top + w.height / 2) * 72 / 300
        inside = [
            x0 - 2 <= cx <= x1 + 2 and y0 - 2 <= cy <= y1 + 2 for x0, y0, x1, y1 in boxes[w.text]
        ]
        assert any(inside), w.text
        checked += 1
    assert checked >= 50


@pytest.fixture()
def filed_page(tmp_path, analyse) -> Path:
    img = _content(turn=90, skew=1.5)
    return analyse(_only_page(_pdf_batch(tmp_path, img, render.jpeg_bytes(img)))).ocr.pdf_path


@pytest.mark.parametrize("profile", ["pdfa-2b", "pdfa-1b"])
def test_a_filed_document_is_the_pdfa_its_profile_names(filed_page, tmp_path, profile):
    body = filing.assemble_pdf([filed_page, filed_page.read_bytes()], "Progress note", profile)
    assert pdfa_problems(body) == []
    with pikepdf.open(io.BytesIO(body)) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == profile[-2] and meta["dc:title"] == "Progress note"
        fonts = {
            f.objgen
            for p in pdf.pages
            for x in p.Resources.XObject.values()
            if x.Subtype == "/Form"
            for f in x.Resources.Font.values()
        }
        assert len(fonts) == 1  # one glyphless font serves every page's text layer
    verapdf.assert_compliant(body, profile[-2:], tmp_path)


def test_plain_pdf_profile_is_not_pdfa(filed_page):
    body = filing.assemble_pdf([filed_page], "Progress note", "pdf")
    assert pdfa_problems(body) == ["declares no PDF/A part"]


def _drop_metadata(pdf):
    del pdf.Root.Metadata


def _drop_output_intent(pdf):
    del pdf.Root.OutputIntents


def _javascript(pdf):
    pdf.Root.OpenAction = pikepdf.Dictionary(
        Type=pikepdf.Name.Action, S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)")
    )


def _unembed_font(pdf):
    for p in pdf.pages:
        for x in p.Resources.XObject.values():
            if x.Subtype == "/Form":
                for f in x.Resources.Font.values():
                    del f.DescendantFonts[0].FontDescriptor.FontFile2


def _no_unicode_map(pdf):
    for p in pdf.pages:
        for x in p.Resources.XObject.values():
            if x.Subtype == "/Form":
                for f in x.Resources.Font.values():
                    del f.ToUnicode


def _transparency(pdf):
    for p in pdf.pages:
        for x in p.Resources.XObject.values():
            if x.Subtype == "/Image":
                mask = pikepdf.Stream(pdf, b"\x80" * 4)
                mask.Type, mask.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
                mask.Width = mask.Height = 2
                mask.ColorSpace, mask.BitsPerComponent = pikepdf.Name.DeviceGray, 8
                x.SMask = mask


BREAKS = {
    "no XMP identification": (_drop_metadata, None),
    "no output intent": (_drop_output_intent, None),
    "JavaScript": (_javascript, None),
    "font not embedded": (_unembed_font, None),
    "no ToUnicode map": (_no_unicode_map, None),
    "transparency in PDF/A-1b": (_transparency, "pdfa-1b"),
    "encrypted": (None, None),
}


@pytest.mark.parametrize("rule", BREAKS)
def test_the_validator_fails_a_pdf_broken_for_each_rule(filed_page, tmp_path, rule):
    breaker, profile = BREAKS[rule]
    good = filing.assemble_pdf([filed_page], "Progress note", profile or "pdfa-2b")
    assert pdfa_problems(good) == []
    with pikepdf.open(io.BytesIO(good)) as pdf:
        if breaker is not None:
            breaker(pdf)
        buf = io.BytesIO()
        encryption = pikepdf.Encryption(owner="o", user="") if rule == "encrypted" else None
        pdf.save(buf, encryption=encryption or False)
    assert pdfa_problems(buf.getvalue()) != [], rule


def test_pdfa_needs_no_ghostscript_and_no_reencoding(tmp_path, analyse):
    """The document is built from the pages as composed: the kept scan's bytes reach the
    filed PDF/A unchanged."""
    img = _content()
    jpeg = render.jpeg_bytes(img, quality=80)
    a = analyse(_only_page(_pdf_batch(tmp_path, img, jpeg)))
    body = filing.assemble_pdf([a.ocr.pdf_path], "Progress note", "pdfa-2b")
    with pikepdf.open(io.BytesIO(body)) as pdf:
        images = [
            v.read_raw_bytes()
            for v in pdf.pages[0].Resources.XObject.values()
            if v.Subtype == "/Image"
        ]
    assert images == [jpeg]


@pytest.mark.parametrize("bilevel", [False, True])
def test_encoders_round_trip(bilevel):
    rng = np.random.default_rng(1)
    pixels = np.where(rng.random((64, 80)) > 0.5, 255, 0).astype(np.uint8)
    if not bilevel:
        pixels = cv2.GaussianBlur(pixels, (5, 5), 0)
    for image in [pagepdf.flate(pixels)] + ([pagepdf.g4(pixels)] if bilevel else []):
        pdf = pikepdf.new()
        xobj = pagepdf._xobject(pdf, image)
        decoded = np.asarray(pikepdf.PdfImage(xobj).as_pil_image().convert("L"))
        assert np.array_equal(decoded, pixels), image.filter
