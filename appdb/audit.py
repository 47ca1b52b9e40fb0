"""The audit log: who did what, when, to which item (HIPAA audit controls: logins, views,
decisions, exports). Rows are only ever added; the database refuses updates and deletes
(triggers made by the migration). Details name actions and ids, never patients."""

from __future__ import annotations

from sqlalchemy.orm import Session

from appdb.tables import AuditEvent, User, now

ACTIONS = (
    "login",
    "login_failed",
    "logout",
    "view_item",
    "view_page",
    "search_patient",
    "assign_patient",
    "start_packet",
    "set_type",
    "split",
    "merge",
    "page_disposition",
    "file",
    "discard",
    "rescan",
    "release",
    "view_audit",
    "export_audit",
    "export_labels",
    "user_admin",
    "find_document",
    "correct",
)


def record(
    session: Session,
    action: str,
    *,
    user: User | None = None,
    username: str | None = None,
    item_id: int | None = None,
    batch_id: str | None = None,
    detail: str | None = None,
    client: str | None = None,
) -> None:
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    session.add(
        AuditEvent(
            at=now(),
            user_id=user.id if user else None,
            username=user.username if user else username,
            action=action,
            item_id=item_id,
            batch_id=batch_id,
            detail=(detail or None) and detail[:500],
            client=client,
        )
    )
