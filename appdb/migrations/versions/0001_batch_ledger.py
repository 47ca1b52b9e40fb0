"""Batch ledger (earlier versions created it without Alembic: kept when present)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("batch_ledger"):
        return
    op.create_table(
        "batch_ledger",
        sa.Column("batch_id", sa.String(64), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("source", sa.String(1024), nullable=False),
        sa.Column("patients", sa.String(1024), nullable=False),
        sa.Column("store", sa.String(1024), nullable=False),
        sa.Column("flow_run_id", sa.String(64)),
        sa.Column("error", sa.String(1024)),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
