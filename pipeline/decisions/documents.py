"""Packets -> documents, typed. Within one patient's packet a page starts a new document when it
carries a title the site's taxonomy knows, says "Page 1 of n", or (with no page footer) the
classifier is sure it is a different kind of document. Each document gets one type: its pages'
calibrated distributions combined, a page of a few lines counting little; the most probable
type is chosen, and its confidence is the probability that it is a type the department accepts
for the document (a consult's counts the H&P's share, as either is right, and part of a
progress note's: how often, measured on the training labels, classifiers/model.py
estimate_acceptance). Whether it is filed without review is the routing's call
(classifiers/routing.py): its confidence must reach the threshold chosen for the site's error
target; text unlike anything the model trained on (a new template, a blank form, handwriting)
and a document whose pages disagree on their type go to review with the top three
suggestions."""

from __future__ import annotations

import numpy as np

from classifiers.model import DocTypeModel, Judgement
from classifiers.routing import Routing
from classifiers.taxonomy import Taxonomy, page_of
from pipeline import models as m
from pipeline.decisions.packets import Packet
from pipeline.storage import keys

# A page without title or footer starts a new document only on this much evidence.
SPLIT_MIN_PROB, SPLIT_MAX_HEAD_PROB = 0.95, 0.02


def _starts_document(
    text: str, row: np.ndarray, head: np.ndarray | None, taxonomy: Taxonomy
) -> bool:
    if head is None or taxonomy.title_of(text):
        return True
    pos = page_of(text)
    if pos is not None:
        return pos[0] == 1
    top = int(row.argmax())
    return row[top] >= SPLIT_MIN_PROB and head[top] <= SPLIT_MAX_HEAD_PROB


def group(
    decisions: list[m.PageDecision],
    packets: list[Packet],
    taxonomy: Taxonomy,
    model: DocTypeModel,
    batch_id: str,
    route: Routing,
) -> list[m.Document]:
    """Build documents from filed pages and set each page's document id and type."""
    by_index = {d.index: d for d in decisions}
    content = [d for d in decisions if d.role == "document"]
    # Pages before any cover sheet are typed too (their suggestions help the reviewer); with no
    # patient they are never filed.
    loose = [d.index for d in content if d.packet is None]
    if loose:
        packets = [Packet(-1, None, None, None, [m.NO_COVER_SHEET], 0.0, pages=loose), *packets]
    texts = [d.text for d in content]
    probs = model.page_probabilities(texts, [taxonomy.title_of(t) for t in texts])
    row_of = {d.index: probs[i] for i, d in enumerate(content)}
    documents: list[m.Document] = []
    for packet in packets:
        segments: list[list[m.PageDecision]] = []
        for i in packet.pages:
            d = by_index[i]
            if d.role != "document":
                continue
            head = row_of[segments[-1][0].index] if segments else None
            if _starts_document(d.text, row_of[i], head, taxonomy):
                segments.append([])
            segments[-1].append(d)
        for seg in segments:
            for d in seg:
                d.segment = seg[0].index
            documents += _finish(seg, packet, taxonomy, model, row_of, batch_id, route)
    return documents


_REASON = {"uncertain": m.LOW_TYPE_CONFIDENCE, "unfamiliar": m.UNFAMILIAR_TEXT}


def judge(
    rows: np.ndarray, texts: list[str], taxonomy: Taxonomy, model: DocTypeModel, route: Routing
) -> tuple[str, Judgement, str | None]:
    """One document's type, its judgement, and the review reason the type gives it (None: it
    may be filed): its pages' distributions `rows` and texts, the first page first."""
    # A title the site's taxonomy knows is evidence of its own, whatever the other words.
    titled = any(taxonomy.title_of(t) for t in texts)
    judged = model.judge(rows, texts, [k == 0 for k in range(len(texts))], titled)
    doc_type = model.classes[judged.type_index]
    reason = _REASON.get(route.verdict(doc_type, judged.confidence, judged.familiarity))
    if reason is None and judged.disagree:
        reason = m.TYPE_PAGES_DISAGREE
    return doc_type, judged, reason


def _finish(seg, packet, taxonomy, model, row_of, batch_id, route):
    rows = np.vstack([row_of[d.index] for d in seg])
    doc_type, judged, reason = judge(rows, [d.text for d in seg], taxonomy, model, route)
    suggestions = model.top(judged.probabilities, 3)
    confidence = round(judged.confidence, 4)
    for d in seg:
        d.document_type = doc_type
        d.confidence["type"] = confidence
        d.type_suggestions = suggestions
        if reason and d.status == "filed":
            d.status, d.review_reasons = "review", [reason]
    filed = [d for d in seg if d.status == "filed"]
    if not filed or packet.patient is None:
        return []
    doc = m.Document(
        document_id=keys.document_id(batch_id, filed[0].index),
        packet=packet.number,
        mrn=packet.patient.mrn,
        encounter=packet.encounter,
        document_type=doc_type,
        loinc=taxonomy.loinc(doc_type),
        pages=[d.index for d in filed],
        type_confidence=confidence,
    )
    for d in filed:
        d.document_id = doc.document_id
    return [doc]
