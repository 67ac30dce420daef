"""Each meeting as an iCalendar (.ics) file, with the `icalendar` library: RFC 5545 with the
series' time zone written out as a VTIMEZONE, so calendar apps show the local time anywhere.

The UID is the meeting's own, so a later export of the same meeting updates the entry in
the calendar instead of adding a second one; SEQUENCE follows the revision time.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from netwerk_desktop import __version__
from netwerk_desktop.teachers_network.records import Meeting, Mode

PRODUCT_ID = f"-//Netwerk Desktop//Netwerk Desktop {__version__}//EN"


def meeting_calendar(
    meeting: Meeting, *, title: str, description: str, time_zone: str, stamp: datetime
) -> bytes:
    """The .ics bytes of one meeting. `title` and `description` come in the reader's language
    from the caller; `stamp` is when the file is made (UTC)."""
    from icalendar import Calendar, Event

    zone = ZoneInfo(time_zone)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"{meeting.uid}@netwerk-desktop")
    event.add("dtstamp", stamp.astimezone(UTC))
    event.add("dtstart", meeting.starts_at.replace(tzinfo=zone))
    event.add("dtend", meeting.ends_at.replace(tzinfo=zone))
    event.add("summary", title)
    event.add("description", description)
    if meeting.mode is Mode.PHYSICAL and meeting.place:
        event.add("location", meeting.place)
    event.add("sequence", _sequence(meeting.revised_at))
    event.add("last-modified", meeting.revised_at.replace(tzinfo=UTC))
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def _sequence(revised_at: datetime) -> int:
    """A number that grows with every revision (minutes since 2020; fits SEQUENCE's integer)."""
    return max(0, int((revised_at - datetime(2020, 1, 1)).total_seconds() // 60))
