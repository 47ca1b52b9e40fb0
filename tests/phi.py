"""How the tests look for PHI in what the product writes: one definition for every test that
searches logs, consoles, keys, metadata or Prefect's database for the patient index's values."""

from __future__ import annotations

import csv
import re
from pathlib import Path

# A random id or a digest (Prefect's run, task and event ids; SHA-256 and other hex digests, as
# in object keys): its hex digits can hold an MRN's digits by chance (an event id ending
# 521719796942 holds MRN 2171979), which is no leak. A hex run of 16 or more characters is
# masked: an MRN written out with anything a person could read around it stays shorter.
RANDOM_ID = re.compile(
    r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b[0-9a-f]{16,}\b", re.I
)


def index_values(patients_csv: Path, given: bool = False) -> list[str]:
    """What a patient index holds that must not leak, MRN first: each patient's MRN, family
    name (and given name), and birth date as ISO and as MM/DD/YYYY."""
    out = []
    with open(patients_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            y, m, d = row["dob"].split("-")
            names = [row["family"], row["given"]] if given else [row["family"]]
            out += [row["mrn"], *names, row["dob"], f"{m}/{d}/{y}"]
    return out


def found(text: str, values: list[str]) -> list[str]:
    """The identifiers among `values` that appear in `text`, random ids and digests aside."""
    text = RANDOM_ID.sub("<id>", text)
    return sorted({v for v in values if v in text})
