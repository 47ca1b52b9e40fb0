"""The EHR outbox: every filed document, and every correction, becomes one row per HL7 message,
written in the same transaction that makes the filing visible (a batch's items opened, a review
decision or a correction marked done), and a worker that sends the rows over MLLP.

Exactly once, as the receiver sees it: a row's control id (MSH-10) is fixed when the row is
written and the message is rebuilt the same way for every resend, so a worker killed anywhere,
even between the send and its ACK, sends the same message again and the receiver recognises it.
Filing never waits for the EHR: the worker runs on its own (`digitize deliver`, the deliver
flow). Rows name documents and states only; the message, which names the patient, is built
when it is sent and never kept."""

from __future__ import annotations

import datetime as dt
import json
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine, and_, exists, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from appdb.tables import BatchRow, Delivery, aware, now
from classifiers.taxonomy import Taxonomy
from config.settings import Settings
from pipeline.decisions.patients import PatientIndex
from pipeline.delivery import mdm, mllp
from pipeline.storage import keys
from pipeline.storage.store import Stores

PENDING, SENT, ACKNOWLEDGED, FAILED = "pending", "sent", "acknowledged", "failed"
STATES = (PENDING, SENT, ACKNOWLEDGED, FAILED)
# Where a worker may be stopped (the kill-point tests): after it took a row, after it marked it
# sent, once the whole message is out, and once the ACK is in.
KILL_POINTS = ("claimed", "marked", "sent", "acked")


@dataclass(frozen=True)
class Outgoing:
    """One message to queue: the document it is about and the event (T02, T10, T11)."""

    document_id: str
    event: str = "T02"
    replaces: str | None = None  # T10: the document this one replaces (TXA-13)


def queue(s: Session, messages: list[Outgoing]) -> None:
    """Add the messages not queued yet, in the caller's transaction (idempotent: a step repeated
    after a crash adds nothing twice). Each message waits until the one before it is
    acknowledged: a correction's T11 reaches the EHR before the T02 that refiles, and the first
    message waits for the last one about the document it cancels or replaces."""
    first = messages[0] if messages else None
    earlier = first and (first.replaces or (first.document_id if first.event == "T11" else None))
    previous: Delivery | None = None
    if earlier:
        previous = s.scalar(
            select(Delivery)
            .where(Delivery.document_id == earlier)
            .order_by(Delivery.id.desc())
            .limit(1)
        )
    for m in messages:
        if m.event not in mdm.EVENTS:
            raise ValueError(f"unknown MDM event {m.event!r}")
        row = s.scalar(
            select(Delivery).where(Delivery.document_id == m.document_id, Delivery.event == m.event)
        )
        if row is None:
            at = now()
            row = Delivery(
                document_id=m.document_id,
                event=m.event,
                batch_id=keys.batch_of_document(m.document_id),
                replaces=m.replaces,
                after_id=previous.id if previous is not None else None,
                control_id=keys.message_control_id(),
                state=PENDING,
                attempts=0,
                next_attempt_at=at,
                created_at=at,
            )
            s.add(row)
            s.flush()
        previous = row


def counts(engine: Engine) -> dict[str, int]:
    """Messages by state (for the dashboard and the deliver flow's artifact: no PHI)."""
    with Session(engine) as s:
        found = dict(s.execute(select(Delivery.state, func.count()).group_by(Delivery.state)).all())
    return {state: found.get(state, 0) for state in STATES}


def due(engine: Engine) -> int:
    """Messages waiting to be sent now (a pass with none to send is not worth a flow run)."""
    with Session(engine) as s:
        return s.scalar(
            select(func.count()).where(
                Delivery.state.in_((PENDING, SENT)), Delivery.next_attempt_at <= now()
            )
        )


def rows(engine: Engine, states: tuple[str, ...] = STATES, limit: int = 200) -> list[Delivery]:
    """The newest messages in these states, for the dashboard."""
    with Session(engine, expire_on_commit=False) as s:
        q = select(Delivery).where(Delivery.state.in_(states)).order_by(Delivery.id.desc())
        return list(s.scalars(q.limit(limit)))


