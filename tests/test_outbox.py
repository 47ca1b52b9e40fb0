"""The EHR outbox and its worker against a real MLLP listener (hl7apy's MLLPServer): what an ACK
AA, AE or AR, a dropped connection and a slow receiver do to a message's state, and the property
that a worker killed at any point, restarted as often as it takes, leaves exactly one accepted
message per document at the receiver."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import socket
import ssl
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from appdb import outbox
from appdb.database import engine_for
from appdb.tables import Delivery
from classifiers.taxonomy import Taxonomy
from config.settings import load_settings
from flows.ledger import Ledger
from pipeline.models import Document
from pipeline.storage import filing, keys
from pipeline.storage.store import LocalStore
from tests.review_fixtures import drop_postgres, postgres_url
from tests.test_delivery import _Receiver, listener

TAXONOMY = Taxonomy.load()
BATCH = "b" + "5" * 24
PATIENTS = "mrn,family,given,dob,sex\n4820113,O'Brien-Smith,Ana,1957-03-02,F\n"
TYPES = ["discharge_summary", "progress_note", "operative_note", "registration_form"]


class World:
    """An app database, a store holding filed documents' DocumentReferences, the batch in the
    ledger and its patient index: what a filed batch leaves for the worker."""

    def __init__(
        self, root: Path, port: int, documents=3, pdf_bytes=0, db_url: str | None = None, **ehr
    ):
        self.pdf_bytes = pdf_bytes
        root.mkdir(parents=True, exist_ok=True)
        self.settings = load_settings(
            {
                "database": {"url": db_url or f"sqlite:///{root / 'app.db'}"},
                "ehr": {
                    "host": "127.0.0.1",
                    "port": port,
                    "timeout_seconds": 2,
                    "retry_delays_seconds": [0],
                    "lease_seconds": 0,
                    **ehr,
                },
            }
        )
        self.engine = engine_for(self.settings.database.resolved_url)
        self.store = LocalStore(root / "store")
        patients = root / "patients.csv"
        patients.write_text(PATIENTS)
        Ledger(self.settings.database.resolved_url).claim(BATCH, "", str(patients), self.store.url)
        self.ids = []
        for n in range(documents):
            doc = Document(
                document_id=keys.document_id(BATCH, 3 * n),
                packet=0,
                mrn="4820113",
                encounter="V778" if n == 0 else None,
                document_type=TYPES[n % len(TYPES)],
                loinc=TAXONOMY.loinc(TYPES[n % len(TYPES)]),
                pages=[3 * n, 3 * n + 1],
            )
            self.file(doc)
            self.ids.append(doc.document_id)
        with Session(self.engine) as s, s.begin():
            outbox.queue(s, [outbox.Outgoing(d) for d in self.ids])

    def file(self, doc: Document) -> None:
        pdf = b"%PDF-1.7 " + doc.document_id.encode() + os.urandom(self.pdf_bytes)
        pdf_key, meta_key = keys.document_keys(BATCH, doc.document_id)
        self.store.put_once(pdf_key, pdf, "application/pdf")
        meta = filing.document_reference(
            doc, BATCH, TAXONOMY, self.settings, pdf, self.store.uri(pdf_key),
            "2026-11-30T09:00:00+00:00", "model-1",
        )  # fmt: skip
        self.store.put_once(meta_key, json.dumps(meta).encode(), "application/fhir+json")

    def rows(self) -> list[Delivery]:
        with Session(self.engine) as s:
            return list(s.scalars(select(Delivery).order_by(Delivery.id)))


@pytest.fixture
def receiver():
    r = _Receiver()
    with listener(r) as port:
        r.port = port
        yield r


def test_each_queued_document_is_acknowledged_once_with_the_right_message(tmp_path, receiver):
    world = World(tmp_path, receiver.port, documents=4)
    done = outbox.Worker(world.engine, world.settings).run_once()
    assert (done.acknowledged, done.retrying, done.failed) == (4, 0, 0)
    assert {d: len(c) for (_, d), c in receiver.effective().items()} == dict.fromkeys(world.ids, 1)
    rows = world.rows()
    assert {r.state for r in rows} == {"acknowledged"} and all(r.ack_code == "AA" for r in rows)
    by_doc = {m.txa.txa_12.value: m for m in receiver.received}
    assert by_doc[world.ids[0]].txa.txa_2.value == "DS"
    assert by_doc[world.ids[3]].txa.txa_2.value == "REG-FACE"  # no LOINC: the local code
    assert by_doc[world.ids[0]].pid.pid_3.value == "4820113^^^MRN^MR"
    # A second pass sends nothing: acknowledged is final.
    assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 0
    assert len(receiver.received) == 4
    # Queuing the same documents again (a step repeated after a crash) adds nothing.
    with Session(world.engine) as s, s.begin():
        outbox.queue(s, [outbox.Outgoing(d) for d in world.ids])
    assert len(world.rows()) == 4


def test_ae_is_retried_with_the_same_control_id_and_ar_fails(tmp_path, receiver):
    world = World(tmp_path, receiver.port, documents=1)
    receiver.code = "AE"
    done = outbox.Worker(world.engine, world.settings).run_once()
    assert (done.acknowledged, done.retrying) == (0, 1)
    [row] = world.rows()
    assert (row.state, row.ack_code, row.attempts) == ("sent", "AE", 1)
    receiver.code = "AA"
    assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 1
    first, second = (m.msh.msh_10.value for m in receiver.received)
    assert first == second == row.control_id  # the resend is the same message

    other = World(tmp_path / "ar", receiver.port, documents=1)
    receiver.code = "AR"
    assert outbox.Worker(other.engine, other.settings).run_once().failed == 1
    [row] = other.rows()
    assert (row.state, row.ack_code) == ("failed", "AR")
    assert outbox.counts(other.engine) == {"pending": 0, "sent": 0, "acknowledged": 0, "failed": 1}
    receiver.code = "AA"
    assert outbox.retry_failed(other.engine) == 1
    assert outbox.Worker(other.engine, other.settings).run_once().acknowledged == 1


def test_a_drop_or_a_slow_receiver_is_retried_and_the_pass_stops_there(tmp_path, receiver):
    world = World(tmp_path, receiver.port, documents=3)
    receiver.drop = True
    done = outbox.Worker(world.engine, world.settings).run_once()
    assert done.stopped_early and (done.acknowledged, done.retrying) == (0, 1)
    assert [r.state for r in world.rows()] == ["sent", "pending", "pending"]
    assert "closed the connection" in world.rows()[0].last_error
    receiver.drop, receiver.delay = False, 3  # longer than timeout_seconds (2)
    done = outbox.Worker(world.engine, world.settings).run_once()
    assert done.stopped_early and "no ACK" in world.rows()[0].last_error
    receiver.delay = 0
    assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 3
    # The slow receiver had accepted the message it answered late: the resend is recognised.
    assert {d: len(c) for (_, d), c in receiver.effective().items()} == dict.fromkeys(world.ids, 1)


def _self_signed(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key (PEM files)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test EHR receiver")])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


def test_over_tls_the_receiver_is_checked_and_the_message_arrives(tmp_path):
    """ehr.tls: the receiver's certificate is checked against ehr.tls_ca_file; a receiver the
    CA does not vouch for gets nothing, and the message waits for a retry."""
    cert, key = _self_signed(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    receiver = _Receiver()
    with listener(receiver, tls=server_tls) as port:
        (tmp_path / "stranger").mkdir()
        stranger_ca, _ = _self_signed(tmp_path / "stranger")
        wrong = World(tmp_path / "wrong", port, documents=1, tls=True, tls_ca_file=str(stranger_ca))
        done = outbox.Worker(wrong.engine, wrong.settings).run_once()
        assert done.stopped_early and "SSLCertVerificationError" in wrong.rows()[0].last_error
        assert receiver.received == []
        world = World(tmp_path / "right", port, documents=2, tls=True, tls_ca_file=str(cert))
        assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 2
    assert [m.txa.txa_12.value for m in receiver.received] == world.ids


def test_the_worker_on_postgresql(tmp_path, receiver):
    """The claim (FOR UPDATE SKIP LOCKED, a row waiting for the one before it) on PostgreSQL."""
    url = postgres_url()
    try:
        world = World(tmp_path, receiver.port, documents=3, db_url=url)
        with Session(world.engine) as s, s.begin():  # a correction: T11 then T02, chained
            cancel = outbox.Outgoing(world.ids[0], "T11")
            replace = outbox.Outgoing(world.ids[1], "T10", replaces=world.ids[0])
            outbox.queue(s, [cancel, replace])
        filing.mark_entered_in_error(world.store, world.ids[0], "wrong_patient")
        assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 5
        events = [(m.msh.msh_9.msh_9_2.value, m.txa.txa_12.value) for m in receiver.received]
        assert events.index(("T11", world.ids[0])) > events.index(("T02", world.ids[0]))
        assert events.index(("T10", world.ids[1])) > events.index(("T11", world.ids[0]))
    finally:
        drop_postgres(url)


def test_embedded_content_carries_the_pdf_itself(tmp_path, receiver):
    """ehr.content: embedded puts the filed PDF in OBX-5 as ED, base64; the listener validates
    the message's structure and gets the stored bytes back. (hl7apy's listener reads a byte at
    a time, in time quadratic in the message's length: the PDF here is 50 kB.)"""
    world = World(
        tmp_path, receiver.port, documents=1, pdf_bytes=50_000, content="embedded",
        timeout_seconds=20,
    )  # fmt: skip
    assert outbox.Worker(world.engine, world.settings).run_once().acknowledged == 1
    [msg] = receiver.received
    obx = msg.mdm_t02_obxnte_suppgrp.obx
    assert obx.obx_2.value == "ED"
    source, kind, subtype, encoding, data = obx.obx_5.value.split("^")
    assert (source, kind, subtype, encoding) == ("DIGITIZE", "AP", "PDF", "Base64")
    pdf_key = keys.keys_of_document(world.ids[0])[0]
    assert base64.b64decode(data) == world.store.get(pdf_key)


