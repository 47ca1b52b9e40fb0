"""The watched folder: a polling reconciler that claims ready batches from ROOT/inbox and runs
one `process-batch` flow run per batch. On start it first finishes what a killed run left in
processing/. A batch whose content was already processed (the same scan dropped twice) is
moved to done/ without a second run.

No entry can stop it: every entry is handled inside its own guard, and what goes wrong is
logged by batch id or fingerprint and by the kind of error, never by file name."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from config.settings import Settings
from flows.batch_flow import process_batch, task_runner
from flows.failures import BatchFailed
from flows.inbox import Claimed, Inbox, Refused, os_reason
from flows.ledger import Ledger
from flows.runner import BatchDeferred, run_batch
from pipeline.errors import BadInput, StoreError
from pipeline.intake import Batch
from pipeline.storage.store import ObjectStore

log = logging.getLogger("digitize.watch")
RESTART_SECONDS = 30.0  # before `serve` restarts a watcher that stopped


def describe(exc: BaseException) -> str:
    """An error in words without PHI: our own messages are written without it; an OS error's
    text names the file, so only its kind is kept; anything else by its type."""
    if isinstance(exc, BadInput | StoreError | BatchFailed):
        return str(exc)
    if isinstance(exc, OSError):
        return os_reason(exc)
    return f"internal error ({type(exc).__name__})"


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
            self._failed(claimed, describe(exc))
            return
        self.inbox.finish_done(claimed)
        self.counts.done += 1

    def _failed(self, claimed: Claimed, message: str) -> None:
        entry = self.ledger.get(claimed.batch_id)
        if entry is None or entry.status != "failed":  # failed before the runner's claim
            self.ledger.claim(claimed.batch_id, "", str(self.patients), self.store.url)
            self.ledger.update(claimed.batch_id, status="failed", error=message)
        self.inbox.finish_failed(claimed, message, entry.attempts if entry else 1)
        self.counts.failed += 1
        log.warning("batch %s failed: %s", claimed.batch_id, message)

    def recover(self) -> None:
        """Finish or redo what a previous run left in processing/ (write-once filing makes a
        redo safe: nothing is filed twice)."""
        for claimed in self.inbox.in_processing():
            log.info("batch %s: resuming after an interrupted run", claimed.batch_id)
            self._guarded(claimed.batch_id, self.run_claimed, claimed)

    def _refuse(self, refused: Refused) -> None:
        folder = self.inbox.refuse(refused)
        self.counts.failed += 1
        log.warning("inbox entry %s refused: %s", folder.name, refused.reason)

    def _take(self, batch: Batch) -> None:
        bid = batch.batch_id
        previous = self.ledger.get(bid)
        try:
            claimed = self.inbox.claim(batch)
        except FileExistsError:
            return  # the same content is being processed now; look again later
        if claimed.batch is None:  # the entry changed under us while it was claimed
            self._failed(claimed, "the entry changed while it was claimed (it became a link)")
            return
        if previous is not None and previous.status == "done":
            self.inbox.finish_done(claimed)
            self.counts.duplicates += 1
            log.info("batch %s was already processed: not processed twice", bid)
            return
        self.run_claimed(claimed)

    def _guarded(self, key: str, step, *args) -> None:
        """One entry's step; whatever it raises, intake goes on with the next entry."""
        try:
            step(*args)
        except Exception as exc:
            self.counts.failed += 1
            log.error("inbox entry %s: %s; going on with the others", key, describe(exc))

    def poll(self) -> None:
        ready, refused = self.inbox.ready()
        for r in refused:
            self._guarded(r.key, self._refuse, r)
        for batch in ready:
            self._guarded(batch.batch_id, self._take, batch)

    def run(self, once: bool = False, poll_seconds: float = 5.0, stop=None) -> WatchCounts:
        self.recover()
        while True:
            try:
                self.poll()
            except Exception as exc:  # the inbox itself cannot be read: try again next pass
                log.error("the inbox cannot be read: %s", describe(exc))
            if once or (stop is not None and stop.is_set()):
                return self.counts
            time.sleep(poll_seconds)


def supervise(watcher: Watcher, poll_seconds: float, stop: threading.Event) -> None:
    """Keep the watcher running: if it stops on an error, say so (log and a Prefect event the
    UI's event feed shows) and start it again."""
    while not stop.is_set():
        try:
            watcher.run(poll_seconds=poll_seconds, stop=stop)
        except Exception as exc:
            reason = describe(exc)
            log.error("the watcher stopped (%s); restarting in %.0f s", reason, RESTART_SECONDS)
            _tell_prefect("digitize.watcher.restarted", reason)
            stop.wait(RESTART_SECONDS)


def _tell_prefect(event: str, reason: str) -> None:
    try:
        from prefect.events import emit_event

        emit_event(
            event=event,
            resource={"prefect.resource.id": "digitize.watcher"},
            payload={"reason": reason},
        )
    except Exception as exc:  # the UI is told when it can be; the log always is
        log.warning("could not tell Prefect: %s", type(exc).__name__)


def serve(watcher: Watcher, poll_seconds: float = 5.0) -> None:
    """The watcher in a supervised thread, and the flow served as a deployment so an operator
    can also start or re-run a batch from the Prefect UI (parameter: its batch id); with an
    EHR configured, the deliver flow too (run beside intake whenever messages are due, and
    from the UI on demand)."""
    from prefect import serve as prefect_serve

    stop = threading.Event()
    thread = threading.Thread(
        target=supervise, args=(watcher, poll_seconds, stop), daemon=True, name="watcher"
    )
    thread.start()
    flow = process_batch.with_options(task_runner=task_runner(watcher.settings))
    deployments = [flow.to_deployment(name="digitize")]
    if watcher.settings.ehr.host:  # the EHR outbox, sent beside intake
        from flows.deliver_flow import beside, deliver

        beside(watcher.settings, poll_seconds, stop)
        deployments.append(deliver.to_deployment(name="digitize-deliver"))
    prefect_serve(*deployments)
