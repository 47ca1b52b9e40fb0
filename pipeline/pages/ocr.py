"""Tesseract: orientation detection and OCR. One Tesseract process per call, OMP_THREAD_LIMIT=1
(parallel Tesseracts otherwise thrash), images handed over as uncompressed PGM/PBM in a private
work folder so no PNG is encoded in the hot path."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import tempfile
import threading
from pathlib import Path

import cv2
import numpy as np

from pipeline.models import OcrResult, Word
from pipeline.timing import add_child_cpu


class OcrError(Exception):
    """Tesseract failed on a page (not a property of the batch)."""


def _write_image(pixels: np.ndarray, path: Path, bilevel: bool) -> Path:
    if bilevel:
        path = path.with_suffix(".pbm")
        # PBM keeps 1-bit pages 1-bit, so the filed PDF holds them as CCITT G4, not JPEG.
        ok = cv2.imwrite(str(path), (pixels > 127).astype(np.uint8) * 255)
    else:
        path = path.with_suffix(".pgm")
        ok = cv2.imwrite(str(path), pixels)
    if not ok:
        raise OcrError("could not write the page image for Tesseract")
    os.chmod(path, 0o600)
    return path


def _run(args: list[str], timeout: int, omp_threads: int) -> subprocess.CompletedProcess:
    """Tesseract as a child reaped with wait4, so its CPU time is known (timing.add_child_cpu);
    its small stdout and stderr go through anonymous temporary files."""
    env = dict(os.environ, OMP_THREAD_LIMIT=str(omp_threads))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.Popen(["tesseract", *args], stdout=out, stderr=err, env=env)
        except FileNotFoundError:
            raise OcrError("tesseract is not installed (run `make setup`)") from None
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            proc.kill()

        killer = threading.Timer(timeout, kill)
        killer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        add_child_cpu(usage.ru_utime + usage.ru_stime)
        if timed_out.is_set():
            raise OcrError(f"tesseract took longer than {timeout} s on a page")
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())


def detect_orientation(
    pixels: np.ndarray, workdir: Path, stem: str, timeout: int = 60, omp_threads: int = 1
) -> tuple[int, float]:
    """Clockwise rotation (0/90/180/270) that makes the page upright, and Tesseract's confidence.
    (0, 0.0) when the page has too little text to tell."""
    img = _write_image(pixels, workdir / f"{stem}-osd", bilevel=False)
    try:
        proc = _run([str(img), "stdout", "--psm", "0", "-l", "osd"], timeout, omp_threads)
    finally:
        img.unlink(missing_ok=True)
    out = proc.stdout.decode("utf-8", "replace")
    rot = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if proc.returncode != 0 or not rot or not conf:
        return 0, 0.0
    return int(rot.group(1)) % 360, float(conf.group(1))


def recognise(
    pixels: np.ndarray,
    dpi: float,
    workdir: Path,
    stem: str,
    *,
    bilevel: bool = False,
    language: str = "eng",
    make_pdf: bool = True,
    timeout: int = 120,
    omp_threads: int = 1,
) -> OcrResult:
    """OCR one upright page: words with confidences in reading order, and optionally a one-page
    PDF of its invisible text layer, laid over the filed image (pagepdf.compose)."""
    img = _write_image(pixels, workdir / f"{stem}-ocr", bilevel)
    base = workdir / stem
    configs = ["tsv"] + (["pdf"] if make_pdf else [])
    try:
        proc = _run(
            [str(img), str(base), "--dpi", str(int(round(dpi))), "-l", language, "--psm", "3"]
            + ["-c", "textonly_pdf=1"]  # the text layer only: the image is filed as scanned
            + configs,
            timeout,
            omp_threads,
        )
    finally:
        img.unlink(missing_ok=True)
    tsv = base.with_suffix(".tsv")
    if proc.returncode != 0 or not tsv.exists():
        tsv.unlink(missing_ok=True)
        raise OcrError(f"tesseract failed on a page (exit {proc.returncode})")
    try:
        words = parse_tsv(tsv.read_text(encoding="utf-8", errors="replace"))
    finally:
        tsv.unlink(missing_ok=True)
    pdf = base.with_suffix(".pdf") if make_pdf else None
    if pdf is not None:
        os.chmod(pdf, 0o600)
    return OcrResult(
        text=words_to_text(words),
        words=words,
        mean_confidence=float(np.mean([w.confidence for w in words])) if words else 0.0,
        pdf_path=pdf,
    )


def parse_tsv(tsv: str) -> list[Word]:
    words: list[Word] = []
    line_ids: dict[tuple[str, str, str, str], int] = {}
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        line = line_ids.setdefault(key, len(line_ids))
        words.append(
            Word(
                text=text,
                confidence=max(0.0, float(row["conf"])),
                line=line,
                width=int(row.get("width") or 0),
                height=int(row.get("height") or 0),
                left=int(row.get("left") or 0),
                top=int(row.get("top") or 0),
            )
        )
    return words


# Words every kind of English prose is full of, three letters or more: text read upside down
# or sideways spells them almost never, even by chance (0 or 1 a page where upright pages of
# the same text have 13 to 29).
_COMMON_WORDS = frozenset(
    """the and for with was that this are from not has have were been will you your his her
    she who which per all any can may our but had there their they when what after before
    should into other than then only also each more patient""".split()
)


def looks_upright(
    result: OcrResult, min_confidence: float = 70.0, min_common: int = 6, min_share: float = 0.08
) -> bool:
    """Cheap orientation check from the OCR pass itself. Upside-down text reads with low
    confidence and spells no common words; sideways text that Tesseract reads anyway comes back
    in tall word boxes. A noisy fax reads with low confidence too, but still spells common
    words, so it is upright without asking. Only pages that fail pay for Tesseract's
    orientation detection (about as slow as OCR itself)."""
    words = [w for w in result.words if len(w.text) >= 3]
    if len(words) < 5 or sum(w.height > w.width for w in words) >= len(words) / 3:
        return False
    if result.mean_confidence >= min_confidence:
        return True
    spelled = [t for w in words if len(t := re.sub(r"[^a-z]", "", w.text.lower())) >= 3]
    common = sum(t in _COMMON_WORDS for t in spelled)
    return common >= min_common and common >= min_share * len(spelled)


def words_from_text(text: str) -> list[Word]:
    """Words of a text a PDF carries (not OCR): each as certain as it can be."""
    lines = [line.split() for line in text.splitlines() if line.strip()]
    return [Word(word, 100.0, n) for n, line in enumerate(lines) for word in line]


def words_to_text(words: list[Word]) -> str:
    lines: dict[int, list[str]] = {}
    for w in words:
        lines.setdefault(w.line, []).append(w.text)
    return "\n".join(" ".join(ws) for _, ws in sorted(lines.items()))
