"""Cover sheets: the barcode payload grammar (a site-configurable pattern) and, when the barcode is
unreadable, the identifiers printed on the sheet."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.models import BarcodeRead, CoverIdentity
from pipeline.pages.labels import read_labels


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

    def titled(self, text: str) -> bool:
        """The site's own cover-sheet title near the top: evidence, never a requirement."""
        head = " ".join(text.upper().split()[:40])
        return any(w in head for w in self.title_words)


# What cover and separator sheets say about themselves, in the wordings capture vendors and
# records departments print ("Chart separator", "Documents for imaging", "place this sheet on
# top of the patient's papers", "HIM use only"). Clinical pages rarely say any of it.
_COVER_PHRASES = [
    re.compile(rf"(?i){p}")
    for p in (
        r"\bseparator\b",
        r"\bcover\s*sheet\b",
        r"\bscann(?:ing|ed)\b|\bscan\s+(?:date|batch|cover|header|sheet|staff|operator|station)",
        r"\b(?:document|chart|record)s?\s+imaging\b|\bfor\s+imaging\b",
        r"\bindex(?:ing|ed\s+by)\b|\bindex\s+(?:sheet|code|barcode)\b",
        r"\bbatch\s+(?:header|no\b|number|control|sheet|cover)",
        r"\bheader\s+sheet\b|\bchart\s+(?:divider|documents)\b",
        r"\bplace\s+(?:this|the)\s+(?:sheet|page|form)\b",
        r"\b(?:on\s+top\s+of|in\s+front\s+of)\s+(?:the|each|all|every)?\s*(?:patient'?s?\s+)?"
        r"(?:documents|papers|pages|records)\b",
        r"\b(?:documents?|pages?|records?)\s+(?:enclosed|attached|included|to\s+follow|that\s+follow)",
        r"\bdo\s+not\s+(?:scan|staple|write|mark)\b|\bpatch\s*(?:code|sheet)\b",
    )
]
# The records department's own name, or its office-use box. Cover sheets carry it, but so does
# every form the department controls: a form-control footer ("Health Information Management,
# Form NS-0412"), a release-of-information request, a "for HIM use only" box. So it is weak
# evidence: it counts beside other cover wording or a printed linear code, never beside a
# printed identity alone (a clinical form with a patient label and the department's footer is
# a page of the record; an independently written site's pages showed that, 2026-12-02).
_DEPARTMENT = re.compile(
    r"(?i)\b(?:medical\s+records|HIM)\s+(?:use|dept|department)\b"
    r"|\bhealth\s+information\s+management\b"
)


def cover_phrases(text: str) -> int:
    """How many distinct kinds of cover-sheet wording the page carries (the department's name
    aside: department_named)."""
    return sum(bool(rx.search(text)) for rx in _COVER_PHRASES)


def department_named(text: str) -> bool:
    return bool(_DEPARTMENT.search(text))


@dataclass(frozen=True)
class CoverEvidence:
    """What makes a page look like a cover or separator sheet, title aside."""

    grammar_code: bool  # a code that fits the cover grammar was read
    linear_code: bool  # a decoded code of any kind, or a region of printed bars
    square_code: bool  # a square region like a 2-D code (or a logo: weak on its own)
    identity_kinds: int  # distinct identity labels printed: name, MRN, birth date, account
    phrases: int  # distinct kinds of cover wording
    other_words: int  # words on lines without identity labels
    titled: bool  # the site's configured title words
    department: bool  # the records department named (weak: see _DEPARTMENT)

    @property
    def cover_like(self) -> bool:
        code = self.linear_code or self.square_code
        return (
            self.grammar_code
            or self.titled
            or self.phrases >= 2
            or (self.phrases >= 1 and (code or self.identity_kinds >= 2 or self.department))
            or (self.department and self.linear_code)
            or (self.linear_code and self.identity_kinds >= 2 and self.other_words <= 60)
            or (code and self.identity_kinds >= 3 and self.other_words <= 40)
            or (self.linear_code and self.other_words <= 25)
        )


def text_evidence(
    text: str, mrn_pattern: str, titled: bool, grammar_code: bool = False, code_read: bool = False
) -> CoverEvidence:
    """The evidence a page's text gives, with whether a cover code or any code was read; the
    analyser adds code regions seen but not read (PageAnalyser._cover_evidence)."""
    labels = read_labels(text, mrn_pattern)
    return CoverEvidence(
        grammar_code=grammar_code,
        linear_code=code_read,
        square_code=code_read,
        identity_kinds=len(labels.label_kinds),
        phrases=cover_phrases(text),
        other_words=labels.other_words,
        titled=titled,
        department=department_named(text),
    )


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


def printed_identity(text: str, mrn_pattern: str) -> PrintedIdentity:
    """The first labelled MRN, patient name and birth date a page prints, as OCR read them
    (review suggestions; filing on print goes through identity.printed_patient)."""
    labels = read_labels(text, mrn_pattern)
    family = given = None
    if labels.names:
        value = labels.names[0]
        words = value.split()
        if "," in text and words:
            family, given = words[0], " ".join(words[1:]) or None
        elif words:
            family, given = words[-1], " ".join(words[:-1]) or None
    dob = sorted(labels.birth_dates[0])[0] if labels.birth_dates else None
    return PrintedIdentity(labels.mrns[0] if labels.mrns else None, family, given, dob)


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
