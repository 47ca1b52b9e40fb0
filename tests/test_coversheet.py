"""The cover-sheet grammar: what identifies a patient and what never does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from config.settings import load_settings
from pipeline.models import BarcodeRead
from pipeline.pages.coversheet import (
    CoverEvidence,
    CoverGrammar,
    printed_identity,
    text_evidence,
    to_iso_date,
)


@pytest.fixture
def grammar() -> CoverGrammar:
    cs = load_settings(environ={}).cover_sheet
    return CoverGrammar(cs.pattern, cs.symbologies, cs.title_words)


@pytest.mark.parametrize(
    "value, mrn, enc, dob",
    [
        ("MRN=1234567;ENC=E99;DOB=1970-01-02", "1234567", "E99", "1970-01-02"),
        ("DOB=1970-01-02;MRN=1234567", "1234567", None, "1970-01-02"),
        ("ENC=A-1;MRN=X12345", "X12345", "A-1", None),
        ("MRN=1234567", "1234567", None, None),
    ],
)
def test_grammar_accepts_keys_in_any_order(grammar, value, mrn, enc, dob):
    c = grammar.parse(BarcodeRead("QRCode", value))
    assert (c.mrn, c.enc, c.dob, c.source, c.symbology) == (mrn, enc, dob, "barcode", "QRCode")


@pytest.mark.parametrize(
    "value",
    [
        "ACC-20250314-0042",  # lab accession label
        "SPECIMEN 12345678",
        "1234567",  # a bare number is not the grammar
        "MRN=1234567;DOB=19700102",  # malformed birth date
        "MRN=1234567;DOB=1970-02-30",  # not a real date
        "MRN=1234567;MRN=7654321",  # two patients in one code
        "MRN=1234567;ROOM=12",  # unknown key
        "ENC=E99;DOB=1970-01-02",  # no MRN
        " MRN=12",  # MRN too short
    ],
)
def test_grammar_never_identifies_from_other_codes(grammar, value):
    assert grammar.parse(BarcodeRead("Code128", value)) is None


def test_symbology_not_configured_is_ignored(grammar):
    assert grammar.parse(BarcodeRead("EAN13", "MRN=1234567")) is None


def test_site_can_change_the_pattern():
    s = load_settings(environ={"DIGITIZE_COVER_SHEET__PATTERN": r"^PT(?P<mrn>\d{7})$"})
    g = CoverGrammar(s.cover_sheet.pattern, s.cover_sheet.symbologies, [])
    assert g.parse(BarcodeRead("Code39", "PT1234567")).mrn == "1234567"
    assert g.parse(BarcodeRead("Code39", "MRN=1234567")) is None


def test_printed_identity_reads_a_cover_sheet():
    text = "PATIENT COVER SHEET\nName: O'NEIL, Mary Ann\nMRN: 1234567\nDOB: 1970-01-02\n"
    p = printed_identity(text, load_settings(environ={}).identity.mrn_text_pattern)
    assert (p.mrn, p.family, p.given, p.dob, p.complete) == (
        "1234567",
        "O'NEIL",
        "Mary Ann",
        "1970-01-02",
        True,
    )


def test_dates_in_both_forms():
    assert to_iso_date("01/02/1970") == "1970-01-02"
    assert to_iso_date("1970-1-2") == "1970-01-02"
    assert to_iso_date("13/40/1970") is None


def _evidence(text: str, linear_code: bool = False, square_code: bool = False) -> CoverEvidence:
    """As the analyser judges a page's text, with code regions seen but not read."""
    mrn_pattern = load_settings(environ={}).identity.mrn_text_pattern
    evidence = text_evidence(text, mrn_pattern, titled=False)
    return replace(evidence, linear_code=linear_code, square_code=square_code)


FLOWSHEET = (
    "KEYSTONE\nVITAL SIGNS / INTAKE & OUTPUT FLOWSHEET\nANDERSEN, GRACE\nMRN: A3722393\n"
    "DOB: 12/13/1985\nTime 0800 1200 1600\nPulse 96 108 62\nBP 140/92 99/69 134/70\n"
    "Form NS-0412 (Rev. 11/2020)\nKeystone Medical Center - Health Information Management\n"
)


def test_the_records_departments_name_on_a_clinical_form_is_not_a_cover_sheet():
    """Every form the department controls carries its name (a form-control footer, an office-use
    box): beside a patient label, or a logo read as a square code, it proves nothing. Found on
    an independently written site's flowsheets and consents (2026-12-02)."""
    assert not _evidence(FLOWSHEET).cover_like
    assert not _evidence(FLOWSHEET, square_code=True).cover_like


def test_the_records_departments_name_still_counts_beside_cover_wording_or_printed_bars():
    assert _evidence(FLOWSHEET, linear_code=True).cover_like  # a damaged code's bars
    assert _evidence("Chart separator\n" + FLOWSHEET).cover_like
    sheet = "HIM use only\nName: OKAFOR, Maria\nMRN: 4829171\nDOB: 1950-03-02\nDo not staple"
    assert _evidence(sheet).cover_like
