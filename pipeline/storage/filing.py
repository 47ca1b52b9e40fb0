"""Filing: a document's pages become one searchable PDF (the upright scan with Tesseract's
invisible text layer) and a FHIR R4 DocumentReference, both written once to the store under keys
that name only the batch and the document."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
from pathlib import Path

import pikepdf
from pikepdf import pdfa

from classifiers.taxonomy import Taxonomy
from config import __version__
from config.settings import Settings
from pipeline.models import Document, PageAnalysis, PageDecision
from pipeline.storage import keys
from pipeline.storage.store import ObjectStore
from pipeline.timing import StageTimer

# DocumentReference.content.format: IHE XDS-SD's code for a scanned document as PDF/A-1, and the
# generic "the MIME type says it all" code for any other PDF.
XDS_SD_FORMAT = {
    "system": "urn:oid:1.3.6.1.4.1.19376.1.2.3",
    "code": "urn:ihe:iti:xds-sd:pdf:2008",
    "display": "Scanned Documents (PDF)",
}
GENERIC_FORMAT = {
    "system": "urn:oid:1.3.6.1.4.1.19376.1.2.3",
    "code": "urn:ihe:iti:xds:2017:mimeTypeSufficient",
    "display": "mimeType Sufficient",
}
# filing.pdf_profile -> the PDF/A flavour pikepdf writes and validates (None: plain PDF).
PDFA_FLAVOURS = {"pdfa-2b": "2b", "pdfa-1b": "1b", "pdf": None}


def content_format(profile: str) -> dict:
    return XDS_SD_FORMAT if profile == "pdfa-1b" else GENERIC_FORMAT


def assemble_pdf(page_pdfs: list[Path | bytes], title: str, profile: str = "pdfa-2b") -> bytes:
    """Concatenate one-page searchable PDFs (files, or bytes kept in the store while a page
    waited for review). Metadata names the type only, never the patient. A PDF/A profile is
    written by pikepdf's PDF/A writer, which validates the bytes it wrote and raises rather
    than return a document that fails."""
    flavour = PDFA_FLAVOURS[profile]
    out = pikepdf.new()
    sources = [pikepdf.open(io.BytesIO(p) if isinstance(p, bytes) else p) for p in page_pdfs]
    try:
        for src in sources:
            out.pages.extend(src.pages)
        _share_fonts(out)
        out.docinfo = out.make_indirect(
            pikepdf.Dictionary(
                Title=pikepdf.String(title), Producer=pikepdf.String(f"digitize {__version__}")
            )
        )
        return _write(out, flavour)
    finally:
        for src in sources:
            src.close()


def declared_flavour(pdf: pikepdf.Pdf) -> str | None:
    """The PDF/A flavour ('1b', '2b') a PDF's XMP claims, or None."""
    meta = pdf.open_metadata()
    part, level = meta.get("pdfaid:part"), meta.get("pdfaid:conformance")
    return f"{part}{level.lower()}" if part and level else None


