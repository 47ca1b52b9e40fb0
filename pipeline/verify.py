"""`digitize verify`: walk a store, recompute every filed object's SHA-256 against the index (the
batch manifests), and report missing, corrupt and extra objects. Keys hold no PHI, so the
report may name them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from pipeline.store import ObjectStore

EXIT_MISSING, EXIT_CORRUPT, EXIT_EXTRA, EXIT_SEVERAL = 3, 4, 5, 6


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
                (EXIT_MISSING, self.missing),
                (EXIT_CORRUPT, self.corrupt),
                (EXIT_EXTRA, self.extra),
            )
            if found
        ]
        if not kinds:
            return 0
        return kinds[0] if len(kinds) == 1 else EXIT_SEVERAL

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
    expected: set[str] = set()
    for key in sorted(k for k in present if k.startswith("batches/") and k.endswith(".json")):
        expected.add(key)
        report.batches += 1
        manifest = json.loads(store.get(key))
        for doc in manifest["documents"]:
            pdf_key = doc["object_key"]
            meta_key = pdf_key.removesuffix(".pdf") + ".json"
            expected.update((pdf_key, meta_key))
            for k in (pdf_key, meta_key):
                if k not in present:
                    report.missing.append(k)
            if pdf_key not in present:
                continue
            report.checked += 1
            body = store.get(pdf_key)
            # Both the bytes and the checksum the store keeps must match the index.
            if hashlib.sha256(body).hexdigest() != doc["sha256"] or (
                store.sha256_of(pdf_key) != doc["sha256"]
            ):
                report.corrupt.append(pdf_key)
            if meta_key in present:
                report.checked += 1
                try:
                    meta = json.loads(store.get(meta_key))
                    recorded = {e["url"]: e.get("valueString") for e in meta["extension"]}
                    ok = recorded.get("urn:digitize:sha256") == doc["sha256"]
                except (ValueError, KeyError, TypeError):
                    ok = False
                if not ok:
                    report.corrupt.append(meta_key)
    # Markers written by corrections belong to their document.
    report.extra = sorted(
        k
        for k in present - expected
        if not (
            k.endswith(".entered-in-error.json") and k.replace(".entered-in-error", "") in expected
        )
    )
    return report
