"""The review queue on SQLite and on PostgreSQL, fed by the real pipeline: items, claims with
leases, two reviewers racing, stale forms, split/merge, page decisions, filing through the
pipeline's filing code into a manifest revision, labels for the classifier, the audit log."""

from __future__ import annotations

import json
import shutil
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from appdb import database
from appdb.database import engine_for
from appdb.tables import ReviewItem, User
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.decisions.patients import PatientIndex
from pipeline.storage import keys, manifest
from pipeline.storage.store import LocalStore
from pipeline.storage.verify import verify
from review.accounts import Accounts
from review.queue import NotReady, ReviewQueue, Stale
from review.type_labels import export_labels
from tests import pg
from tests.review_fixtures import build_review_batch, drop_postgres, postgres_url

pytestmark = pytest.mark.usefixtures("prefect_server")  # batches run as flows


PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def review_batch(tmp_path_factory):
    return build_review_batch(tmp_path_factory.mktemp("reviewbatch"))


@pytest.fixture(scope="module")
def snapshots():
    """The batch processed once per database kind (processing is the slow part); each test
    gets a fresh copy of that database and store. Dropped at the end of the module."""
    cache: dict[str, dict] = {}
    yield cache
    if "postgresql" in cache:
        drop_postgres(cache["postgresql"]["url"])


def _forget_engine(url: str) -> None:
    engine = database._engines.pop(url, None)
    if engine is not None:
        engine.dispose()


def _snapshot(kind: str, base: Path, review_batch) -> dict:
    url = f"sqlite:///{base / 'app.db'}" if kind == "sqlite" else postgres_url()
    settings = load_settings({"database": {"url": url}, "review": {"lease_minutes": 10}})
    result = run_batch(
        review_batch.source, review_batch.patients_csv, LocalStore(base / "store"), settings
    )
    accounts = Accounts(engine_for(url), settings)
    for name, role in (("rita", "reviewer"), ("rob", "reviewer"), ("sue", "supervisor")):
        accounts.add(name, role, PASSWORD)
    _forget_engine(url)  # a template database must have no connections
    shutil.copytree(base / "store", base / "store.snapshot")
    if kind == "sqlite":
        shutil.copy(base / "app.db", base / "app.db.snapshot")
    return {"url": url, "manifest": result, "base": base}


@pytest.fixture(params=["sqlite", "postgresql"])
def env(request, tmp_path_factory, review_batch, snapshots):
    """The batch processed by the real pipeline into a fresh store and app database (a copy of
    one processed run: the store at the same path, the database from a template)."""
    kind = request.param
    if kind not in snapshots:
        snapshots[kind] = _snapshot(kind, tmp_path_factory.mktemp(f"review-{kind}"), review_batch)
    snap = snapshots[kind]
    base = snap["base"]
    shutil.rmtree(base / "store", ignore_errors=True)
    shutil.copytree(base / "store.snapshot", base / "store")
    if kind == "sqlite":
        url = snap["url"]
        _forget_engine(url)
        shutil.copy(base / "app.db.snapshot", base / "app.db")
    else:
        url = pg.copy_database(snap["url"])
    settings = load_settings({"database": {"url": url}, "review": {"lease_minutes": 10}})
    engine = engine_for(url)
    yield Env(settings, engine, LocalStore(base / "store"), snap["manifest"], review_batch)
    if kind == "postgresql":
        drop_postgres(url)
    else:
        _forget_engine(url)


class Env:
    def __init__(self, settings, engine, store, manifest, batch):
        self.settings, self.engine, self.store = settings, engine, store
        self.manifest, self.batch = manifest, batch
        self.queue = ReviewQueue(engine, settings)
        self.index = PatientIndex.load(batch.patients_csv)

    def user(self, name: str) -> User:
        with Session(self.engine, expire_on_commit=False) as s:
            return s.query(User).filter_by(username=name).one()

    def items(self) -> list[ReviewItem]:
        return self.queue.waiting()

    def item_with(self, reason: str) -> ReviewItem:
        return next(i for i in self.items() if reason in i.reasons)

    def latest(self) -> dict:
        return manifest.latest(self.store, self.manifest["batch_id"])


def test_pipeline_queues_every_flagged_page_once(env):
    review_pages = [p["index"] for p in env.manifest["pages"] if p["status"] == "review"]
    items = env.items()
    pages = env.queue.pages_of([i.id for i in items])
    queued = sorted(i for ps in pages.values() for i in ps)
    assert queued == review_pages  # every page in review is in exactly one item
    assert [sorted(i.reasons) for i in items] == [
        ["no_cover_sheet"],
        ["unknown_patient"],
        ["identity_conflict"],
    ]
    a, b, c = items
    assert pages[a.id] == [0, 1] and a.patient_mrn is None
    assert pages[b.id] == [2, 3] and b.patient_mrn is None  # the cover sheet and its page
    # Suggestions kept: the top three types, and the patients the page itself points to.
    assert len(a.type_suggestions) == 3 and a.document_type == a.type_suggestions[0][0]
    assert a.document_type == "progress_note"
    assert env.batch.known[2].mrn in [x["mrn"] for x in c.patient_candidates]
    assert c.patient_mrn is None  # the packet's patient is in doubt: a reviewer must name one
    assert all(i.state == "open" for i in items)
    # The flagged pages are kept in the store, named by batch and page only.
    kept = [p["review_object"]["key"] for p in env.manifest["pages"] if p["review_object"]]
    assert kept == [f"review/{env.manifest['batch_id']}/p{i:05d}.pdf" for i in review_pages]
    assert verify(env.store).exit_code == 0


