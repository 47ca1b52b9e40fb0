"""Start-up (issue 16): the first pages are analysed while the flow is being set up, and a
temporary Prefect server is started at once unless one is configured. The time to the first
page is measured by `make bench`, never here."""

from __future__ import annotations

import os

import pytest

from config.settings import load_settings
from flows import server
from pipeline.batch import BatchJob
from pipeline.errors import BadInput
from pipeline.intake import Batch
from pipeline.storage.store import LocalStore
from tests.conftest import SAMPLES


@pytest.fixture
def job(tmp_path) -> BatchJob:
    settings = load_settings({"processing": {"work_dir": str(tmp_path / "work")}})
    (tmp_path / "work").mkdir()
    batch = Batch.open(SAMPLES / "batch1.pdf", settings)
    return BatchJob(batch, SAMPLES / "patients.csv", LocalStore(tmp_path / "store"), settings)


def test_pages_analysed_ahead_are_the_batch_pages_each_once_in_order(job):
    with job:
        job.analyse_ahead(3)
        workdir = job.workdir
        seen = []
        for page in job.pages():
            seen.append(page.index)
            if page.index < 3:  # analysed ahead: the flow's task takes that result
                assert job.analyse(page).index == page.index
        assert seen == list(range(job.batch.page_count))
        assert not job._ahead_results  # every result taken, none left behind
    assert not workdir.exists()  # page images hold PHI: gone with the job


def test_a_damaged_page_met_ahead_fails_the_batch_where_the_flow_reads_it(job):
    good = next(job.batch.pages())

    def damaged():
        yield good
        raise BadInput("page 2 is damaged or truncated")

    job.batch.pages = damaged
    with job:
        job.analyse_ahead(4)  # does not raise: the set-up goes on
        pages = job.pages()
        assert next(pages).index == 0
        with pytest.raises(BadInput, match="page 2"):
            next(pages)


def test_a_server_is_started_only_when_none_is_configured(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.delenv("PREFECT_PROFILES_PATH", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect-home"))
    assert not server._mentions_a_server()  # nothing anywhere: start one at once
    profiles = tmp_path / "prefect-home" / "profiles.toml"
    profiles.parent.mkdir()
    profiles.write_text(
        'active = "site"\n[profiles.site]\nPREFECT_API_URL = "http://prefect.example:4200/api"\n'
    )
    assert server._mentions_a_server()  # Prefect itself then decides
    profiles.write_text('active = "ephemeral"\n[profiles.ephemeral]\n')
    assert not server._mentions_a_server()
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.example:4200/api")
    assert server.configured()


def test_the_temporary_server_answers_and_stops(monkeypatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    temp = server.TemporaryServer()
    try:
        temp.wait(600)
        assert temp.url.startswith("http://127.0.0.1:")
    finally:
        temp.stop()
    assert temp.process.poll() is not None
    assert "PREFECT_API_URL" not in os.environ  # this process points where it did before
