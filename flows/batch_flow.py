"""The Prefect flow for one batch: a thin wiring of pipeline.batch.BatchJob's stages into tasks.
Page analysis runs as parallel tasks on threads (Tesseract runs outside the GIL); filing retries
with backoff, since storage failures are transient; a bad page is never retried.

No PHI reaches Prefect: the flow's only parameters are the batch id and a worker count, its run
name is the batch id, results are not persisted, artifacts hold counts only, and any exception
from the domain code is replaced by one that names its type."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.artifacts import (
    create_link_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from config.settings import load_settings
from pipeline.batch import BatchJob
from pipeline.errors import BadInput, StoreError
from pipeline.ledger import Ledger
from pipeline.models import PageAnalysis, PageImage
from pipeline.store import open_store

# Set by the `digitize` command in this process (never sent to Prefect): called per page.
PROGRESS_HOOK: Callable[[int, int], None] | None = None
# Batches `digitize process` runs in this process: their paths, which may name a patient, are
# kept here instead of in the ledger.
LOCAL_SOURCES: dict[str, Path] = {}


class BatchFailed(Exception):
    """Raised to Prefect in place of domain errors, whose text could carry PHI. `kind` is
    bad_input, store or internal."""

    def __init__(self, message: str, kind: str = "internal"):
        super().__init__(message)
        self.kind = kind


def _safe(exc: BaseException) -> BatchFailed:
    if isinstance(exc, BatchFailed):
        return exc
    if isinstance(exc, BadInput):
        return BatchFailed(str(exc), "bad_input")  # these messages are written without PHI
    if isinstance(exc, StoreError):
        return BatchFailed(str(exc), "store")
    return BatchFailed(f"internal error ({type(exc).__name__})")


@task(name="analyse-page", cache_policy=NO_CACHE, persist_result=False)
def analyse_page(job: BatchJob, page: PageImage) -> PageAnalysis:
    try:
        return job.analyse(page)
    except Exception as exc:
        raise _safe(exc) from None


def _transient(task, task_run, state) -> bool:
    try:
        state.result()
    except BatchFailed as exc:
        return exc.kind == "store"
    except Exception:
        return False
    return False


# Store writes may fail for a while (network, throttling): retried with backoff.
STORE_TASK = dict(
    cache_policy=NO_CACHE,
    persist_result=False,
    retries=3,
    retry_delay_seconds=[2, 10, 30],
    retry_condition_fn=_transient,
)


@task(name="file-document", **STORE_TASK)
def file_document(job: BatchJob, doc, analyses: list[PageAnalysis]) -> bool:
    try:
        return job.file(doc, analyses)
    except Exception as exc:
        raise _safe(exc) from None


@task(name="write-manifest", **STORE_TASK)
def write_manifest(job: BatchJob, decisions, pkts, docs, analyses) -> dict:
    try:
        result = job.finish(decisions, pkts, docs, analyses)
    except Exception as exc:
        raise _safe(exc) from None
    return dict(result["summary"], documents=len(result["documents"]))


def _progress(artifact_id, done: int, total: int) -> None:
    if PROGRESS_HOOK is not None:
        PROGRESS_HOOK(done, total)
    if done % 5 == 0 or done == total:
        update_progress_artifact(artifact_id, 100.0 * done / total)


@flow(
    name="process-batch",
    flow_run_name="{batch_id}",
    persist_result=False,
    # One Tesseract per core: more threads would only make them compete.
    task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 1),
    log_prints=False,
)
def process_batch(batch_id: str, workers: int = 0) -> dict:
    """Process the batch the ledger holds under this id. Returns counts only."""
    logger = get_run_logger()
    overrides = {"processing": {"workers": workers}} if workers else None
    settings = load_settings(overrides)
    ledger = Ledger(settings.database.resolved_url)
    entry = ledger.get(batch_id)
    if entry is None:
        raise BatchFailed("no such batch in the ledger", "bad_input")
    ledger.update(batch_id, flow_run_id=str(flow_run.get_id()))
    started = time.monotonic()
    try:
        store = open_store(entry.store, settings.storage)
        store.check()
        source = LOCAL_SOURCES.get(batch_id) or entry.source
        if not source:
            raise BatchFailed(
                "the batch was started by `digitize process`: run it again there", "bad_input"
            )
        job = BatchJob(Path(source), Path(entry.patients), store, settings)
    except Exception as exc:
        raise _safe(exc) from None
    if job.batch_id != batch_id:
        raise BatchFailed("the batch's content does not match its id", "bad_input")
    total = job.batch.page_count
    logger.info("batch %s: %d pages", batch_id, total)
    progress = create_progress_artifact(
        progress=0.0, key=f"progress-{batch_id}", description="Pages analysed"
    )
    with job:
        window = settings.worker_count * 2
        inflight, analyses = [], []
        try:
            for page in job.pages():
                inflight.append(analyse_page.submit(job, page))
                while len(inflight) > window:
                    analyses.append(inflight.pop(0).result())
                    _progress(progress, len(analyses), total)
            for f in inflight:
                analyses.append(f.result())
                _progress(progress, len(analyses), total)
        except Exception as exc:
            raise _safe(exc) from None
        try:
            decisions, pkts, docs = job.conclude(analyses)
        except Exception as exc:
            raise _safe(exc) from None
        filed = [file_document.submit(job, doc, analyses) for doc in docs]
        new = sum(f.result() for f in filed)
        counts = write_manifest(job, decisions, pkts, docs, analyses)
    minutes = max(time.monotonic() - started, 1e-6) / 60
    row = {
        "batch": batch_id,
        "pages": total,
        "filed": counts["filed"],
        "in review": counts["review"],
        "discarded": counts["discarded"],
        "documents": counts["documents"],
        "newly filed": new,
        "pages per minute": round(total / minutes, 1),
    }
    create_table_artifact(
        key=f"summary-{batch_id}", table=[row], description="Where this batch's pages went"
    )
    if counts["review"]:
        create_link_artifact(
            key=f"review-{batch_id}",
            link=f"{settings.review.url.rstrip('/')}/queue?batch={batch_id}",
            link_text=f"{counts['review']} pages wait in the review queue",
        )
    logger.info(
        "batch %s: %d filed, %d in review, %d discarded",
        batch_id,
        counts["filed"],
        counts["review"],
        counts["discarded"],
    )
    return row
