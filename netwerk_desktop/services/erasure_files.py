"""Erasure outside the live database: in backup files, and the record of an unfinished erasure.

A student is found in a backup by class (name and school year) and name, compared as names are
compared everywhere (rosters.names.name_match_key), or by id when the name matches too: ids
are reused by SQLite, so an id alone could pick another student in an older backup.

Before an erasure touches anything, it is written to `erasures-pending.json` in the data folder
(atomically, with a checksum). A kill at any moment leaves the record; the next start or the
next erasure finishes it and reports it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import sqlite3
from dataclasses import asdict, dataclass
from pathlib import Path

from netwerk_desktop.rosters.names import name_match_key
from netwerk_desktop.storage.backup import settle
from netwerk_desktop.storage.safe_files import write_atomically
from netwerk_desktop.storage.sqlite_file import looks_like_sqlite

log = logging.getLogger(__name__)
PENDING_FORMAT = "netwerk-desktop-pending-erasures/1"


@dataclass(frozen=True)
class ErasureTarget:
    """Who is being erased: enough to find them in any copy, nothing more."""

    class_name: str
    school_year: str | None  # None: the class name in any school year
    name_key: str
    display_name: str
    student_id: int | None = None

    def matches_class(self, name: str, year: str) -> bool:
        return name.casefold() == self.class_name.casefold() and (
            self.school_year is None or year == self.school_year
        )


class NotADatabase(Exception):
    """A file named like a backup that is not one (skipped and reported by erasure)."""


def students_in_file(path: Path, target: ErasureTarget, immutable: bool = True) -> list[int]:
    """Ids of the students in a database file that are the target."""
    settle(path)  # an erasure killed in this file left a hot journal: roll it back first
    if not looks_like_sqlite(path):
        raise NotADatabase(str(path))
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if immutable else "?mode=ro")
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            return _matching(connection, target)
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(str(path)) from exc


def _matching(connection: sqlite3.Connection, target: ErasureTarget) -> list[int]:
    classes = {
        row[0]
        for row in connection.execute("SELECT id, name, school_year FROM school_class")
        if target.matches_class(str(row[1]), str(row[2]))
    }
    found: list[int] = []
    for student_id, class_id, name in connection.execute(
        "SELECT id, class_id, display_name FROM student"
    ):
        if name_match_key(str(name)) != target.name_key:
            continue
        if class_id in classes or student_id == target.student_id:
            found.append(int(student_id))
    return found


def erase_in_file(path: Path, target: ErasureTarget) -> int:
    """Remove the target (and by cascade every row about them) from a database file, then
    rebuild it so nothing is left in free pages; rollback journal, so a kill loses nothing."""
    found = students_in_file(path, target)
    if not found:
        return 0
    try:
        connection = sqlite3.connect(path)
        try:
            connection.execute("PRAGMA foreign_keys=ON")
            connection.execute("PRAGMA secure_delete=ON")
            connection.execute("PRAGMA journal_mode=DELETE")
            connection.executemany("DELETE FROM student WHERE id = ?", [(i,) for i in found])
            connection.commit()
            connection.execute("VACUUM")
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabase(str(path)) from exc
    return len(found)


def _checksum(erasures: list[dict[str, object]]) -> str:
    text = json.dumps(erasures, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_pending(record: Path) -> list[ErasureTarget]:
    """The unfinished erasures; a record that does not verify is reported in the log and kept
    aside (never silently trusted, never deleted)."""
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        erasures = data["erasures"]
        if data.get("format") != PENDING_FORMAT or data.get("checksum") != _checksum(erasures):
            raise ValueError("checksum")
        return [ErasureTarget(**entry) for entry in erasures]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.error("The record of unfinished erasures %s does not verify: %s", record, exc)
        with contextlib.suppress(OSError):
            record.replace(record.with_name(record.name + ".unverified"))
        return []


def write_pending(record: Path, targets: list[ErasureTarget]) -> None:
    if not targets:
        with contextlib.suppress(FileNotFoundError):
            record.unlink()
        return
    erasures = [asdict(target) for target in targets]
    text = json.dumps(
        {"format": PENDING_FORMAT, "erasures": erasures, "checksum": _checksum(erasures)},
        ensure_ascii=False,
    )

    def write(partial: Path) -> None:
        partial.write_text(text, encoding="utf-8")

    write_atomically(record, write)


def add_pending(record: Path, target: ErasureTarget) -> None:
    targets = [t for t in read_pending(record) if t != target]
    write_pending(record, [*targets, target])


def remove_pending(record: Path, target: ErasureTarget) -> None:
    write_pending(record, [t for t in read_pending(record) if t != target])
