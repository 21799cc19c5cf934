"""Data safety: retention, idle lock and backup settings; the audit trail made append-only in the database

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 14:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MESSAGE = "the audit trail is append-only"


def upgrade() -> None:
    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_days", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("idle_lock_minutes", sa.Integer(), nullable=False, server_default="10"))
        batch_op.add_column(sa.Column("backup_keep_days", sa.Integer(), nullable=False, server_default="30"))
    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.alter_column("idle_lock_minutes", server_default=None)
        batch_op.alter_column("backup_keep_days", server_default=None)
    with op.batch_alter_table("guests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True))
    # No service updates or deletes an audit entry; the database refuses it too.
    if op.get_bind().dialect.name == "sqlite":
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entries_no_{event.lower()} BEFORE {event} ON audit_entries "
                f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
            )
    else:
        op.execute(
            "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries "
            "FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()"
        )
        op.execute(
            "CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries")
        op.execute("DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries")
        op.execute("DROP FUNCTION IF EXISTS audit_entries_append_only()")
    with op.batch_alter_table("guests", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.drop_column("backup_keep_days")
        batch_op.drop_column("idle_lock_minutes")
        batch_op.drop_column("retention_days")
