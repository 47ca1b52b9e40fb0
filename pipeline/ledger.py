"""The batch ledger, in the app database (SQLite by default, PostgreSQL by URL): one row per batch
id (a content hash) with its status, attempts and last flow run, so a restart after a crash
knows what to finish and a batch dropped twice is not processed twice. No PHI: paths here are the
renamed copies under processing/, named by batch id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import DateTime, Integer, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

STATUSES = ("processing", "done", "failed")


class Base(DeclarativeBase):
    pass


class BatchRow(Base):
    __tablename__ = "batch_ledger"

    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(1024))
    patients: Mapped[str] = mapped_column(String(1024))
    store: Mapped[str] = mapped_column(String(1024))
    flow_run_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error: Mapped[str | None] = mapped_column(String(1024), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


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


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Ledger:
    def __init__(self, url: str):
        self.engine = create_engine(url, future=True)
        Base.metadata.create_all(self.engine)

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
            row.error, row.updated_at = None, _now()
            s.flush()
            return _job(row)

    def update(self, batch_id: str, **fields) -> None:
        if "status" in fields and fields["status"] not in STATUSES:
            raise ValueError("unknown batch status")
        with Session(self.engine) as s, s.begin():
            row = s.get(BatchRow, batch_id, with_for_update=True)
            for k, v in fields.items():
                setattr(row, k, v)
            row.updated_at = _now()

    def in_status(self, status: str) -> list[Job]:
        with Session(self.engine) as s:
            rows = s.scalars(select(BatchRow).where(BatchRow.status == status))
            return [_job(r) for r in rows]
