"""The review web page over HTTP (FastAPI's test client on the real app, database and store):
every route refuses an anonymous user and a user without the role; CSRF, login throttling,
session expiry, security headers, stale forms; no PHI in URLs or in the app's log lines."""

from __future__ import annotations

import io
import json
import logging
import re
import time

import pikepdf
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from sqlalchemy import text

from appdb.database import engine_for
from config.settings import load_settings
from flows.runner import run_batch
from pipeline.decisions.patients import PatientIndex
from pipeline.storage.store import LocalStore
from review.accounts import Accounts
from review.app import create_app
from review.queue import ReviewQueue
from tests.review_fixtures import build_review_batch

pytestmark = pytest.mark.usefixtures("prefect_server")  # batches run as flows


PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    base = tmp_path_factory.mktemp("web")
    batch = build_review_batch(base / "scan")
    url = f"sqlite:///{base / 'app.db'}"
    settings = load_settings(
        {
            "database": {"url": url},
            "review": {
                "login_max_failures": 3,
                "login_lockout_seconds": 6,
                "failed_sign_in_delay_seconds": 0.05,
            },
        }
    )
    store = LocalStore(base / "store")
    run_batch(batch.source, batch.patients_csv, store, settings)
    accounts = Accounts(engine_for(url), settings)
    accounts.add("rita", "reviewer", PASSWORD)
    accounts.add("rob", "reviewer", PASSWORD)
    accounts.add("sue", "supervisor", PASSWORD)
    accounts.add("gone", "reviewer", PASSWORD)
    return {"settings": settings, "url": url, "store": store, "batch": batch, "base": base}


def login(client: TestClient, username: str, password: str = PASSWORD):
    page = client.get("/login")
    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
    return client.post(
        "/login",
        data={"username": username, "password": password, "login_csrf": token},
        follow_redirects=False,
    )


def signed_in(site, username: str) -> TestClient:
    client = TestClient(create_app(site["settings"]))
    assert login(client, username).status_code == 303
    return client


def next_item(client: TestClient, **form):
    """Claim and open the next item (a POST, with the page's CSRF token)."""
    page = client.get("/queue")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    return client.post("/next", data={"csrf": csrf, **form})


def form_values(html: str) -> dict[str, str]:
    return {
        "csrf": re.search(r'name="csrf" value="([^"]+)"', html).group(1),
        "version": re.search(r'name="version" value="(\d+)"', html).group(1),
    }


def _routes(app):
    for route in app.routes:
        if isinstance(route, APIRoute):
            path = route.path.replace("{item_id}", "1").replace("{index}", "0")
            path = path.replace("{document_id}", "b0123456789abcdef-d00001")
            for method in route.methods:
                yield method, path


OPEN_ROUTES = {("GET", "/login"), ("POST", "/login")}
SUPERVISOR_ROUTES = {
    ("GET", "/dashboard"),
    ("GET", "/audit"),
    ("GET", "/audit.csv"),
    ("GET", "/corrections"),
}


def test_every_route_refuses_anonymous_users_and_users_without_the_role(site):
    app = create_app(site["settings"])
    routes = sorted(set(_routes(app)))
    assert len(routes) >= 17  # every route the app has is in this test
    anonymous = TestClient(app)
    for method, path in routes:
        if (method, path) in OPEN_ROUTES:
            continue
        r = anonymous.request(
            method, path, data={"csrf": "x", "version": "1"}, follow_redirects=False
        )
        assert r.status_code in (303, 401), (method, path, r.status_code)
        if r.status_code == 303:
            assert r.headers["location"] == "/login"
        assert "MRN" not in r.text
    # A reviewer has no supervisor pages; a forged form (wrong CSRF token) is refused too.
    reviewer = signed_in(site, "rita")
    for method, path in SUPERVISOR_ROUTES:
        assert reviewer.request(method, path).status_code == 403
    for method, path in routes:
        if method == "POST" and path != "/login":
            r = reviewer.post(path, data={"csrf": "forged", "version": "1"}, follow_redirects=False)
            assert r.status_code == 403, (path, r.status_code)
    supervisor = signed_in(site, "sue")
    for method, path in SUPERVISOR_ROUTES:
        assert supervisor.request(method, path).status_code == 200
    # Static files and sign-in are the only things served without an account.
    assert anonymous.get("/static/review.js").status_code == 200
    assert anonymous.get("/openapi.json").status_code == 404


