"""Typed values passed between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

Role = Literal["cover", "document", "blank"]
Status = Literal["filed", "review", "discarded"]

# Review reasons: the vocabulary the review queue and the manifest share.
NO_COVER_SHEET = "no_cover_sheet"
UNKNOWN_PATIENT = "unknown_patient"
IDENTITY_CONFLICT = "identity_conflict"
DOB_MISMATCH = "dob_mismatch"
UNREADABLE_BARCODE = "unreadable_barcode"
LOW_OCR_CONFIDENCE = "low_ocr_confidence"
LOW_TYPE_CONFIDENCE = "low_type_confidence"
# Text unlike anything the classifier trained on (a new template, noise, a near-empty form).
UNFAMILIAR_TEXT = "unfamiliar_text"
# A page of the document, long enough to judge, is sure it is another kind of document.
TYPE_PAGES_DISAGREE = "type_pages_disagree"
# A page after one that named another patient (or looked like an unverified cover sheet): from
# there to the next verified cover sheet, nothing proves whose pages these are.
PACKET_BOUNDARY_DOUBT = "packet_boundary_doubt"
OCR_FAILED = "ocr_failed"
# A cover-like page whose patient was proven by its print alone (no code of the site's grammar):
# a page of the record can look like that (an identity block and a "scanned" stamp), so it is
# never discarded on print: a reviewer discards it as a separator or files it.
COVER_FROM_PRINT = "cover_from_print"
# Reasons that doubt only the document's type, never the patient (the type routing's).
TYPE_DOUBT = frozenset({LOW_TYPE_CONFIDENCE, UNFAMILIAR_TEXT, TYPE_PAGES_DISAGREE})
# What each reason means, in the words the review page shows.
REASON_TEXT = {
    NO_COVER_SHEET: "No cover sheet before these pages",
    UNKNOWN_PATIENT: "Cover sheet names a patient not in the index",
    IDENTITY_CONFLICT: "Page shows another patient's identifiers",
    PACKET_BOUNDARY_DOUBT: "After a page naming another patient: whose pages these are is "
    "not proven",
    DOB_MISMATCH: "Cover sheet birth date differs from the index",
    UNREADABLE_BARCODE: "Cover sheet barcode unreadable",
    LOW_OCR_CONFIDENCE: "Text hard to read (low OCR confidence)",
    LOW_TYPE_CONFIDENCE: "Document type uncertain",
    UNFAMILIAR_TEXT: "Text unlike anything the type classifier knows",
    TYPE_PAGES_DISAGREE: "The document's pages disagree on its type",
    OCR_FAILED: "Text could not be read",
    COVER_FROM_PRINT: "Cover sheet proven by its print alone: discard it if it is only a "
    "separator, file it if it is a page of the record",
}


# What a kept scan may be: filters scanners write, and device colour the PDF/A output intent
# covers. Anything else (masks, ICC profiles, LZW) is encoded again from the pixels.
KEPT_FILTERS = frozenset({"/DCTDecode", "/CCITTFaxDecode", "/JBIG2Decode", "/FlateDecode"})
KEPT_COLOURS = frozenset({"/DeviceGray", "/DeviceRGB"})


@dataclass(frozen=True)
class EncodedImage:
    """A page image as a PDF holds it: encoded bytes and what a reader needs to decode them.
    Intake keeps the scanner's own bytes in one when it can, so a page that needs no change
    is filed as scanned."""

    data: bytes
    width: int
    height: int
    colour: str  # /DeviceGray or /DeviceRGB
    bits: int  # bits per component
    filter: str  # /DCTDecode, /CCITTFaxDecode, /JBIG2Decode or /FlateDecode
    parms: dict | None = None  # DecodeParms, PDF names as keys ("/K")
    globals_: bytes | None = None  # JBIG2Globals
    decode: tuple | None = None  # a /Decode array (inverted bilevel scans)


@dataclass
class PageImage:
    """One decoded page: 8-bit grayscale pixels and the resolution it was scanned at, and the
    scanner's encoded image when intake could keep it."""

    index: int
    pixels: np.ndarray
    dpi: tuple[float, float]
    bilevel: bool = False
    encoded: EncodedImage | None = field(default=None, repr=False)

    @property
    def size(self) -> tuple[int, int]:
        return int(self.pixels.shape[1]), int(self.pixels.shape[0])

    @property
    def size_pt(self) -> tuple[float, float]:
        """The paper in points, whatever the pixels' shape (fax pixels are not square)."""
        (w, h), (dx, dy) = self.size, self.dpi
        return w * 72 / dx, h * 72 / dy


@dataclass(frozen=True)
class BarcodeRead:
    format: str
    value: str
    reader: str = "zxing"


@dataclass(frozen=True)
class CoverIdentity:
    """Who a cover sheet names, and how we learned it."""

    mrn: str
    enc: str | None = None
    dob: str | None = None
    source: Literal["barcode", "ocr"] = "barcode"
    symbology: str | None = None


@dataclass
class Word:
    text: str
    confidence: float
    line: int
    width: int = 0
    height: int = 0
    left: int = 0
    top: int = 0


@dataclass
class OcrResult:
    text: str
    words: list[Word]
    mean_confidence: float  # 0..100 over recognised words, 0 when there are none
    pdf_path: Path | None = None  # one-page searchable PDF (image + invisible text)


@dataclass
class PageAnalysis:
    """What the page-analysis stage learned about one page. Holds no pixels."""

    index: int
    rotation: int
    skew: float
    blank: bool
    ink_ratio: float
    barcodes: list[BarcodeRead]
    cover: CoverIdentity | None
    cover_like: bool
    ocr: OcrResult
    dpi: tuple[float, float]
    size: tuple[int, int]
    cover_conflict: bool = False  # several cover barcodes naming different patients
    printed: object = None  # coversheet.PrintedIdentity read from a cover-like page
    error: str | None = None  # set when the page could not be analysed (goes to review)


@dataclass
class PageDecision:
    """Where a page goes: the manifest's page record."""

    index: int
    role: Role
    status: Status
    packet: int | None
    mrn: str | None
    document_type: str | None
    document_id: str | None
    rotation: int
    confidence: dict[str, float]
    review_reasons: list[str] = field(default_factory=list)
    discard_reason: str | None = None
    text: str = ""
    type_suggestions: list[tuple[str, float]] = field(default_factory=list)
    segment: int | None = None  # which proposed document the page belongs to (review grouping)
    review_object: dict | None = None  # {"key", "sha256"} of the kept page while in review


@dataclass
class Document:
    document_id: str
    packet: int
    mrn: str
    encounter: str | None
    document_type: str | None
    loinc: str | None
    pages: list[int]
    type_confidence: float = 0.0
    object_key: str | None = None
    sha256: str | None = None
    size: int | None = None
