"""External programs and Tesseract languages are checked before any work starts (issue 14):
`process`, `watch`, `serve` and `review` refuse with one line and exit 2 when one is missing;
`digitize doctor` lists what was found, with versions."""

from __future__ import annotations

import os
import shutil

import pytest

from tests.conftest import SAMPLES, digitize


@pytest.fixture
def path_without_tesseract(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for program in ("pdftoppm", "pdftotext", "jbig2dec"):
        os.symlink(shutil.which(program), bin_dir / program)
    return str(bin_dir)


@pytest.mark.parametrize("command", ["process", "watch", "serve", "review"])
def test_a_missing_program_is_one_line_and_exit_2(command, path_without_tesseract, tmp_path):
    env = dict(os.environ, PATH=path_without_tesseract)
    args = {
        "process": ["process", SAMPLES / "batch1.pdf", "--patients", SAMPLES / "patients.csv"],
        "watch": ["watch", tmp_path / "root", "--patients", SAMPLES / "patients.csv", "--once"],
        "serve": ["serve", tmp_path / "root", "--patients", SAMPLES / "patients.csv"],
        "review": ["review"],
    }[command]
    proc = (
        digitize(*args, "--store", tmp_path / "store", env=env)
        if command != "review"
        else (digitize(*args, env=env))
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "tesseract is missing" in lines[0] and "apt-get" in lines[0]
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").rglob("*.pdf"))


def test_a_missing_language_is_named(tmp_path):
    env = dict(os.environ, DIGITIZE_OCR__LANGUAGE="eng+xyz")
    proc = digitize(
        "process",
        SAMPLES / "batch1.pdf",
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        tmp_path / "store",
        env=env,
    )
    assert proc.returncode == 2 and "tesseract language xyz is missing" in proc.stderr


def test_doctor_lists_programs_with_versions(path_without_tesseract):
    ok = digitize("doctor")
    assert ok.returncode == 0 and "0 missing" in ok.stdout
    assert "tesseract 5" in ok.stdout or "tesseract 4" in ok.stdout
    assert "pdftoppm" in ok.stdout and "tesseract language osd" in ok.stdout
    bad = digitize("doctor", env=dict(os.environ, PATH=path_without_tesseract))
    assert bad.returncode == 2 and "MISSING" in bad.stdout
