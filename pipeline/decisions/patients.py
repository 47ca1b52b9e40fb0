"""The master patient index: who exists, looked up by MRN, by birth date, or by all three printed
identifiers. CSV today (mrn,family,given,dob,sex); a database-backed index can implement the same
methods later."""

from __future__ import annotations

import csv
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.errors import BadInput
from pipeline.pages.coversheet import to_iso_date

COLUMNS = ("mrn", "family", "given", "dob", "sex")


@dataclass(frozen=True)
class Patient:
    mrn: str
    family: str
    given: str
    dob: str  # YYYY-MM-DD
    sex: str


def _norm_name(name: str) -> str:
    return " ".join(name.replace(",", " ").split()).upper()


class PatientIndex:
    @classmethod
    def current(cls, path: str | Path) -> PatientIndex:
        """The index at `path`, read once and again only when the file changes: the review page
        and the EHR delivery worker ask for a batch's index per request and per message, and a
        master patient index may be large."""
        path = str(path)
        return _loaded(path, Path(path).stat().st_mtime_ns)

    def __init__(self, patients: list[Patient]):
        self._by_mrn = {p.mrn: p for p in patients}
        self._by_dob: dict[str, list[Patient]] = defaultdict(list)
        for p in patients:
            self._by_dob[p.dob].append(p)

    def __len__(self) -> int:
        return len(self._by_mrn)

    @classmethod
    def load(cls, path: Path) -> PatientIndex:
        """Read and check the CSV; any problem is a BadInput naming the line, not the patient."""
        path = Path(path)
        if not path.is_file():
            raise BadInput("the patient index (--patients) does not exist")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise BadInput("the patient index is not UTF-8 text") from None
        rows = csv.DictReader(text.splitlines())
        if rows.fieldnames is None or [f.strip().lower() for f in rows.fieldnames] != list(COLUMNS):
            raise BadInput(f"the patient index must have the header {','.join(COLUMNS)}")
        patients: list[Patient] = []
        seen: set[str] = set()
        for n, row in enumerate(rows, start=2):
            values = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
            if not values["mrn"] or not values["family"] or not values["dob"]:
                raise BadInput(f"patient index line {n}: mrn, family and dob are required")
            try:
                dt.date.fromisoformat(values["dob"])
            except ValueError:
                raise BadInput(f"patient index line {n}: dob must be YYYY-MM-DD") from None
            if values["mrn"] in seen:
                raise BadInput(f"patient index line {n}: the MRN appears twice")
            seen.add(values["mrn"])
            patients.append(Patient(**{k: values[k] for k in COLUMNS}))
        if not patients:
            raise BadInput("the patient index holds no patients")
        return cls(patients)

    def __iter__(self):
        return iter(self._by_mrn.values())

    def get(self, mrn: str) -> Patient | None:
        return self._by_mrn.get(mrn)

    def born_on(self, dob: str) -> list[Patient]:
        return self._by_dob.get(dob, [])

    def exact(self, mrn: str, family: str, given: str, dob: str) -> Patient | None:
        """The one entry whose MRN, full name and birth date all match, or None."""
        p = self._by_mrn.get(mrn)
        if (
            p is not None
            and p.dob == dob
            and _norm_name(p.family) == _norm_name(family)
            and _norm_name(p.given) == _norm_name(given)
        ):
            return p
        return None

    def search(
        self, name: str | None = None, mrn: str | None = None, dob: str | None = None
    ) -> list[Patient]:
        """Patients matching every identifier given; at least two must be given, so one typed
        identifier alone never picks a patient. `name` is "family" or "family, given"."""
        name, mrn, dob = (v.strip() if v else None for v in (name, mrn, dob))
        if sum(bool(v) for v in (name, mrn, dob)) < 2:
            raise ValueError("give at least two identifiers: name, MRN, birth date")
        if dob:
            iso = to_iso_date(dob)
            if iso is None:
                raise ValueError("birth date must be YYYY-MM-DD or MM/DD/YYYY")
            pool = self.born_on(iso)
        elif mrn:
            pool = [p for p in [self.get(mrn)] if p]
        else:
            pool = list(self)
        family, _, given = (name or "").partition(",")
        out = []
        for p in pool:
            if mrn and p.mrn != mrn:
                continue
            if name and _norm_name(p.family) != _norm_name(family):
                continue
            if given.strip() and _norm_name(p.given) != _norm_name(given):
                continue
            out.append(p)
        return out


@lru_cache(maxsize=16)
def _loaded(path: str, mtime_ns: int) -> PatientIndex:
    return PatientIndex.load(Path(path))
