"""Every DocumentReference the project writes (the filed one, the entered-in-error copy, the one
that replaces it) is valid FHIR R4 by a maintained library (fhir.resources; its R4B models hold
R4's DocumentReference unchanged) and carries what US Core asks of a scanned clinical note."""

from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.documentreference import DocumentReference

from classifiers.taxonomy import Taxonomy
from config.settings import load_settings
from pipeline.models import Document
from pipeline.storage import filing, keys
from pipeline.storage.s3store import S3Store
from pipeline.storage.store import LocalStore

TAXONOMY = Taxonomy.load()
PDF = b"%PDF-1.7 stand-in bytes: metadata, not the PDF, is under test here"


def _document(batch_id: str, first_page: int, doc_type: str | None, mrn="4820113") -> Document:
    return Document(
        document_id=keys.document_id(batch_id, first_page),
        packet=0,
        mrn=mrn,
        encounter="E100" if doc_type else None,
        document_type=doc_type,
        loinc=TAXONOMY.loinc(doc_type) if doc_type else None,
        pages=[first_page, first_page + 1],
        type_confidence=0.91,
    )


def us_core_valid(meta: dict) -> DocumentReference:
    """Parse with the library's validation, then the US Core essentials."""
    ref = DocumentReference.model_validate(meta)
    assert ref.category[0].coding[0].code == "clinical-note"
    assert ref.subject.identifier.value and ref.date and ref.custodian.display
    attachment = ref.content[0].attachment
    assert attachment.contentType == "application/pdf" and attachment.size and attachment.hash
    assert attachment.url.startswith(("file:///", "s3://", "https://"))
    return ref


def _file(store, settings, doc) -> dict:
    filing.file_document(doc, [], "b" + "1" * 20, store, TAXONOMY, settings, "model-1")
    return json.loads(store.get(keys.document_keys("b" + "1" * 20, doc.document_id)[1]))


@pytest.fixture(autouse=True)
def _no_pdf_assembly(monkeypatch):
    # The PDF itself is tested in test_archival; these tests file stand-in bytes quickly.
    monkeypatch.setattr(filing, "assemble_pdf", lambda pages, title, profile: PDF)


def test_filed_entered_in_error_and_replacing_references_are_valid_r4(tmp_path):
    settings = load_settings()
    store = LocalStore(tmp_path / "store")
    old = _file(store, settings, _document("b" + "1" * 20, 3, "progress_note"))
    ref = us_core_valid(old)
    assert ref.type.coding[0].system == "http://loinc.org"
    key = keys.document_keys("b" + "1" * 20, old["masterIdentifier"]["value"])[0]
    assert ref.content[0].attachment.url == (tmp_path / "store" / key).resolve().as_uri()

    replacing = _document("b" + "1" * 20, 7, "discharge_summary", mrn="7700001")
    marker = filing.mark_entered_in_error(
        store, old["masterIdentifier"]["value"], "filed under the wrong patient",
        replaced_by=replacing.document_id,
    )  # fmt: skip
    gone = us_core_valid(json.loads(store.get(marker)))
    assert gone.status == "entered-in-error"

    meta = filing.document_reference(
        replacing, "b" + "1" * 20, TAXONOMY, settings, PDF, "s3://bucket/documents/x.pdf",
        "2026-11-30T12:00:00+00:00", "model-1", replaces=old["masterIdentifier"]["value"],
    )  # fmt: skip
    new = us_core_valid(meta)
    assert new.relatesTo[0].code == "replaces"


def test_a_document_of_no_known_type_is_still_valid(tmp_path):
    meta = _file(
        LocalStore(tmp_path / "store"), load_settings(), _document("b" + "2" * 20, 0, None)
    )
    us_core_valid(meta)


def test_attachment_url_is_resolvable_for_s3_and_a_site_base():
    s3 = S3Store("s3://records-bucket/site-a")
    assert s3.uri("documents/b1/d2.pdf") == "s3://records-bucket/site-a/documents/b1/d2.pdf"
    base = filing.attachment_url(s3, "documents/b1/d2.pdf", "https://records.example.org/o/")
    assert base == "https://records.example.org/o/documents/b1/d2.pdf"
