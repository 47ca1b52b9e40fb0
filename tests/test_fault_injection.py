"""Fault injection, as property tests: the process is killed at a random point of a batch (after
OCR, between two objects, in the middle of an object's write, during the manifest write) or of a
review decision, or the database goes away mid-batch; after a restart every page must be filed
or in review exactly once, and the store, the manifest and the review queue must agree.

The kill is real: the batch runs in a child process that dies by os._exit at the chosen store
write, with no clean-up of any kind, as after kill -9 or a power cut."""

from __future__ import annotations

import multiprocessing
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from appdb.database import engine_for
from appdb.tables import User
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.batch import WORKDIR_PREFIX
from pipeline.storage import manifest
from pipeline.storage.store import LocalStore
from pipeline.storage.verify import verify
from review.accounts import Accounts
from review.queue import ReviewQueue
from tests import pg
from tests.review_fixtures import build_review_batch, drop_postgres, postgres_url

pytestmark = pytest.mark.usefixtures("prefect_server")  # batches run as flows


KILLED = 137


class CrashingStore(LocalStore):
    """A real local store whose process dies at its n-th write: before the write, or half way
    (the data written to a temporary file, not yet linked into place)."""

    def __init__(self, root: Path, crash_at: int, during: bool):
        super().__init__(root)
        self.crash_at, self.during, self.writes = crash_at, during, 0

    def put_once(self, key, data, content_type):
        if self.writes == self.crash_at:
            if self.during:
                self._write_tmp(self._path(key), data)
            os._exit(KILLED)
        self.writes += 1
        return super().put_once(key, data, content_type)


def _settings(db_url: str, work: Path):
    return load_settings(
        {
            "database": {"url": db_url},
            "processing": {"work_dir": str(work)},
            "storage": {"retry_delays_seconds": [0.1]},  # one quick retry: the outage stays
        }
    )


def _run_batch_and_die(source, patients, store_root, db_url, work, crash_at, during):
    store = CrashingStore(Path(store_root), crash_at, during)
    run_batch(Path(source), Path(patients), store, _settings(db_url, Path(work)))
    os._exit(0)  # every write done before the chosen one came


def _decide_and_die(store_root, db_url, work, item_id, mrn, crash_at, during):
    queue = ReviewQueue(engine_for(db_url), _settings(db_url, Path(work)))
    view = queue.view(item_id)
    queue.store_for._open[view.store_url] = CrashingStore(Path(store_root), crash_at, during)
    from sqlalchemy.orm import Session

    with Session(queue.engine, expire_on_commit=False) as s:
        rita = s.query(User).filter_by(username="rita").one()
    item = queue.claim(item_id, rita)
    queue.assign_patient(item_id, item.version, rita, mrn)
    queue.decide(item_id, queue.view(item_id).item.version, rita, "file")
    os._exit(0)


def _in_child(target, *args) -> int:
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter, as after a restart
    proc = ctx.Process(target=target, args=args)
    proc.start()
    proc.join(300)
    return proc.exitcode


@pytest.fixture(scope="module")
def review_batch(tmp_path_factory):
    return build_review_batch(tmp_path_factory.mktemp("faultbatch"))


@pytest.fixture(scope="module")
def writes_per_batch(review_batch, tmp_path_factory):
    """How many store writes one clean run makes (kept pages, documents, the manifest)."""
    base = tmp_path_factory.mktemp("count")
    store = LocalStore(base / "store")
    run_batch(
        review_batch.source,
        review_batch.patients_csv,
        store,
        _settings(f"sqlite:///{base / 'app.db'}", base),
    )
    return len(list(store.keys()))


