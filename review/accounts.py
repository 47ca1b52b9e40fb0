"""Accounts, sessions and sign-in. Passwords are hashed with scrypt (memory-hard, in Python's
standard library); sessions are random tokens stored only as hashes and end after idle time
and after an absolute lifetime; repeated failed sign-ins lock the account for a while (an
admin's reset lets the owner in again), and repeated failures from one client address slow
that address whatever accounts it tries. Used by the web page and by `digitize users`."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from appdb import audit
from appdb.tables import LoginAttempt, SessionRow, User, aware, now

ROLES = ("reviewer", "supervisor", "admin")
RANK = {r: n for n, r in enumerate(ROLES)}
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")
MIN_PASSWORD = 12
# scrypt with N=2^15, r=8: 32 MiB and about 0.1 s per hash on this class of machine.
SCRYPT = {"n": 2**15, "r": 8, "p": 1}


class AccountError(Exception):
    """A user-admin request that cannot be done; the message is for the admin."""


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, maxmem=64 * 2**20, dklen=32, **SCRYPT)
    parts = ["scrypt", SCRYPT["n"], SCRYPT["r"], SCRYPT["p"]]
    parts += [base64.b64encode(v).decode() for v in (salt, digest)]
    return "$".join(map(str, parts))


def check_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 2**20,
            dklen=32,
        )
    except ValueError:
        return False
    return hmac.compare_digest(got, base64.b64decode(digest))


_DUMMY = hash_password(secrets.token_hex(8))  # unknown users cost as much time as known ones


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass
class SignIn:
    user: User | None
    token: str | None = None
    error: str | None = None


class Accounts:
    def __init__(self, engine: Engine, settings):
        self.engine = engine
        r = settings.review
        self.idle = dt.timedelta(minutes=r.session_idle_minutes)
        self.lifetime = dt.timedelta(hours=r.session_max_hours)
        self.max_failures, self.lockout = r.login_max_failures, r.login_lockout_seconds
        self.client_max_failures = r.login_client_max_failures

    # administration (digitize users) -----------------------------------------------------------
    def add(self, username: str, role: str, password: str) -> None:
        username = username.strip().lower()
        if not USERNAME.fullmatch(username):
            raise AccountError("a user name is 2-64 characters: a-z, 0-9, dot, dash, underscore")
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        _check_strength(password)
        with Session(self.engine) as s, s.begin():
            if s.scalar(select(User).where(User.username == username)):
                raise AccountError("that user already exists")
            s.add(
                User(
                    username=username,
                    password_hash=hash_password(password),
                    role=role,
                    active=True,
                    created_at=now(),
                )
            )
            audit.record(s, "user_admin", username=username, detail=f"added with role {role}")

    def disable(self, username: str) -> None:
        with Session(self.engine) as s, s.begin():
            user = self._get(s, username)
            user.active = False
            s.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
            audit.record(s, "user_admin", username=user.username, detail="disabled")

    def reset(self, username: str, password: str, role: str | None = None) -> None:
        """New password (and optionally role); re-enables the account and ends its sessions."""
        _check_strength(password)
        if role is not None and role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        with Session(self.engine) as s, s.begin():
            user = self._get(s, username)
            user.password_hash, user.active = hash_password(password), True
            if role:
                user.role = role
            s.execute(delete(SessionRow).where(SessionRow.user_id == user.id))
            # Unlocks the account: failures before the reset no longer count (a lockout must
            # not keep the owner out once an admin has vouched for them).
            s.add(LoginAttempt(username=user.username, at=now(), success=True, client="reset"))
            audit.record(s, "user_admin", username=user.username, detail="password reset")

    def get(self, username: str) -> User | None:
        with Session(self.engine, expire_on_commit=False) as s:
            return s.scalar(select(User).where(User.username == username))

    def list(self) -> list[tuple[str, str, bool]]:
        with Session(self.engine) as s:
            return [
                (u.username, u.role, u.active)
                for u in s.scalars(select(User).order_by(User.username))
            ]

    @staticmethod
    def _get(s: Session, username: str) -> User:
        user = s.scalar(select(User).where(User.username == username.strip().lower()))
        if user is None:
            raise AccountError("no such user")
        return user

    # signing in --------------------------------------------------------------------------------
    def sign_in(self, username: str, password: str, client: str | None) -> SignIn:
        username = (username or "").replace("\x00", "").strip().lower()[:64]
        at = now()
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            since = at - dt.timedelta(seconds=self.lockout)
            last_ok = s.scalar(
                select(func.max(LoginAttempt.at)).where(
                    LoginAttempt.username == username, LoginAttempt.success.is_(True)
                )
            )
            since = max(since, aware(last_ok) or since)
            failures = s.scalar(
                select(func.count()).where(
                    LoginAttempt.username == username,
                    LoginAttempt.success.is_(False),
                    LoginAttempt.at > since,
                )
            )
            from_client = 0
            if client:
                from_client = s.scalar(
                    select(func.count()).where(
                        LoginAttempt.client == client,
                        LoginAttempt.success.is_(False),
                        LoginAttempt.at > at - dt.timedelta(seconds=self.lockout),
                    )
                )
            if from_client >= self.client_max_failures:
                s.add(LoginAttempt(username=username, at=at, success=False, client=client))
                audit.record(
                    s, "login_failed", username=username, detail="throttled", client=client
                )
                minutes = max(1, round(self.lockout / 60))
                return SignIn(
                    None, error=f"Too many failed sign-ins from here: try again in {minutes} min."
                )
            if failures >= self.max_failures:
                s.add(LoginAttempt(username=username, at=at, success=False, client=client))
                audit.record(s, "login_failed", username=username, detail="locked", client=client)
                minutes = max(1, round(self.lockout / 60))
                return SignIn(None, error=f"Too many failed sign-ins: try again in {minutes} min.")
            user = s.scalar(select(User).where(User.username == username))
            ok = check_password(password or "", user.password_hash if user else _DUMMY)
            if not (ok and user is not None and user.active):
                s.add(LoginAttempt(username=username, at=at, success=False, client=client))
                audit.record(s, "login_failed", username=username, client=client)
                return SignIn(None, error="Wrong user name or password.")
            s.add(LoginAttempt(username=username, at=at, success=True, client=client))
            s.execute(  # sessions that have ended are deleted, not left to pile up
                delete(SessionRow).where(
                    (SessionRow.last_seen < at - self.idle)
                    | (SessionRow.created_at < at - self.lifetime)
                )
            )
            token = secrets.token_urlsafe(32)
            s.add(
                SessionRow(
                    token_hash=_token_hash(token),
                    user_id=user.id,
                    csrf_token=secrets.token_urlsafe(32),
                    created_at=at,
                    last_seen=at,
                )
            )
            audit.record(s, "login", user=user, client=client)
            return SignIn(user, token)

    def session(self, token: str | None) -> tuple[User, str] | None:
        """The signed-in user and their CSRF token, or None (unknown, idle too long, disabled).
        Each use moves the idle clock on."""
        if not token:
            return None
        at = now()
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            row = s.get(SessionRow, _token_hash(token))
            if row is None:
                return None
            user = s.get(User, row.user_id)
            ended = (
                aware(row.last_seen) + self.idle < at or aware(row.created_at) + self.lifetime < at
            )
            if ended or user is None or not user.active:
                s.delete(row)
                return None
            row.last_seen = at
            return user, row.csrf_token

    def sign_out(self, token: str | None, user: User | None, client: str | None) -> None:
        if not token:
            return
        with Session(self.engine) as s, s.begin():
            s.execute(delete(SessionRow).where(SessionRow.token_hash == _token_hash(token)))
            if user is not None:
                audit.record(s, "logout", user=user, client=client)


def _check_strength(password: str) -> None:
    """Length, and zxcvbn's estimate, which knows the common-password lists and their usual
    variations (password1234, qwertyuiop123): a score under 3 is too easy to guess."""
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    from zxcvbn import zxcvbn

    if zxcvbn(password[:100])["score"] < 3:
        raise AccountError(
            "that password is common or easy to guess: use a passphrase of several unrelated words"
        )
