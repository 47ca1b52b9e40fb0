"""A scanned batch built for the review tests: pages that must wait for a person, processed by
the real pipeline (Tesseract, zxing-cpp) into a real store and app database."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from sample_scans import containers
from sample_scans.generate import BatchBuilder, make_patients, write_index
from tests import pg


@dataclass
class ReviewBatch:
    source: Path
    patients_csv: Path
    known: list  # index patients used, by role below
    stranger: object  # on a cover sheet, not in the index


def build_review_batch(out: Path, seed: int = 23) -> ReviewBatch:
    """Item A: two pages before any cover sheet (patient known[0]); item B: a cover sheet of a
    patient missing from the index, and one page; item C: one page of known[2] inside known[1]'s
    packet (identity conflict)."""
    rng = random.Random(seed)
    patients = make_patients(rng)
    known, stranger = patients[:-1], patients[-1]
    out.mkdir(parents=True, exist_ok=True)
    csv_path = out / "patients.csv"
    write_index(known, csv_path)
    b = BatchBuilder(rng, "review")
    b.document(known[0], "progress_note", 2, status="review", reasons=["no_cover_sheet"], packet=-1)
    b.cover(stranger, "Code128", status="review", reasons=["unknown_patient"])
    b.document(stranger, "lab_report", 1, status="review", reasons=["unknown_patient"])
    b.cover(known[1], "DataMatrix")
    b.document(known[1], "consult_note", 1)
    b.document(known[2], "discharge_summary", 1, status="review", reasons=["identity_conflict"])
    source = out / "review-batch"
    containers.write_folder(b.pages, source)
    return ReviewBatch(source, csv_path, known[:3], stranger)


def postgres_url() -> str:
    """A fresh, empty PostgreSQL database (tests/pg.py finds or starts the server)."""
    return pg.fresh_database()


def drop_postgres(url: str) -> None:
    pg.drop_database(url)
