"""Reviewers' document-type decisions as labelled examples for the classifier, in the JSONL
format `digitize classifier train --include-reviewed` reads (README, "Document types")."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from appdb import audit
from appdb.tables import TypeLabel, aware
from pipeline.private import write_private


def export_labels(engine: Engine, out: Path) -> int:
    """Write every label, atomically and owner-readable only (the file holds page text)."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with Session(engine) as s:
        rows = list(s.scalars(select(TypeLabel).order_by(TypeLabel.id)))
    lines = [
        json.dumps(
            {
                "text": r.text,
                "document_type": r.document_type,
                "first_page": r.first_page,
                "document": r.document_id,
                "reviewer": r.reviewer,
                "decided_at": aware(r.decided_at).isoformat(timespec="seconds"),
                "suggested_type": r.suggested_type,
            },
            ensure_ascii=False,
        )
        + "\n"
        for r in rows
    ]
    write_private(out, "".join(lines).encode("utf-8"))
    with Session(engine) as s, s.begin():
        audit.record(s, "export_labels", username="(command line)", detail=f"{len(rows)} pages")
    return len(rows)
