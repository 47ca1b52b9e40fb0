"""Generate a set of realistic scanned batches and their truth files.

    python -m sample_scans.generate --seed 7 --out DIR

Writes DIR/patients.csv (the master patient index), and for each batch its scan
(PDF, multi-page TIFF or folder of images) and <batch>.truth.json. The structure of the set is
fixed (every symbology, skew, upside-down and sideways feeds, noise, duplex blank backs with
bleed-through, a fax page, a damaged barcode, a page of another patient, pages before any cover
sheet, an unknown and a mismatching patient, a lab label barcode); the seed picks patients,
document types, wording and the exact degradations. Same seed, same bytes."""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import random
from pathlib import Path

from PIL import Image

from pipeline.decisions.patients import Patient
from sample_scans import containers, render
from sample_scans.text import DOC_TYPES, FAMILIES, GIVENS, body_lines, title


def us_date(iso: str) -> str:
    """Content pages print birth dates the American way, MM/DD/YYYY."""
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


# Pixel height of typeset text at 300 dpi (about 8 pt): a 95-character line and 52 lines, the
# most a corpus page holds (classifiers/corpus.py), fit a letter page.
TYPESET_SIZE = 32


def identity_header(c: render.Canvas, patient: Patient, size: int, gaps: tuple[int, int]) -> None:
    """The site's name and the patient's name, MRN and birth date, as prep prints them at the
    top of every content page; `gaps` below each of the two lines."""
    c.line("RIVERSIDE GENERAL HOSPITAL", size=size, bold=True, gap=gaps[0])
    c.line(
        f"Patient: {patient.family}, {patient.given}   MRN: {patient.mrn}   "
        f"DOB: {us_date(patient.dob)}",
        size=size,
        gap=gaps[1],
    )


def make_patients(rng: random.Random, n: int = 16) -> list[Patient]:
    families = rng.sample(FAMILIES, n)
    mrns = rng.sample(range(1_000_000, 9_999_999), n)
    out = []
    for fam, mrn in zip(families, mrns, strict=True):
        dob = dt.date(1930, 1, 1) + dt.timedelta(days=rng.randrange(0, 85 * 365))
        out.append(Patient(str(mrn), fam, rng.choice(GIVENS), dob.isoformat(), rng.choice("FM")))
    return out


