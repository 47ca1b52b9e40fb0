"""The one list of exit codes every `digitize` command uses (README, "Exit codes")."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FAILED = 1  # an internal error: nothing was half filed; rerun with --verbose for details
    BAD_INPUT = 2  # bad input, a bad setting or a refused request: one line on stderr
    STORE = 3  # the object store failed mid-run: run again to finish (nothing is filed twice)
    MISSING = 4  # verify: objects the manifests list are missing
    CORRUPT = 5  # verify: objects whose SHA-256 differs from the manifest
    EXTRA = 6  # verify: objects no manifest lists
    SEVERAL = 7  # verify: more than one of the kinds above
    NOT_ARCHIVAL = 8  # verify --pdfa: filed PDFs that fail their PDF/A profile
    INTERRUPTED = 130  # Ctrl-C: nothing was half filed, run again to finish
