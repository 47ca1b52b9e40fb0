"""`make scaleout`: the same flow on a Prefect server backed by PostgreSQL, with a process work
pool and two workers (standing in for two machines; they share the store and the app database),
running one sample batch through a deployment, as an operator would.

Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth). Uses two scratch databases,
digitize_prefect and digitize_app, created if missing. Everything it starts, it stops."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_scans" / "batches"
PG = "postgres@127.0.0.1:5432"
PORT = 4299


def psql(sql: str, db: str = "test") -> None:
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", db, "-q", "-c", sql],
        check=False,
        capture_output=True,
    )


def wait_http(url: str, seconds: float) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(1)
    raise SystemExit(f"Prefect server did not answer at {url}")


def main() -> int:
    psql("CREATE DATABASE digitize_prefect")
    psql("CREATE DATABASE digitize_app")
    psql("CREATE EXTENSION IF NOT EXISTS pg_trgm", "digitize_prefect")
    work = Path(tempfile.mkdtemp(prefix="digitize-scaleout-"))
    api = f"http://127.0.0.1:{PORT}/api"
    env = dict(
        os.environ,
        PREFECT_API_URL=api,
        PREFECT_HOME=str(work / "prefect-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_SERVER_DATABASE_CONNECTION_URL=f"postgresql+asyncpg://{PG}/digitize_prefect",
        DIGITIZE_DATABASE__URL=f"postgresql+psycopg://{PG}/digitize_app",
    )
    prefect = str(Path(sys.executable).with_name("prefect"))
    procs = []
    try:
        procs.append(
            subprocess.Popen(
                [prefect, "server", "start", "--host", "127.0.0.1", "--port", str(PORT)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_http(api + "/health", 180)
        subprocess.run(
            [prefect, "work-pool", "create", "digitize-pool", "--type", "process"],
            env=env,
            capture_output=True,
        )
        deploy = (
            "from flows.batch_flow import process_batch\n"
            f"process_batch.from_source(source={str(ROOT)!r}, "
            "entrypoint='flows/batch_flow.py:process_batch').deploy("
            "name='digitize', work_pool_name='digitize-pool')\n"
        )
        subprocess.run([sys.executable, "-c", deploy], env=env, cwd=ROOT, check=True)
        for n in (1, 2):
            procs.append(
                subprocess.Popen(
                    [
                        prefect,
                        "worker",
                        "start",
                        "-p",
                        "digitize-pool",
                        "--limit",
                        "1",
                        "--name",
                        f"worker-{n}",
                    ],
                    env=env,
                    cwd=ROOT,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        store = work / "store"  # in production: s3://bucket/prefix shared by every machine
        register = (
            "import sys\n"
            "from pathlib import Path\n"
            "from config.settings import load_settings\n"
            "from pipeline.intake import batch_id\n"
            "from flows.ledger import Ledger\n"
            "src, patients, store = sys.argv[1:4]\n"
            "bid = batch_id(Path(src))\n"
            "Ledger(load_settings().database.resolved_url).claim(bid, src, patients, store)\n"
            "print(bid)\n"
        )
        bid = subprocess.run(
            [
                sys.executable,
                "-c",
                register,
                str(SAMPLES / "batch2.tif"),
                str(SAMPLES / "patients.csv"),
                str(store),
            ],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
        started = time.time()
        run = (
            "import sys\n"
            "from prefect.deployments import run_deployment\n"
            "r = run_deployment('process-batch/digitize', parameters={'batch_id': sys.argv[1]},"
            " timeout=900)\n"
            "print(r.state.type.value, r.name)\n"
        )
        out = subprocess.run(
            [sys.executable, "-c", run, bid], env=env, cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        manifest = store / "batches" / bid / "manifest.json"
        ok = out.startswith("COMPLETED") and manifest.exists()
        pages = json.loads(manifest.read_text())["page_count"] if manifest.exists() else 0
        print(
            f"scale-out run {out or 'did not finish'}: batch {bid}, {pages} pages, "
            f"{time.time() - started:.0f} s, Prefect on PostgreSQL, process pool, 2 workers"
        )
        return 0 if ok else 1
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
