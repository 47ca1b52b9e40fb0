"""Errors the CLI turns into one clear line and exit code 2."""


class BadInput(Exception):
    """The batch or an input file cannot be processed; nothing is filed."""
