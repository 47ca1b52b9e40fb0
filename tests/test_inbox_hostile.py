"""Nothing in inbox/ stops intake, and no part of an entry's name goes anywhere (issue 14).

Every hostile kind from tests/material/hostile.py is dropped with PHI in every part of its name
(stem, suffix, folder, page files, link target), beside good batches under PHI names. The real
`digitize watch --once -vv` runs on it. It must file the good batches, move every hostile entry
to failed/ with a reason, and leave the PHI in none of: the console at DEBUG, error.json,
folder and file names under ROOT (the refused entries' own contents aside), the ledger and the
rest of the app database, Prefect's database."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from config.settings import load_settings
from flows import watch
from flows.inbox import Inbox
from pipeline.storage.store import LocalStore
from tests.conftest import SAMPLES, digitize, prefect_database_rows
from tests.material import hostile as H
from tests.phi import found

pytestmark = pytest.mark.usefixtures("prefect_server")
OLD = time.time() - 3600


def test_hostile_entries_never_stop_intake_and_their_names_go_nowhere(tmp_path):
    root, outside = tmp_path / "root", tmp_path / f"outside {H.TAG}"
    inbox = root / "inbox"
    inbox.mkdir(parents=True)
    kinds = H.hostile_kinds(outside)
    for i, make in enumerate(kinds.values()):
        make(inbox, i)
    good = H.good_batches(inbox, 3)
    H.age(inbox)
    entries = len(list(inbox.iterdir()))

    db = tmp_path / "app.db"
    env = dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{db}")
    proc = digitize(
        "-vv",
        "watch",
        root,
        "--patients",
        SAMPLES / "patients.csv",
        "--store",
        tmp_path / "store",
        "--settle-seconds",
        "1",
        "--once",
        env=env,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr

    manifests = list((tmp_path / "store").glob("batches/*/manifest.json"))
    assert len(manifests) == len(good), proc.stderr[-3000:]
    assert sorted(p.name for p in inbox.iterdir()) == []
    failed = sorted((root / "failed").iterdir())
    reasons = [json.loads((f / "error.json").read_text())["error"] for f in failed]
    assert len(failed) == entries - len(good), reasons
    assert all(reasons)

    texts = [proc.stdout, proc.stderr, *H.sqlite_rows(db)]
    texts += [blob for _table, blob in prefect_database_rows()]
    assert H.leaks(root, texts) == []
    # The good batches' documents are in the store; nothing of the refused entries is.
    assert not any(found(p.name, [H.MRN]) for p in (tmp_path / "store").rglob("*"))


def test_the_inbox_never_opens_what_it_refuses(tmp_path):
    """A FIFO or a link to /dev/zero would block or never end if opened: ready() returns."""
    settings = load_settings()
    box = Inbox(tmp_path / "root", settings, settle_seconds=0)
    kinds = H.hostile_kinds(tmp_path / "outside")
    for i, make in enumerate(kinds.values()):
        make(box.inbox, i)
    H.age(box.inbox)
    done = []
    t = threading.Thread(target=lambda: done.append(box.ready(now=time.time() + 3600)))
    t.start()
    t.join(60)
    assert done, "the inbox blocked on an entry"
    ready, refused = done[0]
    assert ready == []
    for r in refused:
        assert not found(r.reason, list(H.PHI)) and not found(r.key, list(H.PHI)), r.reason
        box.refuse(r)
    assert list(box.inbox.iterdir()) == []


def test_serve_restarts_a_watcher_that_stopped(tmp_path, monkeypatch):
    settings = load_settings({"database": {"url": f"sqlite:///{tmp_path / 'app.db'}"}})
    w = watch.Watcher(
        tmp_path / "root", SAMPLES / "patients.csv", LocalStore(tmp_path / "s"), settings, 0
    )
    processing = w.inbox.processing
    processing.rmdir()  # the share holding processing/ went away: the watcher stops
    monkeypatch.setattr(watch, "RESTART_SECONDS", 0.2)
    told = []
    real_tell = watch._tell_prefect
    monkeypatch.setattr(watch, "_tell_prefect", lambda e, r: (told.append((e, r)), real_tell(e, r)))
    stop = threading.Event()
    t = threading.Thread(target=watch.supervise, args=(w, 0.1, stop), daemon=True)
    t.start()
    deadline = time.time() + 30
    while not told and time.time() < deadline:
        time.sleep(0.05)
    assert told and told[0][0] == "digitize.watcher.restarted"
    processing.mkdir()  # back: the restarted watcher runs on
    before = len(told)
    time.sleep(1)
    stop.set()
    t.join(10)
    assert not t.is_alive() and len(told) <= before + 1
