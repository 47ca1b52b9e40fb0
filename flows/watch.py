"""The watched folder: a polling reconciler that claims ready batches from ROOT/inbox and runs
one `process-batch` flow run per batch. On start it first finishes what a killed run left in
processing/. A batch whose content was already processed (the same scan dropped twice) is
moved to done/ without a second run."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from config.settings import Settings
from flows.batch_flow import process_batch, task_runner
from flows.failures import BatchFailed
from flows.inbox import Claimed, Inbox
from flows.ledger import Ledger
from flows.runner import BatchDeferred, run_batch
from pipeline.errors import BadInput, StoreError
from pipeline.storage.store import ObjectStore

log = logging.getLogger("digitize.watch")


@dataclass
class WatchCounts:
    done: int = 0
    failed: int = 0
    duplicates: int = 0
    deferred: int = 0


class Watcher:
    def __init__(
        self,
        root: Path,
        patients: Path,
        store: ObjectStore,
        settings: Settings,
        settle_seconds: float = 15.0,
    ):
        self.inbox = Inbox(root, settings, settle_seconds)
        self.patients, self.store, self.settings = Path(patients).resolve(), store, settings
        self.ledger = Ledger(settings.database.resolved_url)
        self.counts = WatchCounts()

    def run_claimed(self, claimed: Claimed) -> None:
        try:
            run_batch(
                claimed.batch or claimed.path,
                self.patients,
                self.store,
                self.settings,
                record_source=True,  # the watched folder's own path, for a deployed re-run
                retry_store_failures=True,
                check_store=True,
            )
        except BatchDeferred:
            # Transient: stays in processing/, retried on the next pass or restart.
            self.counts.deferred += 1
            log.warning("batch %s: store unavailable, will retry", claimed.batch_id)
            return
        except Exception as exc:  # the runner recorded it when it had claimed the batch
            safe = isinstance(exc, BadInput | StoreError | BatchFailed)  # messages without PHI
            message = str(exc) if safe else f"internal error ({type(exc).__name__})"
            entry = self.ledger.get(claimed.batch_id)
            if entry is None or entry.status != "failed":  # failed before the runner's claim
                self.ledger.claim(claimed.batch_id, "", str(self.patients), self.store.url)
                self.ledger.update(claimed.batch_id, status="failed", error=message)
            self.inbox.finish_failed(claimed, message, entry.attempts if entry else 1)
            self.counts.failed += 1
            log.warning("batch %s failed: %s", claimed.batch_id, message)
            return
        self.inbox.finish_done(claimed)
        self.counts.done += 1

    def recover(self) -> None:
        """Finish or redo what a previous run left in processing/ (write-once filing makes a
        redo safe: nothing is filed twice)."""
        for claimed in self.inbox.in_processing():
            log.info("batch %s: resuming after an interrupted run", claimed.batch_id)
            self.run_claimed(claimed)

    def poll(self) -> None:
        ready, broken = self.inbox.ready()
        for entry, reason in broken:
            folder = self.inbox.fail_unclaimed(entry, reason)
            self.counts.failed += 1
            log.warning("batch %s does not open: %s", folder.name, reason)
        for batch in ready:
            bid = batch.batch_id
            previous = self.ledger.get(bid)
            try:
                claimed = self.inbox.claim(batch)
            except FileExistsError:
                continue  # the same content is being processed now; look again later
            if previous is not None and previous.status == "done":
                self.inbox.finish_done(claimed)
                self.counts.duplicates += 1
                log.info("batch %s was already processed: not processed twice", bid)
                continue
            self.run_claimed(claimed)

    def run(self, once: bool = False, poll_seconds: float = 5.0, stop=None) -> WatchCounts:
        self.recover()
        while True:
            self.poll()
            if once or (stop is not None and stop.is_set()):
                return self.counts
            time.sleep(poll_seconds)


def serve(watcher: Watcher, poll_seconds: float = 5.0) -> None:
    """The watcher in a thread, and the flow served as a deployment so an operator can also
    start or re-run a batch from the Prefect UI (parameter: its batch id)."""
    from prefect import serve as prefect_serve

    thread = threading.Thread(
        target=watcher.run, kwargs={"poll_seconds": poll_seconds}, daemon=True, name="watcher"
    )
    thread.start()
    flow = process_batch.with_options(task_runner=task_runner(watcher.settings))
    prefect_serve(flow.to_deployment(name="digitize"))