def test_viewing_claims_nothing_and_a_reviewer_holds_at_most_the_limit(site):
    """Opening an item (GET) takes no claim; claims are POSTed, up to review.max_held_items."""
    settings = load_settings({"database": {"url": site["url"]}, "review": {"max_held_items": 1}})
    engine = engine_for(site["url"])
    Accounts(engine, settings).add("holder", "reviewer", PASSWORD)
    client = TestClient(create_app(settings))
    assert login(client, "holder").status_code == 303
    free = [i.id for i in ReviewQueue(engine, settings).waiting() if i.claimed_by is None]
    assert len(free) >= 2
    for item in free:
        page = client.get(f"/items/{item}")
        assert page.status_code == 200 and "Review this item" in page.text
    assert [i.id for i in ReviewQueue(engine, settings).waiting() if i.claimed_by] == []
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = client.post(f"/items/{free[0]}/claim", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    mine = client.get(f"/items/{free[0]}")
    assert "Discard item" in mine.text  # the decision forms are the holder's now
    r = client.post(f"/items/{free[1]}/claim", data={"csrf": csrf}, follow_redirects=False)
    assert r.status_code == 409 and "finish or give one back" in r.text
    r = next_item(client, after=str(free[0]))  # the held item comes first, nothing more taken
    held = [i.id for i in ReviewQueue(engine, settings).waiting() if i.claimed_by]
    assert held == [free[0]]
    r = client.post(f"/items/{free[0]}/release", data={**form_values(mine.text), "then": "queue"})
    assert [i.id for i in ReviewQueue(engine, settings).waiting() if i.claimed_by] == []


def test_login_throttling_and_audit(site):
    client = TestClient(create_app(site["settings"]))
    for _ in range(3):
        r = login(client, "sue", "wrong password!")
        assert r.status_code == 401 and "Wrong user name or password" in r.text
    r = login(client, "sue")  # the right password, but the account is locked for a while
    assert r.status_code == 401 and "Too many failed sign-ins" in r.text
    time.sleep(6.1)
    assert login(client, "sue").status_code == 303
    with engine_for(site["url"]).connect() as conn:
        actions = [
            a
            for (a,) in conn.execute(
                text("SELECT action FROM audit_event WHERE username = 'sue' ORDER BY id")
            )
        ]
    assert actions[-5:] == ["login_failed"] * 4 + ["login"]


def test_sessions_end_after_idle_time_and_on_disable(site):
    settings = load_settings(
        {"database": {"url": site["url"]}, "review": {"session_idle_minutes": 0.02}}
    )
    client = TestClient(create_app(settings))
    assert login(client, "rita").status_code == 303
    assert client.get("/queue").status_code == 200
    time.sleep(1.5)  # idle 1.2 s is too long here
    r = client.get("/queue", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login"
    gone = signed_in(site, "gone")
    assert gone.get("/queue").status_code == 200
    Accounts(engine_for(site["url"]), site["settings"]).disable("gone")
    assert gone.get("/queue", follow_redirects=False).status_code == 303


def test_security_headers(site):
    client = signed_in(site, "rita")
    for path in ("/login", "/queue", "/dashboard"):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
        assert "script-src 'self'" in csp
        assert r.headers["cache-control"] == "no-store"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["x-content-type-options"] == "nosniff"
        # No inline script or style for the policy to allow.
        assert "<script>" not in r.text and "style=" not in r.text
    cookie = login(TestClient(create_app(site["settings"])), "rita").headers["set-cookie"]
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()


class Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(self.format(record))


def test_a_reviewer_clears_an_item_and_a_stale_form_is_refused(site):
    logs, root = Collect(), logging.getLogger()
    saved = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    try:
        _clear_item(site)
    finally:
        root.removeHandler(logs)
        root.setLevel(saved)
    index = PatientIndex.load(site["batch"].patients_csv)
    logged = "\n".join(logs.lines)
    assert logged  # DEBUG logging was on: SQLAlchemy, the app, the pipeline all spoke
    for p in index:
        for value in (p.mrn, p.family, p.dob):
            assert value not in logged


def _clear_item(site):
    rita = signed_in(site, "rita")
    r = next_item(rita)
    item = re.search(r'data-item="(\d+)"', r.text).group(1)
    f = form_values(r.text)
    assert 'src="/items/' in r.text and "<mark>" in r.text or "No text was read" in r.text
    patient = site["batch"].known[0]
    # One identifier alone finds nobody.
    r = rita.post(f"/items/{item}/search", data={"csrf": f["csrf"], "name": patient.family})
    assert r.status_code == 422 and "at least two identifiers" in r.text
    r = rita.post(
        f"/items/{item}/search",
        data={"csrf": f["csrf"], "name": patient.family, "dob": patient.dob},
    )
    assert f"MRN {patient.mrn}" in r.text
    # Assigning a patient the identifiers do not find is refused.
    r = rita.post(
        f"/items/{item}/assign",
        data={**f, "pick": site["batch"].known[1].mrn, "name": patient.family, "dob": patient.dob},
    )
    assert r.status_code == 422
    r = rita.post(
        f"/items/{item}/assign",
        data={**f, "pick": patient.mrn, "name": patient.family, "dob": patient.dob},
    )
    assert r.status_code == 200 and 'id="patient"' in r.text
    r = rita.post(f"/items/{item}/decide", data={**f, "action": "file"})  # the old version
    assert r.status_code == 409 and "Nothing was applied" in r.text
    fresh = form_values(r.text)  # the refusal shows the item as it is now
    r = rita.post(f"/items/{item}/decide", data={**fresh, "action": "file"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(("/items/", "/queue"))
    # Decided, the item leaves the reviewer's sight (minimum necessary); a supervisor sees it.
    assert rita.get(f"/items/{item}").status_code == 404
    assert rita.get(f"/items/{item}/pages/0.png").status_code == 404
    decided = signed_in(site, "sue").get(f"/items/{item}")
    assert decided.status_code == 200 and "This item was decided (filed)" in decided.text
    # PHI never reaches a URL.
    index = PatientIndex.load(site["batch"].patients_csv)
    for html in (decided.text, next_item(rita).text, rita.get("/queue").text):
        urls = re.findall(r'(?:href|action|src)="([^"]+)"', html)
        assert urls
        for p in index:
            assert not any(p.mrn in u or p.family in u or p.dob in u for u in urls)


def test_dashboard_and_audit_export(site):
    # A reviewer opens an item and one of its pages: both views must be in the audit log.
    rob = signed_in(site, "rob")
    page = next_item(rob)
    item = re.search(r'data-item="(\d+)"', page.text).group(1)
    first = re.search(rf"/items/{item}/pages/(\d+)\.png", page.text).group(1)
    assert rob.get(f"/items/{item}/pages/{first}.png").status_code == 200
    sue = signed_in(site, "sue")
    r = sue.get("/dashboard")
    assert r.status_code == 200 and "items waiting" in r.text and "Cleared per reviewer" in r.text
    r = sue.get("/audit.csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = r.text.splitlines()
    assert rows[0] == "id,at,user,action,item,batch,detail,client"
    seen = {tuple(row.split(",")[2:5]) for row in rows[1:]}
    assert ("rob", "view_item", item) in seen and ("rob", "view_page", item) in seen
    assert ("rob", "login", "") in seen
    index = PatientIndex.load(site["batch"].patients_csv)
    for p in index:
        assert p.mrn not in r.text and p.family not in r.text


def test_users_command(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    db = f"sqlite:///{tmp_path / 'users.db'}"

    def users(*args, password=PASSWORD):
        return subprocess.run(
            [sys.executable, "-m", "digitize.cli", "users", *args, "--db", db],
            input=password + "\n",
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    assert users("add", "Nora", "--role", "supervisor", "--password-stdin").returncode == 0
    for args, pw, words in (
        (("add", "nora", "--password-stdin"), PASSWORD, "already exists"),
        (("add", "x y", "--password-stdin"), PASSWORD, "a user name is"),
        (("add", "kim", "--password-stdin"), "short", "at least 12 characters"),
        (("add", "kim", "--password-stdin"), "password1234", "common or easy to guess"),
        (("add", "kim", "--password-stdin"), "qwertyuiop123", "common or easy to guess"),
        (("disable", "nobody"), PASSWORD, "no such user"),
    ):
        proc = users(*args, password=pw)
        assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and words in proc.stderr
    assert "nora\tsupervisor\tactive" in users("list").stdout
    assert users("disable", "nora").returncode == 0
    assert "nora\tsupervisor\tdisabled" in users("list").stdout
    assert users("reset", "nora", "--password-stdin").returncode == 0
    assert "nora\tsupervisor\tactive" in users("list").stdout
    assert PASSWORD not in users("list").stdout


def test_a_supervisor_moves_a_misfiled_document_and_changes_a_type(site):
    """Found by id, moved to the patient two identifiers agree on, then retyped: each step
    files a replacing document, marks the old one entered in error, queues the EHR messages
    (T11 then T02 for the move, T10 for the type) and is audited under the supervisor."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from appdb.tables import AuditEvent, Delivery
    from pipeline.storage import keys, manifest
    from tests import verapdf
    from tests.test_fhir import us_core_valid

    store, batch = site["store"], site["batch"]
    [batch_id] = {keys.revision_of(k)[0] for k in store.keys("batches/") if keys.revision_of(k)}
    filed = manifest.latest(store, batch_id)["documents"][0]
    old_id = filed["document_id"]
    index = PatientIndex.load(batch.patients_csv)
    other = next(p for p in index if p.mrn != filed["mrn"])
    assert signed_in(site, "rita").get(f"/documents/{old_id}").status_code == 403
    sue = signed_in(site, "sue")
    csrf = re.search(r'name="csrf" value="([^"]+)"', sue.get("/corrections").text).group(1)
    r = sue.post("/corrections/find", data={"csrf": csrf, "document_id": old_id})
    assert r.status_code == 200 and 'id="move"' in r.text and "current" in r.text
    by_patient = sue.post(
        "/corrections/find",
        data={"csrf": csrf, "mrn": filed["mrn"], "dob": index.get(filed["mrn"]).dob},
    )
    assert old_id in by_patient.text
    one = sue.post("/corrections/find", data={"csrf": csrf, "mrn": filed["mrn"]})
    assert one.status_code == 422 and old_id not in one.text  # one identifier finds nothing
    move = f"/documents/{old_id}/correct"
    r = sue.post(move, data={"csrf": csrf, "name": other.family, "reason": "wrong_patient"})
    assert r.status_code == 422 and "at least two identifiers" in r.text
    r = sue.post(
        move,
        data={"csrf": csrf, "name": other.family, "dob": other.dob, "reason": ""},
    )
    assert r.status_code == 422 and "Choose why" in r.text
    r = sue.post(
        move,
        data={"csrf": csrf, "name": other.family, "dob": other.dob, "reason": "wrong_patient"},
        follow_redirects=False,
    )
    new_id = keys.corrected_id(old_id)
    assert r.status_code == 303 and r.headers["location"] == f"/documents/{new_id}"
    page = sue.get(f"/documents/{new_id}").text
    assert f"MRN {other.mrn}" in page and "MDM^T02" in page
    old_page = sue.get(f"/documents/{old_id}").text
    assert "entered-in-error" in old_page and new_id in old_page and 'id="move"' not in old_page
    r = sue.post(
        f"/documents/{new_id}/correct",
        data={"csrf": csrf, "to_type": "correspondence", "reason": "wrong_type"},
        follow_redirects=False,
    )
    newer = keys.corrected_id(new_id)
    assert r.status_code == 303 and r.headers["location"] == f"/documents/{newer}"
    assert "Correspondence" in sue.get(f"/documents/{newer}").text
    engine = engine_for(site["url"])
    with Session(engine) as s:
        sent = s.execute(
            select(Delivery.event, Delivery.document_id, Delivery.after_id, Delivery.replaces)
            .where(Delivery.document_id.in_((old_id, new_id, newer)))
            .order_by(Delivery.id)
        ).all()
        audits = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "correct")))
    t11 = next(i for i, row in enumerate(sent) if row.event == "T11")
    assert [(e, d) for e, d, _, _ in sent[t11:]] == [
        ("T11", old_id),
        ("T02", new_id),
        ("T10", newer),
    ]
    assert sent[-1].replaces == new_id
    assert [a.username for a in audits] == ["sue", "sue"]
    assert all(other.mrn not in a.detail and other.family not in a.detail for a in audits)
    r = sue.get("/dashboard")
    assert "EHR delivery" in r.text and 'id="delivery"' in r.text
    # Every DocumentReference the corrections wrote is valid FHIR R4 with US Core's elements;
    # the store keeps them all.
    refs = {
        d: us_core_valid(json.loads(store.get(keys.keys_of_document(d)[1])))
        for d in (old_id, new_id, newer)
    }
    for d in (old_id, new_id):
        copy = us_core_valid(json.loads(store.get(keys.entered_in_error_key(d))))
        assert copy.status == "entered-in-error" and refs[d].status == "current"
    assert refs[new_id].subject.identifier.value == other.mrn
    assert refs[newer].relatesTo[0].target.identifier.value == new_id
    assert refs[newer].type.coding[0].code == "51851-4"  # correspondence
    # The retyped document's PDF carries the new title and is still PDF/A-2b (veraPDF); a move
    # keeps the PDF's bytes.
    pdf_of = {d: store.get(keys.keys_of_document(d)[0]) for d in (old_id, new_id, newer)}
    assert pdf_of[new_id] == pdf_of[old_id] != pdf_of[newer]
    with pikepdf.open(io.BytesIO(pdf_of[newer])) as doc:
        assert str(doc.docinfo.Title) == "Correspondence"
        assert len(doc.pages) == len(filed["pages"])
    verapdf.assert_compliant(pdf_of[newer], "2b", site["base"])
