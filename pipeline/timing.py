"""Per-stage time accounting for the benchmark: seconds spent in each stage, summed over the
worker threads. Tesseract stages run in a single-threaded child process, so their wall time in
the worker is their CPU time; the rest is Python and native code in the worker thread."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from contextlib import contextmanager

STAGES = (
    "decode",
    "barcode",
    "blank check",
    "orientation",
    "deskew",
    "OCR",
    "classify",
    "PDF assembly",
    "storage",
)


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - start
            with self._lock:
                self.seconds[name] += elapsed
