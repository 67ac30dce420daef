"""Lesson runs and step visits, the class charter, tallies, private lesson notes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def _class_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["class_id"],
        ["school_class.id"],
        name=op.f(f"fk_{table}_class_id_school_class"),
        ondelete="CASCADE",
    )


def _run_fk(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["run_id"], ["lesson_run.id"], name=op.f(f"fk_{table}_run_id_lesson_run"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "lesson_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("lesson_id", sa.String(length=80), nullable=False),
        sa.Column("lesson_version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("current_step_id", sa.String(length=80), nullable=True),
        sa.Column("current_step_seconds", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _class_fk("lesson_run"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_run")),
    )
    op.create_index(op.f("ix_lesson_run_class_id"), "lesson_run", ["class_id"], unique=False)
    op.create_table(
        "step_visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        _run_fk("step_visit"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_step_visit")),
    )
    op.create_index(op.f("ix_step_visit_run_id"), "step_visit", ["run_id"], unique=False)
    op.create_table(
        "tally_count",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.String(length=80), nullable=False),
        sa.Column("option_id", sa.String(length=80), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _run_fk("tally_count"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tally_count")),
        sa.UniqueConstraint(
            "run_id", "step_id", "option_id", name=op.f("uq_tally_count_run_id_step_id_option_id")
        ),
    )
    op.create_index(op.f("ix_tally_count_run_id"), "tally_count", ["run_id"], unique=False)
    op.create_table(
        "charter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("lesson_id", sa.String(length=80), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _class_fk("charter"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter")),
        sa.UniqueConstraint("class_id", "version", name=op.f("uq_charter_class_id_version")),
    )
    op.create_index(op.f("ix_charter_class_id"), "charter", ["class_id"], unique=False)
    op.create_table(
        "charter_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("charter_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["charter_id"],
            ["charter.id"],
            name=op.f("fk_charter_rule_charter_id_charter"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_charter_rule")),
    )
    op.create_index(
        op.f("ix_charter_rule_charter_id"), "charter_rule", ["charter_id"], unique=False
    )
    op.create_table(
        "lesson_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("lesson_id", sa.String(length=80), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        _class_fk("lesson_note"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_note")),
        sa.UniqueConstraint(
            "class_id", "lesson_id", name=op.f("uq_lesson_note_class_id_lesson_id")
        ),
    )
    op.create_index(op.f("ix_lesson_note_class_id"), "lesson_note", ["class_id"], unique=False)


def downgrade() -> None:
    for table in ("lesson_note", "charter_rule", "charter", "tally_count", "step_visit"):
        op.drop_table(table)
    op.drop_table("lesson_run")