def check_consistent(store: LocalStore, db_url: str, work: Path, page_count: int) -> dict:
    """Every page exactly once; the store, the manifest and the review queue agree."""
    batch_id = next(k for k in store.keys("batches/")).split("/")[1]
    latest = manifest.latest(store, batch_id)
    assert [p["index"] for p in latest["pages"]] == list(range(page_count))
    in_docs = [i for d in latest["documents"] for i in d["pages"]]
    assert len(in_docs) == len(set(in_docs))
    for p in latest["pages"]:
        assert (p["index"] in in_docs) == (p["status"] == "filed")
    report = verify(store)
    assert report.exit_code == 0, report.lines()
    engine = engine_for(db_url)
    with engine.connect() as conn:
        queued = sorted(
            i
            for (i,) in conn.execute(
                text(
                    "SELECT p.page_index FROM review_page p JOIN review_item i ON i.id = p.item_id "
                    "WHERE i.state IN ('open', 'applying')"
                )
            )
        )
        pending = conn.execute(
            text("SELECT count(*) FROM review_item WHERE state = 'pending'")
        ).scalar()
    assert queued == [p["index"] for p in latest["pages"] if p["status"] == "review"]
    assert pending == 0
    assert not list(work.glob(WORKDIR_PREFIX + "*"))  # no page images left behind
    return latest


# Two drawn kill points a run besides the two fixed ones (suite time; the sweep of every point
# is the property's own: each run draws new ones).
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(point=st.integers(-1, 12), during=st.booleans())
@example(point=0, during=False)  # after OCR, before the first object
@example(point=-1, during=True)  # half way through writing the manifest
def test_killed_batch_then_restart_loses_and_doubles_nothing(
    point, during, review_batch, writes_per_batch, tmp_path_factory
):
    base = tmp_path_factory.mktemp("kill")
    db_url, work = f"sqlite:///{base / 'app.db'}", base / "work"
    work.mkdir()
    # -1: the last write (the manifest); writes_per_batch: no kill, every write done.
    crash_at = writes_per_batch - 1 if point == -1 else point % (writes_per_batch + 1)
    code = _in_child(
        _run_batch_and_die,
        str(review_batch.source),
        str(review_batch.patients_csv),
        str(base / "store"),
        db_url,
        str(work),
        crash_at,
        during,
    )
    assert code in (KILLED, 0)
    if crash_at < writes_per_batch:
        assert code == KILLED
        store = LocalStore(base / "store")
        assert not store.exists(f"batches/{_batch_id(review_batch)}/manifest.json")
        # What the killed run left (page images: PHI) is readable by its owner only.
        (left,) = work.glob(WORKDIR_PREFIX + "*")
        for path in [left, *left.rglob("*")]:
            assert not path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO), path.name
    # The restart: the same batch again.
    store = LocalStore(base / "store")
    result = run_batch(
        review_batch.source, review_batch.patients_csv, store, _settings(db_url, work)
    )
    check_consistent(store, db_url, work, result["page_count"])


def _batch_id(review_batch) -> str:
    from pipeline.intake import batch_id

    return batch_id(review_batch.source)


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(crash_at=st.integers(0, 2), during=st.booleans())
def test_killed_review_decision_is_completed_on_restart(
    crash_at, during, review_batch, tmp_path_factory
):
    """Filing from review writes the PDF, its metadata, then a manifest revision: killed at any
    of them, the saved decision is completed by the next start, once."""
    base = tmp_path_factory.mktemp("killreview")
    db_url, work = f"sqlite:///{base / 'app.db'}", base / "work"
    work.mkdir()
    cfg = _settings(db_url, work)
    store = LocalStore(base / "store")
    result = run_batch(review_batch.source, review_batch.patients_csv, store, cfg)
    Accounts(engine_for(db_url), cfg).add("rita", "reviewer", "correct horse battery staple")
    queue = ReviewQueue(engine_for(db_url), cfg)
    item = next(i for i in queue.waiting() if "identity_conflict" in i.reasons)
    mrn = review_batch.known[2].mrn
    code = _in_child(
        _decide_and_die, str(base / "store"), db_url, str(work), item.id, mrn, crash_at, during
    )
    assert code == KILLED
    assert queue.view(item.id).item.state == "applying"  # the decision was saved first
    assert queue.resume() == 1  # the restart completes it
    latest = check_consistent(store, db_url, work, result["page_count"])
    docs = [d for d in latest["documents"] if d.get("reviewed_by") == "rita"]
    assert len(docs) == 1 and docs[0]["mrn"] == mrn
    assert queue.view(item.id).item.state == "done"
    assert queue.resume() == 0


