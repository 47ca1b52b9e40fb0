"""Property tests: the cover-sheet parser and the printed-identity reader never crash, and never
accept an identity that does not fit the grammar."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from config.settings import load_settings
from pipeline.models import BarcodeRead
from pipeline.pages.coversheet import CoverGrammar, printed_identity, to_iso_date

S = load_settings(environ={})
GRAMMAR = CoverGrammar(S.cover_sheet.pattern, S.cover_sheet.symbologies, [])
MRN = re.compile(r"[A-Za-z0-9]{4,20}")
KEYS = st.sampled_from(["MRN", "ENC", "DOB", "mrn", "ROOM", "MRN ", ""])
VALUES = st.one_of(
    st.from_regex(r"[A-Za-z0-9]{1,24}", fullmatch=True),
    st.from_regex(r"\d{4}-\d{2}-\d{2}", fullmatch=True),
    st.text(max_size=30),
)
PAYLOADS = st.one_of(
    st.text(max_size=80),
    st.lists(st.tuples(KEYS, VALUES), max_size=5).map(
        lambda kv: ";".join(f"{k}={v}" for k, v in kv)
    ),
)


@settings(max_examples=400, deadline=None)
@given(PAYLOADS, st.sampled_from(["Code128", "Code39", "QRCode", "DataMatrix", "PDF417", "EAN13"]))
def test_cover_parser_never_crashes_nor_accepts_a_malformed_identity(value, symbology):
    c = GRAMMAR.parse(BarcodeRead(symbology, value))
    if c is None:
        return
    assert symbology != "EAN13"
    assert MRN.fullmatch(c.mrn)
    assert f"MRN={c.mrn}" in value
    keys = [p.split("=", 1)[0] for p in value.split(";")]
    assert keys.count("MRN") == 1 and set(keys) <= {"MRN", "ENC", "DOB"}
    if c.dob is not None:
        dt.date.fromisoformat(c.dob)
        assert f"DOB={c.dob}" in value
    elif "DOB" in keys:
        raise AssertionError("a DOB key that did not parse must refuse the whole code")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_printed_identity_and_dates_never_crash(text):
    p = printed_identity(text, S.identity.mrn_text_pattern)
    if p.dob is not None:
        dt.date.fromisoformat(p.dob)
    for token in text.split():
        iso = to_iso_date(token)
        if iso is not None:
            dt.date.fromisoformat(iso)
