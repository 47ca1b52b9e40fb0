"""Cross-checks a page's text against the patient its packet names. A page is a conflict when it
shows another patient's identity: another MRN (behind any MRN label, or an index MRN anywhere on
the page), another index patient's name together with that patient's birth date, or a labelled
patient name or birth date that is not this patient's. A conflict is evidence that the packet
boundary itself is in doubt (packets.assign), not only that this page is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.decisions.patients import Patient, PatientIndex
from pipeline.pages.labels import (
    LabelledIdentity,
    dates_in,
    name_matches,
    read_labels,
    within_one_edit,
)

_TOKEN = re.compile(r"\b[A-Za-z0-9][A-Za-z0-9-]{5,19}\b")


@dataclass(frozen=True)
class IdentityCheck:
    conflict: bool


def check_page(text: str, patient: Patient, index: PatientIndex, mrn_pattern: str) -> IdentityCheck:
    labels = read_labels(text, mrn_pattern)
    return IdentityCheck(_conflict(text, labels, patient, index))


def _conflict(text: str, labels: LabelledIdentity, patient: Patient, index: PatientIndex) -> bool:
    if any(p.mrn != patient.mrn for p in _identified(text, labels, index)):
        return True
    if any(m != patient.mrn and not within_one_edit(m, patient.mrn) for m in labels.mrns):
        return True  # a number too far from ours to be an OCR slip
    if any(not name_matches(name, patient.family) for name in labels.names):
        return True  # a labelled patient name that is not this patient's
    return any(patient.dob not in dob for dob in labels.birth_dates)


def identified_patients(text: str, index: PatientIndex, mrn_pattern: str) -> list[Patient]:
    """Index patients the page names: by a labelled MRN, by an index MRN anywhere on the page,
    or by family name together with birth date."""
    return _identified(text, read_labels(text, mrn_pattern), index)


def _identified(text: str, labels: LabelledIdentity, index: PatientIndex) -> list[Patient]:
    found: list[Patient] = []
    for p in (
        *(index.get(mrn) for mrn in labels.mrns),
        *(index.get(token) for token in _TOKEN.findall(text)),
        *named_with_birth_date(text, index),
    ):
        if p is not None and p not in found:
            found.append(p)
    return found


def named_with_birth_date(text: str, index: PatientIndex) -> list[Patient]:
    """Index patients whose family name and birth date both appear in the text (every reading
    of an ambiguous date counts)."""
    upper = text.upper()
    found = []
    for _, readings in dates_in(text):
        for iso in sorted(readings):
            for p in index.born_on(iso):
                if p not in found and re.search(rf"\b{re.escape(p.family.upper())}\b", upper):
                    found.append(p)
    return found


def printed_patient(text: str, index: PatientIndex, mrn_pattern: str) -> Patient | None:
    """The one index patient whose MRN, full name and birth date a sheet all prints, whatever
    the labels and their layout; None when any is missing or another patient shows too."""
    labels = read_labels(text, mrn_pattern)
    found = _identified(text, labels, index)
    if len(found) != 1:
        return None
    p = found[0]
    shows_mrn = p.mrn in labels.mrns or p.mrn in _TOKEN.findall(text)
    born = any(p.dob in readings for _, readings in dates_in(text))
    if not (shows_mrn and born and name_matches(text, p.family, p.given)):
        return None
    return None if _conflict(text, labels, p, index) else p
