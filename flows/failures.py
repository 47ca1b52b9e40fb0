"""What a failed batch run raises, in this process and to Prefect: never a domain exception,
whose text could carry PHI. Kept apart from the flow so the runner can refuse bad input
without importing Prefect."""

from __future__ import annotations

from pipeline.errors import BadInput, StoreError


class BatchFailed(Exception):
    """Raised to Prefect in place of domain errors, whose text could carry PHI. `kind` is
    bad_input, store or internal."""

    def __init__(self, message: str, kind: str = "internal"):
        super().__init__(message)
        self.kind = kind


def safe(exc: BaseException) -> BatchFailed:
    if isinstance(exc, BatchFailed):
        return exc
    if isinstance(exc, BadInput):
        return BatchFailed(str(exc), "bad_input")  # these messages are written without PHI
    if isinstance(exc, StoreError):
        return BatchFailed(str(exc), "store")
    return BatchFailed(f"internal error ({type(exc).__name__})")
