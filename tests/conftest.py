"""Shared fixtures: the committed sample set and a freshly generated one, each processed once per
session through the real `digitize process` command (real Tesseract, zxing-cpp, poppler)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans" / "batches"
FRESH_SEED = 11


def digitize(*args: str, env: dict | None = None, check: bool = False):
    """Run the real CLI in a subprocess, as a user would."""
    proc = subprocess.run(
        [sys.executable, "-m", "digitize.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=900,
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"digitize {args[0]} failed: {proc.stderr}")
    return proc


def batch_sources(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".pdf", ".tif") or p.is_dir())


@dataclass
class Processed:
    name: str
    source: Path
    patients: Path
    store: Path
    manifest: dict
    truth: dict
    stdout: str
    stderr: str


def _process_set(folder: Path, store: Path, reports: Path) -> list[Processed]:
    out = []
    for source in batch_sources(folder):
        report = reports / f"{folder.name}-{source.stem}.json"
        proc = digitize(
            "process",
            source,
            "--patients",
            folder / "patients.csv",
            "--store",
            store,
            "--report",
            report,
            check=True,
        )
        truth = json.loads((folder / f"{source.stem}.truth.json").read_text())
        out.append(
            Processed(
                source.name,
                source,
                folder / "patients.csv",
                store,
                json.loads(report.read_text()),
                truth,
                proc.stdout,
                proc.stderr,
            )
        )
    return out


# The test tiers (`make test-unit` runs the first): unit tests need no Prefect, no database,
# no browser and no object store; every other module is an integration test.
UNIT_MODULES = {
    "test_coversheet",
    "test_fuzz_parsers",
    "test_fuzz_manifest",
    "test_packets",
    "test_page_analysis",
    "test_intake_and_store",
    "test_layers",
    "test_inbox",
    "test_programs",
    "test_cli_errors",
    "test_archival",
    "test_fhir",
    "test_delivery",
}


# The longest modules first: `make test` hands whole modules to its two test processes in this
# order, so the long ones start early and the short ones fill in (the suite's wall time).
LONGEST_FIRST = [
    "test_cover_layouts",
    "test_fault_injection",
    "test_end_to_end",
    "test_classifier",
    "test_archival",
    "test_flows",
    "test_bad_input_corpus",
    "test_s3",
    "test_review_web",
    "test_phi_leaks",
]


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    for item in items:
        unit = item.module.__name__.rsplit(".", 1)[-1] in UNIT_MODULES
        item.add_marker(pytest.mark.unit if unit else pytest.mark.integration)

    def rank(item) -> int:  # stable: a module's own tests keep their order
        name = item.module.__name__.rsplit(".", 1)[-1]
        return LONGEST_FIRST.index(name) if name in LONGEST_FIRST else len(LONGEST_FIRST)

    items.sort(key=rank)


@pytest.fixture(scope="session", autouse=True)
def app_db(tmp_path_factory):
    """A private app database for the session (never the user's ~/.digitize)."""
    import os

    db = tmp_path_factory.mktemp("appdb") / "app.db"
    os.environ["DIGITIZE_DATABASE__URL"] = f"sqlite:///{db}"
    os.environ["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    yield


@pytest.fixture(scope="session")
def prefect_server():
    """One real Prefect server (prefect_test_harness), started only for the modules that run a
    flow (`pytestmark = pytest.mark.usefixtures("prefect_server")`) and shared with every
    `digitize` subprocess through PREFECT_API_URL."""
    import os

    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        os.environ["PREFECT_API_URL"] = PREFECT_API_URL.value()
        yield
    os.environ.pop("PREFECT_API_URL", None)


def prefect_database_rows(table: str | None = None, column: str = "*"):
    """(table, row as text) for every row of the test Prefect server's database: flow and task
    runs, parameters, logs, artifacts, results, everything it keeps."""
    import sqlite3

    from prefect.settings import get_current_settings

    url = get_current_settings().server.database.connection_url.get_secret_value()
    con = sqlite3.connect(url.split("///", 1)[1])
    try:
        tables = (
            [table]
            if table
            else [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        )
        for t in tables:
            for row in con.execute(f'select {column} from "{t}"'):
                yield t, " ".join(str(v) for v in row)
    finally:
        con.close()


@pytest.fixture(scope="session")
def fresh_set(tmp_path_factory) -> Path:
    from sample_scans.generate import build_set

    folder = tmp_path_factory.mktemp("fresh") / f"seed{FRESH_SEED}"
    build_set(FRESH_SEED, folder)
    return folder


@pytest.fixture(scope="session")
def processed(tmp_path_factory, fresh_set, prefect_server) -> list[Processed]:
    base = tmp_path_factory.mktemp("run")
    store, reports = base / "store", base / "reports"
    return _process_set(SAMPLES, store, reports) + _process_set(fresh_set, store, reports)


@pytest.fixture(scope="session")
def moto_s3():
    """moto's S3 server over real HTTP on loopback, with one bucket with Object Lock (and so
    versioning) and one plain bucket. Yields the endpoint URL."""
    import os

    import boto3
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    creds = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }
    saved = {k: os.environ.get(k) for k in creds}
    os.environ.update(creds)
    s3 = boto3.client("s3", endpoint_url=url)
    s3.create_bucket(Bucket="records-lock", ObjectLockEnabledForBucket=True)
    s3.create_bucket(Bucket="records-plain")
    yield url
    server.stop()
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
