"""Every id and object key format, defined once. Keys name only the batch (a content hash),
the document and the page: never a patient, an MRN, a birth date or a scan's file name."""

from __future__ import annotations

import re
import secrets

_BATCH_ID = re.compile(r"b[0-9a-f]{1,64}")
_DOCUMENT_OF_BATCH = r"-d[0-9]{5,}(?:-c[1-9][0-9]*)?"  # after the batch id
DOCUMENT_ID = re.compile(_BATCH_ID.pattern + _DOCUMENT_OF_BATCH)
_REVISION = re.compile(rf"^batches/({_BATCH_ID.pattern})/manifest(?:\.r(\d{{5}}))?\.json$")


def document_id(batch_id: str, first_page: int) -> str:
    """ "<batch id>-d<first page, 5 digits>": the same pages of the same scan, the same id."""
    return f"{batch_id}-d{first_page:05d}"


def document_id_pattern(batch_id: str) -> re.Pattern:
    """A document id of this batch: a pipeline or review filing, or a correction's (-c<n>)."""
    return re.compile(re.escape(batch_id) + _DOCUMENT_OF_BATCH)


def document_keys(batch_id: str, document_id: str) -> tuple[str, str]:
    """The filed PDF and its DocumentReference."""
    base = f"documents/{batch_id}/{document_id}"
    return base + ".pdf", base + ".json"


def batch_of_document(document_id: str) -> str:
    """Document ids are "<batch_id>-d<first page>[-c<n>]", so the id alone names the batch."""
    batch_id, sep, _ = document_id.rpartition("-d")
    if not sep or not _BATCH_ID.fullmatch(batch_id):
        raise ValueError("not a document id")
    if not document_id_pattern(batch_id).fullmatch(document_id):
        raise ValueError("not a document id")
    return batch_id


def keys_of_document(document_id: str) -> tuple[str, str]:
    """The id alone finds the objects."""
    return document_keys(batch_of_document(document_id), document_id)


def entered_in_error_key(document_id: str) -> str:
    """The write-once copy of a misfiled document's DocumentReference, marked entered-in-error
    (the original stays as it was)."""
    _, meta_key = keys_of_document(document_id)
    return meta_key.removesuffix(".json") + ".entered-in-error.json"


def corrected_id(document_id: str) -> str:
    """The id of the document that replaces this one: "<first id>-c<n>", n counting the
    corrections of one original, so a repeated correction step names the same document."""
    base, sep, n = document_id.rpartition("-c")
    if sep and n.isdigit() and base.rpartition("-d")[2].isdigit():
        return f"{base}-c{int(n) + 1}"
    return f"{document_id}-c1"


def message_control_id() -> str:
    """MSH-10 of one HL7 message (20 characters, the field's length): fixed when the message is
    queued and kept for every resend, so the receiver knows a message it has seen."""
    return "DZ" + secrets.token_hex(9).upper()


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
