"""`make bench` must keep working: its measured path runs here on one small batch (no timing
assertions; speed is measured by `make bench`, never in a test)."""

from __future__ import annotations

import json
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
    row, classify = (json.loads(line) for line in proc.stdout.strip().splitlines()[-2:])
    assert row["batch"] == "long3.pdf" and row["pages"] == 3
    assert row["pages_per_minute"] > 0 and row["peak_rss_mb"] > 0
    assert {"OCR", "barcode"} <= set(row["stages"])
    assert classify["pages"] > 0 and classify["ms_per_page_batched"] > 0
