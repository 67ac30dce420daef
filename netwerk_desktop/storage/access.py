"""Who may read and write each table on a school server: the one list that the row-level
security migration, `server init` and the tests read.

A class-owned table names its path to a class one step at a time (a column and the table it
points to); its policy says "this row's parent is visible to you", so PostgreSQL follows the
path through the parent's own policy up to `school_class`, whose policy says "you own the class
or co-teach it". Adding a class-owned table is one line here; so is a school-wide one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

TEACHER_ROLE = "netwerk_teacher"  # every teacher's login role is a member
COORDINATOR_ROLE = "netwerk_coordinator"  # a teacher who also writes the school-wide tables
CLASS_TABLE = "school_class"
CO_TEACHERS_TABLE = "class_teacher"


@dataclass(frozen=True)
class PathStep:
    column: str
    parent: str
    nullable: bool = False  # a row without a parent (an event helper who is not a student)


# Every table hanging off a class, with its step towards the class.
CLASS_OWNED: dict[str, PathStep] = {
    "student": PathStep("class_id", CLASS_TABLE),
    "class_tag": PathStep("class_id", CLASS_TABLE),
    "student_tag": PathStep("student_id", "student"),
    "lesson_run": PathStep("class_id", CLASS_TABLE),
    "step_visit": PathStep("run_id", "lesson_run"),
    "tally_count": PathStep("run_id", "lesson_run"),
    "charter": PathStep("class_id", CLASS_TABLE),
    "charter_rule": PathStep("charter_id", "charter"),
    "lesson_note": PathStep("class_id", CLASS_TABLE),
    "rotation": PathStep("class_id", CLASS_TABLE),
    "rotation_member": PathStep("rotation_id", "rotation"),
    "partnership_rule": PathStep("class_id", CLASS_TABLE),
    "event_class": PathStep("class_id", CLASS_TABLE),
    "event_follow_up": PathStep("class_id", CLASS_TABLE),
    "event_group_member": PathStep("student_id", "student"),
    "event_signup": PathStep("student_id", "student", nullable=True),
    "event_team_member": PathStep("student_id", "student", nullable=True),
    "board": PathStep("class_id", CLASS_TABLE),
    "board_item": PathStep("board_id", "board"),
    "board_match": PathStep("board_id", "board"),
    "board_count": PathStep("board_id", "board"),
}

# Read by every teacher, written by coordinators.
SCHOOL_WIDE: tuple[str, ...] = (
    "school_setting",
    "community_event",
    "event_block",
    "event_check_item",
    "network_series",
    "network_cadence_slot",
    "network_school",
    "network_member",
    "network_meeting",
    "network_agenda_item",
    "network_action",
    "network_signup",
    "network_topic",
    "network_topic_vote",
    "directory_entry",
)

# Rows that belong to the teacher who wrote them (the journal's marks).
PER_TEACHER: dict[str, str] = {"journal_entry": "teacher"}

# Not data: Alembic's stamp, readable by all, written only by `server init`.
SCHEMA_TABLES: tuple[str, ...] = ("alembic_version",)


def governed_tables() -> set[str]:
    """Every table the lists above name (a test keeps this equal to the schema)."""
    return {
        CLASS_TABLE,
        CO_TEACHERS_TABLE,
        *CLASS_OWNED,
        *SCHOOL_WIDE,
        *PER_TEACHER,
        *SCHEMA_TABLES,
    }


def tables_with_students() -> list[str]:
    """Where a student's rows live: the class tables and everything hanging off them."""
    return [CLASS_TABLE, *CLASS_OWNED]


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _policy_statements(table: str) -> list[str]:
    t = _quoted(table)
    if table == CLASS_TABLE:
        mine = (
            f"(owner_role = current_user OR EXISTS (SELECT 1 FROM {_quoted(CO_TEACHERS_TABLE)} ct"
            f" WHERE ct.class_id = {t}.id AND ct.role_name = current_user))"
        )
        return [
            f"CREATE POLICY netwerk_read ON {t} FOR SELECT USING {mine}",
            f"CREATE POLICY netwerk_add ON {t} FOR INSERT WITH CHECK (owner_role = current_user)",
            f"CREATE POLICY netwerk_change ON {t} FOR UPDATE USING {mine} WITH CHECK {mine}",
            f"CREATE POLICY netwerk_remove ON {t} FOR DELETE USING (owner_role = current_user)",
        ]
    if table == CO_TEACHERS_TABLE:
        # Readable by all (it names roles, not students); only the class's owner shares it.
        owner = (
            f"EXISTS (SELECT 1 FROM {_quoted(CLASS_TABLE)} c WHERE c.id = {t}.class_id"
            " AND c.owner_role = current_user)"
        )
        return [
            f"CREATE POLICY netwerk_read ON {t} FOR SELECT USING (true)",
            f"CREATE POLICY netwerk_share ON {t} FOR INSERT WITH CHECK ({owner})",
            f"CREATE POLICY netwerk_unshare ON {t} FOR DELETE USING ({owner})",
        ]
    if table in CLASS_OWNED:
        step = CLASS_OWNED[table]
        parent = (
            f"EXISTS (SELECT 1 FROM {_quoted(step.parent)} p"
            f" WHERE p.id = {t}.{_quoted(step.column)})"
        )
        rule = f"({t}.{_quoted(step.column)} IS NULL OR {parent})" if step.nullable else parent
        return [f"CREATE POLICY netwerk_class ON {t} USING ({rule}) WITH CHECK ({rule})"]
    if table in SCHOOL_WIDE:
        return [
            f"CREATE POLICY netwerk_read ON {t} FOR SELECT USING (true)",
            f"CREATE POLICY netwerk_coordinate ON {t} TO {COORDINATOR_ROLE}"
            " USING (true) WITH CHECK (true)",
        ]
    if table in PER_TEACHER:
        column = _quoted(PER_TEACHER[table])
        return [
            f"CREATE POLICY netwerk_own ON {t} USING ({column} = current_user)"
            f" WITH CHECK ({column} = current_user)"
        ]
    raise KeyError(f"{table} is not in storage/access.py")


