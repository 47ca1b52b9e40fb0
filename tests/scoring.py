"""Scores a batch manifest against the generator's truth file: the figures the core issue's
"Done when" names."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from pipeline.models import COVER_FROM_PRINT, TYPE_DOUBT


def _norm(text: str) -> str:
    return " ".join(text.split())


def cer(ocr: str, truth: str) -> float:
    t = _norm(truth)
    return Levenshtein.distance(_norm(ocr), t) / max(1, len(t))


@dataclass
class Score:
    pages: int = 0
    accounted: bool = True  # set by score(); an aggregate is True only if every part is
    wrong_patient: list[int] = field(default_factory=list)
    ordinary: int = 0
    ordinary_filed: int = 0
    cer_clean: list[float] = field(default_factory=list)
    cer_noisy: list[float] = field(default_factory=list)
    blank_tp: int = 0
    blank_fp: int = 0
    blank_fn: int = 0
    covers: int = 0
    covers_read: dict[str, int] = field(default_factory=dict)
    covers_missed: list[int] = field(default_factory=list)
    status_mismatch: list[tuple[int, str, str]] = field(default_factory=list)
    # Pages the truth files that went to review for their document type alone (the routing's
    # call, issue 15): counted apart, never for a patient reason.
    type_review: list[int] = field(default_factory=list)
    reason_mismatch: list[tuple[int, list, list]] = field(default_factory=list)
    typed: int = 0
    typed_right: int = 0
    split_errors: list[int] = field(default_factory=list)
    rotation_errors: list[int] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if name == "accounted":
                self.accounted = self.accounted and value
            elif isinstance(value, list):
                getattr(self, name).extend(value)
            elif isinstance(value, dict):
                for k, v in value.items():
                    self.covers_read[k] = self.covers_read.get(k, 0) + v
            else:
                setattr(self, name, getattr(self, name) + value)

    @property
    def autofile_rate(self) -> float:
        return self.ordinary_filed / max(1, self.ordinary)

    @property
    def blank_f1(self) -> float:
        p = self.blank_tp / max(1, self.blank_tp + self.blank_fp)
        r = self.blank_tp / max(1, self.blank_tp + self.blank_fn)
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @staticmethod
    def mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0


def score(manifest: dict, truth: dict) -> Score:
    s = Score(pages=truth["page_count"])
    pages = manifest["pages"]
    s.accounted = manifest["page_count"] == truth["page_count"] and [
        p["index"] for p in pages
    ] == list(range(truth["page_count"]))
    covers = {p["cover_page"]: p for p in manifest["packets"]}
    doc_of_truth: dict[int, set] = {}
    for got, want in zip(pages, truth["pages"], strict=True):
        i = got["index"]
        if got["status"] == "filed" and got["mrn"] != want["mrn"]:
            s.wrong_patient.append(i)
        type_only = set(got["review_reasons"]) <= TYPE_DOUBT and got["review_reasons"]
        # A damaged code may still decode (the sheet is discarded) or not (the sheet is proven
        # by its print, and a reviewer discards it: only a code proves a separator).
        by_print = got["status"] == "review" and got["review_reasons"] == [COVER_FROM_PRINT]
        if want["role"] == "cover" and want.get("damaged_barcode") and by_print:
            pass
        elif want["status"] == "filed" and got["status"] == "review" and type_only:
            s.type_review.append(i)
        elif got["status"] != want["status"]:
            s.status_mismatch.append((i, want["status"], got["status"]))
        elif sorted(got["review_reasons"]) != sorted(want["reasons"]):
            s.reason_mismatch.append((i, want["reasons"], got["review_reasons"]))
        if want["role"] == "document" and want["status"] == "filed":
            s.ordinary += 1
            s.ordinary_filed += got["status"] == "filed"
            doc_of_truth.setdefault(want["document"], set()).add(got["document_id"])
            s.typed += 1
            s.typed_right += got["document_type"] == want["document_type"]
        if want["role"] == "document" and got["rotation"] != want["rotation"]:
            s.rotation_errors.append(i)
        if want["role"] == "document" and want["quality"] in ("clean", "noisy"):
            (s.cer_clean if want["quality"] == "clean" else s.cer_noisy).append(
                cer(got["text"], want["text"])
            )
        is_blank, was_blank = got["role"] == "blank", want["role"] == "blank"
        s.blank_tp += is_blank and was_blank
        s.blank_fp += is_blank and not was_blank
        s.blank_fn += was_blank and not is_blank
        if want["role"] == "cover" and not want["damaged_barcode"]:
            s.covers += 1
            packet = covers.get(i)
            if packet and packet["symbology"] == want["symbology"]:
                s.covers_read[want["symbology"]] = s.covers_read.get(want["symbology"], 0) + 1
            else:
                s.covers_missed.append(i)
    # One truth document -> at most one filed document (its pages that went to review for their
    # type are not filed at all); distinct truth documents never merged.
    seen: dict[str, int] = {}
    for doc, ids in doc_of_truth.items():
        ids = ids - {None}
        if len(ids) > 1:
            s.split_errors.append(doc)
        for d in ids:
            if d in seen and seen[d] != doc:
                s.split_errors.append(doc)
            seen[d] = doc
    return s


def scan_image_bytes(source: Path) -> list[int]:
    """Each page's own encoded image bytes as scanned, in page order: a PDF page's image
    streams, a TIFF frame's strips, a page file's size (the yardstick for filed sizes)."""
    import pikepdf
    from PIL import Image

    from pipeline.intake import page_files

    if source.is_dir():
        return [f.stat().st_size for f in page_files(source)]
    if source.suffix.lower() == ".pdf":
        with pikepdf.open(source) as pdf:
            return [
                sum(len(i.read_raw_bytes()) for i in page.images.values()) for page in pdf.pages
            ]
    sizes = []
    with Image.open(source) as im:
        for n in range(getattr(im, "n_frames", 1)):
            im.seek(n)
            sizes.append(sum(im.tag_v2.get(279, ())))
    return sizes
