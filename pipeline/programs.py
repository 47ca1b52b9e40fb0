"""The external programs and Tesseract languages a batch needs, checked before any work starts:
a missing one is one line a site admin can act on, not a failure half way through a batch."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass

from config.settings import Settings
from pipeline.errors import BadInput

DEBIAN = "Debian: apt-get install"


@dataclass(frozen=True)
class Found:
    name: str
    needed_for: str
    version: str | None  # None: missing
    fix: str


def _version(argv: list[str]) -> str | None:
    if shutil.which(argv[0]) is None:
        return None
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = (proc.stdout or proc.stderr).strip().splitlines()
    return lines[0].strip() if lines else "unknown version"


def _tesseract_languages() -> set[str]:
    try:
        proc = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return set()
    return {line.strip() for line in proc.stdout.splitlines()[1:] if line.strip()}


def survey(settings: Settings) -> list[Found]:
    """Every program and language the settings need, with its version or None."""
    found = [
        Found("tesseract", "OCR", _version(["tesseract", "--version"]), f"{DEBIAN} tesseract-ocr"),
        Found(
            "pdftoppm",
            "rendering PDF pages",
            _version(["pdftoppm", "-v"]),
            f"{DEBIAN} poppler-utils",
        ),
        Found(
            "pdftotext",
            "text of born-digital PDFs",
            _version(["pdftotext", "-v"]),
            f"{DEBIAN} poppler-utils",
        ),
        Found("jbig2dec", "JBIG2 pages", _version(["jbig2dec", "--version"]), f"{DEBIAN} jbig2dec"),
    ]
    languages = _tesseract_languages() if found[0].version else set()
    for lang, purpose in ((settings.ocr.language, "OCR language"), ("osd", "page orientation")):
        for part in lang.split("+"):
            package = f"tesseract-ocr-{part.replace('_', '-').lower()}"
            found.append(
                Found(
                    f"tesseract language {part}",
                    purpose,
                    "installed" if part in languages else None,
                    f"{DEBIAN} {package}",
                )
            )
    return found


def check(settings: Settings) -> None:
    """Raise BadInput naming the first missing program or language and how to install it."""
    for f in survey(settings):
        if f.version is None:
            raise BadInput(f"{f.name} is missing (needed for {f.needed_for}): {f.fix}")