@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(point=st.integers(-1, 12))
@example(point=-1)  # from the manifest's write on
def test_database_going_away_mid_batch_then_coming_back(
    point, review_batch, writes_per_batch, tmp_path_factory
):
    """PostgreSQL refuses connections from the chosen store write on (every connection of the
    run is cut); the batch fails without filing its manifest; once the database is back a
    re-run completes it, with store and queue in agreement."""
    import psycopg

    base = tmp_path_factory.mktemp("dbdown")
    db_url = postgres_url()
    name = db_url.rsplit("/", 1)[1]
    admin = pg.admin_dsn()
    work = base / "work"
    work.mkdir()
    cfg = _settings(db_url, work)
    engine_for(db_url)  # the schema exists before the outage
    crash_at = writes_per_batch - 1 if point == -1 else point % writes_per_batch

    class DatabaseGoesAway(LocalStore):
        writes = 0

        def put_once(self, key, data, content_type):
            if self.writes == crash_at:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
                    conn.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                        (name,),
                    )
            self.writes += 1
            return super().put_once(key, data, content_type)

    try:
        store = DatabaseGoesAway(base / "store")
        with pytest.raises(Exception):  # noqa: B017 - whatever the driver raises
            run_batch(review_batch.source, review_batch.patients_csv, store, cfg)
        written = list(store.keys("batches/"))
        # No manifest, unless the outage began at the manifest's own write (the last): then
        # the batch is filed but its review items were not yet opened.
        assert not written or crash_at == writes_per_batch - 1
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    try:
        store = LocalStore(base / "store")
        if written:
            # The review page heals this by itself when it starts, without a re-run.
            ReviewQueue(engine_for(db_url), cfg).resume()
            check_consistent(
                store, db_url, work, manifest.latest(store, written[0].split("/")[1])["page_count"]
            )
        result = run_batch(review_batch.source, review_batch.patients_csv, store, cfg)
        check_consistent(store, db_url, work, result["page_count"])
    finally:
        drop_postgres(db_url)


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(point=st.integers(0, 12))
def test_object_store_going_away_mid_batch_then_coming_back(
    point, moto_s3, review_batch, writes_per_batch, tmp_path_factory
):
    """The S3 server stops at the chosen write (every later request meets a closed port): the
    batch fails cleanly with no manifest; with the server back, a re-run completes it and every
    object exists exactly once (one version)."""
    import uuid

    import boto3
    from moto.server import ThreadedMotoServer

    from pipeline.errors import StoreError
    from pipeline.storage.s3store import S3Store

    base = tmp_path_factory.mktemp("s3down")
    db_url, work = f"sqlite:///{base / 'app.db'}", base / "work"
    work.mkdir()
    cfg = _settings(db_url, work)
    bucket = f"outage-{uuid.uuid4().hex[:8]}"
    crash_at = point % writes_per_batch
    saved = os.environ.get("AWS_ENDPOINT_URL")

    def serve() -> ThreadedMotoServer:
        server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        server.start()
        host, port = server.get_host_and_port()
        os.environ["AWS_ENDPOINT_URL"] = f"http://{host}:{port}"
        return server

    flaky = serve()
    try:
        boto3.client("s3").create_bucket(Bucket=bucket)
        store = S3Store(f"s3://{bucket}/p", max_attempts=2, connect_timeout=1, read_timeout=2)
        real_put, writes = store.put_once, [0]

        def put(key, data, content_type):
            if writes[0] == crash_at:
                flaky.stop()
            writes[0] += 1
            return real_put(key, data, content_type)

        store.put_once = put
        with pytest.raises(StoreError):
            run_batch(review_batch.source, review_batch.patients_csv, store, cfg)
        back = serve()  # moto keeps its state in this process: what was written is there
        try:
            store = S3Store(f"s3://{bucket}/p")
            assert not list(store.keys("batches/"))
            result = run_batch(review_batch.source, review_batch.patients_csv, store, cfg)
            check_consistent(store, db_url, work, result["page_count"])
            client = boto3.client("s3")
            listed = client.list_object_versions(Bucket=bucket, Prefix="p/")["Versions"]
            assert len(listed) == len({v["Key"] for v in listed}) == writes_per_batch
        finally:
            back.stop()
    finally:
        if saved is None:
            os.environ.pop("AWS_ENDPOINT_URL", None)
        else:
            os.environ["AWS_ENDPOINT_URL"] = saved
