"""What a page's text says about whom it belongs to: identifiers behind the labels sites print
("MRN", "MR#", "Medical Record #", "Chart #", "Pt Name", "D.O.B.", "Birth Date", "Acct No", ...)
and birth dates in the formats they print them. Sites word their sheets in many ways, so the
label families here are broad; a date that could be read two ways is read both ways, because
these readings decide doubt, and a second reading can only add doubt. Pure text functions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_SEP = r"\s*[:#.;]?\s*"
MRN_LABEL = (
    r"(?:M\.?\s?R\.?\s?N\b\.?|MR\s*(?:#|No\b\.?|Num(?:ber)?\b)|Medical\s+Record(?:\s*(?:#|No\b\.?"
    r"|Num(?:ber)?\b))?|Med\.?\s*Rec(?:ord)?\.?\s*(?:#|No\b\.?|Num(?:ber)?\b)?|Chart\s*(?:#|No\b\.?"
    r"|Num(?:ber)?\b)|Unit\s*(?:#|No\b\.?|Num(?:ber)?\b)|Patient\s+ID\b|Pt\.?\s*ID\b"
    r"|Hosp(?:ital)?\.?\s*(?:#|No\b\.?|Num(?:ber)?\b))"
)
# The identifier after an MRN label: 4-20 letters and digits, at least one digit.
_MRN_VALUE = r"(?=[A-Za-z0-9-]*[0-9])([A-Za-z0-9][A-Za-z0-9-]{3,19})\b"
MRN_TEXT_PATTERN = rf"(?i)\b{MRN_LABEL}{_SEP}{_MRN_VALUE}"

_NAME_LABEL = re.compile(
    r"(?i)(?:\b(?:Patient(?:'s)?|Pt\.?|Legal|Last|Family|Sur)\s*Name\b"
    r"(?:\s*\((?:Last|Family)[^)]{0,20}\))?\s*[:#.;]?"
    r"|\bPatient\s*[:;]|^[\s|]*Name\s*[:;])",
    re.MULTILINE,
)
# A name label after these words names someone else ("Emergency contact patient name").
_NAME_QUALIFIERS = re.compile(
    r"(?i)(?:contact|guarantor|insured|relative|parent|guardian|spouse|first|middle)\W*$"
)
_DOB_LABEL = re.compile(
    r"(?i)\b(?:D\.?\s?O\.?\s?B\b\.?|Date\s+of\s+Birth|Birth\s*Date|Birthdate|Born)\s*[:#.;]?\s*"
)
_ACCOUNT_LABEL = re.compile(
    r"(?i)\b(?:Acct\.?\s*(?:#|No\b|Num)?|Account\s*(?:#|No\b|Num(?:ber)?)?|Encounter(?:\s*(?:#|No\b"
    r"|Num(?:ber)?|ID))?|Enc\.?\s*(?:#|No\b)|Visit\s*(?:#|No\b|Num(?:ber)?|ID)|FIN\b|CSN\b)"
    r"\s*[:#.;]?\s*(?=[A-Za-z0-9-]*[0-9])"
)
_MRN_LABEL_RX = re.compile(rf"(?i)\b{MRN_LABEL}{_SEP}")
# Labels alone, for sheets that print the value under its label, in a box of its own.
_LABEL_ONLY = [
    ("mrn", re.compile(rf"(?i)\b{MRN_LABEL}")),
    (
        "name",
        re.compile(
            r"(?i)\b(?:(?:Patient|Pt\.?|Last|Family|Sur)\s*Name|Forenames?|Given\s+Names?)\b"
        ),
    ),
    ("dob", re.compile(r"(?i)\b(?:D\.?\s?O\.?\s?B\b|Date\s+of\s+Birth|Birth\s*Date|Birthdate)")),
    (
        "account",
        re.compile(r"(?i)\b(?:Acct|Account\s*(?:#|No\b|Num)|Encounter|Visit\s*(?:#|No\b))"),
    ),
]

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_MON = r"(?P<mon>[A-Za-z]{3,9})\.?"
_DATE_FORMS = [
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(r"\b(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4}|\d{2})\b"),
    re.compile(rf"\b(?P<d>\d{{1,2}})[-\s]{_MON}[-\s,]+(?P<y>\d{{4}})\b"),
    re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"),
]


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _years(y: str) -> list[int]:
    if len(y) == 4:
        return [int(y)]
    return [1900 + int(y), 2000 + int(y)]  # a two-digit year: both centuries


def dates_in(text: str) -> list[tuple[int, set[str]]]:
    """Every date in the text as (offset, the ISO dates it can mean)."""
    found: dict[int, set[str]] = {}
    for n, form in enumerate(_DATE_FORMS):
        for mt in form.finditer(text):
            g = mt.groupdict()
            out: set[str] = set()
            if n == 0:
                out.add(_iso(int(g["y"]), int(g["m"]), int(g["d"])) or "")
            elif n == 1:
                a, b = int(g["a"]), int(g["b"])
                for y in _years(g["y"]):
                    out |= {_iso(y, a, b) or "", _iso(y, b, a) or ""}  # US and day-first
            else:
                mon = _MONTHS.get(g["mon"].lower())
                if mon is None:
                    continue
                out.add(_iso(int(g["y"]), mon, int(g["d"])) or "")
            out.discard("")
            if out:
                found.setdefault(mt.start(), set()).update(out)
    return sorted(found.items())


@dataclass
class LabelledIdentity:
    """The identifiers a page prints behind labels, and how much else it says."""

    mrns: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # the text after a patient-name label
    birth_dates: list[set[str]] = field(default_factory=list)  # one set per labelled date
    accounts: int = 0
    label_kinds: set[str] = field(default_factory=set)  # labels printed, values read or not
    words: int = 0  # all words on the page
    other_words: int = 0  # words on lines that carry no identity label

    @property
    def kinds(self) -> set[str]:
        """Which identifiers the page labels: name, mrn, dob, account."""
        return {
            k
            for k, present in (
                ("name", self.names),
                ("mrn", self.mrns),
                ("dob", self.birth_dates),
                ("account", self.accounts),
            )
            if present
        }


def _name_value(line: str, end: int) -> str:
    """The words after a name label, up to the next label on the line."""
    rest = line[end:]
    stop = len(rest)
    for rx in (_MRN_LABEL_RX, _DOB_LABEL, _ACCOUNT_LABEL, _NAME_LABEL):
        mt = rx.search(rest)
        if mt and mt.start() > 0:
            stop = min(stop, mt.start())
    for word in ("Sex", "Gender", "Age", "Room", "Date", "Admit", "Provider", "Physician"):
        mt = re.search(rf"(?i)\b{word}\b", rest)
        if mt and mt.start() > 0:
            stop = min(stop, mt.start())
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", rest[:stop])
    return " ".join(words[:5])


def read_labels(text: str, mrn_pattern: str = MRN_TEXT_PATTERN) -> LabelledIdentity:
    out = LabelledIdentity()
    mrn_rx = re.compile(mrn_pattern)
    for line in text.splitlines():
        n_words = len(line.split())
        out.words += n_words
        labelled = False
        for mt in mrn_rx.finditer(line):
            out.mrns.append(mt.group(1))
            labelled = True
        for mt in _NAME_LABEL.finditer(line):
            if _NAME_QUALIFIERS.search(line[: mt.start()]):
                continue  # "Provider Name:", "Emergency contact name:" name someone else
            value = _name_value(line, mt.end())
            if value:
                out.names.append(value)
                labelled = True
        for mt in _DOB_LABEL.finditer(line):
            dates = [d for off, d in dates_in(line[mt.end() : mt.end() + 40]) if off < 6]
            if dates:
                out.birth_dates.append(dates[0])
                labelled = True
        if _ACCOUNT_LABEL.search(line):
            out.accounts += 1
            labelled = True
        for kind, rx in _LABEL_ONLY:
            if rx.search(line):
                out.label_kinds.add(kind)
                labelled = True
        if not labelled:
            out.other_words += n_words
    out.label_kinds |= out.kinds
    return out


def within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def name_matches(value: str, family: str, given: str | None = None) -> bool:
    """Does a printed name show this family name (and given name, when asked), allowing one
    OCR slip per word?"""
    words = [w.upper() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", value)]

    def has(name: str) -> bool:
        parts = [p for p in re.findall(r"[A-Za-z][A-Za-z'-]*", name.upper())]
        return bool(parts) and all(
            any(within_one_edit(w, p) if len(p) > 3 else w == p for w in words) for p in parts
        )

    return has(family) and (given is None or has(given))
