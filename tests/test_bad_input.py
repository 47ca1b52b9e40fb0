"""Bad input gets one clear line, exit code 2, nothing filed and the source untouched."""

from __future__ import annotations

import hashlib
import os
import shutil

import pikepdf
import pytest
from PIL import Image

from tests.conftest import SAMPLES, digitize

pytestmark = pytest.mark.usefixtures("prefect_server")


def _digest(path):
    if path.is_dir():
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in path.iterdir()}
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(kind: str, tmp_path):
    if kind == "empty":
        p = tmp_path / "scan.pdf"
        p.write_bytes(b"")
    elif kind == "truncated_pdf":
        p = tmp_path / "scan.pdf"
        data = (SAMPLES / "batch1.pdf").read_bytes()
        p.write_bytes(data[: len(data) // 2])
    elif kind == "encrypted_pdf":
        p = tmp_path / "scan.pdf"
        with pikepdf.open(SAMPLES / "batch1.pdf") as pdf:
            pdf.save(p, encryption=pikepdf.Encryption(user="secret", owner="secret"))
    elif kind == "not_an_image":
        p = tmp_path / "scan.tif"
        p.write_text("name,mrn\nthis is not a scan\n")
    elif kind == "truncated_tiff":
        p = tmp_path / "scan.tif"
        data = (SAMPLES / "batch2.tif").read_bytes()
        p.write_bytes(data[: len(data) // 3])
    elif kind == "huge_image":
        p = tmp_path / "huge.png"
        Image.new("1", (16000, 12000), 1).save(p)
    elif kind == "huge_pdf_page":
        p = tmp_path / "huge.pdf"
        pdf = pikepdf.new()
        pdf.add_blank_page(page_size=(14000, 14000))  # 194 inches square: 3.5 gigapixels
        pdf.save(p)
    elif kind == "folder_with_junk":
        p = tmp_path / "batch"
        shutil.copytree(SAMPLES / "batch3", p)
        (p / "notes.txt").write_text("not a page")
    else:
        raise AssertionError(kind)
    return p


@pytest.mark.parametrize(
    "kind, words",
    [
        ("empty", "empty"),
        ("truncated_pdf", "truncated"),
        ("encrypted_pdf", "encrypted"),
        ("not_an_image", "not a PDF, TIFF or page image"),
        ("truncated_tiff", "truncated"),
        ("huge_image", "too large"),
        ("huge_pdf_page", "too large"),
        ("folder_with_junk", "not a page image"),
    ],
)
def test_bad_batch_exits_2_with_one_line_and_files_nothing(kind, words, tmp_path):
    source = _make(kind, tmp_path)
    before = _digest(source)
    store = tmp_path / "store"
    proc = digitize(
        "process",
        source,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        store,
        "--report",
        tmp_path / "r.json",
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr
    assert not list(store.rglob("*.pdf")) and not (tmp_path / "r.json").exists()
    assert _digest(source) == before


def test_bad_patient_index_is_refused(tmp_path):
    bad = tmp_path / "patients.csv"
    bad.write_text("id,name\n1,someone\n")
    proc = digitize("process", SAMPLES / "batch1.pdf", "--patients", bad, "--store", tmp_path / "s")
    assert proc.returncode == 2 and "header mrn,family,given,dob,sex" in proc.stderr


def test_bad_setting_is_named(tmp_path):
    env = dict(os.environ, DIGITIZE_COVER_SHEET__PATTERN="(unclosed")
    proc = digitize(
        "process",
        SAMPLES / "batch1.pdf",
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        tmp_path / "s",
        env=env,
    )
    assert proc.returncode == 2
    assert "cover_sheet.pattern" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
