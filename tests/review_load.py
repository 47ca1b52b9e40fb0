"""`python -m tests.review_load`: the review page under anonymous load, as issue 14 measured it.
Starts the real `digitize review` (uvicorn) on a new app database and reports:

* the server's resident memory before and after one anonymous 400 MB POST to /login;
* the time to fetch a static file while 60 bad sign-ins run at once.

Figures only (the README quotes them); the tests check the behaviour without timing."""

from __future__ import annotations

import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from tests.conftest import ROOT


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        port = _port()
        env = dict(os.environ, DIGITIZE_DATABASE__URL=f"sqlite:///{Path(tmp) / 'app.db'}")
        proc = subprocess.Popen(
            [sys.executable, "-m", "digitize", "review", "--port", str(port)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    httpx.get(base + "/login", timeout=1)
                    break
                except httpx.HTTPError:
                    time.sleep(0.1)
            before = _rss_mb(proc.pid)

            def body():
                for _ in range(400):
                    yield b"a" * 1_048_576

            try:
                r = httpx.post(
                    base + "/login",
                    content=body(),
                    headers={"content-type": "application/x-www-form-urlencoded"},
                    timeout=120,
                )
                status = r.status_code
            except httpx.HTTPError as exc:  # the server may close the connection on a refusal
                status = type(exc).__name__
            time.sleep(1)
            after = _rss_mb(proc.pid)
            print(
                f"anonymous 400 MB POST: answer {status}; server memory {before:.0f} MB "
                f"before, {after:.0f} MB after"
            )

            quiet = []
            for _ in range(5):
                t0 = time.perf_counter()
                httpx.get(base + "/static/review.css")
                quiet.append(time.perf_counter() - t0)

            def bad_sign_in(i: int) -> None:
                with httpx.Client(base_url=base, timeout=120) as c:
                    page = c.get("/login")
                    token = re.search(r'name="login_csrf" value="([^"]+)"', page.text).group(1)
                    c.post(
                        "/login",
                        data={
                            "username": f"nobody{i}",
                            "password": "wrong wrong",
                            "login_csrf": token,
                        },
                    )

            threads = [threading.Thread(target=bad_sign_in, args=(i,)) for i in range(60)]
            for t in threads:
                t.start()
            time.sleep(0.5)
            loaded = []
            while any(t.is_alive() for t in threads) and len(loaded) < 20:
                t0 = time.perf_counter()
                httpx.get(base + "/static/review.css", timeout=120)
                loaded.append(time.perf_counter() - t0)
                time.sleep(0.1)
            for t in threads:
                t.join()
            print(
                f"static file: median {statistics.median(quiet) * 1000:.0f} ms quiet; during 60 "
                f"concurrent bad sign-ins median {statistics.median(loaded) * 1000:.0f} ms, "
                f"worst {max(loaded) * 1000:.0f} ms ({len(loaded)} fetches)"
            )
        finally:
            proc.terminate()
            proc.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
