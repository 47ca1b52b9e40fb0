"""Scanned pages from the independently written cover-sheet layouts: clean, damaged and missing
barcodes, content pages with and without identity headers, each page scanned with its own small
skew and noise. Deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import importlib
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

LAYOUT_DIR = Path(__file__).resolve().parent.parent / "independent" / "covers"
DAMAGE_KINDS = ("band", "strike", "smear", "stain", "tear")


def layouts(folder: str = "covers") -> dict:
    """The site modules in tests/independent/<folder>/, by module name."""
    return {
        path.stem: importlib.import_module(f"tests.independent.{folder}.{path.stem}")
        for path in sorted((LAYOUT_DIR.parent / folder).glob("site_*.py"))
    }


@dataclass(frozen=True)
class Person:
    mrn: str
    family: str
    given: str
    dob: str
    encounter: str

    def as_dict(self) -> dict:
        return {
            "mrn": self.mrn,
            "family": self.family,
            "given": self.given,
            "dob": self.dob,
            "encounter": self.encounter,
        }


FAMILIES = [
    "OKAFOR", "LINDQVIST", "MARCHETTI", "NAKAMURA", "DUBOIS", "KOWALSKI", "HERNANDEZ", "OBRIEN",
    "PETROV", "ABERNATHY", "CHAUDHRY", "SILVA", "MBEKI", "FITZGERALD", "YAMAMOTO", "NGUYEN",
    "ANDERSEN", "ROSSI", "BECKETT", "QUINTERO", "HALVORSEN", "IBRAHIM", "MORALES", "WOJCIK",
]  # fmt: skip
GIVENS = [
    "Maria", "James", "Aisha", "Thomas", "Elena", "Samuel", "Grace", "Victor", "Naomi", "Oscar",
    "Leila", "Henry", "Ruth", "Diego", "Ingrid", "Patrick",
]  # fmt: skip


def people(rng: random.Random, n: int) -> list[Person]:
    fams = rng.sample(FAMILIES, n)
    out = []
    for fam in fams:
        mrn = rng.choice(["", "A", "M"]) + str(rng.randrange(1_000_000, 9_999_999))
        dob = dt.date(1925, 1, 1) + dt.timedelta(days=rng.randrange(0, 90 * 365))
        out.append(
            Person(mrn, fam, rng.choice(GIVENS), dob.isoformat(), f"E{rng.randrange(10**6)}")
        )
    return out


def payload(p: Person, rng: random.Random) -> str:
    parts = [f"MRN={p.mrn}", f"ENC={p.encounter}", f"DOB={p.dob}"]
    keep = parts[:1] + [x for x in parts[1:] if rng.random() < 0.8]
    rng.shuffle(keep)
    return ";".join(keep)


def damage(img: Image.Image, box, rng: random.Random, kind: str) -> Image.Image:
    """What happens to a printed code on its way to the scanner: a torn-off or whited-out band,
    a pen strike-through, toner smear, a coffee stain, a torn corner."""
    img = img.copy()
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d = ImageDraw.Draw(img)
    if kind == "band":  # a strip of the code lost (correction tape, toner drop-out)
        if w >= h:
            a = x0 + int(w * rng.uniform(0.2, 0.45))
            d.rectangle([a, y0 - 5, a + int(w * rng.uniform(0.2, 0.35)), y1 + 5], fill=255)
        else:
            a = y0 + int(h * rng.uniform(0.2, 0.45))
            d.rectangle([x0 - 5, a, x1 + 5, a + int(h * rng.uniform(0.2, 0.35))], fill=255)
    elif kind == "strike":  # someone struck the code through with a marker
        for _ in range(rng.randint(2, 4)):
            d.line(
                [
                    (x0 + rng.randrange(max(1, w)), y0 - 10),
                    (x0 + rng.randrange(max(1, w)), y1 + 10),
                ],
                fill=0,
                width=rng.randint(12, 22),
            )
            d.line(
                [
                    (x0 - 10, y0 + rng.randrange(max(1, h))),
                    (x1 + 10, y0 + rng.randrange(max(1, h))),
                ],
                fill=255,
                width=rng.randint(10, 18),
            )
    elif kind == "smear":  # toner smear / wet ink: the code blurs into a grey block
        region = img.crop(box).filter(ImageFilter.GaussianBlur(rng.uniform(3.0, 5.0)))
        img.paste(region, box[:2])
    elif kind == "stain":  # a coffee ring over part of the code
        cx, cy = x0 + rng.uniform(0.3, 0.7) * w, y0 + rng.uniform(0.3, 0.7) * h
        r = max(w, h) * rng.uniform(0.25, 0.4)
        stain = Image.new("L", img.size, 0)
        ImageDraw.Draw(stain).ellipse([cx - r, cy - r, cx + r, cy + r], fill=255)
        arr = np.asarray(img).astype(np.int16)
        mask = np.asarray(stain) > 0
        arr[mask] = np.clip(arr[mask] - rng.randint(90, 130), 0, 255)
        img = Image.fromarray(arr.astype(np.uint8))
        region = img.crop(box).filter(ImageFilter.GaussianBlur(1.5))
        img.paste(region, box[:2])
    elif kind == "tear":  # a corner of the sheet torn off through the code
        if rng.random() < 0.5:
            pts = [(x0 + w * 0.5, y0 - 20), (x1 + 20, y0 - 20), (x1 + 20, y1 + 20)]
        else:
            pts = [(x0 - 20, y0 + h * 0.4), (x0 - 20, y1 + 20), (x0 + w * 0.6, y1 + 20)]
        d.polygon(pts, fill=255)
    return img


def scan(img: Image.Image, rng: random.Random) -> Image.Image:
    """A sheet through a document scanner: slight skew, grey paper, noise, a little blur."""
    angle = rng.uniform(-1.5, 1.5)
    img = img.convert("L").rotate(angle, resample=Image.BILINEAR, fillcolor=255, expand=False)
    arr = np.asarray(img).astype(np.float32)
    paper = rng.uniform(225, 250)
    arr = arr * (paper / 255.0)
    arr += np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(2, 8), arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if rng.random() < 0.4:
        out = out.filter(ImageFilter.GaussianBlur(0.6))
    return out


def cover_page(layout, person: Person, rng: random.Random, barcode: str):
    """barcode: "clean", "damaged" (one or two kinds of damage) or "missing"."""
    code = None if barcode == "missing" else payload(person, rng)
    img, box = layout.cover_sheet(person.as_dict(), code, rng)
    if barcode == "damaged" and box is not None:
        for kind in rng.sample(DAMAGE_KINDS, rng.choice([1, 1, 2])):
            img = damage(img, box, rng, kind)
    return scan(img, rng)
