"""The EHR outbox (one row per HL7 message to send, written in the same transaction that makes
a filing visible) and corrections of filed documents (a misfile moved, a type changed)."""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.String(80), nullable=False),
        sa.Column("event", sa.String(3), nullable=False),
        sa.Column("batch_id", sa.String(64), nullable=False),
        sa.Column("replaces", sa.String(80), nullable=True),
        sa.Column("after_id", sa.Integer, sa.ForeignKey("delivery.id"), nullable=True),
        sa.Column("control_id", sa.String(20), nullable=False, unique=True),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_attempt_at", TS, nullable=False),
        sa.Column("lease_until", TS, nullable=True),
        sa.Column("ack_code", sa.String(2), nullable=True),
        sa.Column("last_error", sa.String(200), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("done_at", TS, nullable=True),
        sa.UniqueConstraint("document_id", "event", name="uq_delivery_document_event"),
    )
    op.create_index("ix_delivery_state", "delivery", ["state", "next_attempt_at"])
    op.create_index("ix_delivery_batch", "delivery", ["batch_id"])
    op.create_table(
        "correction",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.String(80), nullable=False, unique=True),
        sa.Column("new_document_id", sa.String(80), nullable=False, unique=True),
        sa.Column("batch_id", sa.String(64), nullable=False),
        sa.Column("to_mrn", sa.String(32), nullable=True),
        sa.Column("to_type", sa.String(64), nullable=True),
        sa.Column("reason", sa.String(32), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("requested_by", sa.String(64), nullable=False),
        sa.Column("requested_at", TS, nullable=False),
        sa.Column("done_at", TS, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("correction")
    op.drop_index("ix_delivery_batch", "delivery")
    op.drop_index("ix_delivery_state", "delivery")
    op.drop_table("delivery")
