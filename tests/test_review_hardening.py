"""The review page against anonymous traffic and long-lived sessions (issue 14): bodies refused
before parsing, password checks off the event loop, throttling per client address, a locked
account let in by an admin reset, sessions with an absolute lifetime and purged when ended,
spreadsheet-safe audit export, forwarded headers believed from configured proxies only."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import socket
import subprocess
import sys
import time

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from appdb.database import engine_for
from config.settings import load_settings
from review import accounts as accounts_module
from review.accounts import Accounts
from review.app import create_app
from tests.conftest import ROOT

PASSWORD = "correct horse battery staple"
FORM = {"content-type": "application/x-www-form-urlencoded"}


@pytest.fixture
def site(tmp_path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    settings = load_settings(
        {
            "database": {"url": url},
            "review": {
                "login_max_failures": 3,
                "login_lockout_seconds": 60,
                "login_client_max_failures": 5,
                "failed_sign_in_delay_seconds": 0.05,
            },
        }
    )
    acc = Accounts(engine_for(url), settings)
    for name in ("rita", "rob", "sue", "sam", "ann", "ned"):
        acc.add(name, "supervisor" if name == "sue" else "reviewer", PASSWORD)
    return {"settings": settings, "url": url, "accounts": acc}


def login(client, username: str, password: str = PASSWORD, headers=None):
    page = client.get("/login")
    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    return client.post(
        "/login",
        data={"username": username, "password": password, "login_csrf": token},
        headers=headers or {},
        follow_redirects=False,
    )


def test_a_large_anonymous_body_is_refused_before_it_is_read(site):
    client = TestClient(create_app(site["settings"]))
    big = b"username=" + b"a" * 5_000_000
    r = client.post(
        "/login", content=big, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert r.status_code == 413

    def chunks():  # no Content-Length: counted as it arrives
        for _ in range(100):
            yield b"a" * 100_000

    r = client.post(
        "/login", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert r.status_code == 413
    # A signed-in reviewer's forms fit in the larger limit; a sign-in form fits in the small.
    assert login(client, "rita").status_code == 303


def test_password_checks_do_not_block_the_page(site, monkeypatch):
    """While sign-ins wait on password checks, a static file is still served: the checks run
    in threads, not in the event loop."""
    real = accounts_module.check_password

    def slow(password, stored):
        time.sleep(1.5)
        return real(password, stored)

    monkeypatch.setattr(accounts_module, "check_password", slow)
    app = create_app(site["settings"])

    async def scenario():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as c:
            page = await c.get("/login")
            token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
            c.cookies.set("digitize_login", token)
            finished = []

            async def sign_in(i):
                await c.post(
                    "/login",
                    data={"username": f"x{i}", "password": "nope nope nope", "login_csrf": token},
                )
                finished.append(("login", time.monotonic()))

            async def static():
                await asyncio.sleep(0.2)
                r = await c.get("/static/review.css")
                finished.append(("static", time.monotonic(), r.status_code))

            await asyncio.gather(*(sign_in(i) for i in range(4)), static())
            return finished

    finished = asyncio.run(scenario())
    assert finished[0][0] == "static" and finished[0][2] == 200, finished


def test_sign_in_throttling_per_client_address_and_admin_reset(site):
    client = TestClient(create_app(site["settings"]))
    # Spraying: one wrong password for each of five accounts, from one address.
    for name in ("rita", "rob", "sam", "ann", "ned"):
        assert login(client, name, "wrong password!").status_code == 401
    r = login(client, "sue")  # the right password, from the address that sprayed
    assert r.status_code == 401 and "from here" in r.text
    # The account lockout: three failures lock sue, even with the right password later.
    other = TestClient(create_app(site["settings"]), client=("10.0.0.9", 50000))
    for _ in range(3):
        assert login(other, "sue", "wrong password!").status_code == 401
    third = TestClient(create_app(site["settings"]), client=("10.0.0.10", 50000))
    r = login(third, "sue")
    assert r.status_code == 401 and "Too many failed sign-ins" in r.text
    # An admin resets the password: the owner is let in at once.
    site["accounts"].reset("sue", "a new passphrase for sue")
    assert login(third, "sue", "a new passphrase for sue").status_code == 303


def test_sessions_have_an_absolute_lifetime_and_ended_ones_are_purged(site):
    client = TestClient(create_app(site["settings"]))
    assert login(client, "rita").status_code == 303
    assert client.get("/queue").status_code == 200
    engine = engine_for(site["url"])
    old = dt.datetime.now(dt.UTC) - dt.timedelta(hours=13)
    with engine.begin() as conn:  # signed in 13 hours ago, active all along
        conn.execute(text("UPDATE review_session SET created_at = :t"), {"t": old})
    r = client.get("/queue", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO review_session (token_hash, user_id, csrf_token, created_at, "
                "last_seen) VALUES ('stale', 1, 'x', :t, :t)"
            ),
            {"t": old},
        )
    assert login(TestClient(create_app(site["settings"])), "rob").status_code == 303
    with engine.connect() as conn:
        hashes = [h for (h,) in conn.execute(text("SELECT token_hash FROM review_session"))]
    assert "stale" not in hashes and len(hashes) == 1


def test_audit_export_cannot_carry_a_live_formula(site):
    client = TestClient(create_app(site["settings"]))
    for name in ('=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2+3"):
        login(client, name, "wrong password!")
    sue = TestClient(create_app(site["settings"]), client=("10.0.0.20", 1))
    assert login(sue, "sue").status_code == 303
    rows = sue.get("/audit.csv").text.splitlines()[1:]
    users = [r.split(",")[2] for r in rows]
    assert users and not any(u[:1] in "=+-@" for u in users if u), users


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("trusted", [False, True])
def test_forwarded_for_is_believed_from_configured_proxies_only(site, tmp_path, trusted):
    import os

    port = _free_port()
    env = dict(os.environ, DIGITIZE_DATABASE__URL=site["url"])
    if trusted:
        env["DIGITIZE_REVIEW__TRUSTED_PROXIES"] = '["127.0.0.1"]'
    proc = subprocess.Popen(
        [sys.executable, "-m", "digitize", "review", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                httpx.get(base + "/login", timeout=1)
                break
            except httpx.HTTPError:
                time.sleep(0.2)
        with httpx.Client(base_url=base) as c:
            login(c, "sue", "wrong password!", headers={"X-Forwarded-For": "203.0.113.7"})
    finally:
        proc.terminate()
        proc.wait(10)
    with engine_for(site["url"]).connect() as conn:
        (client,) = conn.execute(
            text("SELECT client FROM audit_event WHERE action = 'login_failed' ORDER BY id DESC")
        ).first()
    assert client == ("203.0.113.7" if trusted else "127.0.0.1")
