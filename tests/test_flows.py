"""The watched folder and the Prefect flow, on a real Prefect server (prefect_test_harness)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES, digitize
from tests.test_delivery import _Receiver, listener

pytestmark = pytest.mark.usefixtures("prefect_server")

OLD = time.time() - 3600  # an mtime an hour ago: the scanner finished long since


def drop(src: Path, inbox: Path, name: str | None = None) -> Path:
    """Copy a batch into the inbox as a scanner would, finished (old mtime, .ready)."""
    target = inbox / (name or src.name)
    if src.is_dir():
        shutil.copytree(src, target)
        (target / ".ready").touch()
    else:
        shutil.copy(src, target)
        os.utime(target, (OLD, OLD))
    return target


@pytest.fixture
def root(tmp_path) -> Path:
    for d in ("inbox", "processing", "done", "failed"):
        (tmp_path / "root" / d).mkdir(parents=True)
    return tmp_path / "root"


def watch(root: Path, store: Path, *extra: str, env=None):
    """Each test's watched folder has its own app database (the ledger would otherwise know
    these scans from other tests and, rightly, not process them twice)."""
    env = env or dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{root.parent}/app.db")
    return digitize(
        "watch",
        root,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        store,
        "--settle-seconds",
        "2",
        *extra,
        env=env,
    )


def manifests(store: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(store.glob("batches/*/manifest.json"))]


def test_watch_once_processes_a_folder_of_batches_end_to_end(root, tmp_path):
    for src in (SAMPLES / "batch1.pdf", SAMPLES / "batch2.tif", SAMPLES / "batch3"):
        drop(src, root / "inbox", "Smith John scan " + src.name)  # names may hold PHI
    growing = root / "inbox" / "still-scanning.pdf"
    growing.write_bytes((SAMPLES / "batch1.pdf").read_bytes()[:50_000])
    # Still being written for the whole run, however long a loaded machine takes over it.
    os.utime(growing, (time.time() + 3600, time.time() + 3600))
    corrupt = drop(SAMPLES / "batch1.pdf", root / "inbox", "broken.pdf")
    corrupt.write_bytes(corrupt.read_bytes()[:40_000])
    os.utime(corrupt, (OLD, OLD))

    store = tmp_path / "store"
    receiver = _Receiver()  # the EHR: `watch` runs the deliver flow after its pass
    with listener(receiver) as port:
        env = dict(
            os.environ,
            DIGITIZE_DATABASE__URL=f"sqlite:///{root.parent}/app.db",
            DIGITIZE_EHR__HOST="127.0.0.1",
            DIGITIZE_EHR__PORT=str(port),
        )
        proc = watch(root, store, "--once", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "3 batches done, 1 failed" in proc.stdout

    done = sorted(p.name for p in (root / "done").iterdir())
    assert len(done) == 3 and all(n.startswith("b") and "Smith" not in n for n in done)
    assert [p.name for p in (root / "inbox").iterdir()] == ["still-scanning.pdf"]
    assert list((root / "processing").iterdir()) == []
    (failed,) = (root / "failed").iterdir()
    error = json.loads((failed / "error.json").read_text())
    assert "truncated" in error["error"] and error["what_to_do"]

    ms = manifests(store)
    assert sorted(m["page_count"] for m in ms) == [11, 11, 11]
    for m in ms:
        assert [p["index"] for p in m["pages"]] == list(range(m["page_count"]))
    filed = {d["document_id"]: 1 for m in ms for d in m["documents"]}
    assert len(filed) >= 6
    assert {d: len(c) for (_, d), c in receiver.effective().items()} == filed

    # The same scan dropped again is recognised and not processed twice.
    drop(SAMPLES / "batch1.pdf", root / "inbox", "again.pdf")
    again = watch(root, store, "--once")
    assert "1 already processed" in again.stdout
    assert len(manifests(store)) == 3


def test_a_run_killed_mid_batch_is_finished_on_restart(root, tmp_path):
    store, tmp = tmp_path / "store", tmp_path / "tmp"
    tmp.mkdir()
    drop(SAMPLES / "batch3", root / "inbox")
    env = dict(os.environ, TMPDIR=str(tmp), DIGITIZE_DATABASE__URL=f"sqlite:///{tmp_path}/a.db")
    cmd = [
        sys.executable,
        "-m",
        "digitize.cli",
        "watch",
        str(root),
        "--patients",
        str(SAMPLES / "patients.csv"),
        "--store",
        str(store),
        "--settle-seconds",
        "2",
        "--once",
    ]
    log = (tmp_path / "killed.log").open("w")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=log, start_new_session=True)
    deadline = time.time() + 120
    while time.time() < deadline and not list(tmp.glob("digitize-work-*/*.pdf")):
        time.sleep(0.2)  # pages are being analysed: some OCR output exists
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    log.close()
    assert len(list((root / "processing").iterdir())) == 1, (tmp_path / "killed.log").read_text()
    assert not list(store.glob("batches/*/manifest.json"))

    restart = watch(root, store, "--once", env=env)
    assert restart.returncode == 0, restart.stderr
    assert "1 batches done" in restart.stdout
    (m,) = manifests(store)
    assert [p["index"] for p in m["pages"]] == list(range(m["page_count"]))
    pdfs = sorted((store / "documents").rglob("*.pdf"))
    assert len(pdfs) == len(m["documents"]) == len({d["object_key"] for d in m["documents"]})
    assert list(tmp.iterdir()) == []  # the killed run's page images were swept


def test_the_first_run_on_a_new_machine_starts_prefect_even_on_a_loaded_machine(root, tmp_path):
    """No Prefect server configured and a fresh PREFECT_HOME: the temporary server creates its
    database on first start, while a CPU hog runs beside it (and, in `make test`, the suite's
    other test process)."""
    import pikepdf

    small = tmp_path / "small.pdf"
    with pikepdf.open(SAMPLES / "batch1.pdf") as src:
        pdf = pikepdf.new()
        for page in list(src.pages)[:2]:  # the cover sheet and one page
            pdf.pages.append(page)
        pdf.save(small)
    drop(small, root / "inbox")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        PREFECT_HOME=str(tmp_path / "prefect-home"),
        DIGITIZE_DATABASE__URL=f"sqlite:///{tmp_path}/app.db",
    )
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"])]  # (and the suite)
    try:
        proc = watch(root, tmp_path / "store", "--once", env=env)
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "1 batches done" in proc.stdout
    assert "temporary server" in proc.stderr and "PREFECT_API_URL" in proc.stderr