def retry_failed(engine: Engine) -> int:
    """Failed messages go back to the queue, with the same control ids."""
    with Session(engine) as s, s.begin():
        done = s.execute(
            update(Delivery)
            .where(Delivery.state == FAILED)
            .values(state=SENT, next_attempt_at=now(), lease_until=None)
        )
        return done.rowcount


class NotBuilt(Exception):
    """The message cannot be built now; the reason names no patient."""


class Killed(BaseException):
    """Raised by a kill-point hook in tests: the worker stops where it stands, as if killed."""


@dataclass
class Pass:
    """What one pass of the worker did."""

    acknowledged: int = 0
    retrying: int = 0
    failed: int = 0
    stopped_early: bool = False  # the receiver could not be reached: the rest wait


class Worker:
    """Sends due messages in queue order. A message is sent again, with the same control id,
    after a dropped connection, a timeout or an AE (by configuration), with growing pauses; an
    AR (by configuration), or max_attempts sends, ends in `failed`."""

    def __init__(
        self,
        engine: Engine,
        settings: Settings,
        kill_point: Callable[[str], None] | None = None,
    ):
        if not settings.ehr.host:
            raise ValueError("no EHR receiver is configured (ehr.host)")
        self.engine, self.settings, self.ehr = engine, settings, settings.ehr
        self.kill_point = kill_point or (lambda _point: None)
        self.taxonomy = Taxonomy.load()
        self.ends = mdm.Endpoints(
            self.ehr.sending_application,
            self.ehr.sending_facility,
            self.ehr.receiving_application,
            self.ehr.receiving_facility,
            self.ehr.assigning_authority,
        )
        self.tls = tls_context(settings) if self.ehr.tls else None
        self._store = Stores(settings.storage)

    # choosing ------------------------------------------------------------------------------
    def _claim(self) -> Delivery | None:
        at = now()
        lease = dt.timedelta(seconds=self.ehr.lease_seconds)
        before = aliased(Delivery)
        free = and_(
            Delivery.state.in_((PENDING, SENT)),
            Delivery.next_attempt_at <= at,
            or_(Delivery.lease_until.is_(None), Delivery.lease_until <= at),
            or_(
                Delivery.after_id.is_(None),
                exists().where(before.id == Delivery.after_id, before.state == ACKNOWLEDGED),
            ),
        )
        for _ in range(20):
            with Session(self.engine, expire_on_commit=False) as s, s.begin():
                q = select(Delivery.id).where(free).order_by(Delivery.id).limit(1)
                row_id = s.scalar(q.with_for_update(skip_locked=True, of=Delivery))
                if row_id is None:
                    return None
                taken = s.execute(
                    update(Delivery)
                    .where(Delivery.id == row_id, free)
                    .values(lease_until=at + lease)
                )
                if taken.rowcount == 1:
                    return s.get(Delivery, row_id, populate_existing=True)
        return None

    # one pass --------------------------------------------------------------------------------
    def run_once(self) -> Pass:
        """Send every message that is due now, once each."""
        done = Pass()
        seen: set[int] = set()
        while (row := self._claim()) is not None:
            if row.id in seen:  # retried within this pass only if its pause is zero
                self._release(row)
                break
            seen.add(row.id)
            self.kill_point("claimed")
            outcome = self._deliver(row)
            if outcome == ACKNOWLEDGED:
                done.acknowledged += 1
            elif outcome == FAILED:
                done.failed += 1
            else:
                done.retrying += 1
                if outcome == "unreachable":
                    done.stopped_early = True
                    break
        return done

    def _set(self, row: Delivery, **values) -> None:
        """One committed change to the row (each step of a send is its own transaction, so a
        worker killed between two steps leaves the last one recorded)."""
        with Session(self.engine) as s, s.begin():
            s.execute(update(Delivery).where(Delivery.id == row.id).values(**values))

    def _release(self, row: Delivery) -> None:
        self._set(row, lease_until=None)

    def _deliver(self, row: Delivery) -> str:
        try:
            er7 = self.build(row)
        except Exception as exc:  # the document or its patient cannot be read now
            row.attempts += 1
            return self._retry(row, f"message not built ({_describe(exc)})")
        row.attempts += 1
        self._set(row, state=SENT, attempts=row.attempts, sent_at=now())
        self.kill_point("marked")
        try:
            ack = mllp.send(
                er7,
                self.ehr.host,
                self.ehr.port,
                self.ehr.timeout_seconds,
                self.tls,
                after_send=lambda: self.kill_point("sent"),
            )
        except mllp.DeliveryError as exc:
            outcome = self._retry(row, str(exc))
            return FAILED if outcome == FAILED else "unreachable"
        self.kill_point("acked")
        if ack.control_id != row.control_id:
            return self._retry(row, "the ACK names another message")
        if ack.code in ("AA", "CA"):
            self._set(
                row,
                state=ACKNOWLEDGED,
                ack_code=ack.code,
                done_at=now(),
                lease_until=None,
                last_error=None,
            )
            return ACKNOWLEDGED
        rule = self.ehr.on_reject if ack.code in ("AR", "CR") else self.ehr.on_error
        why = f"the receiver answered {ack.code}"
        if rule == "fail":
            return self._fail(row, why, ack.code)
        return self._retry(row, why, ack_code=ack.code)

    def _retry(self, row: Delivery, why: str, ack_code: str | None = None) -> str:
        if row.attempts >= self.ehr.max_attempts:
            return self._fail(row, f"{why}; gave up after {row.attempts} sends", ack_code)
        delays = self.ehr.retry_delays_seconds
        pause = delays[min(max(row.attempts - 1, 0), len(delays) - 1)]
        self._set(
            row,
            next_attempt_at=now() + dt.timedelta(seconds=pause),
            attempts=row.attempts,
            lease_until=None,
            last_error=why[:200],
            ack_code=ack_code,
        )
        return SENT

    def _fail(self, row: Delivery, why: str, ack_code: str | None) -> str:
        self._set(
            row,
            state=FAILED,
            attempts=row.attempts,
            lease_until=None,
            last_error=why[:200],
            ack_code=ack_code,
            done_at=now(),
        )
        return FAILED

    # the message -----------------------------------------------------------------------------
    def build(self, row: Delivery) -> str:
        """The row's message, the same bytes on every resend: the document's DocumentReference
        (for a T11, its entered-in-error copy) from the store, the patient's name from the
        batch's patient index, and the time the row was queued."""
        with Session(self.engine) as s:
            batch = s.get(BatchRow, row.batch_id)
        if batch is None:
            raise NotBuilt("the document's batch is not in the ledger")
        store = self._store(batch.store)
        pdf_key, key = keys.keys_of_document(row.document_id)
        if row.event == "T11":
            key = keys.entered_in_error_key(row.document_id)
        docref = json.loads(store.get(key))
        embedded = self.ehr.content == "embedded" and row.event != "T11"
        mrn = docref["subject"]["identifier"]["value"]
        patient = PatientIndex.current(batch.patients).get(mrn)
        if patient is None:
            raise NotBuilt("the patient index no longer holds the document's patient")
        doc_type = self.taxonomy.key_of(docref.get("type", {}).get("coding", []))
        t = self.taxonomy.types[doc_type]
        code = mdm.txa_type(doc_type, t.loinc or t.local_code, self.ehr.txa_types)
        return mdm.message(
            row.event,
            docref,
            patient,
            row.control_id,
            self.ends,
            code,
            aware(row.created_at),
            parent=row.replaces if row.event == "T10" else None,
            pdf=store.get(pdf_key) if embedded else None,
        )


def tls_context(settings: Settings) -> ssl.SSLContext:
    """MLLP over TLS: the receiver's certificate checked against ehr.tls_ca_file (else the
    system's CAs), and this sender's certificate where the receiver asks for one."""
    ehr = settings.ehr
    ctx = ssl.create_default_context(cafile=str(ehr.tls_ca_file) if ehr.tls_ca_file else None)
    if ehr.tls_cert_file:
        ctx.load_cert_chain(str(ehr.tls_cert_file), str(ehr.tls_key_file))
    return ctx


def _describe(exc: Exception) -> str:
    """A reason without PHI, for the row and the dashboard: our own words, else only the kind
    of failure (a library's message may quote a value, such as a patient's name)."""
    return str(exc) if isinstance(exc, NotBuilt) else type(exc).__name__
