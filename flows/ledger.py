"""The batch ledger, in the app database (SQLite by default, PostgreSQL by URL): one row per batch
id (a content hash) with its status, attempts and last flow run, so a restart after a crash
knows what to finish and a batch dropped twice is not processed twice. No PHI: paths here are the
renamed copies under processing/, named by batch id."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from appdb.database import engine_for
from appdb.tables import BatchRow, now

STATUSES = ("processing", "done", "failed")


@dataclass(frozen=True)
class Job:
    batch_id: str
    status: str
    attempts: int
    source: str
    patients: str
    store: str
    flow_run_id: str | None
    error: str | None


def _job(row: BatchRow) -> Job:
    return Job(
        row.batch_id,
        row.status,
        row.attempts,
        row.source,
        row.patients,
        row.store,
        row.flow_run_id,
        row.error,
    )


class Ledger:
    def __init__(self, url: str):
        self.engine = engine_for(url)

    def get(self, batch_id: str) -> Job | None:
        with Session(self.engine) as s:
            row = s.get(BatchRow, batch_id)
            return _job(row) if row else None

    def claim(self, batch_id: str, source: str, patients: str, store: str) -> Job:
        """Record a new attempt at a batch (creating its row on the first)."""
        with Session(self.engine) as s, s.begin():
            row = s.get(BatchRow, batch_id, with_for_update=True)
            if row is None:
                row = BatchRow(batch_id=batch_id, attempts=0)
                s.add(row)
            row.status, row.attempts = "processing", row.attempts + 1
            row.source, row.patients, row.store = source, patients, store
            row.error, row.updated_at = None, now()
            s.flush()
            return _job(row)

    def update(self, batch_id: str, **fields) -> None:
        if "status" in fields and fields["status"] not in STATUSES:
            raise ValueError("unknown batch status")
        with Session(self.engine) as s, s.begin():
            row = s.get(BatchRow, batch_id, with_for_update=True)
            for k, v in fields.items():
                setattr(row, k, v)
            row.updated_at = now()

    def in_status(self, status: str) -> list[Job]:
        with Session(self.engine) as s:
            rows = s.scalars(select(BatchRow).where(BatchRow.status == status))
            return [_job(r) for r in rows]
