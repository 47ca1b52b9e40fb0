"""The watched folder ROOT: scanners drop batches into inbox/; a ready batch is claimed by an atomic
rename into processing/ under its batch id and a fixed extension by detected type (scan file
names often hold patient names, so no part of them goes further), and ends in done/ or in
failed/<id>/ with an error.json an operator can read. Polling only: it works on network shares,
where inotify sees nothing written by other hosts.

Nothing in inbox/ can stop intake: each entry is judged on its own, and any entry that is not a
plain file or folder of plain files (links, hard links, pipes, devices), or that the system
cannot read or move, is refused with a reason that names no file, and intake goes on."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from config.settings import Settings
from pipeline.errors import BadInput
from pipeline.intake import IGNORED_NAMES, IMAGE_SUFFIXES, Batch, page_files

SKIP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")
EXTENSION = {"pdf": ".pdf", "tiff": ".tif", "image": ".img", "folder": ""}  # by detected type
WHAT_TO_DO = (
    "Fix or rescan the batch, then drop it into inbox/ again. Pages already filed are not "
    "filed twice."
)


@dataclass(frozen=True)
class Claimed:
    batch_id: str
    path: Path  # under processing/
    batch: Batch | None = None  # opened when claimed from inbox/; None when left by a killed run


@dataclass(frozen=True)
class Refused:
    """An entry of inbox/ that will not be processed. Its name may hold PHI: only `reason` (written
    without any name) and `key` (a fingerprint of the entry, not of its name) are ever shown."""

    entry: Path
    key: str
    reason: str


def os_reason(exc: OSError) -> str:
    """An OS error in words, without the file name Python puts in its text."""
    if exc.errno is None:
        return type(exc).__name__
    return f"{os.strerror(exc.errno).lower()} ({errno.errorcode.get(exc.errno, exc.errno)})"


def fingerprint(st: os.stat_result | None) -> str:
    """A stable id for an entry that has no batch id, from where it is on disk (never its name:
    a hash of a name can be guessed back from a list of patients)."""
    if st is None:
        return "x" + os.urandom(10).hex()
    raw = f"{st.st_dev}:{st.st_ino}:{st.st_ctime_ns}".encode()
    return "x" + hashlib.sha256(raw).hexdigest()[:20]


def link_problem(st: os.stat_result) -> str | None:
    """The link policy, for an entry and for each page file of a folder batch: a symbolic link
    may point anywhere (outside ROOT, /dev/zero, itself), and a hard link may be another name
    for a file outside ROOT; a scan is a plain file, copied in."""
    if stat.S_ISLNK(st.st_mode):
        return "is a link (links are not accepted: copy the scan itself into inbox/)"
    if stat.S_ISREG(st.st_mode) and st.st_nlink > 1:
        return "is a hard link to a file elsewhere (copy the scan itself into inbox/)"
    if not (stat.S_ISREG(st.st_mode) or stat.S_ISDIR(st.st_mode)):
        return "is not a file or folder (a pipe, socket or device)"
    return None


class Inbox:
    def __init__(self, root: Path, settings: Settings, settle_seconds: float = 15.0):
        self.root = Path(root).resolve()
        self.settings, self.settle = settings, settle_seconds
        self.inbox, self.processing = self.root / "inbox", self.root / "processing"
        self.done, self.failed = self.root / "done", self.root / "failed"
        for d in (self.inbox, self.processing, self.done, self.failed):
            d.mkdir(parents=True, exist_ok=True)
        self._seen: dict[str, tuple[int, float, float]] = {}
        self._stuck: set[str] = set()  # refused entries that could not be moved aside

    # -- readiness -----------------------------------------------------------------------------
    def _quiet_for(self, name: str, st: os.stat_result, now: float) -> float:
        """Seconds the file's size and mtime have been unchanged (by mtime and by our polls)."""
        seen = self._seen.get(name)
        if seen is None or seen[:2] != (st.st_size, st.st_mtime):
            self._seen[name] = (st.st_size, st.st_mtime, now)
            seen = self._seen[name]
        return min(now - st.st_mtime, max(now - seen[2], now - st.st_mtime))

    def ready(self, now: float | None = None) -> tuple[list[Batch], list[Refused]]:
        """Batches ready to claim, opened and checked once with the site's limits (the run reads
        them no more), and entries refused (settled but broken, or against the link policy). A
        file still being written (recent mtime) is left alone; a folder waits for .ready."""
        now = time.time() if now is None else now
        ready, refused = [], []
        with os.scandir(self.inbox) as it:
            names = sorted(e.name for e in it)
        for name in names:
            if name.startswith(".") or name.endswith(SKIP_SUFFIXES) or name in self._stuck:
                continue
            entry = self.inbox / name
            st = None
            try:
                st = os.lstat(entry)
                verdict = self._judge(entry, st, now)
            except OSError as exc:
                verdict = f"the entry cannot be read: {os_reason(exc)}"
            except BadInput as exc:
                verdict = str(exc)
            except Exception as exc:  # whatever else an entry does, it is this entry's alone
                verdict = f"the entry could not be opened ({type(exc).__name__})"
            if isinstance(verdict, Batch):
                ready.append(verdict)
            elif verdict is not None:
                refused.append(Refused(entry, fingerprint(st), verdict))
        return ready, refused

    def _judge(self, entry: Path, st: os.stat_result, now: float) -> Batch | str | None:
        """A batch ready to claim, the reason to refuse the entry, or None: not ready yet."""
        problem = link_problem(st)
        if problem:
            return f"the entry {problem}"
        if stat.S_ISDIR(st.st_mode):
            try:
                os.lstat(entry / ".ready")
            except FileNotFoundError:
                return None
            with os.scandir(entry) as it:
                for page in it:
                    if page.name.startswith(".") or page.name.lower() in IGNORED_NAMES:
                        continue
                    problem = link_problem(page.stat(follow_symlinks=False))
                    if problem:
                        return f"a file in the batch folder {problem}"
            return Batch.open(entry, self.settings)  # .ready says the folder is complete
        quiet = self._quiet_for(entry.name, st, now)
        if quiet < self.settle:
            return None
        try:
            return Batch.open(entry, self.settings)
        except BadInput:
            # A scanner can pause mid-file: only call it broken after a longer silence.
            if quiet >= 4 * self.settle:
                raise
            return None

    # -- moves ---------------------------------------------------------------------------------
    def claim(self, batch: Batch) -> Claimed:
        """Rename the batch into processing/ under its id: atomic on one file system. The name
        it had is dropped here."""
        entry, bid = batch.source, batch.batch_id
        st = os.lstat(entry)
        target = self.processing / (bid + EXTENSION.get(batch.kind, ".img"))
        if target.exists():
            raise FileExistsError(bid)
        os.rename(entry, target)
        self._seen.pop(entry.name, None)
        moved = os.lstat(target)
        if (moved.st_dev, moved.st_ino) != (st.st_dev, st.st_ino) or link_problem(moved):
            return Claimed(bid, target)  # swapped for something else: the caller fails it
        batch.moved_to(target)
        return Claimed(bid, target, batch)

    def in_processing(self) -> list[Claimed]:
        """What a previous run left behind (killed mid-batch): to finish on start."""
        return [
            Claimed(p.name.split(".")[0], p)
            for p in sorted(self.processing.iterdir())
            if not p.name.startswith(".")
        ]

    def _unique(self, folder: Path, name: str) -> Path:
        target, n = folder / name, 1
        while target.exists():
            stem, dot, ext = name.partition(".")
            target, n = folder / f"{stem}-{n}{dot}{ext}", n + 1
        return target

    def _error_json(self, folder: Path, **fields) -> None:
        fields.update(
            failed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), what_to_do=WHAT_TO_DO
        )
        (folder / "error.json").write_text(json.dumps(fields, indent=1) + "\n")

    def finish_done(self, claimed: Claimed) -> Path:
        _neutral_page_names(claimed.path)
        target = self._unique(self.done, claimed.path.name)
        os.rename(claimed.path, target)
        return target

    def finish_failed(self, claimed: Claimed, error: str, attempts: int) -> Path:
        folder = self._unique(self.failed, claimed.batch_id)
        folder.mkdir()
        self._error_json(folder, batch_id=claimed.batch_id, error=error, attempts=attempts)
        _neutral_page_names(claimed.path)
        os.rename(claimed.path, folder / claimed.path.name)
        return folder

    def refuse(self, refused: Refused) -> Path:
        """Move a refused entry aside as it is, under its fingerprint and a fixed name, with the
        reason. An entry that cannot be moved stays, recorded once, and is passed over."""
        folder = self.failed / refused.key
        if folder.exists():  # recorded by an earlier run that could not move it
            self._stuck.add(refused.entry.name)
            return folder
        folder.mkdir()
        try:
            os.rename(refused.entry, folder / "entry")
            moved = True
        except OSError as exc:
            self._stuck.add(refused.entry.name)
            moved, refused = (
                False,
                Refused(
                    refused.entry,
                    refused.key,
                    f"{refused.reason}; it could not be moved out of "
                    f"inbox/ ({os_reason(exc)}) and is passed over until it is removed",
                ),
            )
        self._error_json(folder, entry=refused.key, error=refused.reason, moved=moved, attempts=0)
        return folder


def _neutral_page_names(folder: Path) -> None:
    """A folder batch's page files renamed p0001.jpg, p0002.tif... in page order, once it is
    finished: page file names often hold the patient's name. (Not at the claim: the batch id
    hashes the names, and a run resumed after a crash must find the same id.)"""
    if folder.is_symlink() or not folder.is_dir():
        return
    try:
        pages = page_files(folder)
    except BadInput:  # a folder that no longer reads as a batch keeps its names
        return
    suffixes = [
        page.suffix.lower() if page.suffix.lower() in IMAGE_SUFFIXES else ".img" for page in pages
    ]
    for n, (page, suffix) in enumerate(zip(pages, suffixes, strict=True), 1):
        os.rename(page, folder / f".p{n:04d}{suffix}")  # two steps: no clash with a page
    for n, suffix in enumerate(suffixes, 1):  # already named like the new ones
        os.rename(folder / f".p{n:04d}{suffix}", folder / f"p{n:04d}{suffix}")
