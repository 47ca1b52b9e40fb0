"""Cross-checks a page's text against the patient its packet names. A page that shows another
patient's MRN, or another index patient's name together with that patient's birth date, is a
conflict: it goes to review, never to the packet's patient."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.coversheet import to_iso_date
from pipeline.patients import Patient, PatientIndex

_DATE = re.compile(r"\b(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\b")


@dataclass(frozen=True)
class IdentityCheck:
    conflict: bool
    confirmed: bool  # the page itself shows the packet patient's MRN


def within_one_edit(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def check_page(text: str, patient: Patient, index: PatientIndex, mrn_pattern: str) -> IdentityCheck:
    conflict = confirmed = False
    for mrn in re.findall(mrn_pattern, text):
        if mrn == patient.mrn:
            confirmed = True
        elif index.get(mrn) is not None or not within_one_edit(mrn, patient.mrn):
            # Another patient's MRN, or a number too far from ours to be an OCR slip.
            conflict = True
    if any(other.mrn != patient.mrn for other in named_with_birth_date(text, index)):
        conflict = True
    return IdentityCheck(conflict=conflict, confirmed=confirmed and not conflict)


def named_with_birth_date(text: str, index: PatientIndex) -> list[Patient]:
    """Index patients whose family name and birth date both appear in the text."""
    upper = text.upper()
    found = []
    for raw in set(_DATE.findall(text)):
        iso = to_iso_date(raw)
        for p in index.born_on(iso) if iso else []:
            if p not in found and re.search(rf"\b{re.escape(p.family.upper())}\b", upper):
                found.append(p)
    return found
