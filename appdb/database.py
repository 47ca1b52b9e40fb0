"""The app database (batch ledger, review queue, accounts, audit log): one SQLAlchemy engine per
URL, brought to the newest schema by Alembic migrations when first opened. SQLite by default,
PostgreSQL by URL."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

MIGRATIONS = Path(__file__).with_name("migrations")
_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")  # several processes share one file
    cur.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision. Several processes may start at once: on
    PostgreSQL an advisory lock serialises them; on SQLite a lost race is retried."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    for attempt in range(10):
        try:
            with engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(72110905)")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.2 * (attempt + 1))


def engine_for(url: str) -> Engine:
    """The process's engine for this URL, migrated once."""
    with _lock:
        engine = _engines.get(url)
        if engine is None:
            engine = create_engine(url, future=True, pool_pre_ping=True)
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _sqlite_pragmas)
            migrate(engine)
            _engines[url] = engine
        return engine
