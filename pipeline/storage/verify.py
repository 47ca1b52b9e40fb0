"""`digitize verify`: walk a store, recompute every filed object's SHA-256 against the index (the
batch manifests), and report missing, corrupt and extra objects. Keys hold no PHI, so the
report may name them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from pipeline.exitcodes import Exit
from pipeline.storage import keys, manifest
from pipeline.storage.filing import declared_flavour
from pipeline.storage.store import ObjectStore


@dataclass
class VerifyReport:
    checked: int = 0
    batches: int = 0
    missing: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    pdfa_checked: int | None = None  # None: not asked for (--pdfa)
    not_pdfa: list[str] = field(default_factory=list)  # "<document id>: <why>"

    @property
    def exit_code(self) -> int:
        kinds = [
            code
            for code, found in (
                (Exit.MISSING, self.missing),
                (Exit.CORRUPT, self.corrupt),
                (Exit.EXTRA, self.extra),
                (Exit.NOT_ARCHIVAL, self.not_pdfa),
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
        out += [f"not-pdfa {d}" for d in self.not_pdfa]
        if self.pdfa_checked is not None:
            out.append(f"{self.pdfa_checked} PDFs checked for PDF/A: {len(self.not_pdfa)} fail")
        out.append(
            f"{self.batches} batches, {self.checked} objects checked: {len(self.missing)} missing, "
            f"{len(self.corrupt)} corrupt, {len(self.extra)} extra"
        )
        return out


def verify(store: ObjectStore, pdfa: bool = False) -> VerifyReport:
    """With `pdfa`, every filed PDF is also validated against the PDF/A part its own XMP
    declares (pikepdf's validator, built from veraPDF's rules); one that declares none fails."""
    report = VerifyReport(pdfa_checked=0 if pdfa else None)
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
            if pdfa and doc["object_key"] in present:
                _check_pdfa(store, doc, report)
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


def pdfa_problems(body: bytes) -> list[str]:
    """Why a PDF is not the PDF/A it claims: the failing rules' ids (veraPDF's numbering, such
    as 6.2.4.3), or that it claims no PDF/A part at all. Empty when it passes."""
    import io

    import pikepdf
    from pikepdf import pdfa

    try:
        with pikepdf.open(io.BytesIO(body)) as pdf:
            flavour = declared_flavour(pdf)
            unmapped = sorted(_fonts_without_unicode(pdf))
    except pikepdf.PdfError:
        return ["not a readable PDF"]
    if flavour not in ("1b", "2b", "3b"):
        return ["declares no PDF/A part"]
    # Level B does not ask for it, but a text layer whose font maps to no Unicode finds nothing.
    problems = [f"font without a ToUnicode map on page {n}" for n in unmapped]
    report = pdfa.validate_written(io.BytesIO(body), flavour)
    if not report.passed:
        rules = sorted({f.rule for f in report.findings})
        problems += [f"PDF/A-{flavour} rule {r}" for r in rules] or ["PDF/A not approved"]
    return problems


def _fonts_without_unicode(pdf) -> set[int]:
    """Pages (1-based) showing text in a font, directly or in a form, that has no ToUnicode."""
    pages = set()
    for n, page in enumerate(pdf.pages, 1):
        resources = [page.obj.get("/Resources")]
        while resources:
            res = resources.pop()
            if res is None:
                continue
            for font in res.get("/Font", {}).values():
                if "/ToUnicode" not in font:
                    pages.add(n)
            for x in res.get("/XObject", {}).values():
                if x.get("/Subtype") == "/Form":
                    resources.append(x.get("/Resources"))
    return pages


def _check_pdfa(store, doc: dict, report: VerifyReport) -> None:
    report.pdfa_checked += 1
    problems = pdfa_problems(store.get(doc["object_key"]))
    if problems:
        report.not_pdfa.append(f"{doc['document_id']}: {'; '.join(problems[:5])}")
