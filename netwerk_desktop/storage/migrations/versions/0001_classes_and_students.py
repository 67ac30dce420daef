"""Classes, students, tags and school settings.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "school_class",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("school_year", sa.String(length=20), nullable=False),
        sa.Column("content_language", sa.String(length=5), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_class")),
        sa.UniqueConstraint("name", "school_year", name=op.f("uq_school_class_name_school_year")),
    )
    op.create_table(
        "school_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_school_setting")),
    )
    op.create_table(
        "class_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_class_tag_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_class_tag")),
        sa.UniqueConstraint("class_id", "name", name=op.f("uq_class_tag_class_id_name")),
    )
    op.create_index(op.f("ix_class_tag_class_id"), "class_tag", ["class_id"], unique=False)
    op.create_table(
        "student",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_student_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_student")),
    )
    op.create_index(op.f("ix_student_class_id"), "student", ["class_id"], unique=False)
    op.create_table(
        "student_tag",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["student_id"],
            ["student.id"],
            name=op.f("fk_student_tag_student_id_student"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"],
            ["class_tag.id"],
            name=op.f("fk_student_tag_tag_id_class_tag"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("student_id", "tag_id", name=op.f("pk_student_tag")),
    )
    op.create_index(op.f("ix_student_tag_tag_id"), "student_tag", ["tag_id"], unique=False)


def downgrade() -> None:
    op.drop_table("student_tag")
    op.drop_table("student")
    op.drop_table("class_tag")
    op.drop_table("school_setting")
    op.drop_table("school_class")
