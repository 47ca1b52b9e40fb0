"""The review web page (FastAPI, server-rendered, no script or style from elsewhere).

Every route but sign-in and the static files needs a signed-in user with a role; reviewers see
the queue, supervisors also the dashboard and the audit log. Every form carries the session's
CSRF token and, for an item, the version it was shown at: a stale form is refused, never
applied twice. Item views, page views and decisions go to the audit log. URLs carry ids only;
patient searches are POSTed, so no identifier reaches a URL or an access log."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hmac
import io
import logging
import secrets
from collections import Counter, defaultdict
from pathlib import Path
from typing import Annotated

import anyio
from fastapi import Depends, FastAPI, Form, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from appdb import audit, outbox
from appdb.database import engine_for
from appdb.tables import AuditEvent, BatchRow, Delivery, ReviewItem, User, aware, now
from pipeline.decisions.patients import PatientIndex
from pipeline.decisions.review_items import LOW_WORD_CONFIDENCE
from pipeline.models import REASON_TEXT
from pipeline.storage import keys
from review.accounts import RANK, Accounts
from review.corrections import REASONS as CORRECTION_REASONS
from review.corrections import CorrectionRefused, Corrections
from review.images import page_png
from review.queue import DISCARD_REASONS, HoldsTooMany, NotReady, ReviewQueue, Stale, fileable

log = logging.getLogger("digitize.review")
HERE = Path(__file__).resolve().parent
COOKIE, LOGIN_COOKIE = "digitize_session", "digitize_login"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


HELD = "You already hold as many items as one reviewer may: finish or give one back first."
STALE_FORM = "This form has expired or did not come from this page: reload it and try again."
MAX_INT = 2**31 - 1  # ids and versions are database integers
ItemId = Annotated[int, PathParam(ge=0, le=MAX_INT)]
PageNo = Annotated[int, PathParam(ge=0, le=MAX_INT)]
DocumentId = Annotated[str, PathParam(max_length=100, pattern=f"^{keys.DOCUMENT_ID.pattern}$")]


class Denied(Exception):
    def __init__(self, status: int, text: str | None = None):
        self.status = status
        self.text = (
            text
            or {
                401: "Sign in first.",
                403: "Your role does not allow this page.",
            }[status]
        )


class BodyLimit:
    """ASGI middleware: a request body larger than the limit is refused (413) before anything
    reads it, by its Content-Length or, without one, as soon as the bytes received pass the
    limit (the app then sees the client gone and nothing more is read). Requests without a
    session cookie (anonymous: sign-in) get the small limit."""

    def __init__(self, app, anonymous: int, signed_in: int):
        self.app, self.anonymous, self.signed_in = app, anonymous, signed_in

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope["headers"])
        signed = (COOKIE + "=").encode() in headers.get(b"cookie", b"")
        limit = self.signed_in if signed else self.anonymous
        declared = headers.get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await _too_large(send)
        seen, over, answered = 0, False, False

        async def counted():
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    over = True
                    return {"type": "http.disconnect"}
            return message

        async def answer(message):
            nonlocal answered
            if over:  # whatever the app makes of the cut body, the answer is 413
                if not answered:
                    answered = True
                    await _too_large(send)
                return
            await send(message)

        await self.app(scope, counted, answer)
        if over and not answered:
            await _too_large(send)


async def _too_large(send) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"text/plain"), (b"connection", b"close")],
        }
    )
    await send({"type": "http.response.body", "body": b"Request too large."})


def csv_cell(value) -> object:
    """A cell a spreadsheet will not run as a formula (OWASP CSV injection): text that begins
    with = + - @ tab or CR gets a leading apostrophe. User names come from anonymous sign-ins."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def create_app(settings, db_url: str | None = None) -> FastAPI:
    engine = engine_for(db_url or settings.database.resolved_url)
    queue = ReviewQueue(engine, settings)
    corrections = Corrections(engine, settings)
    accounts = Accounts(engine, settings)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals["reason_text"] = lambda r: REASON_TEXT.get(r, r.replace("_", " "))
    templates.env.globals["fileable"] = fileable

    def _complete_saved_decisions() -> None:
        try:
            queue.resume()
            corrections.resume()
        except Exception as exc:  # the store may be away: decisions stay saved, retried later
            log.warning("could not complete saved decisions yet (%s)", type(exc).__name__)

    @contextlib.asynccontextmanager
    async def lifespan(_app):
        _complete_saved_decisions()
        yield

    app = FastAPI(
        title="digitize review",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,  # the schema is for tests (app.openapi()), not for anonymous callers
        lifespan=lifespan,
    )
    app.state.queue, app.state.accounts, app.state.engine = queue, accounts, engine
    app.add_middleware(
        BodyLimit,
        anonymous=settings.review.anonymous_body_bytes,
        signed_in=settings.review.body_bytes,
    )
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.middleware("http")
    async def _headers(request: Request, call_next):
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if not request.url.path.startswith("/static/"):
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.exception_handler(Denied)
    async def _denied(request: Request, exc: Denied):
        if exc.status == 401 and request.method == "GET":
            return RedirectResponse("/login", status_code=303)
        return HTMLResponse(exc.text, status_code=exc.status)

    # -- helpers ---------------------------------------------------------------------------------
    def _hashing(request: Request) -> anyio.CapacityLimiter:
        """Password checks run in threads, a few at a time, never in the event loop: a flood of
        bad sign-ins queues here while every other request is served. Made on first use, in
        the server's event loop (anyio needs one)."""
        limiter = getattr(request.app.state, "hashing", None)
        if limiter is None:
            limiter = request.app.state.hashing = anyio.CapacityLimiter(
                settings.review.concurrent_password_checks
            )
        return limiter

    def client(request: Request) -> str | None:
        return request.client.host if request.client else None

    def who(request: Request, role: str = "reviewer") -> tuple[User, str]:
        found = getattr(request.state, "signed_in", None)  # looked up once per request
        if found is None:
            found = accounts.session(request.cookies.get(COOKIE))
            if found is None:
                raise Denied(401)
            request.state.signed_in = found
        user, csrf = found
        if RANK[user.role] < RANK[role]:
            raise Denied(403)
        return user, csrf

    # Checked before any form field is read: an anonymous caller learns nothing, not even which
    # fields a form needs.
    async def need_reviewer(request: Request) -> None:
        _, csrf = who(request, "reviewer")
        if request.method == "POST":  # every form carries the session's CSRF token
            token = (await request.form()).get("csrf")
            if not isinstance(token, str) or not hmac.compare_digest(token, csrf):
                raise Denied(403, STALE_FORM)

    def need_supervisor(request: Request) -> None:
        who(request, "supervisor")

    REVIEWER, SUPERVISOR = [Depends(need_reviewer)], [Depends(need_supervisor)]

    def render(request, name, user=None, csrf=None, status=200, **ctx):
        ctx.update(request=request, user=user, csrf=csrf, rank=RANK)
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def patient_index(path: str) -> PatientIndex | None:
        try:
            return PatientIndex.current(path)
        except Exception:
            return None

    def viewable(item_id: int, user: User):
        """Minimum necessary: a reviewer sees items still in the queue; decided ones only
        supervisors."""
        view = queue.view(item_id)
        if view is None:
            raise HTTPException(404)
        if view.item.state in ("done", "merged") and RANK[user.role] < RANK["supervisor"]:
            raise HTTPException(404)
        return view

    def audit_now(action: str, user: User, request: Request, **kw) -> None:
        with Session(engine) as s, s.begin():
            audit.record(s, action, user=user, client=client(request), **kw)

    def item_page(
        request, user, csrf, item_id, *, message=None, results=None, search=None, status=200
    ):
        view = viewable(item_id, user)
        item = view.item
        index = patient_index(view.patients_path)
        person = index.get(item.patient_mrn) if index and item.patient_mrn else None
        candidates = [(index.get(c["mrn"]), c["why"]) for c in item.patient_candidates if index]
        pages = []
        for p in view.pages:
            lines: dict[int, list] = defaultdict(list)
            for text, conf, line in p.words:
                lines[line].append((text, conf < LOW_WORD_CONFIDENCE))
            pages.append((p, [lines[k] for k in sorted(lines)]))
        mine = item.claimed_by == user.id and item.state == "open"
        free = item.claimed_by is None or (item.lease_until and aware(item.lease_until) < now())
        claimable = item.state == "open" and not mine and free
        return render(
            request,
            "item.html",
            user,
            csrf,
            status=status,
            item=item,
            pages=pages,
            person=person,
            candidates=[c for c in candidates if c[0] is not None],
            types=queue.taxonomy.types,
            discard_reasons=DISCARD_REASONS,
            message=message,
            results=results,
            search=search or {},
            mine=mine,
            claimable=claimable,
            on_item=True,
        )

    def act(request, item_id, fn, user, csrf):
        """Run a change; a stale form or a missing precondition re-shows the item with why."""
        try:
            fn()
        except Stale as exc:
            with contextlib.suppress(HoldsTooMany):  # shown fresh, claimed again if allowed
                queue.claim(item_id, user)
            return item_page(request, user, csrf, item_id, message=str(exc), status=409)
        except NotReady as exc:
            return item_page(request, user, csrf, item_id, message=str(exc), status=422)
        return RedirectResponse(f"/items/{item_id}", status_code=303)

    # -- signing in ------------------------------------------------------------------------------
    @app.get("/login", response_class=HTMLResponse)
    def login_form(request: Request):
        token = secrets.token_urlsafe(24)
        resp = render(request, "login.html", login_csrf=token)
        resp.set_cookie(
            LOGIN_COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=settings.review.cookie_secure,
        )
        return resp

    @app.post("/login")
    async def login(
        request: Request,
        username: str = Form(""),
        password: str = Form(""),
        login_csrf: str = Form(""),
    ):
        cookie = request.cookies.get(LOGIN_COOKIE) or ""
        if not cookie or not hmac.compare_digest(cookie, login_csrf):
            raise Denied(403, STALE_FORM)
        result = await anyio.to_thread.run_sync(
            accounts.sign_in,
            username,
            password,
            client(request),
            limiter=_hashing(request),
        )
        if result.user is None:
            await anyio.sleep(settings.review.failed_sign_in_delay_seconds)  # slows guessing
            token = secrets.token_urlsafe(24)
            resp = render(request, "login.html", login_csrf=token, error=result.error, status=401)
            resp.set_cookie(
                LOGIN_COOKIE,
                token,
                httponly=True,
                samesite="strict",
                secure=settings.review.cookie_secure,
            )
            return resp
        resp = RedirectResponse("/queue", status_code=303)
        resp.set_cookie(
            COOKIE,
            result.token,
            httponly=True,
            samesite="strict",
            secure=settings.review.cookie_secure,
        )
        resp.delete_cookie(LOGIN_COOKIE)
        return resp

    @app.post("/logout", dependencies=REVIEWER)
    def logout(request: Request):
        user, _ = who(request)
        accounts.sign_out(request.cookies.get(COOKIE), user, client(request))
        resp = RedirectResponse("/login", status_code=303)
        resp.delete_cookie(COOKIE)
        return resp

    # -- the queue ---------------------------------------------------------------------------
    @app.get("/", dependencies=REVIEWER)
    def home(request: Request):
        who(request)
        return RedirectResponse("/queue", status_code=303)

    @app.get("/queue", response_class=HTMLResponse, dependencies=REVIEWER)
    def queue_page(request: Request, batch: str | None = None, note: str | None = None):
        user, csrf = who(request)
        items = queue.waiting(batch)
        pages = queue.pages_of([i.id for i in items])
        grouped: dict[str, dict] = {}
        for i in items:
            grouped.setdefault(i.batch_id, {}).setdefault(i.packet, []).append(i)
        return render(
            request,
            "queue.html",
            user,
            csrf,
            grouped=grouped,
            pages=pages,
            batch=batch,
            note=note,
            now=now(),
            aware=aware,
        )

    def next_for(user: User, batch: str | None = None, after: int | None = None):
        """Claim the next item (the one this reviewer holds first) and open it."""
        _complete_saved_decisions()
        try:
            item = queue.claim_next(user, batch, exclude=after)
        except HoldsTooMany:
            return RedirectResponse("/queue?note=held", status_code=303)
        if item is None:
            return RedirectResponse("/queue?note=empty", status_code=303)
        return RedirectResponse(f"/items/{item.id}", status_code=303)

    # Claims are taken by POST only (a link prefetched or opened in passing claims nothing),
    # and a reviewer holds at most review.max_held_items at once.
    @app.post("/next", dependencies=REVIEWER)
    def next_item(
        request: Request,
        batch: str | None = Form(None, max_length=64),
        after: int | None = Form(None, ge=0, le=MAX_INT),
    ):
        user, _ = who(request)  # the CSRF token was checked by need_reviewer
        return next_for(user, batch, after)

    @app.post("/items/{item_id}/claim", response_class=HTMLResponse, dependencies=REVIEWER)
    def claim_item(request: Request, item_id: ItemId):
        user, csrf = who(request)
        viewable(item_id, user)
        try:
            got = queue.claim(item_id, user)
        except HoldsTooMany:
            return item_page(request, user, csrf, item_id, message=HELD, status=409)
        if got is None:
            text = "Another reviewer is working on this item, or it is no longer open."
            return item_page(request, user, csrf, item_id, message=text, status=409)
        return RedirectResponse(f"/items/{item_id}", status_code=303)

    @app.get("/items/{item_id}", response_class=HTMLResponse, dependencies=REVIEWER)
    def show_item(request: Request, item_id: ItemId):
        """Shows the item; claims nothing (the page offers the claim as a button)."""
        user, csrf = who(request)
        view = viewable(item_id, user)
        audit_now("view_item", user, request, item_id=item_id, batch_id=view.item.batch_id)
        return item_page(request, user, csrf, item_id)

    @app.get("/items/{item_id}/pages/{index}.png", dependencies=REVIEWER)
    def page_image(request: Request, item_id: ItemId, index: PageNo):
        user, _ = who(request)
        view = viewable(item_id, user)
        page = next((p for p in view.pages if p.page_index == index), None)
        if page is None:
            raise HTTPException(404)
        png = page_png(queue.store_for(view.store_url).get(page.object_key))
        audit_now(
            "view_page",
            user,
            request,
            item_id=item_id,
            batch_id=view.item.batch_id,
            detail=f"page {index}",
        )
        return Response(png, media_type="image/png")

    @app.post("/items/{item_id}/type", response_class=HTMLResponse, dependencies=REVIEWER)
    def set_type(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        document_type: str = Form(...),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        return act(
            request,
            item_id,
            lambda: queue.set_type(item_id, version, user, document_type),
            user,
            csrf,
        )

    @app.post("/items/{item_id}/search", response_class=HTMLResponse, dependencies=REVIEWER)
    def search(
        request: Request,
        item_id: ItemId,
        name: str = Form(""),
        mrn: str = Form(""),
        dob: str = Form(""),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        view = viewable(item_id, user)
        index = patient_index(view.patients_path)
        query = {"name": name, "mrn": mrn, "dob": dob}
        try:
            if index is None:
                raise ValueError("the patient index of this batch cannot be read")
            results = index.search(name or None, mrn or None, dob or None)
        except ValueError as exc:
            return item_page(
                request,
                user,
                csrf,
                item_id,
                message=_sentence(exc),
                search=query,
                status=422,
            )
        audit_now(
            "search_patient",
            user,
            request,
            item_id=item_id,
            batch_id=view.item.batch_id,
            detail=f"{len(results)} found",
        )
        message = None if results else "No patient matches all the identifiers given."
        return item_page(
            request, user, csrf, item_id, results=results, search=query, message=message
        )

    @app.post("/items/{item_id}/assign", response_class=HTMLResponse, dependencies=REVIEWER)
    def assign(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        pick: str = Form(...),
        name: str = Form(""),
        mrn: str = Form(""),
        dob: str = Form(""),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        index = patient_index(viewable(item_id, user).patients_path)
        if index is None:
            raise HTTPException(404)

        def do() -> None:
            queue.assign_patient(item_id, version, user, _picked(index, pick, name, mrn, dob))

        return act(request, item_id, do, user, csrf)

    @app.post("/items/{item_id}/new-packet", response_class=HTMLResponse, dependencies=REVIEWER)
    def new_packet(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        pick: str = Form(...),
        name: str = Form(""),
        mrn: str = Form(""),
        dob: str = Form(""),
    ):
        """This page starts the packet of the patient found on it: assign it and the rest."""
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        index = patient_index(viewable(item_id, user).patients_path)
        if index is None:
            raise HTTPException(404)

        def do() -> None:
            queue.start_packet(item_id, version, user, _picked(index, pick, name, mrn, dob))

        return act(request, item_id, do, user, csrf)

    @app.post("/items/{item_id}/page", response_class=HTMLResponse, dependencies=REVIEWER)
    def page_decision(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        page: int = Form(..., ge=0, le=MAX_INT),
        disposition: str = Form(""),
        reason: str = Form(""),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        return act(
            request,
            item_id,
            lambda: queue.set_page(
                item_id, version, user, page, disposition or None, reason or None
            ),
            user,
            csrf,
        )

    @app.post("/items/{item_id}/split", response_class=HTMLResponse, dependencies=REVIEWER)
    def split(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        page: int = Form(..., ge=0, le=MAX_INT),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        return act(request, item_id, lambda: queue.split(item_id, version, user, page), user, csrf)

    @app.post("/items/{item_id}/merge", response_class=HTMLResponse, dependencies=REVIEWER)
    def merge(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        return act(request, item_id, lambda: queue.merge_next(item_id, version, user), user, csrf)

    @app.post("/items/{item_id}/release", dependencies=REVIEWER)
    def release(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        then: str = Form("queue"),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        try:
            queue.release(item_id, version, user)
        except Stale:
            pass  # nothing held any more: nothing to give back
        if then == "next":
            return next_for(user, after=item_id)
        return RedirectResponse("/queue", status_code=303)

    @app.post("/items/{item_id}/decide", response_class=HTMLResponse, dependencies=REVIEWER)
    def decide(
        request: Request,
        item_id: ItemId,
        version: int = Form(..., ge=0, le=MAX_INT),
        action: str = Form(...),
        reason: str = Form(""),
        then: str = Form("next"),
    ):
        user, csrf = who(request)  # the CSRF token was checked by need_reviewer
        try:
            queue.decide(item_id, version, user, action, reason or None)
        except Stale as exc:
            with contextlib.suppress(HoldsTooMany):  # shown fresh, claimed again if allowed
                queue.claim(item_id, user)
            return item_page(request, user, csrf, item_id, message=str(exc), status=409)
        except NotReady as exc:
            return item_page(request, user, csrf, item_id, message=str(exc), status=422)
        except Exception as exc:
            log.warning(
                "item %d: decision saved, filing not finished (%s)", item_id, type(exc).__name__
            )
            return render(
                request,
                "message.html",
                user,
                csrf,
                status=503,
                text="The decision is saved but the store could not be reached; it "
                "will be completed automatically. Nothing was filed twice.",
            )
        # The next item loads at once.
        if then == "next":
            return next_for(user)
        return RedirectResponse("/queue", status_code=303)

    # -- supervisors ---------------------------------------------------------------------------
    @app.get("/dashboard", response_class=HTMLResponse, dependencies=SUPERVISOR)
    def dashboard(request: Request):
        user, csrf = who(request, "supervisor")
        waiting = queue.waiting()
        by_reason = Counter(r for i in waiting for r in i.reasons)
        oldest = min((aware(i.created_at) for i in waiting), default=None)
        with Session(engine) as s:
            rows = s.execute(
                select(User.username, ReviewItem.decided_at, ReviewItem.outcome)
                .join(User, User.id == ReviewItem.decided_by)
                .where(ReviewItem.state == "done")
            ).all()
            rescans = s.execute(
                select(ReviewItem.batch_id, ReviewItem.first_page, ReviewItem.decided_at)
                .where(ReviewItem.outcome == "rescan")
                .order_by(ReviewItem.decided_at.desc())
                .limit(50)
            ).all()
        cleared: dict[tuple[str, str], Counter] = defaultdict(Counter)
        for username, at, outcome in rows:
            cleared[(aware(at).date().isoformat(), username)][outcome] += 1
        return render(
            request,
            "dashboard.html",
            user,
            csrf,
            delivery=outbox.counts(engine),
            undelivered=outbox.rows(engine, (outbox.FAILED, outbox.SENT), limit=50),
            ehr_configured=bool(settings.ehr.host),
            by_reason=by_reason,
            waiting=len(waiting),
            oldest=oldest,
            now=now(),
            cleared=sorted(cleared.items(), reverse=True),
            rescans=rescans,
        )

    # -- corrections (supervisors) -------------------------------------------------------------
    SUPERVISOR_FORM = REVIEWER + SUPERVISOR  # the CSRF token, then the role

    def patient_indexes() -> list[PatientIndex]:
        with Session(engine) as s:
            paths = sorted(set(s.scalars(select(BatchRow.patients))))
        return [i for i in map(patient_index, paths) if i is not None]

    def corrections_page(request, user, csrf, status=200, **ctx):
        return render(
            request, "corrections.html", user, csrf, status=status,
            reasons=CORRECTION_REASONS, **ctx,
        )  # fmt: skip

    @app.get("/corrections", response_class=HTMLResponse, dependencies=SUPERVISOR)
    def corrections_home(request: Request):
        user, csrf = who(request, "supervisor")
        return corrections_page(request, user, csrf)

    @app.post("/corrections/find", response_class=HTMLResponse, dependencies=SUPERVISOR_FORM)
    def find_document(
        request: Request,
        document_id: str = Form("", max_length=100),
        name: str = Form("", max_length=200),
        mrn: str = Form("", max_length=40),
        dob: str = Form("", max_length=20),
    ):
        """By document id, or by the patient through two identifiers (POSTed: no identifier
        in a URL or an access log)."""
        user, csrf = who(request, "supervisor")
        if document_id.strip():
            doc = corrections.find(document_id.strip())
            audit_now("find_document", user, request, detail="by document id")
            if doc is None:
                return corrections_page(
                    request, user, csrf, 404, message="No filed document has that id."
                )
            return RedirectResponse(f"/documents/{doc.document_id}", status_code=303)
        if sum(bool(v.strip()) for v in (name, mrn, dob)) < 2:
            text = "Give a document id, or at least two identifiers: name, MRN, birth date."
            return corrections_page(request, user, csrf, 422, message=text)
        found: dict[str, object] = {}
        try:
            for index in patient_indexes():
                for p in index.search(name or None, mrn or None, dob or None):
                    found.setdefault(p.mrn, p)
        except ValueError as exc:
            return corrections_page(request, user, csrf, 422, message=_sentence(exc))
        docs = [d for m in sorted(found) for d in corrections.of_patient(m)]
        audit_now("find_document", user, request, detail=f"by patient: {len(docs)} documents found")
        return corrections_page(
            request, user, csrf, patients=list(found.values()), documents=docs, searched=True
        )

    def document_page(request, user, csrf, document_id: str, status=200, message=None):
        doc = corrections.find(document_id)
        if doc is None:
            raise HTTPException(404)
        index = patient_index(doc.patients_path)
        with Session(engine) as s:
            sent = list(
                s.scalars(
                    select(Delivery)
                    .where(Delivery.document_id == document_id)
                    .order_by(Delivery.id)
                )
            )
        return render(
            request,
            "document.html",
            user,
            csrf,
            status=status,
            doc=doc,
            patient=index.get(doc.mrn) if index else None,
            types=queue.taxonomy.types,
            reasons=CORRECTION_REASONS,
            deliveries=sent,
            message=message,
        )

    @app.get("/documents/{document_id}", response_class=HTMLResponse, dependencies=SUPERVISOR)
    def show_document(request: Request, document_id: DocumentId):
        user, csrf = who(request, "supervisor")
        page = document_page(request, user, csrf, document_id)
        audit_now("find_document", user, request, detail=f"viewed {document_id}")
        return page

    @app.post(
        "/documents/{document_id}/correct",
        response_class=HTMLResponse,
        dependencies=SUPERVISOR_FORM,
    )
    def correct_document(
        request: Request,
        document_id: DocumentId,
        reason: str = Form("", max_length=40),
        to_type: str = Form("", max_length=64),
        name: str = Form("", max_length=200),
        mrn: str = Form("", max_length=40),
        dob: str = Form("", max_length=20),
    ):
        """Move to another patient (two identifiers must agree on one) or change the type."""
        user, csrf = who(request, "supervisor")
        doc = corrections.find(document_id)
        if doc is None:
            raise HTTPException(404)
        to_mrn = None
        if name or mrn or dob:
            index = patient_index(doc.patients_path)
            try:
                found = index.search(name or None, mrn or None, dob or None) if index else []
            except ValueError as exc:
                return document_page(request, user, csrf, document_id, 422, _sentence(exc))
            if len(found) != 1:
                text = "The identifiers given must agree on exactly one patient."
                return document_page(request, user, csrf, document_id, 422, text)
            to_mrn = found[0].mrn
        try:
            new_id = corrections.correct(
                document_id,
                user.username,
                reason,
                to_mrn=to_mrn,
                to_type=to_type or None,
                user=user,
                client=client(request),
            )
        except CorrectionRefused as exc:
            return document_page(request, user, csrf, document_id, 422, str(exc))
        return RedirectResponse(f"/documents/{new_id}", status_code=303)

    @app.get("/audit", response_class=HTMLResponse, dependencies=SUPERVISOR)
    def audit_log(request: Request):
        user, csrf = who(request, "supervisor")
        with Session(engine) as s:
            events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(300)))
            total = s.scalar(select(func.count()).select_from(AuditEvent))
        audit_now("view_audit", user, request)
        return render(request, "audit.html", user, csrf, events=events, total=total)

    @app.get("/audit.csv", dependencies=SUPERVISOR)
    def audit_csv(request: Request):
        user, _ = who(request, "supervisor")
        audit_now("export_audit", user, request)
        buf = io.StringIO()
        out = csv.writer(buf)
        out.writerow(["id", "at", "user", "action", "item", "batch", "detail", "client"])
        with Session(engine) as s:
            for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id)):
                row = [
                    e.id,
                    aware(e.at).isoformat(timespec="seconds"),
                    e.username,
                    e.action,
                    e.item_id,
                    e.batch_id,
                    e.detail,
                    e.client,
                ]
                out.writerow([csv_cell(v) for v in row])
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        return Response(
            buf.getvalue(),
            media_type="text/csv",
            headers={"Content-Disposition": f'attachment; filename="audit-{stamp}.csv"'},
        )

    return app


def _picked(index: PatientIndex, pick: str, name: str, mrn: str, dob: str) -> str:
    """The reviewer's choice, only while it is still what two agreeing identifiers find."""
    try:
        found = index.search(name or None, mrn or None, dob or None)
    except ValueError as exc:
        raise NotReady(_sentence(exc)) from None
    if pick not in {p.mrn for p in found}:
        raise NotReady("That patient does not match the identifiers given.")
    return pick


def _sentence(exc: Exception) -> str:
    text = str(exc)
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
