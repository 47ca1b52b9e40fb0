"""The temporary Prefect server of a one-shot command (`digitize process`, `demo`) when no
server is configured. Prefect would start one itself, but only when the flow begins, after the
batch has been opened and hashed and the model loaded, and it first imports the whole server
application into this process to do so. Started here first thing, as the same uvicorn command
Prefect runs, it boots on the other core while this process gets the batch ready; the flow then
waits only for whatever boot time is left. Nothing of the batch reaches it but the batch id."""

from __future__ import annotations

import atexit
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import tomllib
import urllib.error
import urllib.request
from importlib.util import find_spec
from pathlib import Path

_started: TemporaryServer | None = None


def start_if_none_configured() -> None:
    """Start this process's temporary server now, unless a server is configured."""
    global _started
    if _started is None and not configured():
        _started = TemporaryServer()


def ready(timeout: float = 600.0) -> None:
    """Before the first flow: wait for the temporary server, if this process started one."""
    if _started is not None:
        _started.wait(timeout)


def configured() -> bool:
    """Is a Prefect server configured (PREFECT_API_URL)? Importing Prefect's settings costs
    seconds, so it is asked only when the environment, the active profile, or a prefect.toml
    or .env here mention a server at all; otherwise the server can start at once."""
    if os.environ.get("PREFECT_API_URL"):
        return True
    if not _mentions_a_server():
        return False
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value())


def _mentions_a_server() -> bool:
    home = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    profiles = Path(os.environ.get("PREFECT_PROFILES_PATH") or home / "profiles.toml")
    try:
        data = tomllib.loads(profiles.read_text())
    except (OSError, tomllib.TOMLDecodeError):
        data = {}
    active = os.environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    if (data.get("profiles", {}).get(active) or {}).get("PREFECT_API_URL"):
        return True
    for name in ("prefect.toml", ".env", "pyproject.toml"):
        try:
            text = Path(name).read_text(errors="replace")
        except OSError:
            continue
        if "PREFECT_API_URL" in text or ("[api]" in text or "tool.prefect" in text):
            return True
    return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def _die_with_parent():
    """What the server's process runs before it starts: end when this command's process
    ends, even when it is killed and cannot stop the server itself (Linux's
    PR_SET_PDEATHSIG; elsewhere atexit only). Looked up here, in this process: the forked
    child may import nothing."""
    try:
        import ctypes

        prctl = ctypes.CDLL("libc.so.6", use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return lambda: prctl(1, signal.SIGTERM)


def _point_prefect_at(url: str | None) -> None:
    """PREFECT_API_URL for this process; settings Prefect has already read are renewed."""
    if url is None:
        os.environ.pop("PREFECT_API_URL", None)
    else:
        os.environ["PREFECT_API_URL"] = url
    if "prefect.context" in sys.modules:
        from prefect.context import refresh_global_settings_context

        refresh_global_settings_context()


# A server that lives for one command records its flow and task runs and their events, and
# does nothing else: no deployments to schedule, no workers to watch, no automations to
# trigger, no late or paused runs to chase. Each of those services wakes on a timer or on
# every event, taking CPU from the pages on a two-core machine.
_ONE_COMMAND_SERVICES = {
    f"PREFECT_SERVER_SERVICES_{name}_ENABLED": "false"
    for name in (
        "SCHEDULER",
        "LATE_RUNS",
        "FOREMAN",
        "TRIGGERS",
        "PAUSE_EXPIRATIONS",
        "REPOSSESSOR",
        "CANCELLATION_CLEANUP",
        "CLEANUP_RECONCILER",
    )
}


class TemporaryServer:
    """A Prefect API server for the life of this process, on a free local port."""

    def __init__(self) -> None:
        spec = find_spec("prefect")
        if spec is None or not spec.origin:
            raise RuntimeError("Prefect is not installed")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/api"
        env = dict(
            os.environ,
            PREFECT_UI_ENABLED="0",
            PREFECT__SERVER_EPHEMERAL="1",
            PREFECT__SERVER_FINAL="1",
            **_ONE_COMMAND_SERVICES,
        )
        env.pop("PREFECT_API_URL", None)
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "--app-dir",
                str(Path(spec.origin).parent.parent),
                "--factory",
                "prefect.server.api.server:create_app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--log-level",
                "error",
                "--lifespan",
                "on",
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            preexec_fn=_die_with_parent() if _main_thread() else None,
        )
        atexit.register(self.stop)
        # This process's Prefect client talks to it (until stop).
        self._previous = os.environ.get("PREFECT_API_URL")
        _point_prefect_at(self.url)

    def wait(self, timeout: float) -> None:
        """Until the server answers its health check; a clear error if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"the temporary Prefect server exited (code {self.process.returncode})"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/health", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the temporary Prefect server did not start within {timeout:.0f} s")

    def stop(self) -> None:
        if os.environ.get("PREFECT_API_URL") == self.url:
            _point_prefect_at(self._previous)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
