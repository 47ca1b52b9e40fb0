"""Document types on scans of text the model never trained on, through the run path users run.

    python -m bench.types_on_scans [--per-source N] [--sources a,b] [--report FILE]

Issue 15 found its failure this way: real reports typeset as scans and processed, a third of
them filed under a wrong type. `digitize classifier evaluate` scores the model on the sources'
text; this scores what the pipeline files from scans of it, where Tesseract's reading, the
pages' identity header and footer, and the pipeline's own grouping of pages into documents come
in. Only reserved sources are used (never trained or tuned on): the real `note_examples` and
the independently written reserved families, never the project's own templates. Each document
is typeset page by page as the training corpus paginates it, behind a cover sheet (three
documents to a packet), scanned at 300 dpi in gray or bilevel with skew, noise and some blur,
or one in six received as a fax (204x196 dpi, one bit); `digitize process` files the batch. A
document counts as auto-filed when every page of it was filed under a type its source accepts,
wrong when any page was filed under another. What the pipeline files also answers to the
patient checks (the sources print their own fictional patients, whose pages go to review), so
the text Tesseract read and the same documents' clean typeset text are each judged too, as the
pipeline judges a document: the difference between those two is what scanning and OCR do."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.models import TYPE_DOUBT
from tests.scoring import cer

ROOT = Path(__file__).resolve().parent.parent
DOCS_PER_PACKET = 3
DOCS_PER_BATCH = 30
# How each document arrives: a gray scan (JPEG), a bilevel scan (CCITT G4, as most production
# scanners write), or a fax (204x196 dpi, one bit).
SCANNERS, SCANNER_WEIGHTS = ("gray", "bilevel", "fax"), (3, 2, 1)
FAMILY_DOCS = 5  # documents of each written family by default
SEED = 20261201


def chosen(names: list[str], per_source: int | None) -> list[tuple[str, list]]:
    """Each reserved source's documents as the corpus paginates them (no OCR slips: the scan
    makes its own): `per_source` of each, drawn the same way every run, or by default a real
    source whole and FAMILY_DOCS of each written family."""
    from classifiers import corpus, sources, training

    out = []
    for name in names:
        src = sources.SOURCES[name]
        docs = sources.load(name, training.WRITTEN_DOCS_PER_TYPE, training.WRITTEN_SEED)
        rng = random.Random(f"{SEED}-{name}")
        n = per_source or (FAMILY_DOCS if src.kind == "written" else len(docs))
        docs = rng.sample(docs, min(n, len(docs)))
        out += [(name, corpus.paginate(doc, rng, 0.0)) for doc in docs]
    return out


def reserved_sources() -> list[str]:
    from classifiers import sources

    return [
        n
        for n, s in sources.SOURCES.items()
        if s.reserved and s.kind in ("real", "written")  # not the project's own templates
    ]


def build(docs: list[tuple[str, list]], out: Path) -> list[tuple[Path, Path]]:
    """Batches of scanned pages and, beside each, what every page is (its source document)."""
    from sample_scans.generate import BatchBuilder, make_patients, save_batch, write_index

    rng = random.Random(SEED)
    patients = make_patients(rng, 24)
    index = out / "patients.csv"
    write_index(patients, index)
    order = list(range(len(docs)))
    rng.shuffle(order)
    batches = []
    for b, start in enumerate(range(0, len(order), DOCS_PER_BATCH)):
        builder = BatchBuilder(rng, f"types{b:02d}")
        for k, i in enumerate(order[start : start + DOCS_PER_BATCH]):
            source, pages = docs[i]
            if k % DOCS_PER_PACKET == 0:
                patient = rng.choice(patients)
                builder.cover(patient, "Code128")
            truth = {
                "source": source,
                "doc": i,
                "label": pages[0].label,
                "accept": sorted(pages[0].accept),
            }
            scanner = rng.choices(SCANNERS, weights=SCANNER_WEIGHTS)[0]
            builder.typeset(patient, [p.text for p in pages], truth, scanner=scanner)
        batches.append(save_batch(builder, out, "pdf"))
    return [(pdf, index) for pdf in batches]


def process(pdf: Path, index: Path, work: Path) -> dict:
    """`digitize process`, as an operator runs it, with a private review queue and store."""
    report = work / f"{pdf.stem}.manifest.json"
    env = dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{work / 'app.db'}")
    cmd = [sys.executable, "-m", "digitize", "process", str(pdf), "--patients", str(index)]
    cmd += ["--store", str(work / "store"), "--report", str(report), "-q"]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"types_on_scans: digitize process failed: {proc.stderr.strip()[-800:]}")
    return json.loads(report.read_text())


@dataclass
class Tally:
    docs: int = 0
    filed: int = 0  # every page filed, under an accepted type
    wrong: int = 0  # some page filed under a type the source does not accept
    partly: int = 0  # some pages filed (right), the others in review
    review_type: int = 0  # in review for the type alone
    review_other: int = 0  # in review for another reason (patient identity, packet doubt)
    ocr_filed: int = 0  # the text Tesseract read, judged as the pipeline judges a document
    ocr_wrong: int = 0
    text_filed: int = 0  # the same documents' clean typeset text, judged the same way
    text_wrong: int = 0
    wrong_patient: int = 0  # pages filed under another patient: must stay 0
    lost: int = 0  # pages of the record discarded (as a separator, as blank): must stay 0
    pages: int = 0
    taken_for_covers: int = 0  # pages of the record that read as cover sheets (they open a packet)
    reasons: Counter = field(default_factory=Counter)
    cer: list = field(default_factory=list)  # each page's character error rate, OCR vs print

    def add(self, other: Tally) -> None:
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)


def outcome(pages: list[dict], truth: list[dict]) -> str:
    right = {truth[0]["label"], *truth[0]["accept"]}
    filed = [p for p in pages if p["status"] == "filed"]
    if any(p["document_type"] not in right for p in filed):
        return "wrong"
    if len(filed) == len(pages):
        return "filed"
    if filed:
        return "partly"
    reasons = {r for p in pages for r in p["review_reasons"]}
    return "review_type" if reasons and reasons <= TYPE_DOUBT else "review_other"


def text_verdict(texts: list[str], truth: dict, model, taxonomy, route) -> str:
    """The pipeline's own judgement of a document (pipeline/decisions/documents.py, judge) on
    the given page texts, with the truth's document boundaries."""
    from pipeline.decisions.documents import judge

    probs = model.page_probabilities(texts, [taxonomy.title_of(t) for t in texts])
    doc_type, _, reason = judge(probs, texts, taxonomy, model, route)
    if reason is not None:
        return "review"
    return "filed" if doc_type in {truth["label"], *truth["accept"]} else "wrong"


