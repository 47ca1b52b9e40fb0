"""MDM^T02 for filed documents, sent over MLLP to a real listener from a maintained HL7 library
(hl7apy's MLLPServer), which parses each message with v2.5.1 structure validation and answers
with an ACK; and the failures a sender must tell apart (AE, a dropped connection, a slow
receiver)."""

from __future__ import annotations

import datetime as dt
import json
import socket
import ssl
import threading
import time
from contextlib import contextmanager

import pytest
from hl7apy.core import Message
from hl7apy.mllp import AbstractHandler, MLLPServer

from classifiers.taxonomy import Taxonomy
from config.settings import load_settings
from pipeline.decisions.patients import Patient
from pipeline.delivery import mdm, mllp
from pipeline.models import Document
from pipeline.storage import filing, keys
from pipeline.storage.store import LocalStore

TAXONOMY = Taxonomy.load()
ENDS = mdm.Endpoints("DIGITIZE", "HIM", "EHR", "GENERAL", "GEN-HOSP")
PATIENT = Patient(mrn="4820113", family="O'Brien-Smith", given="Ana", dob="1957-03-02", sex="F")
NOW = dt.datetime(2026, 11, 30, 14, 0, tzinfo=dt.UTC)


def _docref(tmp_path, doc_type="discharge_summary") -> dict:
    store = LocalStore(tmp_path / "store")
    doc = Document(
        document_id=keys.document_id("b" + "3" * 20, 4),
        packet=0,
        mrn=PATIENT.mrn,
        encounter="V778",
        document_type=doc_type,
        loinc=TAXONOMY.loinc(doc_type),
        pages=[4, 5],
    )
    pdf = b"%PDF-1.7 stand-in"
    meta = filing.document_reference(
        doc, "b" + "3" * 20, TAXONOMY, load_settings(), pdf, store.uri("documents/x.pdf"),
        "2026-11-30T13:59:00+00:00", "model-1",
    )  # fmt: skip
    return json.loads(json.dumps(meta))


class _Receiver:
    """What the listener got, parsed and validated, and how it answers. Like an EHR's interface
    engine, it takes a message whose control id it has accepted before as a resend: answered
    AA again, not filed again (`accepted` holds each control id's first accepted message)."""

    def __init__(self, code="AA", delay=0.0, drop=False):
        self.code, self.delay, self.drop = code, delay, drop
        self.received: list = []
        self.accepted: dict = {}
        self.lock = threading.Lock()

    def effective(self) -> dict[tuple[str, str], list[str]]:
        """(event, document id) -> the control ids accepted for it: one each is exactly once."""
        out: dict = {}
        for control_id, m in self.accepted.items():
            key = (m.msh.msh_9.msh_9_2.value, m.txa.txa_12.value)
            out.setdefault(key, []).append(control_id)
        return out


def _handler_for(receiver: _Receiver):
    class Handler(AbstractHandler):
        def reply(self):
            msg = mdm.parse(self.incoming_message)  # raises on a structure error: no ACK
            code = receiver.code
            with receiver.lock:
                receiver.received.append(msg)
                if code == "AA":
                    receiver.accepted.setdefault(msg.msh.msh_10.value, msg)
            if receiver.drop:
                raise ConnectionAbortedError("dropped")  # the server closes without an ACK
            time.sleep(receiver.delay)
            ack = Message("ACK", version=mdm.VERSION)
            ack.msh.msh_9 = "ACK^T02^ACK"
            ack.msh.msh_10 = "A" + msg.msh.msh_10.value
            ack.msa.msa_1 = code
            ack.msa.msa_2 = msg.msh.msh_10.value
            return ack.to_mllp()

    return Handler


class _TlsServer(MLLPServer):
    """hl7apy's MLLP server with each accepted connection wrapped in TLS."""

    tls: ssl.SSLContext

    def get_request(self):
        sock, address = self.socket.accept()
        return self.tls.wrap_socket(sock, server_side=True), address


@contextmanager
def listener(receiver: _Receiver, tls: ssl.SSLContext | None = None):
    """hl7apy's MLLPServer on a free loopback port (over TLS with `tls`), answering with the
    receiver's rules; yields the port."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    handler = _handler_for(receiver)
    kinds = ("MDM^T02^MDM_T02", "MDM^T10^MDM_T02", "MDM^T11^MDM_T01", "MDM^T02")
    server_class = MLLPServer
    if tls is not None:
        server_class = type("Tls", (_TlsServer,), {"tls": tls})
    server = server_class("127.0.0.1", port, {k: (handler,) for k in kinds}, timeout=10)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        server.shutdown()
        server.server_close()


def test_a_filed_document_reaches_the_listener_once_valid_and_right(tmp_path):
    docref = _docref(tmp_path)
    er7 = mdm.message("T02", docref, PATIENT, "D000000042", ENDS, "DS", NOW)
    receiver = _Receiver()
    with listener(receiver) as port:
        ack = mllp.send(er7, "127.0.0.1", port, timeout=10)
    assert ack == mllp.Ack("AA", "D000000042", "")
    (msg,) = receiver.received
    assert msg.pid.pid_3.value == "4820113^^^GEN-HOSP^MR"
    assert msg.pid.pid_5.value == "O'Brien-Smith^Ana"
    assert msg.txa.txa_12.value == docref["masterIdentifier"]["value"]
    assert msg.txa.txa_2.value == "DS" and msg.txa.txa_17.value == "DO"
    assert msg.pv1.pv1_19.value == "V778"
    assert msg.mdm_t02_obxnte_suppgrp.obx.obx_2.value == "RP"  # a pointer to the archived PDF
    assert docref["content"][0]["attachment"]["url"] in msg.to_er7()


def test_txa_2_is_table_0270_then_loinc_then_a_local_code():
    assert mdm.txa_type("discharge_summary", "18842-5") == "DS"
    assert mdm.txa_type("discharge_instructions", "8653-8") == "8653-8"
    assert mdm.txa_type("registration_form", None) == "REGISTRATION_FORM"
    assert mdm.txa_type("progress_note", "11506-3", {"progress_note": "PR"}) == "PR"


def test_a_message_for_another_patient_is_refused(tmp_path):
    other = Patient(mrn="7700001", family="Doe", given="J", dob="1990-01-01", sex="M")
    with pytest.raises(ValueError, match="not the document's patient"):
        mdm.message("T02", _docref(tmp_path), other, "D1", ENDS, "DS", NOW)


def test_an_application_error_comes_back_as_ae(tmp_path):
    er7 = mdm.message("T02", _docref(tmp_path), PATIENT, "D2", ENDS, "DS", NOW)
    with listener(_Receiver(code="AE")) as port:
        assert mllp.send(er7, "127.0.0.1", port, timeout=10).code == "AE"


def test_a_dropped_connection_and_a_slow_receiver_are_delivery_errors(tmp_path):
    er7 = mdm.message("T02", _docref(tmp_path), PATIENT, "D3", ENDS, "DS", NOW)
    dropped = _Receiver(drop=True)
    with listener(dropped) as port, pytest.raises(mllp.DeliveryError, match="closed"):
        mllp.send(er7, "127.0.0.1", port, timeout=10)
    assert len(dropped.received) == 1  # it arrived: a resend carries the same control id
    with listener(_Receiver(delay=3)) as port, pytest.raises(mllp.DeliveryError, match="no ACK"):
        mllp.send(er7, "127.0.0.1", port, timeout=1)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        free = s.getsockname()[1]
    with pytest.raises(mllp.DeliveryError, match="connection failed"):
        mllp.send(er7, "127.0.0.1", free, timeout=2)
