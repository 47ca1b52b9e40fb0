"""Cover sheets: the barcode payload grammar (a site-configurable pattern) and, when the barcode is
unreadable, the identifiers printed on the sheet."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.models import BarcodeRead, CoverIdentity


class CoverGrammar:
    def __init__(self, pattern: str, symbologies: list[str], title_words: list[str]):
        self.rx = re.compile(pattern)
        self.symbologies = list(symbologies)
        self.title_words = [w.upper() for w in title_words]

    def parse(self, read: BarcodeRead) -> CoverIdentity | None:
        """An identity only when the whole value fits the grammar; a lab accession label or a
        specimen sticker never identifies anyone."""
        if read.format not in self.symbologies:
            return None
        m = self.rx.fullmatch(read.value.strip())
        if not m:
            return None
        keys = [part.split("=", 1)[0] for part in read.value.split(";") if "=" in part]
        if len(keys) != len(set(keys)):
            return None  # MRN=1;MRN=2 names nobody for certain
        groups = m.groupdict()
        dob = groups.get("dob")
        if dob and not _valid_date(dob):
            return None
        return CoverIdentity(
            mrn=groups["mrn"],
            enc=groups.get("enc"),
            dob=dob,
            source="barcode",
            symbology=read.format,
        )

    def looks_like_cover(self, text: str) -> bool:
        head = " ".join(text.upper().split()[:40])
        return any(w in head for w in self.title_words)


def _valid_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
        return True
    except ValueError:
        return False


@dataclass(frozen=True)
class PrintedIdentity:
    mrn: str | None
    family: str | None
    given: str | None
    dob: str | None

    @property
    def complete(self) -> bool:
        return bool(self.mrn and self.family and self.given and self.dob)


_NAME = re.compile(r"\bName\s*[:;]\s*([A-Za-z][A-Za-z' -]*?)\s*,\s*([A-Za-z][A-Za-z' -]*)")
_DOB = re.compile(r"\b(?:DOB|Date of birth)\s*[:;]?\s*([0-9]{1,4}[-/][0-9]{1,2}[-/][0-9]{1,4})")


def printed_identity(text: str, mrn_pattern: str) -> PrintedIdentity:
    """The MRN, name and birth date printed on a cover sheet, as OCR read them."""
    mrn = re.search(mrn_pattern, text)
    name = _NAME.search(text)
    dob = _DOB.search(text)
    return PrintedIdentity(
        mrn=mrn.group(1) if mrn else None,
        family=name.group(1).strip() if name else None,
        given=name.group(2).strip() if name else None,
        dob=to_iso_date(dob.group(1)) if dob else None,
    )


def to_iso_date(value: str) -> str | None:
    """YYYY-MM-DD, MM/DD/YYYY or M/D/YYYY to ISO; None when it is not a real date."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if m:
        y, mo, d = m.groups()
    else:
        m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", value)
        if not m:
            return None
        mo, d, y = m.groups()
    try:
        return dt.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:
        return None
