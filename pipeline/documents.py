"""Packets -> documents. Within one patient's packet, a page with a document title (or
"Page 1 of n") starts a new document; the pages after it continue it."""

from __future__ import annotations

from pipeline import models as m
from pipeline.doctypes import Taxonomy, page_of
from pipeline.packets import Packet


def _starts_document(text: str, taxonomy: Taxonomy) -> bool:
    if taxonomy.title_of(text):
        return True
    pos = page_of(text)
    return pos is not None and pos[0] == 1


def group(
    decisions: list[m.PageDecision],
    packets: list[Packet],
    confirmed: dict[int, bool],
    taxonomy: Taxonomy,
    batch_id: str,
) -> list[m.Document]:
    """Build documents from filed pages and set each page's document id and type. A document
    whose first page belongs to another patient keeps its later pages out of the chart too,
    unless a page itself shows this patient's MRN."""
    by_index = {d.index: d for d in decisions}
    documents: list[m.Document] = []
    for packet in packets:
        segments: list[list[m.PageDecision]] = []
        for i in packet.pages:
            d = by_index[i]
            if d.role != "document":
                continue
            if not segments or _starts_document(d.text, taxonomy):
                segments.append([])
            segments[-1].append(d)
        for seg in segments:
            head = seg[0]
            if m.IDENTITY_CONFLICT in head.review_reasons:
                for d in seg[1:]:
                    if d.status == "filed" and not confirmed.get(d.index):
                        d.status, d.review_reasons = "review", [m.IDENTITY_CONFLICT]
                        d.mrn, d.confidence["patient"] = None, 0.0
            doc_type = taxonomy.title_of(head.text)
            for d in seg:
                d.document_type = doc_type
                d.confidence["type"] = 1.0 if doc_type else 0.0
            filed = [d for d in seg if d.status == "filed"]
            if not filed or packet.patient is None:
                continue
            doc = m.Document(
                document_id=f"{batch_id}-d{filed[0].index:05d}",
                packet=packet.number,
                mrn=packet.patient.mrn,
                encounter=packet.encounter,
                document_type=doc_type,
                loinc=taxonomy.loinc(doc_type),
                pages=[d.index for d in filed],
                type_confidence=1.0 if doc_type else 0.0,
            )
            for d in filed:
                d.document_id = doc.document_id
            documents.append(doc)
    return documents
