"""Partnership rotations with their members, and keep-apart/keep-together rules.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("group_size", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_rotation_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation")),
        sa.UniqueConstraint("class_id", "number", name=op.f("uq_rotation_class_id_number")),
    )
    op.create_index(op.f("ix_rotation_class_id"), "rotation", ["class_id"], unique=False)
    op.create_table(
        "rotation_member",
        sa.Column("rotation_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("group_number", sa.Integer(), nullable=False),
        sa.Column("pair_number", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rotation_id"],
            ["rotation.id"],
            name=op.f("fk_rotation_member_rotation_id_rotation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_rotation_member_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("rotation_id", "student_id", name=op.f("pk_rotation_member")),
    )
    op.create_index(
        op.f("ix_rotation_member_student_id"), "rotation_member", ["student_id"], unique=False
    )
    op.create_table(
        "partnership_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("student_a", sa.Integer(), nullable=False),
        sa.Column("student_b", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_partnership_rule_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_a"],
            ["student.id"],
            name=op.f("fk_partnership_rule_student_a_student"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["student_b"],
            ["student.id"],
            name=op.f("fk_partnership_rule_student_b_student"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_rule")),
        sa.UniqueConstraint(
            "class_id",
            "kind",
            "student_a",
            "student_b",
            name=op.f("uq_partnership_rule_class_id_kind_student_a_student_b"),
        ),
    )
    for column in ("class_id", "student_a", "student_b"):
        op.create_index(
            op.f(f"ix_partnership_rule_{column}"), "partnership_rule", [column], unique=False
        )


def downgrade() -> None:
    op.drop_table("partnership_rule")
    op.drop_table("rotation_member")
    op.drop_table("rotation")