def score(manifest: dict, truth: dict, model, taxonomy, route) -> dict[str, Tally]:
    pages = manifest["pages"]
    if [p["index"] for p in pages] != list(range(truth["page_count"])):
        raise SystemExit(f"types_on_scans: {truth['batch']}: pages not accounted for")
    by_doc: dict[int, list[int]] = {}
    for want in truth["pages"]:
        if want["role"] == "document":
            by_doc.setdefault(want["doc"], []).append(want["index"])
    tallies: dict[str, Tally] = {}
    for indexes in by_doc.values():
        want = [truth["pages"][i] for i in indexes]
        got = [pages[i] for i in indexes]
        t = tallies.setdefault(want[0]["source"], Tally())
        t.docs += 1
        t.wrong_patient += sum(
            g["status"] == "filed" and g["mrn"] != w["mrn"] for g, w in zip(got, want, strict=True)
        )
        t.lost += sum(g["status"] == "discarded" for g in got)
        t.pages += len(got)
        t.taken_for_covers += sum(g["role"] == "cover" for g in got)
        t.cer += [cer(g["text"], w["text"]) for g, w in zip(got, want, strict=True)]
        result = outcome(got, want)
        setattr(t, result, getattr(t, result) + 1)
        t.reasons.update(r for g in got for r in g["review_reasons"])
        for kind, texts in (("ocr", [g["text"] for g in got]), ("text", [w["text"] for w in want])):
            verdict = text_verdict(texts, want[0], model, taxonomy, route)
            setattr(t, f"{kind}_filed", getattr(t, f"{kind}_filed") + (verdict == "filed"))
            setattr(t, f"{kind}_wrong", getattr(t, f"{kind}_wrong") + (verdict == "wrong"))
    return tallies


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:.1f}%" if d else "-"


