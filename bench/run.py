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
import json, resource, sys, time
from pathlib import Path
from prefect.client.orchestration import get_client
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.storage.store import LocalStore
from pipeline.timing import StageTimer
src, patients, store = map(Path, sys.argv[1:4])
with get_client(sync_client=True) as client:  # a temporary Prefect server starts here, untimed
    client.api_healthcheck()
timer = StageTimer()
t0 = time.perf_counter()
result = run_batch(src, patients, LocalStore(store), load_settings(), timer=timer)
print(json.dumps({"pages": result["page_count"], "seconds": time.perf_counter() - t0,
      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      "stages": dict(timer.seconds)}))
"""


def measure(source: Path, patients: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        # A private app database: the review queue the run fills is thrown away with it.
        env = dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{Path(tmp) / 'app.db'}")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, str(source), str(patients), str(Path(tmp) / "store")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
        )
        if proc.returncode != 0:
            raise SystemExit(f"bench: the batch run failed: {proc.stderr.strip()[-2000:]}")
        out = proc.stdout
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = json.loads(out)
    pages, seconds = r["pages"], r["seconds"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "batch": source.name,
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_minute": round(pages * 60 / seconds, 1),
        "cpu_seconds_per_page": round(cpu / pages, 2),
        "peak_rss_mb": round(r["rss_kb"] / 1024, 1),
        "stages": {k: round(v / pages, 3) for k, v in r["stages"].items()},
    }


def tesseract_floor(source: Path, folder: Path) -> dict:
    """Plain `tesseract` on the same pages, already rasterised, one process per core."""
    import cv2

    from pipeline.intake import Batch

    files = []
    for page in Batch(source).pages():
        f = folder / f"floor{page.index:04d}.pgm"
        cv2.imwrite(str(f), page.pixels)
        files.append(f)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    cores = os.cpu_count() or 1
    t0 = time.perf_counter()
    running: list[subprocess.Popen] = []
    for f in files:
        while len(running) >= cores:
            running.pop(0).wait()
        running.append(
            subprocess.Popen(
                ["tesseract", str(f), str(f.with_suffix("")), "--psm", "3", "-l", "eng"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    for p in running:
        p.wait()
    seconds = time.perf_counter() - t0
    return {
        "pages": len(files),
        "seconds": round(seconds, 1),
        "pages_per_minute": round(len(files) * 60 / seconds, 1),
    }


def ocrmypdf_run(source: Path, folder: Path) -> dict | None:
    """OCRmyPDF with rotation and deskew on, as a user would run it, when it is installed."""
    exe = os.environ.get("OCRMYPDF") or shutil.which("ocrmypdf")
    if not exe:
        return None
    cores = os.cpu_count() or 1
    t0 = time.perf_counter()
    proc = subprocess.run(
        [
            exe,
            "-j",
            str(cores),
            "--rotate-pages",
            "--deskew",
            "--output-type",
            "pdf",
            str(source),
            str(folder / "ocrmypdf-out.pdf"),
        ],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr else "failed"}
    with pikepdf.open(source) as pdf:
        pages = len(pdf.pages)
    return {
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_minute": round(pages * 60 / seconds, 1),
    }


def classify_cost() -> dict:
    """Milliseconds per page for the document-type model on text it never trained on (the
    reserved family c; taxonomy title rule included), one page at a time as the pipeline's
    worst case, and in one batch call."""
    from classifiers import training
    from classifiers.model import DocTypeModel
    from classifiers.taxonomy import Taxonomy

    model, taxonomy = DocTypeModel.load(), Taxonomy.load()
    texts = [e.text for e in training.source_pages("project_c")][:400]
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
    ap.add_argument("--long", type=int, nargs="*", default=[50, 200, 500], help="long batches")
    ap.add_argument(
        "--smoke",
        action="store_true",
        help="one small batch through the measured path, no comparisons, results.md untouched "
        "(make test runs this so the benchmark cannot rot)",
    )
    args = ap.parse_args(argv)
    patients = SAMPLES / "patients.csv"
    if args.smoke:  # a few pages: the cover sheet and the first document
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(measure(long_batch(3, Path(tmp)), patients)), flush=True)
        print(json.dumps(classify_cost()), flush=True)
        return 0
    rows = []
    for source in sorted(
        p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".tif") or p.is_dir()
    ):
        rows.append(measure(source, patients))
        print(json.dumps(rows[-1]), flush=True)
    work = Path(tempfile.mkdtemp(prefix="digitize-bench-"))
    try:
        common = long_batch(50, work)  # the same pages for pipeline, tesseract and OCRmyPDF
        floor = tesseract_floor(common, work)
        print(json.dumps({"tesseract": floor}), flush=True)
        ocrmypdf = ocrmypdf_run(common, work)
        print(json.dumps({"ocrmypdf": ocrmypdf}), flush=True)
        for n in args.long:
            rows.append(measure(long_batch(n, work), patients))
            print(json.dumps(rows[-1]), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cls = classify_cost()
    print(json.dumps(cls), flush=True)
    same = next(r for r in rows if r["batch"] == "long50.pdf")
    lines = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} with `make bench` on {machine()}.",
        "Each row is one batch run in a fresh process (default settings, one worker thread per",
        "core); peak RSS is that Python process (Tesseract runs beside it).",
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
        "Same 50 pages (the PDF sample repeated), three ways:",
        "",
        "| run | pages/min | pipeline / it |",
        "|---|---:|---:|",
        f"| digitize pipeline (end to end, filed) | {same['pages_per_minute']} | 1.00 |",
        f"| plain tesseract, pages already rasterised, {os.cpu_count()} processes (the OCR floor)"
        f" | {floor['pages_per_minute']} | "
        f"{same['pages_per_minute'] / floor['pages_per_minute']:.2f} |",
    ]
    if ocrmypdf and "pages_per_minute" in ocrmypdf:
        lines.append(
            f"| OCRmyPDF -j {os.cpu_count()} --rotate-pages --deskew | "
            f"{ocrmypdf['pages_per_minute']} | "
            f"{same['pages_per_minute'] / ocrmypdf['pages_per_minute']:.2f} |"
        )
    else:
        lines.append(
            f"| OCRmyPDF | not measured ({(ocrmypdf or {}).get('error', 'not installed')}) | |"
        )
    lines += [
        "",
        "Seconds per page in each stage (summed over worker threads; Tesseract stages are",
        "single-threaded child processes, so this is their CPU time), 50-page run:",
        "",
        "| stage | s/page |",
        "|---|---:|",
    ]
    from pipeline.timing import STAGES

    for stage in STAGES:
        lines.append(f"| {stage} | {same['stages'].get(stage, 0.0):.3f} |")
    lines += [
        "",
        f"Document-type classification: {cls['ms_per_page_single']} ms a page one page at a time, "
        f"{cls['ms_per_page_batched']} ms a page in one call ({cls['pages']} held-out pages).",
    ]
    RESULTS.write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
