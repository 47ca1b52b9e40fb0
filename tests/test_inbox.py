"""The watched folder's inbox (no Prefect, no database): a ready batch is opened and hashed once,
with the site's limits, and claimed without being read again."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from config.settings import load_settings
from flows.inbox import Inbox
from pipeline import intake
from tests.conftest import SAMPLES

OLD = time.time() - 3600


@pytest.fixture
def hashes(monkeypatch) -> list:
    """Every batch hash computed (each hash reads every byte of the batch)."""
    calls = []
    real = intake.batch_id

    def counting(source):
        calls.append(source.name)
        return real(source)

    monkeypatch.setattr(intake, "batch_id", counting)
    return calls


def test_a_ready_batch_is_read_once_and_claimed_without_reading_it_again(tmp_path, hashes):
    inbox = Inbox(tmp_path / "root", load_settings(), settle_seconds=1)
    scan = inbox.inbox / "batch2.tif"
    shutil.copy(SAMPLES / "batch2.tif", scan)
    os.utime(scan, (OLD, OLD))
    folder = inbox.inbox / "pages"
    folder.mkdir()
    for name in ("page_1.jpg", "page_2.jpg"):
        shutil.copy(SAMPLES / "batch3" / name, folder / name)
    (folder / ".ready").touch()

    ready, broken = inbox.ready()
    assert broken == [] and len(ready) == 2 and len(hashes) == 2
    claimed = [inbox.claim(batch) for batch in ready]
    assert len(hashes) == 2  # the claim uses the hash already taken
    for c in claimed:
        assert c.path.parent == inbox.processing and c.path.name.startswith(c.batch_id)
        assert c.batch.source == c.path  # the run reads the batch where it now is
        assert [p.index for p in c.batch.pages()] == list(range(c.batch.page_count))
    assert len(hashes) == 2


def test_the_inbox_checks_a_batch_with_the_site_limits(tmp_path):
    small = load_settings({"intake": {"max_page_pixels": 2_000_000}})
    inbox = Inbox(tmp_path / "root", small, settle_seconds=1)
    scan = inbox.inbox / "batch2.tif"
    shutil.copy(SAMPLES / "batch2.tif", scan)
    os.utime(scan, (OLD, OLD))
    ready, broken = inbox.ready()
    assert ready == [] and len(broken) == 1 and "too large" in broken[0].reason
