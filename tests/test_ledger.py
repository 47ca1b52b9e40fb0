"""The batch ledger on both app databases: SQLite (default) and PostgreSQL (by URL)."""

from __future__ import annotations

import uuid

import pytest

from flows.ledger import Ledger
from tests import pg


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request, tmp_path):
    if request.param == "sqlite":
        yield Ledger(f"sqlite:///{tmp_path}/app.db")
        return
    url = pg.fresh_database()
    yield Ledger(url)
    pg.drop_database(url)


def test_claims_count_attempts_and_statuses_are_kept(ledger):
    bid = "b" + uuid.uuid4().hex[:20]
    first = ledger.claim(bid, "/p/a.pdf", "/p/mpi.csv", "/store")
    assert (first.status, first.attempts) == ("processing", 1)
    assert ledger.claim(bid, "/p/a.pdf", "/p/mpi.csv", "/store").attempts == 2
    ledger.update(bid, status="done", flow_run_id="run-1")
    job = ledger.get(bid)
    assert (job.status, job.flow_run_id, job.attempts) == ("done", "run-1", 2)
    assert bid in {j.batch_id for j in ledger.in_status("done")}
    with pytest.raises(ValueError):
        ledger.update(bid, status="lost")
