"""Members and a meeting's sign-ups as CSV, the way spreadsheet programs open them: UTF-8 with
a byte-order mark (Excel on Windows reads the letters right) and a header row."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from netwerk_desktop.teachers_network.records import Meeting, Member

MEMBER_COLUMNS = ("name", "school", "role", "email", "consent_on", "coordinator")
SIGNUP_COLUMNS = ("name", "school", "guest")


def _csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(str(value)) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _safe(value: str) -> str:
    """A cell that starts like a formula is written as text, so no spreadsheet runs it."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def members_csv(members: Sequence[Member]) -> bytes:
    return _csv(
        MEMBER_COLUMNS,
        [
            (
                m.name,
                m.school,
                m.role,
                m.email,
                m.consent_on.isoformat(),
                "yes" if m.coordinator else "",
            )
            for m in members
        ],
    )


def signups_csv(meeting: Meeting) -> bytes:
    return _csv(
        SIGNUP_COLUMNS,
        [(a.name, a.school, "" if a.member_id is not None else "yes") for a in meeting.attendees],
    )
