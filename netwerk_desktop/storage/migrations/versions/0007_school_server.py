"""The school server: class owners and co-teachers, optimistic edit versions, the journal's
marks, and (on PostgreSQL only) the teachers' group roles with row-level security.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

from netwerk_desktop.storage.access import apply_row_security

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    on_server = op.get_bind().dialect.name == "postgresql"
    # The server fills in the owner: the teacher who creates (or imports) the class.
    owner_default = sa.text("CURRENT_USER") if on_server else None
    with op.batch_alter_table("school_class", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("owner_role", sa.String(length=63), nullable=True, server_default=owner_default)
        )
        batch_op.add_column(
            sa.Column("edit_version", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("last_edit", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("last_edit_by", sa.String(length=63), nullable=True))

    op.create_table(
        "class_teacher",
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("role_name", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_class_teacher_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("class_id", "role_name", name=op.f("pk_class_teacher")),
    )
    op.create_table(
        "journal_entry",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=False),
        sa.Column(
            "teacher", sa.String(length=63), nullable=True, server_default=owner_default
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_journal_entry")),
    )
    if on_server:
        apply_row_security(op.get_bind())


def downgrade() -> None:
    op.drop_table("journal_entry")
    op.drop_table("class_teacher")
    with op.batch_alter_table("school_class", schema=None) as batch_op:
        batch_op.drop_column("last_edit_by")
        batch_op.drop_column("last_edit")
        batch_op.drop_column("edit_version")
        batch_op.drop_column("owner_role")
