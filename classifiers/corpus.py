"""Training and evaluation text for the document-type classifier, generated from independently
written template families (classifiers/families/family_*.py). Pages look like OCR output: a
hospital and patient header, a title on first pages, body sentences, a "Page k of n" footer, and
OCR-style character slips on some pages. The text is synthetic; nothing here is patient data."""

from __future__ import annotations

import hashlib
import importlib
import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

FAMILIES = ("a", "b", "c")
HELD_OUT = "c"  # never used for training the shipped model; all reported scores are on it
SLOTS = ("cond", "cond2", "med", "med2", "doc", "proc", "test")
_FACILITIES = [
    "RIVERSIDE GENERAL HOSPITAL",
    "Lakeview Medical Center",
    "ST. BRIGID COMMUNITY HOSPITAL",
    "Northfield Clinic",
    "Mercy Valley Health",
]
_SURNAMES = ["HARLOW", "PRZYBYLSKI", "ADEYEMI", "MCALLISTER", "NGUYEN", "SOLBERG", "DEMARCO"]
_GIVEN = ["Ada", "Ben", "Cora", "Dev", "Elin", "Femi", "Gus", "Hana"]
# Character slips Tesseract makes on noisy scans.
_SLIPS = [("rn", "m"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "l"), ("S", "5"), ("cl", "d")]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    family: str
    first_page: bool
    document: str  # pages of one document share this id


def load_family(name: str):
    return importlib.import_module(f"classifiers.families.family_{name}")


def fill(template: str, vocab: dict, rng: random.Random) -> str:
    pick = {k: rng.choice(vocab[k]) for k in ("cond", "med", "doc", "proc", "test")}
    pick["cond2"] = rng.choice(vocab["cond"])
    pick["med2"] = rng.choice(vocab["med"])
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return template.format(
        **pick,
        n=rng.randint(2, 9),
        k=rng.randint(1, 8),
        bp=f"1{rng.randint(10, 59)}/{rng.randint(55, 95)}",
        hr=rng.randint(52, 124),
        na=rng.randint(131, 147),
        date=f"{y}-{m:02d}-{d:02d}",
    )


def ocr_slips(text: str, rng: random.Random, rate: float) -> str:
    out = text
    for a, b in _SLIPS:
        parts = out.split(a)
        out = parts[0] + "".join((b if rng.random() < rate else a) + p for p in parts[1:])
    return out


def header(rng: random.Random) -> list[str]:
    name = f"{rng.choice(_SURNAMES)}, {rng.choice(_GIVEN)}"
    mrn = rng.randint(1_000_000, 9_999_999)
    dob = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1930, 2015)}"
    return [rng.choice(_FACILITIES), f"Patient: {name}   MRN: {mrn}   DOB: {dob}"]


def document_pages(
    family, label: str, rng: random.Random, pages: int, doc_id: str, slip_rate: float
) -> list[Example]:
    spec, vocab = family.FAMILY[label], family.VOCAB
    out = []
    for k in range(pages):
        lines = header(rng)
        if k == 0:
            lines.append(rng.choice(spec["titles"]))
            lines.append(f"Date of service: {fill('{date}', vocab, rng)}")
        # Some pages carry only a line or two (a signature page, the end of a note).
        count = rng.randint(1, 2) if rng.random() < 0.3 else rng.randint(3, 10)
        lines += [fill(rng.choice(spec["sentences"]), vocab, rng) for _ in range(count)]
        if pages > 1 or rng.random() < 0.5:
            lines.append(f"Page {k + 1} of {pages}")
        text = "\n".join(lines)
        if slip_rate:
            text = ocr_slips(text, rng, slip_rate)
        family_name = family.__name__.rsplit("_", 1)[-1]
        out.append(Example(text, label, family_name, k == 0, doc_id))
    return out


def build(families: tuple[str, ...], docs_per_type: int, seed: int) -> list[Example]:
    """Deterministic: the same families, count and seed give the same examples."""
    rng = random.Random(seed)
    examples: list[Example] = []
    for name in families:
        fam = load_family(name)
        for label in sorted(fam.FAMILY):
            for i in range(docs_per_type):
                pages = rng.choice((1, 1, 2, 3))
                slip = rng.choice((0.0, 0.0, 0.02, 0.05, 0.12))
                doc_id = f"{name}-{label}-{i}"
                examples += document_pages(fam, label, rng, pages, doc_id, slip)
    return examples


def data_hash(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for e in examples:
        h.update(json.dumps(asdict(e), sort_keys=True).encode())
    return h.hexdigest()


def load_reviewed(path: Path) -> list[Example]:
    """Reviewer corrections exported by the review queue, one JSON object per line:
    {"text": OCR text of the page, "document_type": key, "first_page": bool,
     "document": an id shared by the pages of one document, ...}. Other fields are ignored.
    The file holds page text (PHI): keep it owner-readable only."""
    out = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(
                Example(
                    str(row["text"]),
                    str(row["document_type"]),
                    "reviewed",
                    bool(row.get("first_page", True)),
                    str(row.get("document", f"reviewed-{n}")),
                )
            )
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"reviewed examples line {n} is not a valid correction") from None
    return out
