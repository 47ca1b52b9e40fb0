"""ORM mappings of the app database's tables. The schema itself is made by the Alembic
migrations in pipeline/migrations; these classes only read and write rows."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TS = DateTime(timezone=True)


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def aware(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands timestamps back without a zone; they were written in UTC."""
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


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
    updated_at: Mapped[dt.datetime] = mapped_column(TS)


class User(Base):
    __tablename__ = "review_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(TS)


class SessionRow(Base):
    __tablename__ = "review_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("review_user.id"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(TS)
    last_seen: Mapped[dt.datetime] = mapped_column(TS)


class LoginAttempt(Base):
    __tablename__ = "login_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(TS)
    success: Mapped[bool] = mapped_column(Boolean)
    client: Mapped[str | None] = mapped_column(String(64), nullable=True)


class ReviewItem(Base):
    """A run of flagged pages the pipeline would have filed as one document, decided as one."""

    __tablename__ = "review_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch_id: Mapped[str] = mapped_column(String(32))
    packet: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_page: Mapped[int] = mapped_column(Integer)
    # pending (batch not finished) -> open -> applying -> done; merged when joined to another
    state: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    reasons: Mapped[list] = mapped_column(JSON)
    type_suggestions: Mapped[list] = mapped_column(JSON)
    patient_candidates: Mapped[list] = mapped_column(JSON)
    packet_mrn: Mapped[str | None] = mapped_column(String(32), nullable=True)
    encounter: Mapped[str | None] = mapped_column(String(64), nullable=True)
    patient_mrn: Mapped[str | None] = mapped_column(String(32), nullable=True)
    patient_source: Mapped[str | None] = mapped_column(String(16), nullable=True)
    document_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("review_user.id"), nullable=True)
    lease_until: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    decision: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("review_user.id"), nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)
    document_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(TS)


class ReviewPage(Base):
    __tablename__ = "review_page"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("review_item.id"))
    batch_id: Mapped[str] = mapped_column(String(32))
    page_index: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(16))
    reasons: Mapped[list] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    words: Mapped[list] = mapped_column(JSON)
    object_key: Mapped[str] = mapped_column(String(256))
    disposition: Mapped[str | None] = mapped_column(String(16), nullable=True)
    disposition_reason: Mapped[str | None] = mapped_column(String(200), nullable=True)


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(TS)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str | None] = mapped_column(String(64), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    item_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    batch_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail: Mapped[str | None] = mapped_column(String(500), nullable=True)
    client: Mapped[str | None] = mapped_column(String(64), nullable=True)


class TypeLabel(Base):
    __tablename__ = "type_label"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str] = mapped_column(String(64))
    page_index: Mapped[int] = mapped_column(Integer)
    first_page: Mapped[bool] = mapped_column(Boolean)
    text: Mapped[str] = mapped_column(Text)
    document_type: Mapped[str] = mapped_column(String(64))
    suggested_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reviewer: Mapped[str] = mapped_column(String(64))
    decided_at: Mapped[dt.datetime] = mapped_column(TS)


class Delivery(Base):
    """One HL7 message to the EHR. The control id is fixed when the row is written, so a resend
    after a crash carries the same MSH-10 and the receiver recognises it."""

    __tablename__ = "delivery"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(80))
    event: Mapped[str] = mapped_column(String(3))  # T02 new, T10 replaced, T11 cancelled
    batch_id: Mapped[str] = mapped_column(String(64))
    replaces: Mapped[str | None] = mapped_column(String(80), nullable=True)
    after_id: Mapped[int | None] = mapped_column(ForeignKey("delivery.id"), nullable=True)
    control_id: Mapped[str] = mapped_column(String(20), unique=True)
    # pending -> sent (awaiting an ACK, or to be retried) -> acknowledged | failed
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(TS)
    lease_until: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)
    ack_code: Mapped[str | None] = mapped_column(String(2), nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(TS)
    sent_at: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)
    done_at: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)


class Correction(Base):
    """A filed document corrected by a supervisor: saved first (state applying), carried out
    (write-once objects, a manifest revision), then done with its EHR messages queued."""

    __tablename__ = "correction"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(String(80), unique=True)
    new_document_id: Mapped[str] = mapped_column(String(80), unique=True)
    batch_id: Mapped[str] = mapped_column(String(64))
    to_mrn: Mapped[str | None] = mapped_column(String(32), nullable=True)
    to_type: Mapped[str | None] = mapped_column(String(64), nullable=True)
    reason: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))
    requested_by: Mapped[str] = mapped_column(String(64))
    requested_at: Mapped[dt.datetime] = mapped_column(TS)
    done_at: Mapped[dt.datetime | None] = mapped_column(TS, nullable=True)
