"""Pages -> packets. A cover sheet starts a packet and names its patient; every other page is
checked against that patient. Doubt of any kind sends the page to review, never to a chart.
A page that names another patient puts the packet boundary itself in doubt: nothing proves
whose pages follow it, so every later page goes to review up to the next verified cover
sheet, even one that shows this packet's own MRN (packets run together look just like that).
A page is discarded as a separator only when the site's code proves it is one. A cover sheet
proven by its print alone proves less (a page of another patient's record can look like one):
the pages after it are filed only where they name the patient themselves."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import models as m
from pipeline.decisions.identity import check_page, identified_patients, printed_patient
from pipeline.decisions.patients import Patient, PatientIndex


@dataclass
class Packet:
    number: int
    cover_index: int | None
    patient: Patient | None
    encounter: str | None
    reasons: list[str]
    confidence: float
    identity_source: str | None = None  # "barcode" or "printed"
    symbology: str | None = None
    pages: list[int] = field(default_factory=list)
    doubt_from: int | None = None  # the page that put the packet boundary in doubt


def open_packet(number: int, a: m.PageAnalysis, index: PatientIndex, mrn_pattern: str) -> Packet:
    """Decide who a cover sheet names, and how sure we are."""
    packet = Packet(number, a.index, None, None, [], 0.0)
    if a.cover_conflict:
        packet.reasons = [m.IDENTITY_CONFLICT]
        return packet
    if a.cover is not None:
        c = a.cover
        packet.symbology, packet.identity_source, packet.encounter = c.symbology, "barcode", c.enc
        patient = index.get(c.mrn)
        if patient is None:
            packet.reasons = [m.UNKNOWN_PATIENT]
        elif c.dob and c.dob != patient.dob:
            packet.reasons = [m.DOB_MISMATCH]
        elif check_page(a.ocr.text, patient, index, mrn_pattern).conflict:
            packet.reasons = [m.IDENTITY_CONFLICT]  # the sheet's print and code disagree
        else:
            packet.patient = patient
            packet.confidence = 1.0 if c.dob else 0.95
        return packet
    # A cover sheet whose code cannot be read: only all three printed identifiers will do.
    patient = printed_patient(a.ocr.text, index, mrn_pattern)
    if patient is not None:
        packet.patient, packet.confidence, packet.identity_source = patient, 0.9, "printed"
        return packet
    packet.reasons = [m.UNREADABLE_BARCODE]
    return packet


def assign(
    analyses: list[m.PageAnalysis],
    index: PatientIndex,
    mrn_pattern: str,
    min_ocr_confidence: float,
) -> tuple[list[m.PageDecision], list[Packet]]:
    """Each page's role and status, and the packets."""
    decisions: list[m.PageDecision] = []
    packets: list[Packet] = []
    current: Packet | None = None
    for a in analyses:
        conf = {"patient": 0.0, "type": 0.0, "ocr": round(a.ocr.mean_confidence / 100.0, 3)}
        d = m.PageDecision(
            index=a.index,
            role="document",
            status="review",
            packet=None,
            mrn=None,
            document_type=None,
            document_id=None,
            rotation=a.rotation,
            confidence=conf,
            text=a.ocr.text,
        )
        decisions.append(d)
        if a.error:
            d.packet = current.number if current else None
            d.review_reasons = [a.error]
            continue
        if a.cover is not None or a.cover_like:
            current = open_packet(len(packets), a, index, mrn_pattern)
            packets.append(current)
            current.pages.append(a.index)
            d.role, d.packet = "cover", current.number
            _apply_packet(d, current)
            if current.reasons:
                continue
            if current.identity_source == "barcode":
                d.status, d.discard_reason = "discarded", "separator"
            else:
                # Only the site's code proves a sheet is nothing but a separator; on print
                # alone the page could be a page of the record, which must never be lost.
                d.review_reasons = [m.COVER_FROM_PRINT]
            continue
        if a.blank:
            d.role, d.status, d.discard_reason = "blank", "discarded", "blank"
            d.packet = current.number if current else None
            if current:
                current.pages.append(a.index)
            continue
        if current is None:
            d.review_reasons = [m.NO_COVER_SHEET]
            continue
        current.pages.append(a.index)
        d.packet = current.number
        _apply_packet(d, current)
        if current.reasons:
            continue
        if current.doubt_from is not None:
            d.review_reasons = [m.PACKET_BOUNDARY_DOUBT]
            d.mrn, d.confidence["patient"] = None, 0.0
            continue
        check = check_page(a.ocr.text, current.patient, index, mrn_pattern)
        if check.conflict:
            d.review_reasons = [m.IDENTITY_CONFLICT]
            d.mrn, d.confidence["patient"] = None, 0.0
            current.doubt_from = a.index
        elif current.identity_source == "printed" and not _names(
            a, current.patient, index, mrn_pattern
        ):
            # The sheet that opened this packet was proven by its print alone, and a page of
            # another patient's record can look like such a sheet: a page that does not name
            # the patient itself is not proven to be theirs.
            d.review_reasons = [m.UNREADABLE_BARCODE]
            d.mrn, d.confidence["patient"] = None, 0.0
        elif a.ocr.mean_confidence < min_ocr_confidence:
            d.review_reasons = [m.LOW_OCR_CONFIDENCE]
        else:
            d.status = "filed"
    return decisions, packets


def _names(a: m.PageAnalysis, patient: Patient, index: PatientIndex, mrn_pattern: str) -> bool:
    return patient in identified_patients(a.ocr.text, index, mrn_pattern)


def _apply_packet(d: m.PageDecision, packet: Packet) -> None:
    d.review_reasons = list(packet.reasons)
    if packet.patient is not None:
        d.mrn = packet.patient.mrn
        d.confidence["patient"] = packet.confidence
