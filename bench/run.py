"""`make bench`: pages per minute end to end, and peak memory of one run, on the committed sample
batches and on long batches built from them (memory must not grow with batch length).

Each measurement runs `digitize process` in a fresh subprocess, as an operator would, and reads
that process's peak resident memory. Results go to bench/results.md (quoted by the README)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pikepdf

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans" / "batches"
RESULTS = Path(__file__).resolve().parent / "results.md"

_CHILD = """
import resource, sys, time
from pathlib import Path
from config.settings import load_settings
from pipeline import batch
from pipeline.store import LocalStore
src, patients, store = map(Path, sys.argv[1:4])
t0 = time.perf_counter()
r = batch.process(src, patients, LocalStore(store), load_settings())
print(r.manifest["page_count"], time.perf_counter() - t0,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def measure(source: Path, patients: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(source), str(patients), str(Path(tmp) / "store")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=True,
        ).stdout.split()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    pages, seconds, rss_kb = int(out[0]), float(out[1]), int(out[2])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "batch": source.name,
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_minute": round(pages * 60 / seconds, 1),
        "cpu_seconds_per_page": round(cpu / pages, 2),
        "peak_rss_mb": round(rss_kb / 1024, 1),
    }


def classify_cost() -> dict:
    """Milliseconds per page for the document-type model on held-out text (taxonomy title rule
    included), one page at a time as the pipeline's worst case, and in one batch call."""
    from classifiers import training
    from classifiers.model import DocTypeModel
    from pipeline.doctypes import Taxonomy

    model, taxonomy = DocTypeModel.load(), Taxonomy.load()
    texts = [e.text for e in training.held_out_examples()][:400]
    t0 = time.perf_counter()
    for t in texts:
        model.page_probabilities([t], [taxonomy.title_of(t)])
    single = (time.perf_counter() - t0) * 1000 / len(texts)
    t0 = time.perf_counter()
    model.page_probabilities(texts, [taxonomy.title_of(t) for t in texts])
    batched = (time.perf_counter() - t0) * 1000 / len(texts)
    return {
        "pages": len(texts),
        "ms_per_page_single": round(single, 2),
        "ms_per_page_batched": round(batched, 2),
    }


def long_batch(pages: int, folder: Path) -> Path:
    """A PDF of `pages` pages made by repeating the committed PDF sample (same page mix)."""
    out = folder / f"long{pages}.pdf"
    with pikepdf.open(SAMPLES / "batch1.pdf") as src:
        pdf = pikepdf.new()
        while len(pdf.pages) < pages:
            for page in src.pages:
                if len(pdf.pages) < pages:
                    pdf.pages.append(page)
        pdf.save(out)
    return out


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True)
    version = (tess.stdout or tess.stderr).splitlines()[0]
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB, {platform.system()}, {version}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", type=int, nargs="*", default=[50, 200], help="long batch sizes")
    args = ap.parse_args(argv)
    patients = SAMPLES / "patients.csv"
    rows = []
    for source in sorted(
        p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".tif") or p.is_dir()
    ):
        rows.append(measure(source, patients))
        print(json.dumps(rows[-1]), flush=True)
    work = Path(tempfile.mkdtemp(prefix="digitize-bench-"))
    try:
        for n in args.long:
            rows.append(measure(long_batch(n, work), patients))
            print(json.dumps(rows[-1]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cls = classify_cost()
    print(json.dumps(cls), flush=True)
    sample = [r for r in rows if not r["batch"].startswith("long")]
    total_pages = sum(r["pages"] for r in sample)
    total_seconds = sum(r["seconds"] for r in sample)
    lines = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} with `make bench` on {machine()}.",
        "Each row is one `digitize process` run in a fresh process (settings: defaults, one",
        "worker thread per core); peak RSS is that Python process (Tesseract runs beside it).",
        "",
        "| batch | pages | seconds | pages/min | CPU s/page | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['batch']} | {r['pages']} | {r['seconds']} | {r['pages_per_minute']} | "
            f"{r['cpu_seconds_per_page']} | {r['peak_rss_mb']} |"
        )
    lines += [
        "",
        f"Sample batches together: {total_pages} pages in {total_seconds:.1f} s, "
        f"{total_pages * 60 / total_seconds:.1f} pages/min.",
        "",
        f"Document-type classification: {cls['ms_per_page_single']} ms a page one page at a time, "
        f"{cls['ms_per_page_batched']} ms a page in one call ({cls['pages']} held-out pages).",
    ]
    RESULTS.write_text("\n".join(lines) + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
