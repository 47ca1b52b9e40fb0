"""veraPDF, the reference PDF/A validator, in the tests: the copy vendored in tools/verapdf (built
offline, see its README) or the one `VERAPDF` names. Java and the Debian jars it needs come
with `make setup`."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

VENDORED = Path(__file__).resolve().parent.parent / "tools" / "verapdf" / "verapdf"


def command() -> list[str]:
    named = os.environ.get("VERAPDF")
    return [named] if named else [str(VENDORED)]


def verdicts(pdfs: list[Path], flavour: str) -> dict[str, bool]:
    """veraPDF's isCompliant for each file, by file name, in one Java start."""
    proc = subprocess.run(
        [*command(), "--format", "xml", "--flavour", flavour, *map(str, pdfs)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    found = dict(
        (Path(name).name, ok == "true")
        for name, ok in re.findall(
            r'<item size="\d+">\s*<name>([^<]+)</name>\s*</item>\s*'
            r'<validationReport[^>]*isCompliant="(true|false)"',
            proc.stdout,
        )
    )
    if len(found) != len(pdfs):
        raise AssertionError(f"veraPDF did not report on every file: {proc.stderr[-500:]}")
    return found


def assert_compliant(body: bytes, flavour: str, tmp: Path) -> None:
    f = tmp / f"candidate-{flavour}.pdf"
    f.write_bytes(body)
    assert verdicts([f], flavour) == {f.name: True}
