"""The Prefect flow `deliver`: one pass of the EHR outbox's worker (appdb/outbox.py), with the
outbox's counts by state as a table artifact. `watch` and `serve` run it beside intake whenever
messages are due (`serve` also deploys it, for a pass started from the UI), `digitize deliver`
from the shell or cron. Counts only: no document
id, MRN or message reaches Prefect."""

from __future__ import annotations

import logging
import threading

from prefect import flow, get_run_logger
from prefect.artifacts import create_table_artifact

from appdb import outbox
from appdb.database import engine_for
from config.settings import Settings, load_settings

log = logging.getLogger("digitize.deliver")


def deliver_pass(settings: Settings) -> dict:
    """One pass of the worker and the outbox's counts afterwards (this process's settings)."""
    engine = engine_for(settings.database.resolved_url)
    done = outbox.Worker(engine, settings).run_once()
    return {
        "acknowledged now": done.acknowledged,
        "to retry": done.retrying,
        "failed now": done.failed,
        "receiver unreachable": done.stopped_early,
        **outbox.counts(engine),
    }


@flow(name="deliver", flow_run_name="deliver", persist_result=False, log_prints=False)
def deliver() -> dict:
    """Send what the outbox holds that is due; a deployed run reads the settings itself."""
    return _report(deliver_pass(load_settings()))


def run(settings: Settings) -> dict:
    """The deliver flow with settings from this process (the CLI's flags and environment)."""

    @flow(name="deliver", flow_run_name="deliver", persist_result=False, log_prints=False)
    def deliver() -> dict:
        return _report(deliver_pass(settings))

    return deliver()


def _report(row: dict) -> dict:
    create_table_artifact(
        key="ehr-delivery",
        table=[row],
        description="EHR messages by state (pending, sent, acknowledged, failed)",
    )
    get_run_logger().info(
        "EHR delivery: %d acknowledged now, %d to retry, %d failed; outbox: %d pending, "
        "%d sent, %d failed",
        row["acknowledged now"],
        row["to retry"],
        row["failed now"],
        row["pending"],
        row["sent"],
        row["failed"],
    )
    return row


def beside(settings: Settings, every_seconds: float, stop: threading.Event) -> threading.Thread:
    """The deliver flow on its own thread, so filing never waits for the EHR (`watch`,
    `serve`): every `every_seconds` it looks for messages due, and only then runs the flow (the
    Prefect UI lists passes that had something to send, not one every few seconds). A pass that
    fails is logged, and the next one tries again."""
    engine = engine_for(settings.database.resolved_url)

    def loop() -> None:
        while not stop.is_set():
            try:
                if outbox.due(engine):
                    run(settings)
            except Exception as exc:
                log.error("EHR delivery pass failed (%s); trying again", type(exc).__name__)
            stop.wait(every_seconds)

    thread = threading.Thread(target=loop, daemon=True, name="deliver")
    thread.start()
    return thread
