"""Schemathesis against the review page's own OpenAPI schema, over real HTTP (uvicorn), signed
in and with a valid CSRF token so generated forms reach the handlers: no input may cause a
server error."""

from __future__ import annotations

import re
import socket
import threading
import time
from dataclasses import dataclass

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from appdb.database import engine_for
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.storage.store import LocalStore
from review.accounts import Accounts
from review.app import create_app
from tests.review_fixtures import build_review_batch

pytestmark = pytest.mark.usefixtures("prefect_server")  # batches run as flows


PASSWORD = "correct horse battery staple"


@dataclass
class Site:
    url: str
    cookie: str
    csrf: str
    app: object


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory):
    import httpx
    import uvicorn

    base = tmp_path_factory.mktemp("fuzz")
    batch = build_review_batch(base / "scan")
    url = f"sqlite:///{base / 'app.db'}"
    cfg = load_settings({"database": {"url": url}, "review": {"login_max_failures": 100}})
    run_batch(batch.source, batch.patients_csv, LocalStore(base / "store"), cfg)
    Accounts(engine_for(url), cfg).add("sue", "supervisor", PASSWORD)
    app = create_app(cfg)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    root = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=root) as client:
        token = re.search(r'name="login_csrf" value="([^"]+)"', client.get("/login").text)[1]
        client.post("/login", data={"username": "sue", "password": PASSWORD, "login_csrf": token})
        cookie = client.cookies["digitize_session"]
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/queue").text)[1]
    yield Site(root, cookie, csrf, app)
    server.should_exit = True
    thread.join(timeout=10)


def test_no_input_causes_a_server_error(fuzz_site):
    """Every operation of the schema, fuzzed (schemathesis strategies driven by Hypothesis)."""
    schema = schemathesis.openapi.from_dict(fuzz_site.app.openapi())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 15
    calls = 0
    for operation in operations:
        if operation.path == "/logout":
            continue  # would end the session the other cases use

        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def fuzz(case):
            nonlocal calls
            if isinstance(case.body, dict) and case.path != "/login":
                case.body["csrf"] = fuzz_site.csrf
            response = case.call(
                base_url=fuzz_site.url, cookies={"digitize_session": fuzz_site.cookie}
            )
            calls += 1
            assert response.status_code < 500, (case.method, case.path, response.status_code)

        fuzz()
    assert calls >= 100
