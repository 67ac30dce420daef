"""Optimistic edits of a class: a save made from an older view is refused, never written over
a colleague's change (two teachers on one school server, or two windows).

Every change of a class's roster, charter or partnerships counts the class's `edit_version` up
in the same transaction. A save that says which version it was made from (`expected`) only
counts up from that version; the UPDATE locks the class's row, so of two saves made from the
same view exactly one gets through and the other raises EditConflict naming what changed.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from netwerk_desktop.errors import NotFound
from netwerk_desktop.server_errors import EditConflict, EditedPart
from netwerk_desktop.storage.models import SchoolClass


def claim_edit(
    session: Session,
    class_id: int,
    part: EditedPart,
    expected: int | None,
    teacher: str | None,
) -> int:
    """Count the class's edit version up (from `expected`, when given); the new version."""
    statement = update(SchoolClass).where(SchoolClass.id == class_id)
    if expected is not None:
        statement = statement.where(SchoolClass.edit_version == expected)
    statement = statement.values(
        edit_version=SchoolClass.edit_version + 1, last_edit=part.value, last_edit_by=teacher
    ).returning(SchoolClass.edit_version)
    new_version = session.scalar(statement.execution_options(synchronize_session=False))
    if new_version is not None:
        return new_version
    row = session.execute(
        select(
            SchoolClass.name,
            SchoolClass.edit_version,
            SchoolClass.last_edit,
            SchoolClass.last_edit_by,
        ).where(SchoolClass.id == class_id)
    ).first()
    if row is None:
        raise NotFound("class", str(class_id))
    name, now, last_edit, by = row
    raise EditConflict(name, last_edit or part.value, by or "", expected or 0, now)


def edit_version(session: Session, class_id: int) -> int:
    version = session.scalar(select(SchoolClass.edit_version).where(SchoolClass.id == class_id))
    if version is None:
        raise NotFound("class", str(class_id))
    return version
