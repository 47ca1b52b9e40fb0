"""`make bench` must keep working: its measured path runs here on one small batch (no timing
assertions; speed is measured by `make bench`, never in a test)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("prefect_server")  # the child uses the shared server


def test_the_benchmark_runs_on_a_small_batch():
    proc = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    row, quality, independent, floor, ocrmypdf, read, classify = out
    assert row["batch"] == "long3.pdf" and row["pages"] == 3
    assert row["pages_per_minute"] > 0 and row["peak_rss_mb"] > 0
    assert 0 < row["analysis_cpu_percent"] <= 100 * (os.cpu_count() or 1) + 5
    assert {"OCR", "barcode"} <= set(row["stages"])
    # CPU per stage: Tesseract's own CPU comes back from its rusage, so OCR costs something,
    # and no stage costs more than the whole run.
    assert 0 < row["stage_cpu"]["OCR"] <= row["cpu_seconds_per_page"]
    assert quality["pages_in_wrong_chart"] == 0
    # Pages from the independent generator: read, and compared with the words it drew.
    assert independent["pages"] == 3 and floor["tesseract"]["pages"] == 3
    assert "ocrmypdf" in ocrmypdf
    assert read["word_error_rate"] < 0.3, read
    assert "| stage | independent |" in proc.stdout and "| other |" in proc.stdout
    assert "| independent " in proc.stdout.split("stored KB/page")[1]  # sizes by page kind
    assert classify["pages"] > 0 and classify["ms_per_page_batched"] > 0


def test_types_on_scans_runs_on_a_few_reserved_documents(tmp_path):
    """`make bench-types` (document types on scans of text never trained on) keeps working:
    every document is counted once, in one outcome, and no page lands in another chart."""
    counts = tmp_path / "counts.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench.types_on_scans", "--sources", "note_examples,fam_gulf"]
        + ["--per-source", "2", "--json", str(counts)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| note_examples | 2 |" in proc.stdout and "| 1 written families | 2 |" in proc.stdout
    tallies = json.loads(counts.read_text())
    assert set(tallies) == {"note_examples", "fam_gulf"}
    for t in tallies.values():
        assert t["docs"] == 2 and t["wrong_patient"] == 0 and t["lost"] == 0
        outcomes = ("filed", "wrong", "partly", "review_type", "review_other")
        assert sum(t[k] for k in outcomes) == t["docs"]
        assert t["ocr_filed"] + t["ocr_wrong"] <= t["docs"] >= t["text_filed"] + t["text_wrong"]
    bad = subprocess.run(
        [sys.executable, "-m", "bench.types_on_scans", "--sources", "mtsamples"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1
