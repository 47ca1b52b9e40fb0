"""Errors the CLI turns into one clear line and exit code 2."""


class BadInput(Exception):
    """The batch or an input file cannot be processed; nothing is filed."""


class StoreError(Exception):
    """The object store failed or went away; what was written is complete, a re-run finishes."""
