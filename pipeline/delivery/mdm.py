"""MDM messages for a filed document (T02 new, T10 replaced, T11 cancelled), built and checked
with hl7apy against HL7 v2.5.1's message structure, never by joining strings. Pure: the
DocumentReference and the patient index entry in, the ER7 message out."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass

from hl7apy.consts import VALIDATION_LEVEL
from hl7apy.core import Message
from hl7apy.exceptions import MaxLengthReached
from hl7apy.parser import parse_message

from pipeline.decisions.patients import Patient

VERSION = "2.5.1"


@dataclass(frozen=True)
class Endpoints:
    """Who sends and who receives (MSH-3 to MSH-6), and the MRN's assigning authority."""

    sending_application: str
    sending_facility: str
    receiving_application: str
    receiving_facility: str
    assigning_authority: str


# TXA-2 from the taxonomy: HL7 table 0270's code where it has one, else the type's LOINC (or
# local) code, else the taxonomy key in capitals (TXA-2 holds 20 characters): local codes the EHR's
# interface maps. A site overrides any of them.
TABLE_0270 = {
    "discharge_summary": "DS",
    "history_physical": "HP",
    "consult_note": "CN",
    "operative_note": "OP",
    "procedure_note": "PN",
    "imaging_report": "DI",
    "pathology_report": "SP",
    "ecg_report": "CD",
    "ed_note": "ED",
    "transfer_summary": "TS",
}


def txa_type(
    document_type: str | None, code: str | None, overrides: dict[str, str] | None = None
) -> str:
    key = document_type or "other"
    return (overrides or {}).get(key) or TABLE_0270.get(key) or code or key.upper()[:20]


def _ts(value: str | dt.datetime) -> str:
    when = dt.datetime.fromisoformat(value) if isinstance(value, str) else value
    return when.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")


def _escape(text: str) -> str:
    """HL7 escapes for the delimiters a value may hold (|^~\\&)."""
    out = text.replace("\\", "\\E\\").replace("|", "\\F\\").replace("^", "\\S\\")
    return out.replace("~", "\\R\\").replace("&", "\\T\\")


EVENTS = {
    # event: (message structure, what the receiver does)
    "T02": ("MDM_T02", "a new document, with its content"),
    "T10": ("MDM_T02", "a document that replaces an earlier one of the same patient"),
    "T11": ("MDM_T01", "an earlier document cancelled: entered in error"),
}


def message(
    event: str,
    docref: dict,
    patient: Patient,
    control_id: str,
    ends: Endpoints,
    txa_type: str,
    now: dt.datetime,
    parent: str | None = None,
    pdf: bytes | None = None,
) -> str:
    """One MDM message about one filed document. PID-3 is the MRN the document is filed under,
    with the configured assigning authority (no other identifier is made up); PID-5 the name the
    patient index holds for it. TXA-12 is the document id; for T10, TXA-13 the document it
    replaces. T02 and T10 carry OBX-5: a pointer (RP) to the archived PDF (the attachment's
    resolvable URL), or with `pdf` the PDF itself (ED, base64); T11 cancels a document and
    carries none."""
    if event not in EVENTS:
        raise ValueError(f"unknown MDM event {event!r}")
    if (event == "T10") != bool(parent):
        raise ValueError("a T10, and only a T10, names the document it replaces")
    mrn = docref["subject"]["identifier"]["value"]
    if mrn != patient.mrn:
        raise ValueError("the patient index entry is not the document's patient")
    structure = EVENTS[event][0]
    m = Message(structure, version=VERSION, validation_level=VALIDATION_LEVEL.STRICT)
    m.msh.msh_3 = _escape(ends.sending_application)
    m.msh.msh_4 = _escape(ends.sending_facility)
    m.msh.msh_5 = _escape(ends.receiving_application)
    m.msh.msh_6 = _escape(ends.receiving_facility)
    m.msh.msh_7 = _ts(now)
    m.msh.msh_9 = f"MDM^{event}^{structure}"
    m.msh.msh_10 = control_id
    m.msh.msh_11 = "P"
    m.msh.msh_12 = VERSION
    m.evn.evn_1 = event
    m.evn.evn_2 = _ts(now)
    m.pid.pid_3 = f"{_escape(mrn)}^^^{_escape(ends.assigning_authority)}^MR"
    m.pid.pid_5 = f"{_escape(patient.family)}^{_escape(patient.given)}"
    m.pv1.pv1_2 = "U"  # patient class unknown: a scanned record, not a visit
    encounter = (docref.get("context", {}).get("encounter") or [{}])[0]
    if encounter.get("identifier", {}).get("value"):
        m.pv1.pv1_19 = _escape(encounter["identifier"]["value"])
    m.txa.txa_1 = "1"
    m.txa.txa_2 = _escape(txa_type)
    m.txa.txa_3 = "AP"  # other application data: a PDF
    m.txa.txa_4 = _ts(docref["date"])
    m.txa.txa_12 = _escape(docref["masterIdentifier"]["value"])
    if parent:
        m.txa.txa_13 = _escape(parent)
    m.txa.txa_17 = "DO"  # documented: a scan of a record already signed on paper
    m.txa.txa_19 = "CA" if event == "T11" else "AV"  # table 0273: cancelled / available
    if structure == "MDM_T02":
        attachment = docref["content"][0]["attachment"]
        obx = m.add_group("MDM_T02_OBXNTE_SUPPGRP").obx
        obx.obx_1 = "1"
        title = _escape(attachment.get("title") or "Scanned document")
        obx.obx_3 = f"PDF^{title}"
        if pdf is None:
            obx.obx_2 = "RP"
            obx.obx_5 = f"{_escape(attachment['url'])}^{_escape(ends.sending_application)}^AP^PDF"
        else:
            obx.obx_2 = "ED"
            obx.obx_5 = f"{_escape(ends.sending_application)}^AP^PDF^Base64"
        obx.obx_11 = "F"
    m.validate()
    if pdf is None:
        return m.to_er7()
    return _with_ed_data(m.to_er7(), base64.b64encode(pdf).decode("ascii"))


def _with_ed_data(er7: str, data: str) -> str:
    """hl7apy's strict checks cap ED data at 199 characters, far below any PDF. So the message
    is validated strictly with the data left out, and the data is then set on a tolerant parse
    of it, whose structure is validated again. Base64 holds no HL7 delimiter."""
    msg = parse_message(er7.replace("\n", "\r"), validation_level=VALIDATION_LEVEL.TOLERANT)
    obx = msg.mdm_t02_obxnte_suppgrp.obx
    obx.obx_5 = f"{obx.obx_5.value}^{data}"
    msg.validate()
    return msg.to_er7()


def parse(er7: str):
    """A message as the receiving side reads it, with v2.5.1 validation: strict, except that a
    message carrying a PDF (OBX-2 ED) is read tolerantly (hl7apy caps ED data at 199
    characters) and its structure validated."""
    text = er7.replace("\n", "\r")
    try:
        msg = parse_message(text, validation_level=VALIDATION_LEVEL.STRICT)
    except MaxLengthReached:
        msg = parse_message(text, validation_level=VALIDATION_LEVEL.TOLERANT)
        if msg.mdm_t02_obxnte_suppgrp.obx.obx_2.value != "ED":
            raise
    msg.validate()
    return msg
