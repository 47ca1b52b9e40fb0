"""PostgreSQL for the tests: the server on 127.0.0.1:5432 when one answers, else a private
cluster these tests start from Debian's `postgresql` package (installed by `make setup`) on a
free port, trust authentication, removed when the test process exits. A user's machine has no
server on 5432; the tests must pass there too."""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid

_server: tuple[str, int] | None = None


def _answers(host: str, port: int) -> bool:
    import psycopg

    try:
        with psycopg.connect(
            host=host, port=port, user="postgres", dbname="postgres", connect_timeout=3
        ):
            return True
    except psycopg.OperationalError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_private() -> tuple[str, int]:
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not bins:
        raise RuntimeError("PostgreSQL is not installed: run `make setup` (Debian's postgresql)")
    bindir = os.path.dirname(bins[-1])
    base = tempfile.mkdtemp(prefix="digitize-pg-")
    as_user: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root: run the cluster as `postgres`
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, port = os.path.join(base, "data"), _free_port()
    run = dict(check=True, capture_output=True, text=True)
    subprocess.run(
        [*as_user, f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync"],
        **run,
    )
    opts = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
    log = os.path.join(base, "log")
    subprocess.run(
        [*as_user, f"{bindir}/pg_ctl", "-D", data, "-o", opts, "-l", log, "-w", "start"], **run
    )

    def stop() -> None:
        subprocess.run(
            [*as_user, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)

    atexit.register(stop)
    return "127.0.0.1", port


def server() -> tuple[str, int]:
    """(host, port) of a PostgreSQL server these tests may create databases in."""
    global _server
    if _server is None:
        _server = ("127.0.0.1", 5432) if _answers("127.0.0.1", 5432) else _start_private()
    return _server


def admin_dsn() -> str:
    host, port = server()
    return f"host={host} port={port} user=postgres dbname=postgres"


def fresh_database() -> str:
    """A new, empty database; its SQLAlchemy URL."""
    import psycopg

    name = f"digitize_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_dsn(), autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    host, port = server()
    return f"postgresql+psycopg://postgres@{host}:{port}/{name}"


def copy_database(url: str) -> str:
    """A new database made from `url`'s as a template (which must have no connections)."""
    import psycopg

    name = f"digitize_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_dsn(), autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{url.rsplit("/", 1)[1]}"')
    return url.rsplit("/", 1)[0] + "/" + name


def drop_database(url: str) -> None:
    import psycopg

    from appdb import database

    engine = database._engines.pop(url, None)
    if engine is not None:
        engine.dispose()
    name = url.rsplit("/", 1)[1]
    with psycopg.connect(admin_dsn(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