def test_a_message_that_cannot_be_built_waits_and_says_why_without_phi(tmp_path, receiver):
    """The patient left the index, or the index holds a value HL7 cannot carry: the row is
    retried later and its reason (shown on the dashboard) quotes no patient data."""
    world = World(tmp_path, receiver.port, documents=1)
    patients = Path(world.settings.database.url.removeprefix("sqlite:///")).parent / "patients.csv"
    patients.write_text("mrn,family,given,dob,sex\n9999999,Other,Person,1970-01-01,M\n")
    assert outbox.Worker(world.engine, world.settings).run_once().retrying == 1
    [row] = world.rows()
    assert (
        row.last_error == "message not built (the patient index no longer holds the "
        "document's patient)"
    )
    long_name = "Vandenberghe-Oyelaran" * 12  # longer than PID-5 may hold
    patients.write_text(f"mrn,family,given,dob,sex\n4820113,{long_name},Ana,1957-03-02,F\n")
    outbox.Worker(world.engine, world.settings).run_once()
    [row] = world.rows()
    assert row.state == "pending" and row.last_error.startswith("message not built (")
    assert "Vandenberghe" not in row.last_error and receiver.received == []


def test_a_message_is_failed_after_max_attempts(tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    world = World(tmp_path, port, documents=1, max_attempts=2)
    assert outbox.Worker(world.engine, world.settings).run_once().retrying == 1
    assert outbox.Worker(world.engine, world.settings).run_once().failed == 1
    [row] = world.rows()
    assert row.state == "failed" and "gave up after 2 sends" in row.last_error


@pytest.fixture(scope="module")
def shared_receiver():
    r = _Receiver()
    with listener(r) as port:
        r.port = port
        yield r


KILL = st.tuples(st.sampled_from(outbox.KILL_POINTS), st.integers(0, 3))


def _killer(point: str | None, nth: int):
    """A kill-point hook that stops the worker the nth time it reaches `point`."""
    seen = {"n": 0}

    def kill(at: str) -> None:
        if at == point:
            if seen["n"] == nth:
                raise outbox.Killed(at)
            seen["n"] += 1

    return kill


@given(kills=st.lists(KILL, max_size=6))
@hsettings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
def test_a_worker_killed_anywhere_still_delivers_each_document_exactly_once(shared_receiver, kills):
    """Each kill stops a worker at a kill point (the n-th time it gets there); a new worker
    takes over. However the kills fall, every document ends acknowledged, and the receiver has
    accepted exactly one message for each: resends carry the control id it knows."""
    receiver = shared_receiver
    receiver.received.clear()
    receiver.accepted.clear()
    with tempfile.TemporaryDirectory() as root:
        world = World(Path(root), receiver.port, documents=3)
        plan = list(kills)
        for _ in range(len(plan) + 5):
            kill = _killer(*(plan.pop(0) if plan else (None, 0)))
            try:
                outbox.Worker(world.engine, world.settings, kill_point=kill).run_once()
            except outbox.Killed:
                continue
            if all(r.state == "acknowledged" for r in world.rows()) and not plan:
                break
        assert [r.state for r in world.rows()] == ["acknowledged"] * 3
        effective = receiver.effective()
        assert {d: len(c) for (_, d), c in effective.items()} == dict.fromkeys(world.ids, 1)
        controls = {r.document_id: r.control_id for r in world.rows()}
        assert {d: c[0] for (_, d), c in effective.items()} == controls
