"""Intake of the three batch forms, the write-once store, and settings."""

from __future__ import annotations

import os

import pytest

from config.settings import ConfigError, load_settings
from pipeline.intake import Batch, batch_id, natural_key
from pipeline.storage.store import LocalStore
from tests.conftest import SAMPLES


def test_natural_sort_order():
    names = ["page_10.jpg", "page_2.jpg", "page_1.jpg", "Page_11.png"]
    assert sorted(names, key=natural_key) == [
        "page_1.jpg",
        "page_2.jpg",
        "page_10.jpg",
        "Page_11.png",
    ]


def test_pdf_pages_keep_their_own_resolution_and_encoding():
    b = Batch(SAMPLES / "batch1.pdf")
    pages = list(b.pages())
    assert len(pages) == b.page_count == 11
    fax = [p for p in pages if p.bilevel]  # the CCITT G4 fax page
    assert len(fax) == 1 and fax[0].dpi == (204.0, 196.0)
    assert all(p.dpi == (300.0, 300.0) for p in pages if not p.bilevel)


def test_tiff_and_folder_batches_stream_pages_in_order():
    tiff = Batch(SAMPLES / "batch2.tif")
    assert [p.index for p in tiff.pages()] == list(range(tiff.page_count))
    folder = Batch(SAMPLES / "batch3")
    assert [f.name for f in folder.files][:3] == ["page_1.jpg", "page_2.jpg", "page_3.jpg"]
    assert folder.page_count == len(folder.files)


def test_batch_id_is_a_content_hash(tmp_path):
    copy = tmp_path / "renamed.pdf"
    copy.write_bytes((SAMPLES / "batch1.pdf").read_bytes())
    assert batch_id(copy) == batch_id(SAMPLES / "batch1.pdf")
    copy.write_bytes(copy.read_bytes() + b"\n")
    assert batch_id(copy) != batch_id(SAMPLES / "batch1.pdf")


def test_store_writes_once_and_owner_only(tmp_path):
    store = LocalStore(tmp_path / "s")
    first = store.put_once("documents/b1/d1.pdf", b"one", "application/pdf")
    second = store.put_once("documents/b1/d1.pdf", b"two", "application/pdf")
    assert first.created and not second.created
    assert second.sha256 == first.sha256 and store.get("documents/b1/d1.pdf") == b"one"
    assert os.stat(tmp_path / "s/documents/b1/d1.pdf").st_mode & 0o777 == 0o600
    assert os.stat(tmp_path / "s/documents").st_mode & 0o777 == 0o700
    assert not list((tmp_path / "s").rglob(".tmp-*"))
    with pytest.raises(ValueError):
        store.put_once("../escape", b"x", "text/plain")


def test_settings_come_from_environment_and_are_checked():
    s = load_settings(environ={"DIGITIZE_OCR__MIN_MEAN_CONFIDENCE": "55"})
    assert s.ocr.min_mean_confidence == 55
    with pytest.raises(ConfigError, match="ocr.min_mean_confidence"):
        load_settings(environ={"DIGITIZE_OCR__MIN_MEAN_CONFIDENCE": "250"})
    with pytest.raises(ConfigError, match="unknown settings section"):
        load_settings(environ={"DIGITIZE_NOPE__X": "1"})
    with pytest.raises(ConfigError, match="cover_sheet.symbologies"):
        load_settings(environ={"DIGITIZE_COVER_SHEET__SYMBOLOGIES": "[Aztec]"})


def test_a_correction_marks_entered_in_error_and_deletes_nothing(tmp_path):
    import json

    from pipeline.storage.filing import mark_entered_in_error
    from pipeline.storage.verify import verify

    store = LocalStore(tmp_path / "s")
    meta = {"resourceType": "DocumentReference", "status": "current", "extension": []}
    key = "documents/b0f/b0f-d00001.json"
    store.put_once(key, json.dumps(meta).encode(), "application/json")
    marker = mark_entered_in_error(store, "b0f-d00001", "wrong patient", replaced_by="b0f-d00009")
    marked = json.loads(store.get(marker))
    assert marked["status"] == "entered-in-error"
    assert {"url": "urn:digitize:replaced-by", "valueString": "b0f-d00009"} in marked["extension"]
    assert json.loads(store.get(key)) == meta  # the original stays
    assert marker in list(store.keys())
    assert set(verify(store).extra) == {key, marker}  # unindexed
