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
import re
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
INDEPENDENT = Path(__file__).resolve().parent / "independent" / "make_scans.py"
INDEPENDENT_SEED, INDEPENDENT_PAGES = 7, 128
PUBLIC = Path(__file__).resolve().parent / "public_scans"

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from bench.run import machine_busy
from flows import server
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.storage.store import LocalStore
from pipeline.timing import StageTimer
src, patients, store, out = map(Path, sys.argv[1:5])
server.start_if_none_configured()  # a temporary Prefect server, started and waited for untimed
server.ready()
timer = StageTimer()
window = {}
def started(total):
    window["start"] = (time.perf_counter(), machine_busy())
def page(done, total):
    if done == total:
        window["end"] = (time.perf_counter(), machine_busy())
t0 = time.perf_counter()
result = run_batch(src, patients, LocalStore(store), load_settings(), timer=timer,
                   on_start=started, on_page=page)
out.write_text(json.dumps(result))
(w0, b0), (w1, b1) = window["start"], window["end"]
print(json.dumps({"pages": result["page_count"], "seconds": time.perf_counter() - t0,
      "rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      "analysis_cpu": (b1 - b0) / max(w1 - w0, 1e-6),
      "stages": dict(timer.seconds), "stage_cpu": dict(timer.cpu)}))
"""


def machine_busy() -> float:
    """CPU-seconds the whole machine has been busy since boot (/proc/stat, all cores): the
    difference over a window, divided by its length, is the CPU use in cores (2.0 = both)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    ticks = [int(x) for x in fields]
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _child(code: str, args: list, tmp: Path, what: str, api_url: str | None = "") -> str:
    """Run `code` in a fresh Python from the project root with a private app database (the
    review queue the run fills is thrown away with it); its stdout. `api_url`: a Prefect
    server to use, None for none configured, "" to keep this process's setting."""
    env = dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{tmp / 'app.db'}")
    if api_url is None or api_url:
        env.pop("PREFECT_API_URL", None)
    if api_url:
        env["PREFECT_API_URL"] = api_url
    proc = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    if proc.returncode != 0:
        raise SystemExit(f"bench: {what} failed: {proc.stderr.strip()[-2000:]}")
    return proc.stdout


def measure(source: Path, patients: Path, name: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        args = [source, patients, Path(tmp) / "store", Path(tmp) / "manifest.json"]
        out = _child(_CHILD, args, Path(tmp), "the batch run")
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = json.loads((Path(tmp) / "manifest.json").read_text())
        stored = stored_page_bytes(Path(tmp) / "store", result)
    r = json.loads(out)
    pages, seconds = r["pages"], r["seconds"]
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "batch": name or source.name,
        "pages": pages,
        "seconds": round(seconds, 1),
        "pages_per_minute": round(pages * 60 / seconds, 1),
        "cpu_seconds_per_page": round(cpu / pages, 2),
        "analysis_cpu_percent": round(100 * r["analysis_cpu"]),
        "peak_rss_mb": round(r["rss_kb"] / 1024, 1),
        "stages": {k: round(v / pages, 3) for k, v in r["stages"].items()},
        "stage_cpu": {k: round(v / pages, 3) for k, v in r["stage_cpu"].items()},
        "manifest": result,  # for the quality figures; not printed
        "stored": stored,  # bytes each page takes in the store; not printed
    }


def stored_page_bytes(store: Path, result: dict) -> dict[int, float]:
    """Bytes each page takes in the store: a filed document's PDF/A shared out over its pages,
    a page kept for review its one-page PDF (image, text layer and its own font copy)."""
    out: dict[int, float] = {}
    for page in result["pages"]:
        kept = page.get("review_object")
        if kept:
            out[page["index"]] = (store / kept["key"]).stat().st_size
    for doc in result["documents"]:
        size = (store / doc["object_key"]).stat().st_size
        for i in doc["pages"]:
            out[i] = size / len(doc["pages"])
    return out


