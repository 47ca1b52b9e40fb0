"""The one runner of a batch, for `digitize process` and `demo`, the watched folder, `serve`,
the benchmark and the tests: open and check everything the run needs (bad input is one line,
nothing started), claim the batch in the ledger, run the process-batch flow with the job
passed explicitly, and record the outcome in the ledger."""

from __future__ import annotations

import json
from pathlib import Path

from config.settings import Settings
from flows import server
from flows.failures import BatchFailed
from flows.ledger import Ledger
from pipeline.errors import BadInput, StoreError
from pipeline.intake import Batch
from pipeline.storage import keys
from pipeline.storage.store import ObjectStore
from pipeline.timing import StageTimer

MAX_ATTEMPTS = 5  # a batch the store keeps failing on is given up after this many runs


class BatchDeferred(Exception):
    """The store failed; the batch stays claimed and is run again later."""


def run_batch(
    source: Path | Batch,
    patients: Path,
    store: ObjectStore,
    settings: Settings,
    *,
    record_source: bool = False,
    on_start=None,
    on_page=None,
    retry_store_failures: bool = False,
    check_store: bool = False,
    timer: StageTimer | None = None,
) -> dict:
    """Process one batch and return its manifest. `source` is a path, or a batch the caller
    has already opened (the watched folder's claim), which is then not read again.
    `record_source`: keep the source path in the
    ledger (the watched folder's own path, which a deployed re-run needs); a path a user gave
    may name the patient and stays in this process. Domain failures come back as BadInput or
    StoreError (messages without PHI); with `retry_store_failures`, a store failure before
    MAX_ATTEMPTS runs is BatchDeferred instead. `check_store`: check the store first (a
    long-running watcher's store may have gone away since the last batch). `timer`: collects
    the seconds spent in each stage (the benchmark)."""
    batch = source if isinstance(source, Batch) else Batch.open(Path(source).resolve(), settings)
    # With no Prefect server configured, a temporary one boots on the other core while the
    # rest is set up (it lives as long as this process); a refused batch never starts it.
    server.start_if_none_configured()
    patients = Path(patients).resolve()
    from pipeline.batch import BatchJob

    job = BatchJob(batch, patients, store, settings, timer)  # opens and checks the index
    ledger = Ledger(settings.database.resolved_url)
    entry = ledger.claim(
        job.batch_id, str(batch.source) if record_source else "", str(patients), store.url
    )
    if on_start:
        on_start(job.batch.page_count)
    try:
        if check_store:
            try:
                store.check()
            except StoreError as exc:
                raise BatchFailed(str(exc), "store") from None
        with job:
            # The first pages are analysed while Prefect is imported and the flow set up.
            job.analyse_ahead(2 * settings.worker_count)
            # Imported only now: a refused batch is told in well under a second, without
            # loading Prefect.
            from flows.batch_flow import run_job

            server.ready()  # a temporary Prefect server started early boots beside all this
            run_job(job, on_page)
    except BatchFailed as exc:
        if exc.kind == "store" and retry_store_failures and entry.attempts < MAX_ATTEMPTS:
            ledger.update(job.batch_id, error=str(exc))
            raise BatchDeferred(str(exc)) from None
        ledger.update(job.batch_id, status="failed", error=str(exc))
        if exc.kind == "bad_input":
            raise BadInput(str(exc)) from None
        if exc.kind == "store":
            raise StoreError(str(exc)) from None
        raise
    ledger.update(job.batch_id, status="done", error=None)
    return json.loads(store.get(keys.manifest_key(job.batch_id)))