def table(tallies: dict[str, Tally]) -> list[str]:
    from classifiers import sources

    rows = [
        "| source | docs | filed | wrong of filed | partly filed | review: type | "
        "review: other | OCR text: auto-filed | wrong | clean text: auto-filed | wrong |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    written = Tally()
    for name, t in sorted(tallies.items()):
        if sources.SOURCES[name].kind == "written":
            written.add(t)
    groups = [(n, t) for n, t in sorted(tallies.items()) if sources.SOURCES[n].kind == "real"]
    if written.docs:
        groups.append(
            (
                f"{sum(sources.SOURCES[n].kind == 'written' for n in tallies)} written families",
                written,
            )
        )
    for name, t in groups:
        put = t.filed + t.wrong + t.partly  # documents with any page filed
        rows.append(
            f"| {name} | {t.docs} | {_pct(t.filed, t.docs)} | {t.wrong}/{put} "
            f"({_pct(t.wrong, put)}) | {t.partly} | {t.review_type} | {t.review_other} | "
            f"{_pct(t.ocr_filed, t.docs)} | {t.ocr_wrong}/{t.ocr_filed + t.ocr_wrong} | "
            f"{_pct(t.text_filed, t.docs)} | {t.text_wrong}/{t.text_filed + t.text_wrong} |"
        )
    total = Tally()
    for t in tallies.values():
        total.add(t)
    errors = sorted(total.cer)
    median, p90 = errors[len(errors) // 2], errors[int(len(errors) * 0.9)]
    rows += [
        "",
        f"Pages filed under another patient: {total.wrong_patient}. Pages of the record "
        f"discarded: {total.lost}. Pages of the record read as cover sheets: "
        f"{total.taken_for_covers} of {total.pages}. Character error rate of Tesseract's "
        f"reading against the printed text, per page: median {median:.3f}, 90th percentile "
        f"{p90:.3f}, worst {errors[-1]:.3f}.",
    ]
    other = Counter()
    for t in tallies.values():
        other.update({r: n for r, n in t.reasons.items() if r not in TYPE_DOUBT})
    if other:
        held = ", ".join(f"{r} {n}" for r, n in sorted(other.items()))
        rows += ["", f"Pages in review for another reason than the type: {held}."]
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--per-source",
        type=int,
        help="documents of each source (default: a real source whole, "
        f"{FAMILY_DOCS} of each written family)",
    )
    ap.add_argument("--sources", help="comma-separated reserved sources (default: all)")
    ap.add_argument("--report", type=Path, help="write the table and counts here (markdown)")
    ap.add_argument("--json", type=Path, help="write the counts per source here")
    args = ap.parse_args(argv)
    names = reserved_sources()
    if args.sources:
        asked = args.sources.split(",")
        if not set(asked) <= set(names) or (args.per_source is not None and args.per_source < 1):
            print(
                f"types_on_scans: choose among reserved sources {', '.join(names)}", file=sys.stderr
            )
            return 2
        names = asked

    from classifiers.model import DocTypeModel
    from classifiers.taxonomy import Taxonomy
    from config.settings import load_settings

    settings = load_settings()
    model, taxonomy = DocTypeModel.load(), Taxonomy.load()
    route = model.routing(settings.review.type_error_target, settings.review.min_familiarity)
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="types-on-scans-") as tmp:
        work = Path(tmp)
        docs = chosen(names, args.per_source)
        for pdf, index in build(docs, work):
            truth = json.loads(pdf.with_suffix(".truth.json").read_text())
            manifest = process(pdf, index, work)
            for name, t in score(manifest, truth, model, taxonomy, route).items():
                tallies.setdefault(name, Tally()).add(t)
            print(f"{pdf.name}: {truth['page_count']} pages", file=sys.stderr)
    pages = sum(len(p) for _, p in docs)
    lines = [
        f"Measured {dt.date.today().isoformat()} with `python -m bench.types_on_scans` "
        "(`make bench-types`).",
        "",
        f"Model `{model.version}`, routing target {settings.review.type_error_target:.0%}; "
        f"{len(docs)} documents, {pages} pages (and one cover sheet a packet).",
        "",
        *table(tallies),
    ]
    print("\n".join(lines))
    if args.report:
        args.report.write_text("\n".join(lines) + "\n")
    if args.json:
        counts = {
            n: {**vars(t), "reasons": dict(t.reasons), "cer": None} for n, t in tallies.items()
        }
        args.json.write_text(json.dumps(counts, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
