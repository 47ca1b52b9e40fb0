"""Hostile inbox entries, as an attacker or a careless scanner operator would leave them, each with
PHI in every part of its name (stem, suffix, folder, page files, link target). Used by
tests/test_inbox_hostile.py (each kind once) and by `python -m tests.hostile_inbox` (the one-off
run of 50 hostile entries among 5 good batches that the README quotes)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import time
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.conftest import SAMPLES
from tests.phi import found

# PHI of a made-up patient: what must never appear outside the store.
FAMILY, GIVEN, MRN, DOB = "QUIMBY", "Harriet", "MRN8675309", "1942-12-10"
PHI = (FAMILY, GIVEN, MRN, DOB)
TAG = f"{FAMILY} {GIVEN} {MRN} {DOB}"


def _pdf() -> bytes:
    return (SAMPLES / "batch1.pdf").read_bytes()


def _png_bomb() -> bytes:
    """A PNG whose header claims 60000 x 60000 pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", 60000, 60000, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


def _folder(inbox: Path, name: str, pages: dict[str, Callable[[Path], None]]) -> Path:
    folder = inbox / name
    folder.mkdir()
    for page, make in pages.items():
        make(folder / page)
    (folder / ".ready").touch()
    return folder


def _copy_page(n: int) -> Callable[[Path], None]:
    return lambda p: shutil.copy(SAMPLES / "batch3" / f"page_{n}.jpg", p)


def hostile_kinds(outside: Path) -> dict[str, Callable[[Path, int], None]]:
    """Each kind makes its entry number `i` in inbox/. `outside` is a folder outside ROOT."""
    outside.mkdir(parents=True, exist_ok=True)
    secret = outside / f"{TAG} chart.pdf"
    if not secret.exists():
        secret.write_bytes(_pdf())
    page_outside = outside / f"{TAG} page.jpg"
    if not page_outside.exists():
        shutil.copy(SAMPLES / "batch3" / "page_1.jpg", page_outside)

    def name(i: int, suffix: str = ".pdf") -> str:
        return f"{i:02d} {TAG}{suffix}"

    return {
        "dangling link": lambda inbox, i: os.symlink(
            outside / f"{TAG} gone {i}.pdf", inbox / name(i)
        ),
        "link loop": lambda inbox, i: (
            os.symlink(inbox / name(i, ".b.pdf"), inbox / name(i)),
            os.symlink(inbox / name(i), inbox / name(i, ".b.pdf")),
        ),
        "fifo": lambda inbox, i: os.mkfifo(inbox / name(i)),
        "link to /dev/zero": lambda inbox, i: os.symlink("/dev/zero", inbox / name(i)),
        "long extension": lambda inbox, i: (
            inbox / (f"{i:02d}." + (TAG + " ") * 6)[:250]
        ).write_bytes(_pdf()[:30_000]),  # truncated, under a 250-character "extension"
        "link to a scan outside ROOT": lambda inbox, i: os.symlink(secret, inbox / name(i)),
        "link to a folder outside ROOT": lambda inbox, i: os.symlink(outside, inbox / name(i, "")),
        "page with a PHI suffix": lambda inbox, i: _folder(
            inbox, name(i, ""), {"page_1.jpg": _copy_page(1), f"page_2.{TAG}": _copy_page(2)}
        ),
        "page linked outside ROOT": lambda inbox, i: _folder(
            inbox,
            name(i, ""),
            {"page_1.jpg": _copy_page(1), f"{TAG}.jpg": lambda p: os.symlink(page_outside, p)},
        ),
        "page hard-linked outside ROOT": lambda inbox, i: _folder(
            inbox,
            name(i, ""),
            {"page_1.jpg": _copy_page(1), f"{TAG}.jpg": lambda p: os.link(page_outside, p)},
        ),
        "fifo in a folder": lambda inbox, i: _folder(
            inbox, name(i, ""), {"page_1.jpg": _copy_page(1), f"{TAG}.jpg": os.mkfifo}
        ),
        "truncated pdf": lambda inbox, i: (inbox / name(i)).write_bytes(_pdf()[:40_000]),
        "empty file": lambda inbox, i: (inbox / name(i)).write_bytes(b""),
        "image bomb": lambda inbox, i: (inbox / name(i, ".png")).write_bytes(_png_bomb()),
        "not a scan": lambda inbox, i: (inbox / name(i, ".docx")).write_bytes(b"PK\3\4" * 100),
    }


def _first_pages(source: Path, count: int, target: Path) -> None:
    import pikepdf

    with pikepdf.open(source) as pdf:
        del pdf.pages[count:]
        pdf.save(target)


def good_batches(inbox: Path, count: int) -> list[Path]:
    """Good batches of distinct content (a few pages each) under PHI names: one with the PHI as
    its "extension", a folder, one with a 250-character "extension", a TIFF, then more PDFs.
    Every one must be filed."""
    made = []
    for i in range(count):
        if i == 0:
            target = inbox / f"good {TAG}.{TAG}"  # a PDF whose "extension" is PHI
            _first_pages(SAMPLES / "batch1.pdf", 3, target)
        elif i == 1:
            target = inbox / f"good {TAG}"
            target.mkdir()
            for n in (1, 2, 3):
                shutil.copy(SAMPLES / "batch3" / f"page_{n}.jpg", target / f"{TAG} p{n}.jpg")
            (target / ".ready").touch()
        elif i == 2:
            target = inbox / (f"good {i}." + (TAG + " ") * 6)[:250]  # a long "extension"
            _first_pages(SAMPLES / "batch1.pdf", 4, target)
        elif i == 3:
            target = inbox / f"good {TAG}.tif"
            shutil.copy(SAMPLES / "batch2.tif", target)
        else:  # the PDF sample cut shorter: other content, another batch
            target = inbox / f"good {i} {TAG}.pdf"
            _first_pages(SAMPLES / "batch1.pdf", 4 + i, target)
        made.append(target)
    return made


def age(inbox: Path) -> None:
    """Every entry finished an hour ago, as a scanner long done (links themselves, not targets)."""
    old = time.time() - 3600
    for p in inbox.iterdir():
        try:
            os.utime(p, (old, old), follow_symlinks=False)
        except OSError:
            pass


def names_under(root: Path) -> list[str]:
    """Every path under ROOT, except inside a refused entry (the operator's own input, moved
    aside as it came, like the scan's own pages)."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        rel = Path(dirpath).relative_to(root)
        if len(rel.parts) >= 3 and rel.parts[0] == "failed" and rel.parts[2] == "entry":
            continue
        out += [str(rel / n) for n in dirnames + filenames]
    return out


def sqlite_rows(path: Path) -> list[str]:
    """Every row of every table of an SQLite database, as text."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        return [" ".join(map(str, r)) for t in tables for r in con.execute(f'select * from "{t}"')]
    finally:
        con.close()


def leaks(root: Path, texts: list[str]) -> list[str]:
    """What shows the PHI among: the given texts (console, databases), every error.json and
    every name under ROOT."""
    texts = list(texts) + names_under(root)
    texts += [p.read_text() for p in (root / "failed").glob("*/error.json")]
    return [t for t in texts if found(t, list(PHI))]