def retitle(pdf: bytes, title: str) -> bytes:
    """The same document under another title (a corrected type): the pages untouched, written
    again as the PDF/A it declares (pikepdf validates what it wrote)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        flavour = declared_flavour(doc)
        doc.docinfo.Title = pikepdf.String(title)
        if flavour is not None:
            with doc.open_metadata(set_pikepdf_as_editor=False) as meta:
                meta["dc:title"] = title
        return _write(doc, flavour)


def _write(pdf: pikepdf.Pdf, flavour: str | None) -> bytes:
    """The document's bytes: plain PDF, or the PDF/A flavour given, which pikepdf's writer
    validates (it raises rather than return a document that fails)."""
    buf = io.BytesIO()
    if flavour is None:
        pdf.save(buf, deterministic_id=True, compress_streams=True)
    else:
        pdfa.save(pdf, buf, flavour, deterministic_id=True)
    return buf.getvalue()


def _share_fonts(pdf: pikepdf.Pdf) -> None:
    """Every page's text layer brings its own copy of Tesseract's glyphless font: one copy
    serves the whole document (pikepdf writes only objects still referenced)."""
    seen: dict[bytes, pikepdf.Object] = {}
    for page in pdf.pages:
        xobjects = page.obj.get("/Resources", {}).get("/XObject", {})
        for form in xobjects.values():
            if form.get("/Subtype") != "/Form":
                continue
            fonts = form.get("/Resources", {}).get("/Font")
            for name, font in (fonts or {}).items():
                key = _font_key(font)
                if key is None:
                    continue
                if key in seen:
                    fonts[name] = seen[key]
                else:
                    seen[key] = font


def _raw_or_name(obj) -> str:
    return obj.read_raw_bytes().hex() if isinstance(obj, pikepdf.Stream) else str(obj)


def _font_key(font: pikepdf.Object) -> bytes | None:
    """The bytes that make two font dictionaries the same font: the program, the Unicode map,
    the widths and the names."""
    try:
        cid = font.DescendantFonts[0]
        parts = [
            str(font.get("/BaseFont")),
            str(font.get("/Encoding")),
            font.ToUnicode.read_raw_bytes().hex(),
            cid.FontDescriptor.FontFile2.read_raw_bytes().hex(),
            _raw_or_name(cid.get("/CIDToGIDMap")),
            repr(cid.get("/W")),
            str(cid.get("/DW")),
        ]
    except (AttributeError, IndexError, KeyError, TypeError):
        return None
    return hashlib.sha256("|".join(parts).encode()).digest()


def document_reference(
    doc: Document,
    batch_id: str,
    taxonomy: Taxonomy,
    settings: Settings,
    pdf: bytes,
    url: str,
    filed_at: str,
    classifier_version: str,
    replaces: str | None = None,
    reviewed_by: str | None = None,
) -> dict:
    """A FHIR R4 DocumentReference with what US Core asks of a scanned clinical note: category
    clinical-note, a LOINC type, the subject by identifier, the date, the custodian, and the
    attachment's type, size, hash and an address a consumer can resolve (`url`)."""
    mrn_system = settings.identity.mrn_system
    t = taxonomy.types.get(doc.document_type or "")
    coding = []
    if t is not None and t.loinc:
        coding.append({"system": "http://loinc.org", "code": t.loinc, "display": t.display})
    elif t is not None and t.local_code:
        coding.append({"system": "urn:digitize:local-document-type", "code": t.local_code})
    subject = {"identifier": {"system": mrn_system, "value": doc.mrn}}
    context: dict = {"sourcePatientInfo": subject}
    if doc.encounter:
        context["encounter"] = [{"identifier": {"value": doc.encounter}}]
    ref = {
        "resourceType": "DocumentReference",
        "masterIdentifier": {"system": "urn:digitize:document", "value": doc.document_id},
        "identifier": [
            {"system": "urn:digitize:batch", "value": batch_id},
            {"system": "urn:digitize:batch-pages", "value": ",".join(map(str, doc.pages))},
        ],
        "status": "current",
        "type": {"coding": coding, "text": t.display if t else None},
        "category": [
            {
                "coding": [
                    {
                        "system": "http://hl7.org/fhir/us/core/CodeSystem/"
                        "us-core-documentreference-category",
                        "code": "clinical-note",
                    }
                ]
            }
        ],
        "subject": subject,
        "date": filed_at,
        "content": [
            {
                "attachment": {
                    "contentType": "application/pdf",
                    "url": url,
                    "size": len(pdf),
                    # FHIR R4 Attachment.hash is SHA-1; the SHA-256 is in the extension below.
                    "hash": base64.b64encode(hashlib.sha1(pdf).digest()).decode(),
                    "title": t.display if t else "Scanned document",
                },
                "format": content_format(settings.filing.pdf_profile),
            }
        ],
        "custodian": {"display": settings.fhir.custodian},
        "context": context,
        "extension": [
            {"url": "urn:digitize:sha256", "valueString": hashlib.sha256(pdf).hexdigest()},
            {"url": "urn:digitize:type-confidence", "valueDecimal": doc.type_confidence},
            {"url": "urn:digitize:pipeline-version", "valueString": __version__},
            {"url": "urn:digitize:classifier-version", "valueString": classifier_version},
        ],
    }
    if reviewed_by:
        # The account that confirmed patient and type in the review queue (not PHI).
        ref["extension"].append({"url": "urn:digitize:reviewed-by", "valueString": reviewed_by})
    if replaces:
        ref["relatesTo"] = [
            {
                "code": "replaces",
                "target": {"identifier": {"system": "urn:digitize:document", "value": replaces}},
            }
        ]
    return ref


