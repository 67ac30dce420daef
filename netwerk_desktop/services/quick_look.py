"""The first screen's data straight from SQLite with the standard library.

Start-up paints the Home screen before SQLAlchemy is loaded (its import alone costs more than
everything else at start-up; bench/startup.py measures it). These read-only queries give
exactly what the services give (tests compare them); once the services are loaded, they are
used instead.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from netwerk_desktop.services.records import ClassSummary, class_order
from netwerk_desktop.storage.sqlite_file import connect_read_only

_CLASSES = """
SELECT c.id, c.name, c.school_year, c.content_language, c.archived, c.created_at,
       (SELECT count(*) FROM student s WHERE s.class_id = c.id AND s.active = 1)
FROM school_class c
WHERE c.archived = 0 OR ?
"""


def list_classes(database: Path, include_archived: bool = False) -> list[ClassSummary]:
    connection = connect_read_only(database)
    try:
        rows = connection.execute(_CLASSES, (1 if include_archived else 0,)).fetchall()
    finally:
        connection.close()
    summaries = [
        ClassSummary(
            id=row[0],
            name=row[1],
            school_year=row[2],
            content_language=row[3],
            archived=bool(row[4]),
            student_count=row[6],
            created_at=datetime.fromisoformat(row[5]),
        )
        for row in rows
    ]
    summaries.sort(key=class_order)
    return summaries
