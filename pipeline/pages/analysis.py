"""Page analysis: from one decoded page to what it says and shows. Order matters: the cheap ink
check first (a blank back needs neither orientation nor OCR), barcodes on the scan as it came,
orientation, then skew, then OCR on the upright, straight image. A born-digital PDF page brings
its own text, which is what it says: it is kept instead of OCR."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from config.settings import Settings
from pipeline.intake import TextPage
from pipeline.models import OcrResult, PageAnalysis, PageImage
from pipeline.pages import barcodes, imaging, ocr, pagepdf
from pipeline.pages.coversheet import (
    CoverEvidence,
    CoverGrammar,
    PrintedIdentity,
    printed_identity,
    text_evidence,
)
from pipeline.timing import StageTimer

if TYPE_CHECKING:
    import numpy as np

# What reading a page gives: its clockwise turn, the upright straight pixels, skew, the text.
Reading = tuple[int, "np.ndarray", float, OcrResult]


class PageAnalyser:
    def __init__(self, settings: Settings, workdir: Path, timer: StageTimer | None = None):
        self.s = settings
        self.t = timer or StageTimer()
        self.workdir = workdir
        cs = settings.cover_sheet
        self.grammar = CoverGrammar(cs.pattern, cs.symbologies, cs.title_words)

    def _straighten_and_read(self, page: PageImage, pixels):
        a = self.s.analysis
        with self.t.stage("deskew"):
            skew = imaging.estimate_skew(pixels, a.ink_darkness, a.max_skew_degrees)
            pixels = imaging.deskew(pixels, skew)
        return pixels, skew, self._recognise(page, pixels)

    def _recognise(self, page: PageImage, pixels) -> OcrResult:
        """Tesseract on upright pixels: words, confidences and the one-page searchable PDF."""
        o = self.s.ocr
        with self.t.stage("OCR"):
            return ocr.recognise(
                pixels,
                page.dpi[0],
                self.workdir,
                f"p{page.index:06d}",
                bilevel=page.bilevel,
                language=o.language,
                timeout=o.timeout_seconds,
                omp_threads=o.omp_thread_limit,
            )

    def _upright_and_read(self, page: PageImage) -> Reading:
        """Most pages come upright: OCR first, and ask Tesseract's orientation detection only
        when that pass does not look like upright text."""
        a, o = self.s.analysis, self.s.ocr
        stem = f"p{page.index:06d}"
        rotation = 0
        pixels, skew, result = self._straighten_and_read(page, page.pixels)
        if not ocr.looks_upright(result):
            with self.t.stage("orientation"):
                turn, confidence = ocr.detect_orientation(
                    page.pixels, self.workdir, stem, o.timeout_seconds, o.omp_thread_limit
                )
            if turn and confidence >= a.osd_min_confidence:
                rotation = turn
                pixels, skew, result = self._straighten_and_read(
                    page, imaging.rotate_quarter(page.pixels, rotation)
                )
        return rotation, pixels, skew, result

    def _read_text_layer(self, page: PageImage, text: str) -> Reading:
        """A born-digital page, rendered upright and straight by poppler: its own text, exact
        (confidence 100), and Tesseract only for the searchable page filed."""
        filed = self._recognise(page, page.pixels)
        words = ocr.words_from_text(text)
        result = OcrResult(ocr.words_to_text(words), words, 100.0, filed.pdf_path)
        return 0, page.pixels, 0.0, result

    def analyse(self, page: PageImage) -> PageAnalysis:
        a = self.s.analysis
        text_layer = page.text if isinstance(page, TextPage) else None
        size_pt = page.size_pt  # as scanned, before the pixels are made square
        page = imaging.square_pixels(page)
        dpi = page.dpi[0]
        with self.t.stage("barcode"):
            reads = barcodes.read(page.pixels, self.grammar.symbologies)
        with self.t.stage("blank check"):
            ink = imaging.measure_ink(page.pixels, dpi, a.ink_darkness, a.blank_margin)
        if ink.ink_per_sq_inch < a.blank_max_ink_per_sq_inch and not reads:
            return PageAnalysis(
                index=page.index,
                rotation=0,
                skew=0.0,
                blank=True,
                ink_ratio=ink.ink_ratio,
                barcodes=[],
                cover=None,
                cover_like=False,
                ocr=OcrResult(text="", words=[], mean_confidence=0.0),
                dpi=page.dpi,
                size=page.size,
            )
        if text_layer is not None:
            rotation, pixels, skew, result = self._read_text_layer(page, text_layer)
        else:
            rotation, pixels, skew, result = self._upright_and_read(page)
        result = self._filed_page(page, size_pt, rotation, skew, pixels, result)
        covers = [c for c in (self.grammar.parse(r) for r in reads) if c is not None]
        evidence = self._cover_evidence(pixels, dpi, result, reads, covers)
        if evidence.cover_like and not covers:
            with self.t.stage("barcode"):
                reads = barcodes.read_hard(pixels, self.grammar.symbologies)
            covers = [c for c in (self.grammar.parse(r) for r in reads) if c is not None]
        printed = (
            printed_identity(result.text, self.s.identity.mrn_text_pattern)
            if evidence.cover_like
            else PrintedIdentity(None, None, None, None)
        )
        return PageAnalysis(
            index=page.index,
            rotation=rotation,
            skew=skew,
            blank=False,
            ink_ratio=ink.ink_ratio,
            barcodes=reads,
            cover=covers[0] if covers else None,
            cover_like=evidence.cover_like,
            ocr=result,
            dpi=page.dpi,
            size=page.size,
            cover_conflict=len({(c.mrn, c.dob) for c in covers}) > 1,
            printed=printed,
        )

    def _filed_page(self, page, size_pt, rotation, skew, pixels, result: OcrResult) -> OcrResult:
        """The page as it will be filed: the scanner's bytes when the page was neither turned
        nor straightened, else the upright pixels encoded again (lossless when nothing was
        changed but the scan's bytes could not be kept), under the text layer."""
        f = self.s.filing
        with self.t.stage("PDF page"):
            unchanged = not rotation and not imaging.deskewed(skew)
            if unchanged and page.encoded is not None:
                image = page.encoded
            else:
                lossless = f.lossless or unchanged
                scanned = page.encoded
                budget = int(1.1 * len(scanned.data)) if scanned is not None else None
                image = pagepdf.encode(pixels, page.bilevel, f.jpeg_quality, lossless, budget)
                dpi = page.dpi[0]
                size_pt = (pixels.shape[1] * 72 / dpi, pixels.shape[0] * 72 / dpi)
            out = self.workdir / f"p{page.index:06d}-page.pdf"
            pagepdf.compose(image, size_pt, result.pdf_path, out)
        if result.pdf_path is not None:
            result.pdf_path.unlink(missing_ok=True)
        return replace(result, pdf_path=out)

    def _cover_evidence(self, pixels, dpi, result: OcrResult, reads, covers) -> CoverEvidence:
        """Is this a cover or separator sheet, whatever its title: an identity block, cover
        wording, and a printed code, read or not (a damaged code still shows where it was)."""
        evidence = text_evidence(
            result.text,
            self.s.identity.mrn_text_pattern,
            self.grammar.titled(result.text),
            grammar_code=bool(covers),
            code_read=bool(reads),
        )
        with_code = replace(evidence, linear_code=True, square_code=True)
        if reads or evidence.cover_like == with_code.cover_like:
            return evidence  # a code region could not change the verdict: no need to look
        boxes = [
            (w.left, w.top, w.left + w.width, w.top + w.height)
            for w in result.words
            if w.confidence >= 50 and sum(ch.isalnum() for ch in w.text) >= 2
        ]
        with self.t.stage("barcode"):
            regions = barcodes.code_regions(pixels, dpi, boxes)
        return replace(
            evidence,
            linear_code=any(r.linear for r in regions),
            square_code=any(not r.linear for r in regions),
        )