def file_document(
    doc: Document,
    page_pdfs: list[Path | bytes],
    batch_id: str,
    store: ObjectStore,
    taxonomy: Taxonomy,
    settings: Settings,
    classifier_version: str,
    timer: StageTimer | None = None,
    reviewed_by: str | None = None,
) -> None:
    """Assemble the document's PDF from its pages and file it (store_document)."""
    timer = timer or StageTimer()
    t = taxonomy.types.get(doc.document_type or "")
    with timer.stage("PDF assembly"):
        profile = settings.filing.pdf_profile
        pdf = assemble_pdf(page_pdfs, t.display if t else "Scanned document", profile)
    with timer.stage("storage"):
        store_document(
            doc, pdf, batch_id, store, taxonomy, settings, classifier_version,
            reviewed_by=reviewed_by,
        )  # fmt: skip


def store_document(
    doc: Document,
    pdf: bytes,
    batch_id: str,
    store: ObjectStore,
    taxonomy: Taxonomy,
    settings: Settings,
    classifier_version: str,
    reviewed_by: str | None = None,
    replaces: str | None = None,
) -> None:
    """Write the PDF, then its metadata. Re-filing the same document keeps the first copy."""
    pdf_key, meta_key = keys.document_keys(batch_id, doc.document_id)
    stored = store.put_once(pdf_key, pdf, "application/pdf")
    # Metadata follows its PDF; after a crash between the two writes a re-run adds it.
    if stored.created or not store.exists(meta_key):
        body = pdf if stored.created else store.get(pdf_key)
        filed_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        meta = document_reference(
            doc,
            batch_id,
            taxonomy,
            settings,
            body,
            attachment_url(store, pdf_key, settings.fhir.retrieval_base_url),
            filed_at,
            classifier_version,
            replaces=replaces,
            reviewed_by=reviewed_by,
        )
        store.put_once(meta_key, json.dumps(meta, indent=1).encode(), "application/fhir+json")
    doc.object_key, doc.sha256, doc.size = pdf_key, stored.sha256, stored.size


def attachment_url(store: ObjectStore, key: str, base: str | None) -> str:
    """The site's retrieval base joined with the key, else the object's own full address."""
    return f"{base.rstrip('/')}/{key}" if base else store.uri(key)


def mark_entered_in_error(
    store: ObjectStore, document_id: str, reason: str, replaced_by: str | None = None
) -> str:
    """Nothing is ever deleted: a misfiled document gets a write-once marker, a copy of its
    DocumentReference with status entered-in-error, the reason, and what replaces it."""
    _, meta_key = keys.keys_of_document(document_id)
    meta = json.loads(store.get(meta_key))
    meta["status"] = "entered-in-error"
    meta["extension"] = meta.get("extension", []) + [
        {"url": "urn:digitize:entered-in-error-reason", "valueString": reason},
        {
            "url": "urn:digitize:entered-in-error-at",
            "valueString": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        },
    ]
    if replaced_by:
        meta["extension"].append({"url": "urn:digitize:replaced-by", "valueString": replaced_by})
    marker = keys.entered_in_error_key(document_id)
    store.put_once(marker, json.dumps(meta, indent=1).encode(), "application/fhir+json")
    return marker


def keep_review_pages(
    store: ObjectStore, batch_id: str, decisions: list[PageDecision], analyses: list[PageAnalysis]
) -> None:
    """Keep every flagged page's searchable PDF in the store (write-once, key without PHI) so a
    reviewer can see it and file it after the batch's temporary files are gone."""
    for d in decisions:
        if d.status != "review":
            continue
        path = analyses[d.index].ocr.pdf_path
        if path is None:
            raise RuntimeError("a page in review has no page image to keep")
        stored = store.put_once(
            keys.review_page_key(batch_id, d.index), path.read_bytes(), "application/pdf"
        )
        d.review_object = {"key": stored.key, "sha256": stored.sha256}
