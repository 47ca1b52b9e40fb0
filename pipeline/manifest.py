"""The batch manifest: every input page exactly once, where it went and why, and the documents
filed. It holds PHI (MRNs, page text): it is written owner-readable only and kept in the store."""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path

from pipeline import __version__
from pipeline.models import Document, PageDecision
from pipeline.packets import Packet


def build(
    batch_id: str,
    source_name: str,
    page_count: int,
    decisions: list[PageDecision],
    documents: list[Document],
    packets: list[Packet],
    classifier_version: str,
) -> dict:
    if [d.index for d in decisions] != list(range(page_count)):
        raise AssertionError("every input page must appear exactly once in the manifest")
    status_count = {s: sum(d.status == s for d in decisions) for s in ("filed", "review")}
    status_count["discarded"] = sum(d.status == "discarded" for d in decisions)
    return {
        "batch_id": batch_id,
        "source": source_name,
        "page_count": page_count,
        "pipeline_version": __version__,
        "classifier_version": classifier_version,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "summary": status_count,
        "packets": [
            {
                "packet": p.number,
                "cover_page": p.cover_index,
                "mrn": p.patient.mrn if p.patient else None,
                "identity_source": p.identity_source,
                "symbology": p.symbology,
                "review_reasons": p.reasons,
                "confidence": p.confidence,
                "pages": p.pages,
            }
            for p in packets
        ],
        "pages": [
            {
                "index": d.index,
                "role": d.role,
                "status": d.status,
                "packet": d.packet,
                "mrn": d.mrn,
                "document_type": d.document_type,
                "document_id": d.document_id,
                "rotation": d.rotation,
                "confidence": d.confidence,
                "review_reasons": d.review_reasons,
                "discard_reason": d.discard_reason,
                "type_suggestions": [{"type": t, "p": p} for t, p in d.type_suggestions],
                "text": d.text,
            }
            for d in decisions
        ],
        "documents": [
            {
                "document_id": doc.document_id,
                "mrn": doc.mrn,
                "document_type": doc.document_type,
                "loinc": doc.loinc,
                "pages": doc.pages,
                "object_key": doc.object_key,
                "sha256": doc.sha256,
                "size": doc.size,
                "packet": doc.packet,
            }
            for doc in documents
        ],
    }


def manifest_key(batch_id: str) -> str:
    return f"batches/{batch_id}/manifest.json"


def to_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode()


def write_report(manifest: dict, path: Path) -> None:
    """Atomic and owner-readable only: the report holds PHI."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".report-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(to_bytes(manifest))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