class BatchBuilder:
    """Accumulates scanned pages and, for each, what the pipeline should conclude."""

    def __init__(self, rng: random.Random, name: str):
        self.rng = rng
        self.name = name
        self.pages: list[containers.ScanPage] = []
        self.truth: list[dict] = []
        self.packet = -1
        self.doc_no = -1

    def _add(self, img: Image.Image, truth: dict, encoding: str, dpi=(300, 300)) -> None:
        truth["index"] = len(self.truth)
        self.pages.append(containers.ScanPage(img, dpi, encoding))
        self.truth.append(truth)

    def cover(
        self,
        patient: Patient,
        symbology: str,
        *,
        status: str = "discarded",
        reasons: list[str] | None = None,
        damaged: bool = False,
        barcode_dob: str | None = None,
        encoding: str = "jpeg",
    ) -> None:
        self.packet += 1
        enc = f"E{self.rng.randint(100000, 999999)}"
        dob = barcode_dob or patient.dob
        parts = [f"MRN={patient.mrn}", f"ENC={enc}", f"DOB={dob}"]
        self.rng.shuffle(parts)  # keys in any order
        if symbology == "Code39":
            parts = [p for p in parts if not p.startswith("ENC")]  # keep the symbol short
        value = ";".join(parts)
        c = render.Canvas()
        c.line("PATIENT COVER SHEET", size=72, bold=True, gap=60)
        code = render.barcode_image(value, symbology)
        if damaged:
            code = render.damage(code, self.rng)
        c.paste(code)
        c.space(40)
        c.line(f"Name: {patient.family}, {patient.given}", size=52)
        c.line(f"MRN: {patient.mrn}", size=52)
        c.line(f"DOB: {patient.dob}", size=52)
        c.line(f"Encounter: {enc}", size=52)
        c.space(60)
        c.line("Place this sheet in front of the patient's documents.", size=40)
        page = c.done()
        img = render.degrade(page.image, self.rng, skew=self.rng.uniform(-0.8, 0.8))
        self._add(
            img,
            {
                "role": "cover",
                "status": status,
                "reasons": reasons or [],
                "mrn": patient.mrn,
                "packet": self.packet,
                "symbology": symbology,
                "barcode_value": value,
                "damaged_barcode": damaged,
                "text": page.text,
                "quality": "clean",
            },
            encoding,
        )

    def document(
        self,
        patient: Patient,
        doc_type: str,
        pages: int,
        *,
        status: str = "filed",
        reasons: list[str] | None = None,
        effects: dict[int, dict] | None = None,
        blank_backs: tuple[int, ...] = (),
        label: str | None = None,
        packet: int | None = None,
        new_document: bool = True,
    ) -> None:
        """A document of `pages` pages. effects[k] degrades page k (0-based) specially:
        {"skew": deg, "rotation": 90, "noise": 12, "fax": True, "encoding": "flate"}."""
        if new_document:
            self.doc_no += 1
        effects = effects or {}
        date = dt.date(2025, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 300))
        doc_title = title(doc_type, self.rng)
        for k in range(pages):
            c = render.Canvas()
            identity_header(c, patient, size=40, gaps=(22, 50))
            if k == 0:
                c.line(doc_title, size=64, bold=True, gap=40)
                c.line(f"Date of service: {date.isoformat()}", size=42, gap=40)
            for sentence in body_lines(doc_type, self.rng, self.rng.randint(6, 9)):
                c.paragraph(sentence)
            if label:
                c.space(30)
                c.paste(render.barcode_image(label, "Code128"), x=render.MARGIN)
            c.footer(f"Page {k + 1} of {pages}")
            page = c.done()
            eff = effects.get(k, {})
            quality = "fax" if eff.get("fax") else ("noisy" if eff else "clean")
            img = render.degrade(
                page.image,
                self.rng,
                skew=eff.get("skew", self.rng.uniform(-0.4, 0.4)),
                rotation=eff.get("rotation", 0),
                noise=eff.get("noise", 1.5),
                blur=eff.get("blur", 0.0),
            )
            dpi, encoding = (300, 300), eff.get("encoding", "jpeg")
            if eff.get("fax"):
                img, dpi = render.fax(img)
                encoding = "g4"
            self._add(
                img,
                {
                    "role": "document",
                    "status": status,
                    "reasons": reasons or [],
                    "mrn": patient.mrn,
                    "packet": self.packet if packet is None else packet,
                    "document": self.doc_no,
                    "document_type": doc_type,
                    "first_page": k == 0,
                    "rotation": (360 - eff.get("rotation", 0)) % 360,
                    "text": page.text,
                    "quality": quality,
                },
                encoding,
                dpi,
            )
            if k in blank_backs:
                bleed = page.image if self.rng.random() < 0.7 else None
                self.blank(bleed)

    def typeset(self, patient: Patient, pages: list[str], truth: dict, *, scanner: str) -> None:
        """A document whose page texts come from elsewhere (text the type model never trained
        on: bench/types_on_scans.py), each page under this site's identity header, its lines
        as they are in small type, "Page k of n" at the foot; scanned in gray or bilevel at 300
        dpi with noise and some blur, or received by fax."""
        self.doc_no += 1
        for k, body in enumerate(pages):
            c = render.Canvas()
            identity_header(c, patient, size=TYPESET_SIZE, gaps=(12, 36))
            for line in body.splitlines():
                c.line(line.expandtabs(4), size=TYPESET_SIZE, gap=12)
            c.footer(f"Page {k + 1} of {len(pages)}")
            page = c.done()
            img = render.degrade(
                page.image,
                self.rng,
                skew=self.rng.uniform(-1.0, 1.0),
                noise=self.rng.uniform(2.0, 8.0),
                blur=self.rng.uniform(0.0, 0.9),
            )
            dpi, encoding = (300, 300), "jpeg"
            if scanner == "fax":
                img, dpi = render.fax(img)
                encoding = "g4"
            elif scanner == "bilevel":
                encoding = "g4"
            self._add(
                img,
                {
                    **truth,
                    "role": "document",
                    "mrn": patient.mrn,
                    "packet": self.packet,
                    "document": self.doc_no,
                    "first_page": k == 0,
                    "text": page.text,
                    "quality": scanner,
                },
                encoding,
                dpi,
            )

    def blank(self, bleed: Image.Image | None = None) -> None:
        self._add(
            render.blank_back(self.rng, bleed),
            {"role": "blank", "status": "discarded", "reasons": [], "mrn": None, "text": ""},
            "jpeg",
        )


