"""The watched folder ROOT: scanners drop batches into inbox/; a ready batch is claimed by an atomic
rename into processing/ under its batch id (scan file names often hold patient names, so they go
no further), and ends in done/ or in failed/<batch_id>/ with an error.json an operator can read.
Polling only: it works on network shares, where inotify sees nothing written by other hosts."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path

from config.settings import Settings
from pipeline.errors import BadInput
from pipeline.intake import Batch, batch_id

SKIP_SUFFIXES = (".part", ".tmp", ".crdownload", ".partial")


@dataclass(frozen=True)
class Claimed:
    batch_id: str
    path: Path  # under processing/
    batch: Batch | None = None  # opened when claimed from inbox/; None when left by a killed run


class Inbox:
    def __init__(self, root: Path, settings: Settings, settle_seconds: float = 15.0):
        self.root = Path(root).resolve()
        self.settings, self.settle = settings, settle_seconds
        self.inbox, self.processing = self.root / "inbox", self.root / "processing"
        self.done, self.failed = self.root / "done", self.root / "failed"
        for d in (self.inbox, self.processing, self.done, self.failed):
            d.mkdir(parents=True, exist_ok=True)
        self._seen: dict[Path, tuple[int, float, float]] = {}

    # -- readiness -----------------------------------------------------------------------------
    def _quiet_for(self, path: Path, now: float) -> float:
        """Seconds the file's size and mtime have been unchanged (by mtime and by our polls)."""
        st = path.stat()
        seen = self._seen.get(path)
        if seen is None or seen[:2] != (st.st_size, st.st_mtime):
            self._seen[path] = (st.st_size, st.st_mtime, now)
            seen = self._seen[path]
        return min(now - st.st_mtime, max(now - seen[2], now - st.st_mtime))

    def ready(self, now: float | None = None) -> tuple[list[Batch], list[tuple[Path, str]]]:
        """Batches ready to claim, opened and checked once with the site's limits (the run
        reads them no more), and entries that are settled but broken (with the reason). A file
        still being written (recent mtime) is left alone; a folder waits for .ready."""
        now = time.time() if now is None else now
        ready, broken = [], []
        for entry in sorted(self.inbox.iterdir()):
            if entry.name.startswith(".") or entry.name.endswith(SKIP_SUFFIXES):
                continue
            if entry.is_dir():
                if (entry / ".ready").exists():
                    try:
                        ready.append(Batch.open(entry, self.settings))
                    except BadInput as exc:  # .ready says the folder is complete
                        broken.append((entry, str(exc)))
                continue
            quiet = self._quiet_for(entry, now)
            if quiet < self.settle:
                continue
            try:
                ready.append(Batch.open(entry, self.settings))
            except BadInput as exc:
                # A scanner can pause mid-file: only call it broken after a longer silence.
                if quiet >= 4 * self.settle:
                    broken.append((entry, str(exc)))
        return ready, broken

    # -- moves ---------------------------------------------------------------------------------
    def claim(self, batch: Batch) -> Claimed:
        """Rename the batch into processing/ under its id: atomic on one file system."""
        entry, bid = batch.source, batch.batch_id
        target = self.processing / (bid + ("" if entry.is_dir() else entry.suffix.lower()))
        if target.exists():
            raise FileExistsError(bid)
        os.rename(entry, target)
        self._seen.pop(entry, None)
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

    def finish_done(self, claimed: Claimed) -> Path:
        target = self._unique(self.done, claimed.path.name)
        os.rename(claimed.path, target)
        return target

    def finish_failed(self, claimed: Claimed, error: str, attempts: int) -> Path:
        folder = self._unique(self.failed, claimed.batch_id)
        folder.mkdir()
        (folder / "error.json").write_text(
            json.dumps(
                {
                    "batch_id": claimed.batch_id,
                    "error": error,
                    "attempts": attempts,
                    "failed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                    "what_to_do": "Fix or rescan the batch, then drop it into inbox/ again. "
                    "Pages already filed are not filed twice.",
                },
                indent=1,
            )
            + "\n"
        )
        os.rename(claimed.path, folder / claimed.path.name)
        return folder

    def fail_unclaimed(self, entry: Path, error: str) -> Path:
        """A settled batch that does not open: moved aside as it is, with the reason."""
        bid = batch_id(entry)
        target = self.processing / (bid + ("" if entry.is_dir() else entry.suffix.lower()))
        os.rename(entry, target)
        self._seen.pop(entry, None)
        return self.finish_failed(Claimed(bid, target), error, 0)
