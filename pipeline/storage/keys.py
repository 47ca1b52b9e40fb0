"""Every id and object key format, defined once. Keys name only the batch (a content hash),
the document and the page: never a patient, an MRN, a birth date or a scan's file name."""

from __future__ import annotations

import re

_REVISION = re.compile(r"^batches/(b[0-9a-f]{1,64})/manifest(?:\.r(\d{5}))?\.json$")


def document_id(batch_id: str, first_page: int) -> str:
    """ "<batch id>-d<first page, 5 digits>": the same pages of the same scan, the same id."""
    return f"{batch_id}-d{first_page:05d}"


def document_id_pattern(batch_id: str) -> re.Pattern:
    return re.compile(re.escape(batch_id) + r"-d[0-9]{5,}")


def document_keys(batch_id: str, document_id: str) -> tuple[str, str]:
    """The filed PDF and its DocumentReference."""
    base = f"documents/{batch_id}/{document_id}"
    return base + ".pdf", base + ".json"


def keys_of_document(document_id: str) -> tuple[str, str]:
    """Document ids are "<batch_id>-d<first page>", so the id alone finds the objects."""
    batch_id, sep, _ = document_id.rpartition("-d")
    if not sep or not batch_id.startswith("b") or "/" in document_id:
        raise ValueError("not a document id")
    return document_keys(batch_id, document_id)


def review_page_key(batch_id: str, index: int) -> str:
    """A flagged page kept for the reviewer while it waits."""
    return f"review/{batch_id}/p{index:05d}.pdf"


def manifest_prefix(batch_id: str) -> str:
    return f"batches/{batch_id}/"


def manifest_key(batch_id: str, revision: int = 0) -> str:
    """Revision 0 is what the pipeline wrote; each review decision writes the next revision,
    a whole manifest, once (the store is write-once: nothing is rewritten in place)."""
    if revision == 0:
        return f"{manifest_prefix(batch_id)}manifest.json"
    return f"{manifest_prefix(batch_id)}manifest.r{revision:05d}.json"


def revision_of(key: str) -> tuple[str, int] | None:
    """(batch id, revision) of a manifest key, or None for any other key."""
    match = _REVISION.match(key)
    if match is None:
        return None
    return match.group(1), int(match.group(2) or 0)
