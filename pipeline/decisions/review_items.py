"""Pages in review -> review items. An item is a run of flagged pages the pipeline would have
filed as one document (same packet, same proposed document), so a reviewer decides a document at
a time, not a page at a time. Each item keeps why it is in review, the top document types and
the index patients the pages point to. Pure: no database, no store."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline import models as m
from pipeline.decisions.identity import identified_patients, within_one_edit
from pipeline.decisions.packets import Packet
from pipeline.decisions.patients import PatientIndex
from pipeline.pages.coversheet import PrintedIdentity

# Reasons that put the packet's own patient in doubt: a reviewer must name the patient.
PATIENT_DOUBT = {
    m.NO_COVER_SHEET,
    m.UNKNOWN_PATIENT,
    m.IDENTITY_CONFLICT,
    m.DOB_MISMATCH,
    m.UNREADABLE_BARCODE,
    m.PACKET_BOUNDARY_DOUBT,
}
MAX_CANDIDATES = 5
LOW_WORD_CONFIDENCE = 60.0  # words below this are marked for the reviewer


@dataclass
class ReviewPageProposal:
    index: int
    role: str
    reasons: list[str]
    text: str
    words: list[list]  # [text, confidence, line] per word


@dataclass
class ReviewItemProposal:
    packet: int | None
    pages: list[ReviewPageProposal]
    reasons: list[str]
    type_suggestions: list[tuple[str, float]]
    candidates: list[dict] = field(default_factory=list)  # {"mrn", "why"}; why holds no PHI
    patient_mrn: str | None = None  # the packet's verified patient, when nothing doubts it
    encounter: str | None = None

    @property
    def first_page(self) -> int:
        return self.pages[0].index


def build(
    decisions: list[m.PageDecision],
    packets: list[Packet],
    analyses: list[m.PageAnalysis],
    index: PatientIndex,
    mrn_pattern: str,
) -> list[ReviewItemProposal]:
    by_packet = {p.number: p for p in packets}
    items: list[ReviewItemProposal] = []
    runs: list[list[m.PageDecision]] = []
    previous: m.PageDecision | None = None
    for d in decisions:
        if d.status != "review":
            # A blank back inside a document does not break the run; anything else does.
            if d.role != "blank":
                previous = None
            continue
        if previous is None or not _same_document(previous, d):
            runs.append([])
        runs[-1].append(d)
        previous = d
    for run in runs:
        packet = by_packet.get(run[0].packet) if run[0].packet is not None else None
        items.append(_item(run, packet, analyses, index, mrn_pattern))
    return items


def _same_document(a: m.PageDecision, b: m.PageDecision) -> bool:
    if a.packet != b.packet:
        return False
    # A sheet proven by its print alone is decided on its own (discarded as a separator or
    # filed as a page of the record), never swept into the document after it.
    if m.COVER_FROM_PRINT in a.review_reasons or m.COVER_FROM_PRINT in b.review_reasons:
        return False
    # A doubtful cover sheet joins the first document of its packet.
    return a.segment is None or b.segment is None or a.segment == b.segment


def _item(run, packet, analyses, index, mrn_pattern) -> ReviewItemProposal:
    reasons: list[str] = []
    for d in run:
        reasons += [r for r in d.review_reasons if r not in reasons]
    content = [d for d in run if d.role == "document"]
    suggestions = content[0].type_suggestions if content else []
    item = ReviewItemProposal(
        packet=run[0].packet,
        pages=[
            ReviewPageProposal(
                d.index,
                d.role,
                list(d.review_reasons),
                d.text,
                [[w.text, round(w.confidence, 1), w.line] for w in analyses[d.index].ocr.words],
            )
            for d in run
        ],
        reasons=reasons,
        type_suggestions=[(t, round(float(p), 4)) for t, p in suggestions],
    )
    if packet is not None and packet.patient is not None and not PATIENT_DOUBT & set(reasons):
        item.patient_mrn = packet.patient.mrn
    if packet is not None:
        item.encounter = packet.encounter
    item.candidates = candidates(run, packet, analyses, index, mrn_pattern)
    return item


def candidates(run, packet, analyses, index: PatientIndex, mrn_pattern: str) -> list[dict]:
    """Index patients the evidence points to, strongest first. Suggestions only: a reviewer
    still confirms two identifiers before a page is filed under anyone."""
    found: list[dict] = []

    def add(mrn: str | None, why: str) -> None:
        if mrn and index.get(mrn) and all(c["mrn"] != mrn for c in found):
            found.append({"mrn": mrn, "why": why})

    doubt = packet.doubt_from if packet is not None else None
    if doubt is not None and run[0].index >= doubt:
        # Whoever the page that broke the packet names is the likeliest owner of what follows.
        for p in identified_patients(analyses[doubt].ocr.text, index, mrn_pattern):
            add(p.mrn, f"named on page {doubt + 1}, where the doubt began")
    if packet is not None:
        if packet.patient is not None:
            add(packet.patient.mrn, "named by the cover sheet")
        cover = analyses[packet.cover_index] if packet.cover_index is not None else None
        if cover is not None and cover.cover is not None:
            add(cover.cover.mrn, "cover sheet MRN (birth date differs)")
            for p in index:
                if within_one_edit(p.mrn, cover.cover.mrn):
                    add(p.mrn, "MRN one character from the cover sheet's")
        printed = cover.printed if cover is not None else None
        if isinstance(printed, PrintedIdentity):
            add(printed.mrn, "MRN printed on the cover sheet")
            if printed.dob:
                for p in index.born_on(printed.dob):
                    if printed.family and p.family.upper() == printed.family.upper():
                        add(p.mrn, "name and birth date printed on the cover sheet")
    for d in run:
        for p in identified_patients(d.text, index, mrn_pattern):
            add(p.mrn, f"named on page {d.index + 1}")
    return found[:MAX_CANDIDATES]