def test_two_reviewers_race_for_one_item(env):
    rita, rob = env.user("rita"), env.user("rob")
    target = env.items()[0].id
    got: dict[str, object] = {}
    barrier = threading.Barrier(2)

    def take(user):
        barrier.wait()
        got[user.username] = env.queue.claim(target, user)

    threads = [threading.Thread(target=take, args=(u,)) for u in (rita, rob)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [name for name, item in got.items() if item is not None]
    assert len(winners) == 1, got  # exactly one reviewer holds the item

    # Both ask for "the next item" at once: they get different items.
    env.queue.release(target, _version(env, target), env.user(winners[0]))
    got.clear()
    barrier = threading.Barrier(2)

    def nxt(user):
        barrier.wait()
        got[user.username] = env.queue.claim_next(user)

    threads = [threading.Thread(target=nxt, args=(u,)) for u in (rita, rob)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got["rita"] is not None and got["rob"] is not None
    assert got["rita"].id != got["rob"].id


def _version(env, item_id) -> int:
    return env.queue.view(item_id).item.version


def test_a_decision_is_applied_once_and_stale_forms_are_refused(env):
    rita, rob = env.user("rita"), env.user("rob")
    item = env.item_with("identity_conflict")
    claimed = env.queue.claim(item.id, rita)
    p = env.batch.known[2]
    env.queue.assign_patient(item.id, claimed.version, rita, p.mrn)
    version = _version(env, item.id)
    # Rob never claimed it: his form is refused.
    with pytest.raises(Stale):
        env.queue.decide(item.id, version, rob, "file")
    # Rita submits the same form twice at once (a double press): one applies, one is refused.
    results: list[object] = []
    barrier = threading.Barrier(2)

    def submit():
        barrier.wait()
        try:
            results.append(env.queue.decide(item.id, version, rita, "file"))
        except Stale as exc:
            results.append(exc)

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(isinstance(r, Stale) for r in results) == 1
    latest = env.latest()
    assert latest["revision"] == 1  # one decision, one manifest revision
    docs = [d for d in latest["documents"] if d.get("reviewed_by") == "rita"]
    assert len(docs) == 1 and docs[0]["mrn"] == p.mrn
    meta = json.loads(env.store.get(docs[0]["object_key"].removesuffix(".pdf") + ".json"))
    assert meta["subject"]["identifier"]["value"] == p.mrn
    assert {"url": "urn:digitize:reviewed-by", "valueString": "rita"} in meta["extension"]
    page = latest["pages"][docs[0]["pages"][0]]
    assert page["status"] == "filed" and page["reviewed"] == {"by": "rita", "action": "file"}
    assert verify(env.store).exit_code == 0


def test_a_lapsed_claim_goes_to_the_next_reviewer(env):
    settings = load_settings(
        {"database": {"url": str(env.engine.url)}, "review": {"lease_minutes": 0.005}}
    )
    queue = ReviewQueue(env.engine, settings)
    rita, rob = env.user("rita"), env.user("rob")
    item = env.item_with("unknown_patient")
    first = queue.claim(item.id, rita)
    assert queue.claim(item.id, rob) is None  # held
    time.sleep(0.5)  # the 0.3 s lease runs out
    second = queue.claim(item.id, rob)
    assert second is not None
    with pytest.raises(Stale):  # Rita's open form is refused, not applied
        queue.decide(item.id, first.version, rita, "rescan")
    queue.decide(item.id, second.version, rob, "rescan")
    pages = env.latest()["pages"]
    assert [p["discard_reason"] for p in pages[2:4]] == ["rescan_requested"] * 2


def test_split_merge_page_decisions_and_filing(env, tmp_path):
    rita = env.user("rita")
    item = env.item_with("no_cover_sheet")
    v = env.queue.claim(item.id, rita).version
    new_id = env.queue.split(item.id, v, rita, at_page=1)
    assert env.queue.pages_of([item.id, new_id]) == {item.id: [0], new_id: [1]}
    env.queue.merge_next(item.id, _version(env, item.id), rita)
    assert env.queue.pages_of([item.id]) == {item.id: [0, 1]}
    assert env.queue.view(new_id).item.state == "merged"
    # Patient: found only when two identifiers agree.
    p = env.batch.known[0]
    with pytest.raises(ValueError):
        env.index.search(name=p.family)
    assert [x.mrn for x in env.index.search(name=p.family, dob=p.dob)] == [p.mrn]
    assert env.index.search(mrn=p.mrn, dob="1900-01-01") == []
    env.queue.assign_patient(item.id, _version(env, item.id), rita, p.mrn)
    with pytest.raises(NotReady):
        env.queue.set_page(item.id, _version(env, item.id), rita, 1, "discard", "no reason")
    env.queue.set_page(item.id, _version(env, item.id), rita, 1, "blank")
    env.queue.set_type(item.id, _version(env, item.id), rita, "consult_note")
    env.queue.decide(item.id, _version(env, item.id), rita, "file")
    latest = env.latest()
    doc = next(d for d in latest["documents"] if d["pages"] == [0])
    assert doc["document_type"] == "consult_note" and doc["loinc"] == "11488-4"
    assert latest["pages"][1]["status"] == "discarded"
    assert latest["pages"][1]["discard_reason"] == "blank"
    # The reviewer's type is a labelled example, in the classifier's --include-reviewed format.
    out = tmp_path / "labels.jsonl"
    assert export_labels(env.engine, out) == 1
    line = json.loads(out.read_text())
    assert line["document_type"] == "consult_note" and line["first_page"] is True
    assert line["document"] == doc["document_id"] and line["suggested_type"] == "progress_note"
    from classifiers import corpus

    assert [e.label for e in corpus.load_reviewed(out)] == ["consult_note"]


def test_every_page_accounted_for_once_after_the_queue_is_cleared(env):
    rita = env.user("rita")
    for item in env.items():
        v = env.queue.claim(item.id, rita).version
        if "unknown_patient" in item.reasons:
            env.queue.decide(item.id, v, rita, "rescan")
        elif "identity_conflict" in item.reasons:
            env.queue.decide(item.id, v, rita, "discard", "duplicate")
        else:
            env.queue.assign_patient(item.id, v, rita, env.batch.known[0].mrn)
            env.queue.decide(item.id, _version(env, item.id), rita, "file")
    assert env.items() == []
    latest = env.latest()
    assert [p["index"] for p in latest["pages"]] == list(range(latest["page_count"]))
    assert latest["summary"]["review"] == 0
    assert sum(latest["summary"].values()) == latest["page_count"]
    filed = [i for d in latest["documents"] for i in d["pages"]]
    assert len(filed) == len(set(filed))  # no page in two documents
    assert latest["revision"] == 3
    assert verify(env.store).exit_code == 0
    # A forged newest revision that drops a page is caught, never acted on.
    forged = dict(latest, revision=4, pages=latest["pages"][1:])
    key = keys.manifest_key(latest["batch_id"], 4)
    env.store.put_once(key, manifest.to_bytes(forged), "application/json")
    with pytest.raises(ValueError):
        env.latest()
    report = verify(env.store)
    assert report.corrupt == [key] and report.exit_code == 5


def test_the_audit_log_is_append_only(env):
    rita = env.user("rita")
    item = env.items()[0]
    env.queue.claim(item.id, rita)
    env.queue.release(item.id, _version(env, item.id), rita)
    with env.engine.connect() as conn:
        n = conn.execute(text("SELECT count(*) FROM audit_event")).scalar()
    assert n >= 4  # three accounts added, one release
    for sql in ("UPDATE audit_event SET action = 'x'", "DELETE FROM audit_event"):
        with pytest.raises(DBAPIError), env.engine.begin() as conn:
            conn.execute(text(sql))
    with env.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar() == n


def test_migrations_are_idempotent(env):
    from appdb.database import MIGRATIONS, migrate

    migrate(env.engine)  # a second start changes nothing
    with env.engine.connect() as conn:
        newest = max(p.name[:4] for p in MIGRATIONS.glob("versions/0*.py"))
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == newest


def test_a_flagged_page_starts_a_new_packet_for_the_patient_found_there(env):
    rita = env.user("rita")
    item = env.item_with("identity_conflict")
    other = env.batch.known[2]
    v = env.queue.claim(item.id, rita).version
    found = env.index.search(name=other.family, dob=other.dob)
    assert [p.mrn for p in found] == [other.mrn]
    assert env.queue.start_packet(item.id, v, rita, other.mrn) == [item.id]
    env.queue.decide(item.id, _version(env, item.id), rita, "file")
    latest = env.latest()
    (doc,) = [d for d in latest["documents"] if item.first_page in d["pages"]]
    assert doc["mrn"] == other.mrn


def test_a_sheet_proven_by_print_alone_may_be_filed_but_a_coded_separator_never():
    """A cover-like page proven only by its print may be a page of the record
    (pipeline/decisions/packets.py): the reviewer can file it. A sheet whose code proved it a
    separator is never filed, and a content page always can be."""
    from appdb.tables import ReviewPage
    from review.queue import fileable

    assert fileable(ReviewPage(role="cover", reasons=["cover_from_print"]))
    assert not fileable(ReviewPage(role="cover", reasons=["unknown_patient"]))
    assert not fileable(ReviewPage(role="cover", reasons=[]))
    assert fileable(ReviewPage(role="document", reasons=["low_type_confidence"]))
