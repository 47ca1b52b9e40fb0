"""Object storage for filed records. Objects are written once: filing the same key again keeps what
is there. The local-directory store is the embedded default; keys never hold PHI."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pipeline.errors import BadInput


@dataclass(frozen=True)
class StoredObject:
    key: str
    sha256: str
    size: int
    created: bool  # False when the object was already there


class ObjectStore(Protocol):
    url: str

    def check(self) -> None: ...

    def put_once(self, key: str, data: bytes, content_type: str) -> StoredObject: ...

    def get(self, key: str) -> bytes: ...

    def exists(self, key: str) -> bool: ...

    def sha256_of(self, key: str) -> str: ...

    def keys(self, prefix: str = "") -> Iterator[str]: ...

    def legal_hold(self, key: str, on: bool) -> None: ...

    def uri(self, key: str) -> str:
        """Where a consumer outside digitize finds the object (FHIR attachment.url)."""
        ...


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LocalStore:
    """A directory tree readable by its owner only (0700 folders, 0600 files)."""

    def __init__(self, root: Path):
        self.root = Path(root).resolve()
        self.url = str(self.root)
        try:
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise BadInput(f"the store folder cannot be created ({exc.strerror})") from None
        if not os.access(self.root, os.W_OK):
            raise BadInput("the store folder is not writable")

    def uri(self, key: str) -> str:
        return self._path(key).as_uri()

    def _path(self, key: str) -> Path:
        if key.startswith("/") or ".." in key.split("/"):
            raise ValueError("invalid object key")
        return self.root / key

    def _makedirs(self, folder: Path) -> None:
        """Every level owner-only (mkdir's mode= only applies to the last one)."""
        missing = []
        while not folder.exists() and folder != self.root:
            missing.append(folder)
            folder = folder.parent
        for d in reversed(missing):
            d.mkdir(mode=0o700, exist_ok=True)
            os.chmod(d, 0o700)

    def _write_tmp(self, path: Path, data: bytes) -> Path:
        self._makedirs(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
        except BaseException:
            os.unlink(tmp)
            raise
        return Path(tmp)

    def put_once(self, key: str, data: bytes, content_type: str) -> StoredObject:
        path = self._path(key)
        if path.exists():
            existing = path.read_bytes()
            return StoredObject(key, sha256(existing), len(existing), False)
        tmp = self._write_tmp(path, data)
        try:
            os.link(tmp, path)  # atomic, and fails if another writer got there first
        except FileExistsError:
            existing = path.read_bytes()
            return StoredObject(key, sha256(existing), len(existing), False)
        finally:
            tmp.unlink(missing_ok=True)
        _fsync_dir(path.parent)
        return StoredObject(key, sha256(data), len(data), True)

    def check(self) -> None:
        """Checked when created: the folder exists and is writable."""

    def get(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def sha256_of(self, key: str) -> str:
        return sha256(self.get(key))

    def keys(self, prefix: str = "") -> Iterator[str]:
        folder = self._path(prefix.rpartition("/")[0]) if "/" in prefix else self.root
        for path in sorted(folder.rglob("*")):
            if path.is_file() and not path.name.startswith(".tmp-"):
                key = path.relative_to(self.root).as_posix()
                if key.startswith(prefix):
                    yield key

    def legal_hold(self, key: str, on: bool) -> None:
        raise BadInput("legal holds need an S3 store with Object Lock (--store s3://...)")

    def exists(self, key: str) -> bool:
        return self._path(key).exists()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class Stores:
    """Stores by URL, each opened once: the app database's batches may live in several."""

    def __init__(self, storage=None):
        self.storage = storage
        self._open: dict[str, ObjectStore] = {}

    def __call__(self, url: str) -> ObjectStore:
        if url not in self._open:
            self._open[url] = open_store(url, self.storage)
        return self._open[url]


def open_store(dest: str | None, storage=None) -> ObjectStore:
    """A store from a URL: s3://bucket/prefix, file:///path or a plain folder path. `storage`
    is the settings' storage section (encryption, retention, retries)."""
    if not dest:
        raise BadInput("no store given: use --store or set storage.url")
    if dest.startswith("s3://"):
        from pipeline.storage.s3store import S3Store

        opts = {}
        if storage is not None:
            opts = dict(
                sse=storage.sse,
                kms_key_id=storage.kms_key_id,
                retention_mode=storage.retention_mode,
                retention_days=storage.retention_days,
                max_attempts=storage.max_attempts,
                connect_timeout=storage.connect_timeout,
                read_timeout=storage.read_timeout,
            )
        return S3Store(dest, **opts)
    if dest.startswith("file://"):
        dest = dest[len("file://") :]
    return LocalStore(Path(dest))
