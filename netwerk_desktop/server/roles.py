"""Setting up the school server and its teachers: `server init`, `server add-teacher`,
`server share` (co-teachers). Run by the school's IT (init, teachers) or a class's owner
(sharing); PostgreSQL itself checks who may."""

from __future__ import annotations

import re

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from netwerk_desktop.errors import NotFound
from netwerk_desktop.server_errors import ServerError, ServerProblem
from netwerk_desktop.storage.access import (
    COORDINATOR_ROLE,
    TEACHER_ROLE,
    apply_row_security,
    ensure_group_roles,
)
from netwerk_desktop.storage.migrate import upgrade_engine
from netwerk_desktop.storage.models import ClassTeacher, SchoolClass

# A plain role name, so it is never quoted wrongly: letters, digits, _ and . (as in a login).
_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_.]{0,62}$")


def check_role_name(name: str) -> str:
    name = name.strip().lower()
    if not _ROLE_NAME.match(name) or name.startswith("pg_"):
        raise ServerError(ServerProblem.NOT_ALLOWED, f"{name!r} cannot be a teacher's login")
    return name


def init_server(engine: Engine) -> str:
    """Create or upgrade the schema and (re)apply the access rules; the schema's revision."""
    upgrade_engine(engine)
    with engine.begin() as connection:
        apply_row_security(connection)
        return str(connection.execute(text("SELECT version_num FROM alembic_version")).scalar())


def add_teacher(engine: Engine, login: str, password: str | None, coordinator: bool = False) -> str:
    """A login role for a teacher (or makes an existing role a teacher). The password goes to
    PostgreSQL, which keeps only its SCRAM hash; None: the IT sets up another way to log in."""
    name = check_role_name(login)
    group = COORDINATOR_ROLE if coordinator else TEACHER_ROLE
    with engine.begin() as connection:
        ensure_group_roles(connection)
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": name}
        ).scalar()
        if not exists:
            connection.exec_driver_sql(f'CREATE ROLE "{name}" LOGIN')
        if password is not None:
            # Sent once over the connection; PostgreSQL stores the SCRAM verifier only.
            quoted = connection.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
            connection.exec_driver_sql(f'ALTER ROLE "{name}" PASSWORD {quoted}')
        connection.exec_driver_sql(f'GRANT {group} TO "{name}"')
        connection.exec_driver_sql(f'GRANT {TEACHER_ROLE} TO "{name}"')
    return name


def share_class(engine: Engine, class_id: int, co_teacher: str) -> None:
    """The class's owner lets a colleague read and write the class too."""
    name = check_role_name(co_teacher)
    with Session(engine) as session, session.begin():
        if session.get(SchoolClass, class_id) is None:
            raise NotFound("class", str(class_id))
        already = session.scalar(
            select(ClassTeacher).where(
                ClassTeacher.class_id == class_id, ClassTeacher.role_name == name
            )
        )
        if already is None:
            session.add(ClassTeacher(class_id=class_id, role_name=name))
