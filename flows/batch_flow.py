"""The Prefect flow for one batch: a thin wiring of pipeline.batch.BatchJob's stages into tasks.
Page analysis runs as parallel tasks on threads (Tesseract runs outside the GIL); filing retries
with backoff, since storage failures are transient; a bad page is never retried.

No PHI reaches Prefect: the flow's only parameter is the batch id, its run name is the batch id,
results are not persisted, artifacts hold counts only, and any exception from the domain code is
replaced by one that names its type. A batch opened in this process (`run_job`, used by the one
runner in flows/runner.py) travels to the flow in a closure, never through Prefect or a module
global; a deployment (`process_batch`, for `serve` and the Prefect UI) opens it from the ledger."""

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
from prefect.utilities.annotations import quote

from appdb.database import engine_for
from config.settings import Settings, load_settings
from flows.failures import BatchFailed, safe
from flows.ledger import Ledger
from pipeline.batch import BatchJob
from pipeline.intake import Batch
from pipeline.models import PageAnalysis, PageImage
from pipeline.storage.store import open_store
from review import queue

OnPage = Callable[[int, int], None]  # (pages done, pages in the batch), in this process only


@task(name="analyse-page", cache_policy=NO_CACHE, persist_result=False)
def analyse_page(job: BatchJob, page: PageImage) -> PageAnalysis:
    try:
        return job.analyse(page)
    except Exception as exc:
        raise safe(exc) from None


def _transient(task, task_run, state) -> bool:
    try:
        state.result()
    except BatchFailed as exc:
        return exc.kind == "store"
    except Exception:
        return False
    return False


# Store writes may fail for a while (network, throttling): retried with backoff
# (storage.retry_delays_seconds).
STORE_TASK = dict(cache_policy=NO_CACHE, persist_result=False, retry_condition_fn=_transient)


@task(name="file-document", **STORE_TASK)
def file_document(job: BatchJob, doc, analyses: list[PageAnalysis]) -> bool:
    try:
        return job.file(doc, analyses)
    except Exception as exc:
        raise safe(exc) from None


@task(name="write-manifest", **STORE_TASK)
def write_manifest(job: BatchJob, decisions, pkts, docs, analyses) -> dict:
    """Flagged pages kept and queued for review (hidden), the manifest written, then the
    review items opened and the EHR messages queued: a crash between any two steps leaves
    nothing a reviewer can see twice, and a re-run completes it."""
    try:
        proposals = job.for_review(decisions, pkts, analyses)
        engine = engine_for(job.settings.database.resolved_url)
        queue.enqueue(engine, job.batch_id, proposals)
        result = job.write_manifest(decisions, pkts, docs)
        queue.open_batch(engine, job.batch_id, queue.filed_by_pipeline(result))
    except Exception as exc:
        raise safe(exc) from None
    return dict(result["summary"], documents=len(result["documents"]))


def _progress(artifact_id, done: int, total: int, on_page: OnPage | None) -> None:
    if on_page is not None:
        on_page(done, total)
    if done % 5 == 0 or done == total:
        update_progress_artifact(artifact_id, 100.0 * done / total)


def task_runner(settings: Settings) -> ThreadPoolTaskRunner:
    # One Tesseract per worker (--workers, else one per core): more would only compete.
    return ThreadPoolTaskRunner(max_workers=settings.worker_count)


@flow(
    name="process-batch",
    flow_run_name="{batch_id}",
    persist_result=False,
    task_runner=ThreadPoolTaskRunner(max_workers=os.cpu_count() or 1),  # serve sets --workers
    log_prints=False,
)
def process_batch(batch_id: str) -> dict:
    """A deployed run (`serve`, the Prefect UI): the batch the ledger holds under this id."""
    settings = load_settings()
    ledger = Ledger(settings.database.resolved_url)
    entry = ledger.get(batch_id)
    if entry is None:
        raise BatchFailed("no such batch in the ledger", "bad_input")
    if not entry.source:
        raise BatchFailed(
            "the batch was started by `digitize process`: run it again there", "bad_input"
        )
    try:
        store = open_store(entry.store, settings.storage)
        store.check()
        batch = Batch.open(Path(entry.source), settings)
        job = BatchJob(batch, Path(entry.patients), store, settings)
    except Exception as exc:
        raise safe(exc) from None
    if job.batch_id != batch_id:
        raise BatchFailed("the batch's content does not match its id", "bad_input")
    ledger.update(batch_id, flow_run_id=str(flow_run.get_id()))
    return _process(job, None)


def run_job(job: BatchJob, on_page: OnPage | None = None) -> dict:
    """Run the process-batch flow on a batch opened in this process. Its source path, which
    may name a patient, stays in this process; Prefect sees the batch id only."""

    @flow(
        name="process-batch",
        flow_run_name="{batch_id}",
        persist_result=False,
        task_runner=task_runner(job.settings),
        log_prints=False,
    )
    def process_batch(batch_id: str) -> dict:
        Ledger(job.settings.database.resolved_url).update(
            batch_id, flow_run_id=str(flow_run.get_id())
        )
        return _process(job, on_page)

    return process_batch(batch_id=job.batch_id)


def _process(job: BatchJob, on_page: OnPage | None) -> dict:
    """The stages of one batch as tasks. Returns counts only. Task arguments are quoted: Prefect
    would otherwise walk every argument looking for futures, and the filing tasks get the whole
    batch's analyses, so a batch's cost grew with the square of its length."""
    logger = get_run_logger()
    settings, batch_id = job.settings, job.batch_id
    started = time.monotonic()
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
                inflight.append(analyse_page.submit(quote(job), quote(page)))
                while len(inflight) > window:
                    analyses.append(inflight.pop(0).result())
                    _progress(progress, len(analyses), total, on_page)
            for f in inflight:
                analyses.append(f.result())
                _progress(progress, len(analyses), total, on_page)
        except Exception as exc:
            raise safe(exc) from None
        try:
            decisions, pkts, docs = job.conclude(analyses)
        except Exception as exc:
            raise safe(exc) from None
        delays = settings.storage.retry_delays_seconds
        retrying = dict(retries=len(delays), retry_delay_seconds=delays or 0)
        filing_task = file_document.with_options(**retrying)
        filed = [filing_task.submit(quote(job), quote(doc), quote(analyses)) for doc in docs]
        new = sum(f.result() for f in filed)
        counts = write_manifest.with_options(**retrying)(
            quote(job), quote(decisions), quote(pkts), quote(docs), quote(analyses)
        )
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
