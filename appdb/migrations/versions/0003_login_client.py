"""Sign-in attempts remember the client address, so throttling applies per address as well as
per account."""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("login_attempt") as batch:
        batch.add_column(sa.Column("client", sa.String(64), nullable=True))
        batch.create_index("ix_login_attempt_client", ["client"])


def downgrade() -> None:
    with op.batch_alter_table("login_attempt") as batch:
        batch.drop_index("ix_login_attempt_client")
        batch.drop_column("client")
