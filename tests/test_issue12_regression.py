"""The misfile issue 12 reports, end to end through `digitize process` as a user runs it: a
packet's cover sheet from a layout the project never wrote, titled in words that are not in
`cover_sheet.title_words`, with a damaged code, followed by a page that names no patient. That
page was filed under the previous packet's patient, and the cover sheet was typed as an ECG."""

from __future__ import annotations

import csv
import json
import random

import numpy as np
import pytest
import zxingcpp

from sample_scans.containers import ScanPage, write_pdf
from tests.conftest import digitize
from tests.independent.covers import site_harbor, site_mercy
from tests.material import covers as C

pytestmark = pytest.mark.usefixtures("prefect_server")

ANNA = C.Person("7301942", "LINDQVIST", "Elena", "1948-05-17", "E501")
BOB = C.Person("A8829104", "QUINTERO", "Diego", "1971-11-02", "E777")


def _undecodable_cover(person: C.Person, rng: random.Random):
    """Mercy Valley's "CHART SEPARATOR" sheet, its code torn until it no longer reads."""
    for _ in range(20):
        img, box = site_mercy.cover_sheet(person.as_dict(), C.payload(person, rng), rng)
        img = C.damage(C.damage(img, box, rng, "band"), box, rng, "strike")
        if not zxingcpp.read_barcodes(np.asarray(img)):
            return C.scan(img, rng)
    raise AssertionError("could not damage the code enough")


def test_a_damaged_unfamiliar_cover_never_lets_the_next_page_into_the_previous_chart(tmp_path):
    rng = random.Random(12)
    anna_cover, _ = site_harbor.cover_sheet(ANNA.as_dict(), C.payload(ANNA, rng), rng)
    pages = [
        C.scan(anna_cover, rng),
        C.scan(site_harbor.content_page(ANNA.as_dict(), rng), rng),
        _undecodable_cover(BOB, rng),
        C.scan(site_harbor.content_page(None, rng), rng),  # names no patient
    ]
    pdf = tmp_path / "batch.pdf"
    write_pdf([ScanPage(p, (300, 300), "jpeg") for p in pages], pdf)
    index = tmp_path / "patients.csv"
    with index.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["mrn", "family", "given", "dob", "sex"])
        for p in (ANNA, BOB):
            w.writerow([p.mrn, p.family, p.given, p.dob, "U"])
    report = tmp_path / "manifest.json"
    digitize(
        "process", pdf, "--patients", index, "--store", tmp_path / "store", "--report", report,
        check=True,
    )  # fmt: skip
    by_index = {p["index"]: p for p in json.loads(report.read_text())["pages"]}
    cover, last = by_index[2], by_index[3]
    assert cover["role"] == "cover" and cover.get("document_type") is None
    # Bob's sheet prints his MRN, name and birth date: it opens his packet.
    assert last["mrn"] != ANNA.mrn
    assert (last["status"], last["mrn"]) in {("filed", BOB.mrn), ("review", None)}
    assert by_index[1]["status"] == "filed" and by_index[1]["mrn"] == ANNA.mrn
