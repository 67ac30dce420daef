"""The needs-and-offers board and the school's directory; the help contacts move into it.

Revision ID: 0005
Revises: 0003
Create Date: 2027-01-18

The school's help contacts were one JSON text in `school_setting` ("help_contacts":
{"counsellor": {"name": "…", "room": "…", "hours": "…", "contact": "…"}}). Each becomes a
directory entry of category "help" tied to its line of the help card (`help_role`), so the help
cards and the directory read one source. Downgrading writes the JSON back from those entries.
"""

import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

HELP_SETTING = "help_contacts"
# The help card's field -> the directory's column.
FIELD_COLUMNS = {"name": "name", "room": "place", "hours": "schedule", "contact": "contact"}

setting = sa.table("school_setting", sa.column("key", sa.String), sa.column("value", sa.Text))


def _directory_table() -> sa.TableClause:
    return sa.table(
        "directory_entry",
        sa.column("uid", sa.String),
        sa.column("name", sa.String),
        sa.column("category", sa.String),
        sa.column("help_role", sa.String),
        sa.column("place", sa.String),
        sa.column("schedule", sa.String),
        sa.column("contact", sa.String),
        sa.column("status", sa.String),
        sa.column("source", sa.String),
        sa.column("source_note", sa.String),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )


def upgrade() -> None:
    op.create_table(
        "board",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closes_on", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("code_seed", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_class.id"],
            name=op.f("fk_board_class_id_school_class"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board")),
    )
    op.create_index(op.f("ix_board_class_id"), "board", ["class_id"], unique=False)
    op.create_table(
        "board_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=3), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("text", sa.String(length=160), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("shown", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=True),
        sa.Column("followed_up", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"], ["board.id"], name=op.f("fk_board_item_board_id_board"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_item")),
        sa.UniqueConstraint(
            "board_id", "code", "kind", name=op.f("uq_board_item_board_id_code_kind")
        ),
    )
    op.create_index(op.f("ix_board_item_board_id"), "board_item", ["board_id"], unique=False)
    op.create_table(
        "board_match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("need_id", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("introduction", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["board.id"],
            name=op.f("fk_board_match_board_id_board"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["need_id"],
            ["board_item.id"],
            name=op.f("fk_board_match_need_id_board_item"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["board_item.id"],
            name=op.f("fk_board_match_offer_id_board_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_board_match")),
        sa.UniqueConstraint("need_id", "offer_id", name=op.f("uq_board_match_need_id_offer_id")),
    )
    for column in ("board_id", "need_id", "offer_id"):
        op.create_index(op.f(f"ix_board_match_{column}"), "board_match", [column], unique=False)
    op.create_table(
        "board_count",
        sa.Column("board_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["board_id"],
            ["board.id"],
            name=op.f("fk_board_count_board_id_board"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "board_id", "kind", "category", "status", name=op.f("pk_board_count")
        ),
    )
    op.create_table(
        "directory_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("activity", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("category", sa.String(length=30), nullable=False),
        sa.Column("help_role", sa.String(length=40), nullable=True),
        sa.Column("age_min", sa.Integer(), nullable=True),
        sa.Column("age_max", sa.Integer(), nullable=True),
        sa.Column("cost", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("free", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("how_to_join", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("drop_in", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("bring_friend", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("languages", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("accessibility", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("place", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("schedule", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("contact", sa.String(length=500), nullable=False, server_default=""),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("checked_by", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_note", sa.String(length=200), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_directory_entry")),
        sa.UniqueConstraint("uid", name=op.f("uq_directory_entry_uid")),
        sa.UniqueConstraint("help_role", name=op.f("uq_directory_entry_help_role")),
    )
    _move_help_contacts_into_directory()


def _move_help_contacts_into_directory() -> None:
    connection = op.get_bind()
    text = connection.execute(
        sa.select(setting.c.value).where(setting.c.key == HELP_SETTING)
    ).scalar()
    contacts = _parsed(text or "")
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = []
    for role, fields in sorted(contacts.items()):
        row: dict[str, object] = {column: "" for column in FIELD_COLUMNS.values()}
        row.update({FIELD_COLUMNS[key]: value for key, value in fields.items()})
        row.update(
            uid=str(uuid.uuid4()),
            category="help",
            help_role=role,
            status="active",
            source="coordinator",
            source_note="",
            created_at=now,
            updated_at=now,
        )
        rows.append(row)
    if rows:
        op.bulk_insert(_directory_table(), rows)
    # The directory is now the one source; a setting that could not be read stays untouched.
    if text is not None and (contacts or not text.strip()):
        connection.execute(sa.delete(setting).where(setting.c.key == HELP_SETTING))


def _parsed(text: str) -> dict[str, dict[str, str]]:
    """The stored contacts with their non-empty known fields; {} for anything unreadable."""
    try:
        raw = json.loads(text) if text.strip() else {}
    except json.JSONDecodeError:
        return {}
    contacts: dict[str, dict[str, str]] = {}
    if not isinstance(raw, dict):
        return contacts
    for role, fields in raw.items():
        if not isinstance(fields, dict):
            continue
        kept = {
            key: value[:200] if key == "name" else value[:500]
            for key, value in fields.items()
            if key in FIELD_COLUMNS and isinstance(value, str) and value.strip()
        }
        if kept:
            contacts[str(role)[:40]] = kept
    return contacts


def downgrade() -> None:
    connection = op.get_bind()
    entries = sa.table(
        "directory_entry",
        sa.column("help_role", sa.String),
        *(sa.column(column, sa.String) for column in FIELD_COLUMNS.values()),
    )
    stored: dict[str, dict[str, str]] = {}
    for row in connection.execute(sa.select(entries).where(entries.c.help_role.is_not(None))):
        values = {key: getattr(row, column) for key, column in FIELD_COLUMNS.items()}
        kept = {key: value for key, value in values.items() if value}
        if kept:
            stored[row.help_role] = kept
    connection.execute(sa.delete(setting).where(setting.c.key == HELP_SETTING))
    if stored:
        value = json.dumps(stored, ensure_ascii=False, sort_keys=True)
        connection.execute(sa.insert(setting).values(key=HELP_SETTING, value=value))
    op.drop_table("directory_entry")
    op.drop_table("board_count")
    op.drop_table("board_match")
    op.drop_table("board_item")
    op.drop_table("board")
