"""Front desk: guest ID, stay kind and rate, occupants, room moves, folio ledger

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 11:48:22.297284
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "folio_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("charge_type", sa.String(length=24), nullable=True),
        sa.Column("method", sa.String(length=24), nullable=True),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("description", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=60), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("posted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("workstation", sa.String(length=80), nullable=False),
        sa.Column("shift_id", sa.Integer(), nullable=True),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("deposit_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["deposit_id"], ["folio_lines.id"], name=op.f("fk_folio_lines_deposit_id_folio_lines")),
        sa.ForeignKeyConstraint(
            ["reverses_id"], ["folio_lines.id"], name=op.f("fk_folio_lines_reverses_id_folio_lines")
        ),
        sa.ForeignKeyConstraint(["room_id"], ["rooms.id"], name=op.f("fk_folio_lines_room_id_rooms")),
        sa.ForeignKeyConstraint(["stay_id"], ["stays.id"], name=op.f("fk_folio_lines_stay_id_stays")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_folio_lines_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_folio_lines")),
    )
    with op.batch_alter_table("folio_lines", schema=None) as batch_op:
        batch_op.create_index("ix_folio_lines_date_kind", ["business_date", "kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_folio_lines_stay_id"), ["stay_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_folio_lines_deposit_id"), ["deposit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_folio_lines_reverses_id"), ["reverses_id"], unique=False)

    op.create_table(
        "room_moves",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("from_room_id", sa.Integer(), nullable=False),
        sa.Column("to_room_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("business_date", sa.Date(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["from_room_id"], ["rooms.id"], name=op.f("fk_room_moves_from_room_id_rooms")),
        sa.ForeignKeyConstraint(["stay_id"], ["stays.id"], name=op.f("fk_room_moves_stay_id_stays")),
        sa.ForeignKeyConstraint(["to_room_id"], ["rooms.id"], name=op.f("fk_room_moves_to_room_id_rooms")),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_room_moves_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_room_moves")),
    )
    with op.batch_alter_table("room_moves", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_moves_stay_id"), ["stay_id"], unique=False)

    op.create_table(
        "stay_occupants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stay_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.ForeignKeyConstraint(["stay_id"], ["stays.id"], name=op.f("fk_stay_occupants_stay_id_stays")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stay_occupants")),
    )
    with op.batch_alter_table("stay_occupants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stay_occupants_stay_id"), ["stay_id"], unique=False)

    with op.batch_alter_table("guests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("id_type", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("id_number", sa.String(length=40), nullable=False, server_default=sa.text("''")))
        batch_op.add_column(sa.Column("nationality", sa.String(length=3), nullable=False, server_default=sa.text("''")))
        batch_op.create_index(batch_op.f("ix_guests_id_number"), ["id_number"], unique=False)

    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("clerk_adjustment_limit", sa.Numeric(precision=12, scale=2), nullable=False, server_default=sa.text("'200.00'")))

    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind", sa.String(length=24), nullable=False, server_default=sa.text("'normal'")))
        batch_op.add_column(sa.Column("rate", sa.Numeric(precision=12, scale=2), nullable=False, server_default=sa.text("'0'")))
        batch_op.add_column(sa.Column("checked_in_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("checked_out_by", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("'1'")))
        batch_op.create_foreign_key(batch_op.f("fk_stays_checked_out_by_users"), "users", ["checked_out_by"], ["id"])
        batch_op.create_foreign_key(batch_op.f("fk_stays_checked_in_by_users"), "users", ["checked_in_by"], ["id"])



    # Stays from before rates were kept take their room's type rate.
    op.execute(
        "UPDATE stays SET rate = (SELECT room_types.default_rate FROM rooms JOIN room_types"
        " ON room_types.id = rooms.room_type_id WHERE rooms.id = stays.room_id)"
    )


def downgrade() -> None:
    with op.batch_alter_table("stays", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_stays_checked_in_by_users"), type_="foreignkey")
        batch_op.drop_constraint(batch_op.f("fk_stays_checked_out_by_users"), type_="foreignkey")
        batch_op.drop_column("version")
        batch_op.drop_column("checked_out_by")
        batch_op.drop_column("checked_in_by")
        batch_op.drop_column("rate")
        batch_op.drop_column("kind")

    with op.batch_alter_table("hotel_settings", schema=None) as batch_op:
        batch_op.drop_column("clerk_adjustment_limit")

    with op.batch_alter_table("guests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guests_id_number"))
        batch_op.drop_column("nationality")
        batch_op.drop_column("id_number")
        batch_op.drop_column("id_type")

    with op.batch_alter_table("stay_occupants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stay_occupants_stay_id"))

    op.drop_table("stay_occupants")
    with op.batch_alter_table("room_moves", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_moves_stay_id"))

    op.drop_table("room_moves")
    with op.batch_alter_table("folio_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_folio_lines_stay_id"))
        batch_op.drop_index(batch_op.f("ix_folio_lines_deposit_id"))
        batch_op.drop_index(batch_op.f("ix_folio_lines_reverses_id"))
        batch_op.drop_index("ix_folio_lines_date_kind")

    op.drop_table("folio_lines")
