"""`digitize verify`: walk a store, recompute every filed object's SHA-256 against the index (the
batch manifests), and report missing, corrupt and extra objects. Keys hold no PHI, so the
report may name them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from pipeline.exitcodes import Exit
from pipeline.storage import keys, manifest
from pipeline.storage.store import ObjectStore


@dataclass
class VerifyReport:
    checked: int = 0
    batches: int = 0
    missing: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        kinds = [
            code
            for code, found in (
                (Exit.MISSING, self.missing),
                (Exit.CORRUPT, self.corrupt),
                (Exit.EXTRA, self.extra),
            )
            if found
        ]
        if not kinds:
            return Exit.OK
        return kinds[0] if len(kinds) == 1 else Exit.SEVERAL

    def lines(self) -> list[str]:
        out = [f"missing {k}" for k in self.missing]
        out += [f"corrupt {k}" for k in self.corrupt]
        out += [f"extra {k}" for k in self.extra]
        out.append(
            f"{self.batches} batches, {self.checked} objects checked: {len(self.missing)} missing, "
            f"{len(self.corrupt)} corrupt, {len(self.extra)} extra"
        )
        return out


def verify(store: ObjectStore) -> VerifyReport:
    report = VerifyReport()
    present = set(store.keys())
    revisions: dict[str, list[int]] = {}
    for key in present:
        found = keys.revision_of(key)
        if found is not None:
            revisions.setdefault(found[0], []).append(found[1])
    expected: set[str] = set()
    for batch_id, revs in sorted(revisions.items()):
        report.batches += 1
        expected.update(keys.manifest_key(batch_id, r) for r in revs)
        # Revisions only add documents and decisions: the newest lists everything filed.
        latest = None
        for rev in sorted(revs, reverse=True):
            key = keys.manifest_key(batch_id, rev)
            try:
                latest = manifest.read(store.get(key))
                break
            except ValueError:  # nothing in a malformed manifest can be trusted
                report.corrupt.append(key)
        if latest is None:
            continue
        for doc in latest["documents"]:
            _check_document(store, doc, present, expected, report)
        for page in latest["pages"]:
            kept = page.get("review_object")
            if kept:
                expected.add(kept["key"])
                _check_object(store, kept["key"], kept["sha256"], present, report)
    # Markers written by corrections belong to their document.
    report.extra = sorted(
        k
        for k in present - expected
        if not (
            k.endswith(".entered-in-error.json") and k.replace(".entered-in-error", "") in expected
        )
    )
    return report


def _check_object(store, key: str, digest: str, present: set[str], report: VerifyReport) -> bool:
    """Both the bytes and the checksum the store keeps must match the index."""
    if key not in present:
        report.missing.append(key)
        return False
    report.checked += 1
    body = store.get(key)
    if hashlib.sha256(body).hexdigest() != digest or store.sha256_of(key) != digest:
        report.corrupt.append(key)
    return True


def _check_document(store, doc: dict, present: set[str], expected: set[str], report) -> None:
    pdf_key = doc["object_key"]
    meta_key = pdf_key.removesuffix(".pdf") + ".json"
    expected.update((pdf_key, meta_key))
    _check_object(store, pdf_key, doc["sha256"], present, report)
    if meta_key not in present:
        report.missing.append(meta_key)
        return
    report.checked += 1
    try:
        meta = json.loads(store.get(meta_key))
        recorded = {e["url"]: e.get("valueString") for e in meta["extension"]}
        ok = recorded.get("urn:digitize:sha256") == doc["sha256"]
    except (ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        report.corrupt.append(meta_key)
