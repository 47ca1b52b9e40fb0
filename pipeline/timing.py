"""Per-stage accounting for the benchmark, summed over the worker threads: wall seconds, and CPU
seconds (the worker thread's own, plus the child processes it ran and waited for, such as
Tesseract). On a busy machine the two differ: a stage waits while another has the core, so
wall time is not cost. The CPU figure is the profile."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from contextlib import contextmanager

_local = threading.local()


def add_child_cpu(seconds: float) -> None:
    """A child process this thread ran used `seconds` of CPU (from its rusage when reaped)."""
    _local.children = getattr(_local, "children", 0.0) + seconds


def _thread_cpu() -> float:
    return time.thread_time() + getattr(_local, "children", 0.0)


STAGES = (
    "decode",
    "barcode",
    "blank check",
    "orientation",
    "deskew",
    "OCR",
    "PDF page",
    "classify",
    "PDF assembly",
    "storage",
)


class StageTimer:
    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str):
        start, start_cpu = time.perf_counter(), _thread_cpu()
        try:
            yield
        finally:
            elapsed, used = time.perf_counter() - start, _thread_cpu() - start_cpu
            with self._lock:
                self.seconds[name] += elapsed
                self.cpu[name] += used