def size_lines(sample_rows: list[dict], indep: dict, truth: dict) -> list[str]:
    """KB a page by page kind: what the store holds against the scan's own image bytes."""
    from tests.scoring import scan_image_bytes

    kinds: dict[str, list[tuple[float, float]]] = {}
    for r in sample_rows:
        scanned = scan_image_bytes(SAMPLES / r["batch"])
        for i, b in r["stored"].items():
            kinds.setdefault(f"sample {r['batch']} (filed PDF/A)", []).append((b, scanned[int(i)]))
    for t in truth["pages"]:
        b = indep["stored"].get(t["index"]) or indep["stored"].get(str(t["index"]))
        if b is not None and not t["blank"]:
            kind = f"independent {t['encoding']}" + (", turned" if t["rotation"] else "")
            kinds.setdefault(kind + " (page kept for review)", []).append((b, t["encoded_bytes"]))
    lines = [
        "",
        "Stored size a page, by page kind (KB; the scan's own image bytes beside it):",
        "",
        "| pages | count | stored KB/page | scan KB/page | stored / scan |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, pairs in sorted(kinds.items()):
        stored, scan = sum(b for b, _ in pairs), sum(s for _, s in pairs)
        lines.append(
            f"| {kind} | {len(pairs)} | {stored / len(pairs) / 1024:.1f} | "
            f"{scan / len(pairs) / 1024:.1f} | {stored / max(scan, 1):.2f} |"
        )
    return lines


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


def repeat_pdf(source: Path, pages: int, out: Path) -> Path:
    """A PDF of `pages` pages made by repeating `source`'s pages (same page mix, bytes kept)."""
    with pikepdf.open(source) as src:
        pdf = pikepdf.new()
        while len(pdf.pages) < pages:
            for page in src.pages:
                if len(pdf.pages) < pages:
                    pdf.pages.append(page)
        pdf.save(out)
    return out


def long_batch(pages: int, folder: Path) -> Path:
    """A PDF of `pages` pages made by repeating the committed PDF sample (same page mix)."""
    return repeat_pdf(SAMPLES / "batch1.pdf", pages, folder / f"long{pages}.pdf")


def independent_corpus(folder: Path, pages: int = INDEPENDENT_PAGES) -> Path:
    """Scans made by a generator written without sight of this code (bench/independent):
    JPEG gray and colour, CCITT G4 (fax at 204x98 and 204x196 dpi too), Flate gray; skew,
    noise, grey paper, a few rotated and blank pages. Returns the folder with scans.pdf,
    scans.tif (the same pages) and manifest.json (what each page is and says)."""
    out = folder / f"independent-{INDEPENDENT_SEED}-{pages}"
    if not (out / "scans.pdf").exists():
        subprocess.run(
            [
                sys.executable,
                str(INDEPENDENT),
                "--seed",
                str(INDEPENDENT_SEED),
                "--pages",
                str(pages),
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
        )
    return out


def public_batch(folder: Path) -> Path:
    """The public test scans (bench/public_scans, licences in its README) as one PDF, each
    page's image bytes as published: JBIG2, CCITT G4, JPEG and Flate, rotated and skewed."""
    out = folder / "public.pdf"
    pdf = pikepdf.new()
    for f in sorted(PUBLIC.glob("*.pdf")):
        with pikepdf.open(f) as src:
            pdf.pages.extend(src.pages)
    pdf.save(out)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def independent_quality(result: dict, truth: dict) -> dict:
    """What the pipeline made of the independent pages: word error rate against the words
    drawn (Levenshtein over words, pages not blank), blank pages found and missed, and
    rotated pages set upright."""
    from rapidfuzz.distance import Levenshtein

    pages = {p["index"]: p for p in result["pages"]}
    errors = words = 0
    blank_found = blank_missed = blank_false = upright = rotated = 0
    for t in truth["pages"]:
        p = pages[t["index"]]
        discarded_blank = p["status"] == "discarded"
        if t["blank"]:
            blank_found += discarded_blank
            blank_missed += not discarded_blank
            continue
        blank_false += discarded_blank
        truth_words = _words(t["text"])
        errors += Levenshtein.distance(_words(p.get("text") or ""), truth_words)
        words += len(truth_words)
        if t["rotation"]:
            rotated += 1
            # The generator turned the page counter-clockwise; the pipeline reports the
            # clockwise turn that set it upright, so the two agree when they are equal.
            upright += p["rotation"] == t["rotation"]
    return {
        "word_error_rate": round(errors / max(1, words), 4),
        "blank_found": blank_found,
        "blank_missed": blank_missed,
        "blank_false": blank_false,
        "rotated_upright": upright,
        "rotated": rotated,
    }


def sample_quality(rows: list[dict]) -> dict:
    """Misfiles, cover-sheet recall and blank detection on the sample batches (their truth
    files), with the scoring the end-to-end tests use."""
    from tests.scoring import Score, score

    total = Score()
    for r in rows:
        truth = SAMPLES / f"{Path(r['batch']).stem}.truth.json"
        if truth.exists():
            total.add(score(r["manifest"], json.loads(truth.read_text())))
    read = sum(total.covers_read.values())
    return {
        "pages_in_wrong_chart": len(total.wrong_patient),
        "cover_recall": round(read / max(1, total.covers), 3),
        "blank_tp": total.blank_tp,
        "blank_fp": total.blank_fp,
        "blank_fn": total.blank_fn,
    }


_FIRST_PAGE_CHILD = """
import json, sys, time
from pipeline.pages.analysis import PageAnalyser
analyse = PageAnalyser.analyse
def first(self, page):
    if page.index == 0:
        print(json.dumps({"first_page": time.time()}), flush=True)
    return analyse(self, page)
PageAnalyser.analyse = first
from digitize.cli import main
sys.exit(main(sys.argv[1:]))
"""


def first_page_seconds(source: Path, patients: Path, api_url: str | None) -> float:
    """Seconds from starting `digitize process` to its first page entering analysis, with a
    configured Prefect server (`api_url`) or the temporary one."""
    with tempfile.TemporaryDirectory() as tmp:
        args = ["process", source, "--patients", patients, "--store", Path(tmp) / "store"]
        t0 = time.time()
        out = _child(_FIRST_PAGE_CHILD, [*args, "--quiet"], Path(tmp), "digitize process", api_url)
        first = next(json.loads(x) for x in out.splitlines() if "first_page" in x)
        return round(first["first_page"] - t0, 1)


def start_up(source: Path, patients: Path) -> dict:
    """Time to the first page, twice each (the first run on a machine also builds Prefect's
    database): with the temporary Prefect server, and with a configured one."""
    from flows.server import TemporaryServer

    temporary = [first_page_seconds(source, patients, None) for _ in range(2)]
    server = TemporaryServer()  # stands for a site's own server, started beforehand
    try:
        server.wait(600)
        configured = [first_page_seconds(source, patients, server.url) for _ in range(2)]
    finally:
        server.stop()
    return {"temporary_server": temporary[-1], "configured_server": configured[-1]}


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


def compare(source: Path, rows_name: str, folder: Path, patients: Path) -> dict:
    """One corpus: the pipeline, plain tesseract and OCRmyPDF on the same pages."""
    run = measure(source, patients, rows_name)
    print(json.dumps({k: v for k, v in run.items() if k != "manifest"}), flush=True)
    floor = tesseract_floor(source, folder)
    print(json.dumps({"tesseract": floor}), flush=True)
    ocr = ocrmypdf_run(source, folder)
    print(json.dumps({"ocrmypdf": ocr}), flush=True)
    return {"run": run, "floor": floor, "ocrmypdf": ocr}


def _comparison_lines(title: str, c: dict) -> list[str]:
    run, floor, ocr = c["run"], c["floor"], c["ocrmypdf"]
    cores = os.cpu_count()
    lines = [
        "",
        title,
        "",
        "| run | pages/min | pipeline / it |",
        "|---|---:|---:|",
        f"| digitize pipeline (end to end, filed or queued) | {run['pages_per_minute']} | 1.00 |",
        f"| plain tesseract, pages already rasterised, {cores} processes (the OCR floor) | "
        f"{floor['pages_per_minute']} | "
        f"{run['pages_per_minute'] / floor['pages_per_minute']:.2f} |",
    ]
    if ocr and "pages_per_minute" in ocr:
        lines.append(
            f"| OCRmyPDF -j {cores} --rotate-pages --deskew | {ocr['pages_per_minute']} | "
            f"{run['pages_per_minute'] / ocr['pages_per_minute']:.2f} |"
        )
    else:
        lines.append(f"| OCRmyPDF | not measured ({(ocr or {}).get('error', 'not installed')}) | |")
    lines += [
        "",
        f"CPU use while pages were analysed: {run['analysis_cpu_percent']}% of "
        f"{100 * (cores or 1)}%; {run['cpu_seconds_per_page']} CPU s a page; peak RSS "
        f"{run['peak_rss_mb']} MB.",
    ]
    return lines


def _stage_lines(rows: list[dict]) -> list[str]:
    from pipeline.timing import STAGES

    lines = [
        "",
        "CPU seconds a page in each stage (the worker thread's own CPU time plus the child",
        "processes it ran, such as Tesseract; summed over threads). 'other' is the rest of the",
        "run's CPU: Prefect, the temporary server, start-up, the main thread:",
        "",
        "| stage | " + " | ".join(r["batch"] for r in rows) + " |",
        "|---|" + "---:|" * len(rows),
    ]
    for stage in STAGES:
        cells = " | ".join(f"{r['stage_cpu'].get(stage, 0.0):.3f}" for r in rows)
        lines.append(f"| {stage} | {cells} |")
    other = [r["cpu_seconds_per_page"] - sum(r["stage_cpu"].values()) for r in rows]
    lines.append("| other | " + " | ".join(f"{o:.3f}" for o in other) + " |")
    return lines


def _row_lines(rows: list[dict]) -> list[str]:
    lines = [
        "| batch | pages | seconds | pages/min | CPU s/page | CPU use | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['batch']} | {r['pages']} | {r['seconds']} | {r['pages_per_minute']} | "
            f"{r['cpu_seconds_per_page']} | {r['analysis_cpu_percent']}% | {r['peak_rss_mb']} |"
        )
    return lines


def smoke(patients: Path) -> int:
    """A few pages through every measured path (make test runs this)."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        run = measure(long_batch(3, work), patients)
        print(json.dumps({k: v for k, v in run.items() if k != "manifest"}), flush=True)
        print(json.dumps(sample_quality([run])), flush=True)
        corpus = independent_corpus(work, pages=3)
        c = compare(corpus / "scans.pdf", "independent", work, patients)
        truth = json.loads((corpus / "manifest.json").read_text())
        print(json.dumps(independent_quality(c["run"]["manifest"], truth)), flush=True)
        print("\n".join(_comparison_lines("smoke", c) + _stage_lines([c["run"]])), flush=True)
        print("\n".join(size_lines([], c["run"], truth)), flush=True)
    print(json.dumps(classify_cost()), flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--long", type=int, nargs="*", default=[50, 500], help="independent pages repeated"
    )
    ap.add_argument(
        "--smoke",
        action="store_true",
        help="a few pages through every measured path, results.md untouched "
        "(make test runs this so the benchmark cannot rot)",
    )
    args = ap.parse_args(argv)
    patients = SAMPLES / "patients.csv"
    if args.smoke:
        return smoke(patients)
    work = Path(tempfile.mkdtemp(prefix="digitize-bench-"))
    try:
        samples = []
        for source in sorted(
            p for p in SAMPLES.iterdir() if p.suffix in (".pdf", ".tif") or p.is_dir()
        ):
            samples.append(measure(source, patients))
            print(json.dumps({k: v for k, v in samples[-1].items() if k != "manifest"}), flush=True)
        quality = sample_quality(samples)
        own = compare(long_batch(50, work), "long50.pdf", work, patients)
        corpus = independent_corpus(work)
        truth = json.loads((corpus / "manifest.json").read_text())
        indep = compare(corpus / "scans.pdf", "independent.pdf", work, patients)
        indep_q = independent_quality(indep["run"]["manifest"], truth)
        tif = measure(corpus / "scans.tif", patients, "independent.tif")
        tif_q = independent_quality(tif["manifest"], truth)
        public = compare(public_batch(work), "public.pdf", work, patients)
        longs = [own["run"]]  # the project's 50 pages, and the independent ones repeated
        for n in args.long:
            src = repeat_pdf(corpus / "scans.pdf", n, work / f"independent{n}.pdf")
            longs.append(measure(src, patients))
            print(json.dumps({k: v for k, v in longs[-1].items() if k != "manifest"}), flush=True)
        startup = start_up(SAMPLES / "batch1.pdf", patients)
        print(json.dumps({"start_up": startup}), flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    cls = classify_cost()
    print(json.dumps(cls), flush=True)
    n_indep = indep["run"]["pages"]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {dt.date.today().isoformat()} with `make bench` on {machine()}.",
        "Each row is one batch run in a fresh process (default settings, one worker thread per",
        "core); peak RSS is that Python process (Tesseract runs beside it); CPU use is the whole",
        "machine's while the batch's pages were analysed (200% = both cores).",
        "",
        "## Independent scans (not the project's templates)",
        "",
        f"`independent.pdf`: {n_indep} pages from `bench/independent/make_scans.py --seed "
        f"{INDEPENDENT_SEED}`, written by a helper who never saw this code: JPEG gray and",
        "colour, CCITT G4 bilevel and fax (204x196, 204x98 dpi), Flate gray; skew, noise, grey",
        "paper, 3% rotated, 3% blank. `independent.tif`: the same pages as one multi-page TIFF.",
        "`public.pdf`: OCRmyPDF's and paperless-ngx's test scans (`bench/public_scans`): JBIG2,",
        "CCITT G4, JPEG, Flate; rotated, skewed, a fax, 200x100 dpi.",
    ]
    lines += _comparison_lines(f"`independent.pdf`, {n_indep} pages, three ways:", indep)
    lines += [
        "",
        f"`independent.tif`, the same pages: {tif['pages_per_minute']} pages/min, "
        f"{tif['analysis_cpu_percent']}% CPU, peak RSS {tif['peak_rss_mb']} MB.",
    ]
    lines += _comparison_lines(f"`public.pdf`, {public['run']['pages']} pages:", public)
    lines += [
        "",
        "What the pipeline made of the independent pages (PDF; TIFF): word error rate "
        f"{indep_q['word_error_rate']:.1%}; {tif_q['word_error_rate']:.1%} (words against the "
        "words drawn, in reading order); blank pages found "
        f"{indep_q['blank_found']} of {indep_q['blank_found'] + indep_q['blank_missed']}, "
        f"pages wrongly discarded as blank {indep_q['blank_false']}; rotated pages set upright "
        f"{indep_q['rotated_upright']} of {indep_q['rotated']}. No page of these has a cover "
        "sheet, so all go to review (no patient): nothing is filed from them.",
        "",
        "## The project's sample batches",
        "",
    ]
    lines += _row_lines(samples)
    lines += [
        "",
        f"Quality on them (truth files): pages in a wrong chart {quality['pages_in_wrong_chart']}, "
        f"cover sheets read {quality['cover_recall']:.1%}, blank pages found "
        f"{quality['blank_tp']} (missed {quality['blank_fn']}, false {quality['blank_fp']}).",
    ]
    lines += _comparison_lines("`long50.pdf` (the PDF sample repeated), three ways:", own)
    lines += _stage_lines([indep["run"], tif, public["run"], own["run"]])
    lines += size_lines(samples, indep["run"], truth)
    lines += [
        "",
        "## Memory with batch length",
        "",
    ]
    lines += _row_lines(longs)
    lines += [
        "",
        "## Start-up",
        "",
        "Seconds from starting `digitize process` (the 11-page sample batch1.pdf) to its first",
        f"page entering analysis, a second run each: {startup['configured_server']} s with a",
        f"Prefect server configured (PREFECT_API_URL), {startup['temporary_server']} s with the",
        "temporary one.",
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
