"""Review queue, accounts, sessions, login attempts, the append-only audit log and reviewers'
type labels."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "review_user",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(256), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "review_session",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("review_user.id"), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("last_seen", TS, nullable=False),
    )
    op.create_table(
        "login_attempt",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(64), nullable=False, index=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("success", sa.Boolean, nullable=False),
    )
    op.create_table(
        "review_item",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("batch_id", sa.String(32), nullable=False, index=True),
        sa.Column("packet", sa.Integer),
        sa.Column("first_page", sa.Integer, nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("outcome", sa.String(16)),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("type_suggestions", sa.JSON, nullable=False),
        sa.Column("patient_candidates", sa.JSON, nullable=False),
        sa.Column("packet_mrn", sa.String(32)),
        sa.Column("encounter", sa.String(64)),
        sa.Column("patient_mrn", sa.String(32)),
        sa.Column("patient_source", sa.String(16)),
        sa.Column("document_type", sa.String(64)),
        sa.Column("claimed_by", sa.Integer, sa.ForeignKey("review_user.id")),
        sa.Column("lease_until", TS),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("decision", sa.JSON),
        sa.Column("decided_by", sa.Integer, sa.ForeignKey("review_user.id")),
        sa.Column("decided_at", TS),
        sa.Column("document_id", sa.String(64)),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "review_page",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, sa.ForeignKey("review_item.id"), nullable=False),
        sa.Column("batch_id", sa.String(32), nullable=False),
        sa.Column("page_index", sa.Integer, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("reasons", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("words", sa.JSON, nullable=False),
        sa.Column("object_key", sa.String(256), nullable=False),
        sa.Column("disposition", sa.String(16)),
        sa.Column("disposition_reason", sa.String(200)),
        sa.UniqueConstraint("batch_id", "page_index", name="uq_review_page_batch_page"),
    )
    op.create_index("ix_review_page_item", "review_page", ["item_id"])
    op.create_table(
        "audit_event",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", TS, nullable=False, index=True),
        sa.Column("user_id", sa.Integer),
        sa.Column("username", sa.String(64)),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("item_id", sa.Integer),
        sa.Column("batch_id", sa.String(32)),
        sa.Column("detail", sa.String(500)),
        sa.Column("client", sa.String(64)),
    )
    op.create_table(
        "type_label",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.Integer, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("page_index", sa.Integer, nullable=False),
        sa.Column("first_page", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("document_type", sa.String(64), nullable=False),
        sa.Column("suggested_type", sa.String(64)),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("decided_at", TS, nullable=False),
    )
    _append_only("audit_event")


def _append_only(table: str) -> None:
    """The database itself refuses to change or delete an audit row."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE FUNCTION digitize_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION 'the audit log is append-only'; END; $$ LANGUAGE plpgsql"
        )
        op.execute(
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION digitize_append_only()"
        )
        return
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )
