"""The batch manifest: every input page exactly once, where it went and why, and the documents
filed. It holds PHI (MRNs, page text): it is written owner-readable only and kept in the store."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

from config import __version__
from pipeline.decisions.packets import Packet
from pipeline.models import Document, PageDecision
from pipeline.private import write_private
from pipeline.storage import keys
from pipeline.storage.store import ObjectStore


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
    return {
        "batch_id": batch_id,
        "source": source_name,
        "page_count": page_count,
        "pipeline_version": __version__,
        "classifier_version": classifier_version,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "revision": 0,
        "summary": summarise(d.status for d in decisions),
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
                "review_object": d.review_object,
            }
            for d in decisions
        ],
        "documents": [document_record(doc) for doc in documents],
    }


def document_record(doc: Document, **extra) -> dict:
    """A filed document as the manifest lists it (extra: who confirmed it, for review)."""
    return {
        "document_id": doc.document_id,
        "mrn": doc.mrn,
        "document_type": doc.document_type,
        "loinc": doc.loinc,
        "pages": doc.pages,
        "object_key": doc.object_key,
        "sha256": doc.sha256,
        "size": doc.size,
        "packet": doc.packet,
        **extra,
    }


def summarise(statuses) -> dict[str, int]:
    counts = {"filed": 0, "review": 0, "discarded": 0}
    for status in statuses:
        counts[status] += 1
    return counts


def latest(store: ObjectStore, batch_id: str) -> dict | None:
    """The newest revision of a batch's manifest, or None before the batch is filed."""
    revisions = [
        r[1]
        for k in store.keys(keys.manifest_prefix(batch_id))
        if (r := keys.revision_of(k)) is not None
    ]
    if not revisions:
        return None
    return read(store.get(keys.manifest_key(batch_id, max(revisions))))


def revise(store: ObjectStore, batch_id: str, change: Callable[[dict], bool]) -> dict:
    """Apply `change` to the newest manifest and write it as the next revision. `change` edits
    the manifest in place and returns False when it holds the change already (a decision
    applied again after a crash writes nothing). Two writers racing for one revision: the
    loser re-reads and tries the next."""
    for _ in range(50):
        current = latest(store, batch_id)
        if current is None:
            raise ValueError("the batch has no manifest yet")
        if not change(current):
            return current
        current["revision"] = current.get("revision", 0) + 1
        current["revised"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        current["summary"] = summarise(p["status"] for p in current["pages"])
        key = keys.manifest_key(batch_id, current["revision"])
        if store.put_once(key, to_bytes(current), "application/json").created:
            return current
    raise RuntimeError("the batch manifest is being revised by too many writers at once")


def to_bytes(manifest: dict) -> bytes:
    return (json.dumps(manifest, indent=1, ensure_ascii=False) + "\n").encode()


def write_report(manifest: dict, path: Path) -> None:
    """Atomic and owner-readable only: the report holds PHI."""
    write_private(path, to_bytes(manifest))


# -- reading a stored manifest back ---------------------------------------------------------

_BATCH_ID = re.compile(r"b[0-9a-f]{20}")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_MRN = re.compile(r"[A-Za-z0-9]{1,20}")
_STATUSES = ("filed", "review", "discarded")


def read(data: bytes) -> dict:
    """Parse a manifest from the store and check its structure before anything trusts it: a
    manifest that does not account for every page exactly once, or whose identities are not
    well formed, must not be acted on. ValueError with a short message (never a value from the
    manifest, which holds PHI) on anything malformed."""
    try:
        manifest = json.loads(data)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise ValueError("the manifest is not JSON") from None
    if not isinstance(manifest, dict):
        raise ValueError("the manifest is not a JSON object")
    batch_id = manifest.get("batch_id")
    if not isinstance(batch_id, str) or not _BATCH_ID.fullmatch(batch_id):
        raise ValueError("the manifest's batch_id is malformed")
    count = manifest.get("page_count")
    if type(count) is not int or count < 0:
        raise ValueError("the manifest's page_count is not a count")
    _check_pages(manifest.get("pages"), count)
    _check_documents(manifest.get("documents", []), batch_id)
    packets = manifest.get("packets", [])
    if not isinstance(packets, list) or not all(isinstance(p, dict) for p in packets):
        raise ValueError("the manifest's packets are not a list of records")
    for packet in packets:
        _check_mrn(packet.get("mrn"), "packet")
    return manifest


def _check_mrn(mrn: object, where: str) -> None:
    if mrn is not None and not (isinstance(mrn, str) and _MRN.fullmatch(mrn)):
        raise ValueError(f"a {where} of the manifest has a malformed MRN")


def _check_pages(pages: object, count: int) -> None:
    if not isinstance(pages, list) or not all(isinstance(p, dict) for p in pages):
        raise ValueError("the manifest's pages are not a list of records")
    indices = [p.get("index") for p in pages]
    if len(indices) != count or any(type(i) is not int for i in indices):
        raise ValueError("the manifest does not hold every page exactly once")
    if sorted(indices) != list(range(count)):  # a count as long as the list: bounded
        raise ValueError("the manifest does not hold every page exactly once")
    for page in pages:
        if page.get("status") not in _STATUSES:
            raise ValueError("a page of the manifest has an unknown status")
        _check_mrn(page.get("mrn"), "page")


def _check_documents(documents: object, batch_id: str) -> None:
    if not isinstance(documents, list) or not all(isinstance(d, dict) for d in documents):
        raise ValueError("the manifest's documents are not a list of records")
    document_id = keys.document_id_pattern(batch_id)
    for doc in documents:
        ident = doc.get("document_id")
        if not isinstance(ident, str) or not document_id.fullmatch(ident):
            raise ValueError("a document of the manifest has a malformed document_id")
        if doc.get("object_key") != keys.document_keys(batch_id, ident)[0]:
            raise ValueError("a document of the manifest has a malformed object_key")
        sha = doc.get("sha256")
        if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
            raise ValueError("a document of the manifest has a malformed sha256")
        _check_mrn(doc.get("mrn"), "document")
