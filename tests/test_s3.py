"""Filing into S3 through boto3, against moto's S3 server over real HTTP on loopback."""

from __future__ import annotations

import base64
import datetime as dt
import json
import os

import boto3
import pytest

from tests.conftest import SAMPLES, digitize

pytestmark = pytest.mark.usefixtures("prefect_server")

BATCH = SAMPLES / "batch1.pdf"
PATIENTS = SAMPLES / "patients.csv"


def env(endpoint: str, **settings: str) -> dict:
    e = dict(os.environ, AWS_ENDPOINT_URL=endpoint, DIGITIZE_STORAGE__MAX_ATTEMPTS="2")
    e.update({f"DIGITIZE_STORAGE__{k.upper()}": v for k, v in settings.items()})
    return e


def s3(endpoint: str):
    return boto3.client("s3", endpoint_url=endpoint)


def versions(endpoint: str, bucket: str, prefix: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for page in (
        s3(endpoint).get_paginator("list_object_versions").paginate(Bucket=bucket, Prefix=prefix)
    ):
        for v in page.get("Versions", []):
            out[v["Key"]] = out.get(v["Key"], 0) + 1
    return out


@pytest.fixture(scope="module")
def filed(moto_s3, tmp_path_factory):
    """batch1 filed once into the Object Lock bucket with 30-day governance retention."""
    report = tmp_path_factory.mktemp("s3") / "manifest.json"
    e = env(moto_s3, retention_mode="GOVERNANCE", retention_days="30")
    proc = digitize(
        "process",
        BATCH,
        "--patients",
        PATIENTS,
        "--store",
        "s3://records-lock/site1",
        "--report",
        report,
        env=e,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(report.read_text()), e


def test_documents_are_filed_encrypted_locked_and_checksummed(moto_s3, filed):
    manifest, _ = filed
    client = s3(moto_s3)
    assert manifest["documents"]
    for doc in manifest["documents"]:
        head = client.head_object(
            Bucket="records-lock", Key="site1/" + doc["object_key"], ChecksumMode="ENABLED"
        )
        assert head["ServerSideEncryption"] == "AES256"
        assert head["ObjectLockMode"] == "GOVERNANCE"
        until = head["ObjectLockRetainUntilDate"]
        assert dt.timedelta(days=29) < until - dt.datetime.now(dt.UTC) <= dt.timedelta(days=30)
        assert base64.b64decode(head["ChecksumSHA256"]).hex() == doc["sha256"]
        assert head["Metadata"] == {}  # no user metadata at all, so no PHI in it
        meta = client.head_object(
            Bucket="records-lock", Key="site1/" + doc["object_key"].replace(".pdf", ".json")
        )
        assert meta["ServerSideEncryption"] == "AES256"
    keys = versions(moto_s3, "records-lock", "site1/")
    assert f"site1/batches/{manifest['batch_id']}/manifest.json" in keys
    phi = [row.split(",")[i] for row in PATIENTS.read_text().splitlines()[1:] for i in (0, 1, 3)]
    assert not any(v in k for k in keys for v in phi)


def test_refiling_writes_nothing_new(moto_s3, filed):
    _, e = filed
    before = versions(moto_s3, "records-lock", "site1/")
    proc = digitize(
        "process", BATCH, "--patients", PATIENTS, "--store", "s3://records-lock/site1", env=e
    )
    assert proc.returncode == 0, proc.stderr
    assert versions(moto_s3, "records-lock", "site1/") == before
    assert set(before.values()) == {1}


def test_verify_finds_corrupt_missing_and_extra_objects(moto_s3, filed):
    manifest, e = filed
    ok = digitize("verify", "--store", "s3://records-lock/site1", env=e)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "0 missing, 0 corrupt, 0 extra" in ok.stdout

    # Copy to a plain bucket where objects can be altered and removed, then damage it.
    client = s3(moto_s3)
    for key in versions(moto_s3, "records-lock", "site1/"):
        body = client.get_object(Bucket="records-lock", Key=key)["Body"].read()
        client.put_object(
            Bucket="records-plain", Key="copy/" + key.removeprefix("site1/"), Body=body
        )
    docs = manifest["documents"]
    e = env(moto_s3)  # the plain bucket has no Object Lock: no retention asked for here
    assert digitize("verify", "--store", "s3://records-plain/copy", env=e).returncode == 0

    client.put_object(Bucket="records-plain", Key="copy/" + docs[0]["object_key"], Body=b"%PDF-x")
    bad = digitize("verify", "--store", "s3://records-plain/copy", env=e)
    assert bad.returncode == 5 and f"corrupt {docs[0]['object_key']}" in bad.stdout

    client.delete_object(Bucket="records-plain", Key="copy/" + docs[1]["object_key"])
    client.put_object(Bucket="records-plain", Key="copy/documents/stray.pdf", Body=b"x")
    several = digitize("verify", "--store", "s3://records-plain/copy", env=e)
    assert several.returncode == 7
    assert f"missing {docs[1]['object_key']}" in several.stdout
    assert "extra documents/stray.pdf" in several.stdout


def test_legal_hold(moto_s3, filed):
    manifest, e = filed
    doc = manifest["documents"][0]
    key = "site1/" + doc["object_key"]
    proc = digitize("hold", doc["document_id"], "--store", "s3://records-lock/site1", env=e)
    assert proc.returncode == 0, proc.stderr
    status = s3(moto_s3).get_object_legal_hold(Bucket="records-lock", Key=key)
    assert status["LegalHold"]["Status"] == "ON"
    off = digitize("hold", doc["document_id"], "--off", "--store", "s3://records-lock/site1", env=e)
    assert off.returncode == 0
    status = s3(moto_s3).get_object_legal_hold(Bucket="records-lock", Key=key)
    assert status["LegalHold"]["Status"] == "OFF"


def test_sse_kms_with_a_key_id(moto_s3, tmp_path):
    key_id = boto3.client("kms", endpoint_url=moto_s3).create_key()["KeyMetadata"]["KeyId"]
    e = env(moto_s3, sse="aws:kms", kms_key_id=key_id)
    report = tmp_path / "m.json"
    proc = digitize(
        "process",
        SAMPLES / "batch2.tif",
        "--patients",
        PATIENTS,
        "--store",
        "s3://records-plain/kms",
        "--report",
        report,
        env=e,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(report.read_text())["documents"][0]
    head = s3(moto_s3).head_object(Bucket="records-plain", Key="kms/" + doc["object_key"])
    assert head["ServerSideEncryption"] == "aws:kms" and key_id in head["SSEKMSKeyId"]


@pytest.mark.parametrize(
    "store, settings, words",
    [
        ("s3://no-such-bucket/x", {}, "does not exist"),
        (
            "s3://records-plain/x",
            {"retention_mode": "COMPLIANCE", "retention_days": "10"},
            "Object Lock",
        ),
    ],
)
def test_start_up_check_says_what_is_missing(moto_s3, store, settings, words, tmp_path):
    proc = digitize(
        "process", BATCH, "--patients", PATIENTS, "--store", store, env=env(moto_s3, **settings)
    )
    assert proc.returncode == 2 and words in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_store_going_away_mid_batch_then_a_rerun_completes(moto_s3, monkeypatch):
    """The server stops after the first object lands: the batch fails cleanly (no manifest),
    and a re-run against the server back up files the rest, nothing lost or doubled."""
    from moto.server import ThreadedMotoServer

    from config.settings import load_settings
    from flows.runner import run_batch
    from pipeline.errors import StoreError
    from pipeline.storage.s3store import S3Store
    from pipeline.storage.verify import verify

    flaky = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    flaky.start()
    host, port = flaky.get_host_and_port()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
    s3(f"http://{host}:{port}").create_bucket(Bucket="records-flaky")
    store = S3Store("s3://records-flaky/p", max_attempts=2, connect_timeout=1, read_timeout=2)
    real_put = store.put_once

    def put_then_vanish(key, data, content_type):
        result = real_put(key, data, content_type)
        flaky.stop()  # a real outage: every later request meets a closed port
        return result

    store.put_once = put_then_vanish
    settings = load_settings({"storage": {"retry_delays_seconds": [0.1]}})
    with pytest.raises(StoreError, match="run the batch again"):
        run_batch(BATCH, PATIENTS, store, settings)

    # moto keeps its state in this process: the server comes back with what was written.
    back = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    back.start()
    host, port = back.get_host_and_port()
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
    try:
        written = versions(f"http://{host}:{port}", "records-flaky", "p/")
        # Filing runs in parallel: the writes already under way when the server went may land.
        assert written and not any("manifest" in k for k in written)
        store = S3Store("s3://records-flaky/p")
        result = run_batch(BATCH, PATIENTS, store, settings)
        after = versions(f"http://{host}:{port}", "records-flaky", "p/")
        assert set(after.values()) == {1}  # nothing written twice
        kept = sum(bool(p["review_object"]) for p in result["pages"])
        assert len(after) == 2 * len(result["documents"]) + 1 + kept
        assert [p["index"] for p in result["pages"]] == list(range(11))
        report = verify(store)
        assert report.exit_code == 0, report.lines()
    finally:
        back.stop()


def test_review_decision_files_into_s3_like_the_pipeline(moto_s3, monkeypatch, tmp_path):
    """A reviewer's decision goes through the same filing code into the batch's S3 store:
    write-once, SSE, SHA-256 checksum, Object Lock retention, and a manifest revision."""
    from appdb.database import engine_for
    from appdb.tables import User
    from config.settings import load_settings
    from flows.runner import run_batch
    from pipeline.decisions.patients import PatientIndex
    from pipeline.storage import manifest
    from pipeline.storage.s3store import S3Store
    from pipeline.storage.verify import verify
    from review.accounts import Accounts
    from review.queue import ReviewQueue

    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_s3)
    url = f"sqlite:///{tmp_path / 'app.db'}"
    settings = load_settings(
        {
            "database": {"url": url},
            "storage": {"retention_mode": "GOVERNANCE", "retention_days": 30},
        }
    )
    store = S3Store("s3://records-lock/review", retention_mode="GOVERNANCE", retention_days=30)
    batch_id = run_batch(BATCH, PATIENTS, store, settings)["batch_id"]
    engine = engine_for(url)
    Accounts(engine, settings).add("rita", "reviewer", "correct horse battery staple")
    from sqlalchemy.orm import Session

    with Session(engine, expire_on_commit=False) as s:
        rita = s.query(User).filter_by(username="rita").one()
    queue = ReviewQueue(engine, settings)
    (item,) = queue.waiting()
    patient = next(iter(PatientIndex.load(PATIENTS)))
    v = queue.claim(item.id, rita).version
    queue.assign_patient(item.id, v, rita, patient.mrn)
    queue.decide(item.id, queue.view(item.id).item.version, rita, "file")

    latest = manifest.latest(store, batch_id)
    assert latest["revision"] == 1 and latest["summary"]["review"] == 0
    doc = next(d for d in latest["documents"] if d.get("reviewed_by") == "rita")
    head = s3(moto_s3).head_object(
        Bucket="records-lock", Key="review/" + doc["object_key"], ChecksumMode="ENABLED"
    )
    assert head["ServerSideEncryption"] == "AES256"
    assert head["ObjectLockMode"] == "GOVERNANCE"
    assert base64.b64decode(head["ChecksumSHA256"]).hex() == doc["sha256"]
    assert head.get("Metadata", {}) == {}
    assert set(versions(moto_s3, "records-lock", "review/").values()) == {1}
    assert verify(store).exit_code == 0