def _types(rng: random.Random, n: int) -> list[str]:
    return rng.sample(DOC_TYPES, n)


def write_index(patients: list[Patient], path: Path) -> None:
    """The master patient index CSV the pipeline reads."""
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["mrn", "family", "given", "dob", "sex"])
        for pt in patients:
            w.writerow([pt.mrn, pt.family, pt.given, pt.dob, pt.sex])


def build_set(seed: int, out: Path) -> list[Path]:
    rng = random.Random(seed)
    patients = make_patients(rng)
    known, stranger = patients[:-1], patients[-1]  # the stranger is not in the index
    p = rng.sample(known, 9)
    out.mkdir(parents=True, exist_ok=True)
    write_index(known, out / "patients.csv")
    written = []

    # Batch 1: an image-only PDF mixing JPEG, CCITT G4 (a fax page) and Flate page images.
    b = BatchBuilder(rng, "batch1")
    t = _types(rng, 5)
    b.cover(p[0], "Code128")
    b.document(p[0], t[0], 2, blank_backs=(0,), effects={1: {"skew": 2.5, "noise": 6}})
    b.document(p[0], t[1], 1, effects={0: {"encoding": "flate"}})
    b.cover(p[1], "QRCode")
    b.document(p[1], t[2], 2, effects={1: {"rotation": 180}})
    b.document(p[1], t[3], 1, effects={0: {"fax": True}})
    b.cover(stranger, "DataMatrix", status="review", reasons=["unknown_patient"])
    b.document(stranger, t[4], 1, status="review", reasons=["unknown_patient"])
    written.append(save_batch(b, out, "pdf"))

    # Batch 2: a bilevel multi-page TIFF (G4), as most production scanners write.
    b = BatchBuilder(rng, "batch2")
    t = _types(rng, 6)
    b.document(p[2], t[0], 2, status="review", reasons=["no_cover_sheet"], packet=-1)
    b.cover(p[3], "PDF417")
    b.document(p[3], t[1], 2, effects={0: {"skew": -3.0, "noise": 8}})
    b.document(p[4], t[2], 1, status="review", reasons=["identity_conflict"])
    # The page after one that names another patient: its own MRN does not restore certainty.
    b.document(
        p[3],
        t[3],
        1,
        status="review",
        reasons=["packet_boundary_doubt"],
        label=f"ACC-{rng.randint(10000000, 99999999)}",
    )
    b.cover(p[5], "Code39")
    b.document(p[5], t[4], 1, effects={0: {"rotation": 90}})
    b.document(p[5], t[5], 1, blank_backs=(0,))
    written.append(save_batch(b, out, "tiff"))

    # Batch 3: a folder of page images (JPEG and PNG).
    b = BatchBuilder(rng, "batch3")
    t = _types(rng, 5)
    b.cover(p[6], "QRCode", damaged=True)
    b.document(p[6], t[0], 2, effects={1: {"skew": 1.5, "noise": 7, "blur": 0.6}})
    b.cover(
        p[7],
        "Code128",
        status="review",
        reasons=["dob_mismatch"],
        barcode_dob=_other_dob(p[7].dob),
    )
    b.document(p[7], t[1], 1, status="review", reasons=["dob_mismatch"])
    b.cover(p[8], "DataMatrix")
    b.document(p[8], t[2], 2, effects={1: {"rotation": 270}})
    b.document(p[8], t[3], 1, effects={0: {"encoding": "png"}})
    b.document(p[8], t[4], 1, blank_backs=(0,))
    written.append(save_batch(b, out, "folder"))
    return written


def _other_dob(dob: str) -> str:
    d = dt.date.fromisoformat(dob)
    return (d + dt.timedelta(days=397)).isoformat()


def save_batch(b: BatchBuilder, out: Path, form: str) -> Path:
    """The batch as a PDF, a multi-page TIFF or a folder of images, and its truth file."""
    if form == "pdf":
        path = out / f"{b.name}.pdf"
        containers.write_pdf(b.pages, path)
    elif form == "tiff":
        path = out / f"{b.name}.tif"
        containers.write_tiff(b.pages, path)
    else:
        path = out / b.name
        containers.write_folder(b.pages, path)
    truth = {"batch": path.name, "form": form, "page_count": len(b.truth), "pages": b.truth}
    (out / f"{b.name}.truth.json").write_text(json.dumps(truth, indent=1) + "\n")
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    for path in build_set(args.seed, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
