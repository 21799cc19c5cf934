"""Reservations: rate, booker, guarantee, hold, cancellation, overbooking, version

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 11:20:08.825727
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "clerk_rate_discount_limit",
                sa.Numeric(precision=12, scale=2),
                nullable=False,
                server_default=sa.text("'15.00'"),
            )
        )

    with op.batch_alter_table("reservations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rate", sa.Numeric(precision=12, scale=2), nullable=False, server_default=sa.text("'0'"))
        )
        batch_op.add_column(
            sa.Column("booker_name", sa.String(length=80), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("booker_phone", sa.String(length=30), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("guarantee", sa.String(length=24), nullable=False, server_default=sa.text("'none'"))
        )
        batch_op.add_column(sa.Column("hold_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("hold_extended_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("hold_extended_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("hold_extension_reason", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(
            sa.Column("source", sa.String(length=24), nullable=False, server_default=sa.text("'phone'"))
        )
        batch_op.add_column(sa.Column("notes", sa.String(length=500), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(
            sa.Column("overbooking_reason", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(sa.Column("created_by", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("cancel_reason", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )
        batch_op.add_column(sa.Column("cancelled_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("no_show_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("'1'")))
        batch_op.create_foreign_key(batch_op.f("fk_reservations_cancelled_by_users"), "users", ["cancelled_by"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_reservations_created_by_users"), "users", ["created_by"], ["id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_reservations_hold_extended_by_users"), "users", ["hold_extended_by"], ["id"]
        )
    with op.batch_alter_table("reservations", schema=None) as batch_op:
        batch_op.create_index("ix_reservations_state_arrival", ["state", "arrival", "departure"], unique=False)
    # Reservations made before rates were stored take their room type's rate.
    op.execute(
        "UPDATE reservations SET rate = (SELECT default_rate FROM room_types"
        " WHERE room_types.id = reservations.room_type_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("reservations", schema=None) as batch_op:
        batch_op.drop_index("ix_reservations_state_arrival")
    with op.batch_alter_table("reservations", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_reservations_hold_extended_by_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_reservations_created_by_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_reservations_cancelled_by_users"), type_="foreignkey")
        batch_op.drop_column("version")
        batch_op.drop_column("no_show_at")
        batch_op.drop_column("cancelled_at")
        batch_op.drop_column("cancelled_by")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("created_by")
        batch_op.drop_column("overbooking_reason")
        batch_op.drop_column("notes")
        batch_op.drop_column("source")
        batch_op.drop_column("hold_extension_reason")
        batch_op.drop_column("hold_extended_by")
        batch_op.drop_column("hold_extended_until")
        batch_op.drop_column("hold_until")
        batch_op.drop_column("guarantee")
        batch_op.drop_column("booker_phone")
        batch_op.drop_column("booker_name")
        batch_op.drop_column("rate")

    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.drop_column("clerk_rate_discount_limit")