def ensure_group_roles(connection: Connection) -> None:
    """The two group roles every teacher's login role joins (cluster-wide, made once)."""
    connection.exec_driver_sql(
        f"""DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{TEACHER_ROLE}') THEN
    CREATE ROLE {TEACHER_ROLE} NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{COORDINATOR_ROLE}') THEN
    CREATE ROLE {COORDINATOR_ROLE} NOLOGIN IN ROLE {TEACHER_ROLE};
  END IF;
END $$"""
    )


def apply_row_security(connection: Connection, tables: set[str] | None = None) -> list[str]:
    """Grants and row-level security for the governed tables that exist (all of them, or
    `tables`); safe to run again (policies are replaced). Returns the tables it secured."""
    ensure_group_roles(connection)
    present = set(
        connection.exec_driver_sql(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).scalars()
    )
    wanted = governed_tables() if tables is None else tables
    secured = []
    for table in sorted(wanted & present):
        t = _quoted(table)
        if table in SCHEMA_TABLES:
            connection.exec_driver_sql(f"GRANT SELECT ON {t} TO {TEACHER_ROLE}")
            continue
        connection.exec_driver_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {TEACHER_ROLE}")
        connection.exec_driver_sql(f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        existing = connection.exec_driver_sql(
            "SELECT policyname FROM pg_policies"
            " WHERE schemaname = current_schema() AND tablename = %(table)s",
            {"table": table},
        ).scalars()
        for policy in list(existing):
            connection.exec_driver_sql(f"DROP POLICY {_quoted(policy)} ON {t}")
        for statement in _policy_statements(table):
            connection.exec_driver_sql(statement)
        secured.append(table)
    schema = _current_schema(connection)
    connection.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {TEACHER_ROLE}")
    connection.exec_driver_sql(
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {TEACHER_ROLE}"
    )
    return secured


def _current_schema(connection: Connection) -> str:
    return _quoted(str(connection.exec_driver_sql("SELECT current_schema()").scalar_one()))
