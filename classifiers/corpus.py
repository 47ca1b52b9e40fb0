"""Pages of training and evaluation text for the document-type classifier. Whole documents come
from the sources (classifiers/sources: real transcribed reports, families written by independent
authors, the project's own template families); here they become pages as a scanner would see
them: wrapped to a printed line, broken into pages, with the character slips OCR makes on some.
The project's own families (classifiers/families/family_*.py) are generated page by page."""

from __future__ import annotations

import hashlib
import importlib
import json
import random
import re
import textwrap
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from classifiers import sources

FAMILIES = ("a", "b", "c")
HELD_OUT = "c"  # the sample scans' family: never trained on (source project_c is reserved)
PROJECT_SOURCES = {"project_ab": ("a", "b"), "project_c": ("c",)}
PAGE_BREAK = "\f"  # a document's text may carry its own page breaks
LINE_WIDTH, PAGE_LINES, PAGE_WORDS = 95, 52, 480  # a typed letter-size page at 11-12 pt
_TEXTWRAP_SPACE = re.compile(r"[\t\x0b\x0c\r]")  # whitespace textwrap rewrites, bar spaces
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
    family: str  # the source the page comes from
    first_page: bool
    document: str  # pages of one document share this id
    accept: frozenset[str] = field(default=frozenset())  # other types a department accepts
    teach: frozenset[str] = field(default=frozenset())  # other types the model learns it as
    taught_only: bool = False  # a training copy (with_results), never scored
    weight: float = 1.0  # in training; a document and its copy with results share one

    def right(self, predicted: str) -> bool:
        return predicted == self.label or predicted in self.accept


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
        row = asdict(e)
        row["accept"] = sorted(e.accept)
        row["teach"] = sorted(e.teach)
        h.update(json.dumps(row, sort_keys=True).encode())
    return h.hexdigest()


def project_docs(name: str, per_type: int, seed: int):
    """The project's own families as whole documents (pages joined by PAGE_BREAK)."""
    from classifiers.sources import Doc

    pages = build(PROJECT_SOURCES[name], per_type, seed)
    by_doc: dict[str, list[Example]] = {}
    for e in pages:
        by_doc.setdefault(e.document, []).append(e)
    return [
        Doc(
            name, doc_id, PAGE_BREAK.join(p.text for p in ps), ps[0].label, frozenset([ps[0].label])
        )
        for doc_id, ps in by_doc.items()
    ]


def taxonomy_docs():
    """The site's own phrasing: each type's display name and title words as a short page."""
    from classifiers.sources import Doc
    from classifiers.taxonomy import Taxonomy

    out = []
    for t in Taxonomy.load().types.values():
        for i, title in enumerate([t.display.upper(), *t.titles]):
            out.append(
                Doc("taxonomy", f"{t.key}-{i}", f"{title}\n{t.display}", t.key, frozenset([t.key]))
            )
    return out


def _wrap(text: str) -> list[str]:
    lines: list[str] = []
    for raw in text.splitlines():
        if len(raw) <= LINE_WIDTH and not _TEXTWRAP_SPACE.search(raw):
            # What textwrap gives a line that fits, without its cost (most lines fit, and
            # wrapping was a third of the time it takes to gather the corpus).
            lines.append(raw.rstrip(" "))
        else:
            lines += textwrap.wrap(raw, LINE_WIDTH) or [""]
    return lines


# Narrative types whose real documents often carry a block of the patient's results (an H&P
# with its admission bloods, a discharge or transfer summary with the latest investigations).
CARRY_RESULTS = frozenset(
    {
        "history_physical",
        "progress_note",
        "consult_note",
        "discharge_summary",
        "transfer_summary",
        "ed_note",
        "referral_letter",
        "correspondence",
    }
)
RESULTS_SHARE = 1 / 3  # of such documents, how many get a copy with results
RESULT_LINE = re.compile(r"[A-Za-z]{2,}.*\d")  # a test's name and a value


def result_lines(text: str) -> list[str]:
    """The lines of a laboratory report that carry a test and its value."""
    return [x for x in text.splitlines() if RESULT_LINE.search(x)]


def document_id(doc) -> str:
    """The one id a document's pages share (Example.document)."""
    return f"{doc.source}:{doc.id}"


def with_results(docs: list, rng: random.Random) -> list[tuple]:
    """(original, copy) pairs: copies of some narrative documents with a run of result lines
    from one of the same source's laboratory reports inserted, taught as the document's own
    type: a note that carries its patient's results is still that note. Without them, a short
    transfer note or an H&P followed by a table of bloods was typed as a laboratory report with
    near certainty (a new written family, 2026-12-01), and so were most real notes with a table
    of another source's results appended. The lines come from the same source only, so a fold
    that holds a source out never learns its laboratory layout. A copy and its original share
    one document's weight (training.source_pages, which is why the original comes with its
    copy), so each type keeps its share of the training text: copies added at full weight made
    narrative types weigh more, and held out the model filed less of ACI-Bench and more of
    MTSamples wrong (classifiers/HISTORY.md)."""
    runs = []
    for d in docs:
        if d.label == "lab_report":
            lines = result_lines(d.text)
            if len(lines) >= 4:
                runs.append(lines)
    if not runs:
        return []
    out = []
    for d in docs:
        if d.label not in CARRY_RESULTS or rng.random() >= RESULTS_SHARE:
            continue
        lines = rng.choice(runs)
        start = rng.randrange(len(lines))
        block = lines[start : start + rng.randint(4, 16)]
        text = d.text.split("\n")
        at = rng.randint(len(text) // 2, len(text))  # in the second half, or at the end
        text[at:at] = ["", *block, ""]
        out.append((d, replace(d, id=f"{d.id}+results", text="\n".join(text))))
    return out


def paginate(
    doc, rng: random.Random, slip_rate: float, taught_only: bool = False, weight: float = 1.0
) -> list[Example]:
    """A whole document as printed pages: its own page breaks where it has them, otherwise a
    new page every PAGE_LINES lines or PAGE_WORDS words, blank runs squeezed. `taught_only` and
    `weight` mark a training copy and a document sharing its weight (with_results)."""
    if PAGE_BREAK in doc.text:
        chunks = [c.strip("\n") for c in doc.text.split(PAGE_BREAK)]
    else:
        chunks, page, words = [], [], 0
        for line in _wrap(doc.text):
            if not line.strip() and (not page or not page[-1].strip()):
                continue
            n = len(line.split())
            if page and (len(page) >= PAGE_LINES or words + n > PAGE_WORDS):
                chunks.append("\n".join(page))
                page, words = [], 0
            page.append(line)
            words += n
        if page:
            chunks.append("\n".join(page))
    chunks = [c for c in chunks if c.strip()] or [doc.text]
    accept = (doc.accept | sources.accepted_everywhere(doc.label)) - {doc.label}
    doc_id = document_id(doc)
    return [
        Example(
            ocr_slips(c, rng, slip_rate) if slip_rate else c,
            doc.label,
            doc.source,
            k == 0,
            doc_id,
            accept,
            doc.teach - {doc.label},
            taught_only,
            weight,
        )
        for k, c in enumerate(chunks)
    ]


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
                    sources.accepted_everywhere(str(row["document_type"])),
                )
            )
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"reviewed examples line {n} is not a valid correction") from None
    return out
