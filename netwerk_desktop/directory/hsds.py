"""The directory as CSV, with Open Referral (Human Services Data Specification) column names
where HSDS has the field, so a municipality's list can seed the directory.

One row per entry. Fields of HSDS's service table keep their names (`id`, `name`,
`description`, `status`, `minimum_age`, `maximum_age`, `fees_description`,
`application_process`, `email`, `url`, `assured_date`); fields of its linked tables are named
after the table (`language_name`, `accessibility_description`, `address_1`,
`schedule_description`, `phone_number`). What HSDS has no field for is prefixed `netwerk_`.
Reading also takes the older HSDS names (`fees`, `accessibility`, `languages`, `address`).

Export writes UTF-8 with a byte order mark (spreadsheet programs read it right); a file read
back gives exactly the same entries, every character kept.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import TypeVar

from netwerk_desktop.directory.records import (
    DirectoryCategory,
    EntryDraft,
    EntrySource,
    EntryStatus,
    ImportProblem,
    ImportReason,
)

Problem = Callable[[str, ImportReason], None]  # reports a cell that could not be read
E = TypeVar("E", bound=StrEnum)

COLUMNS = (
    "id",
    "name",
    "description",
    "status",
    "netwerk_category",
    "minimum_age",
    "maximum_age",
    "fees_description",
    "netwerk_free",
    "application_process",
    "netwerk_can_just_turn_up",
    "netwerk_bring_a_friend",
    "language_name",
    "accessibility_description",
    "address_1",
    "schedule_description",
    "email",
    "url",
    "phone_number",
    "netwerk_contact",
    "assured_date",
    "netwerk_checked_by",
    "netwerk_source",
    "netwerk_source_note",
    "netwerk_help_role",
)
# Other names the same fields have in HSDS 2 and in lists people make by hand.
ALIASES = {
    "organization_name": "name",
    "fees": "fees_description",
    "languages": "language_name",
    "language": "language_name",
    "accessibility": "accessibility_description",
    "accessibility_for_disabilities": "accessibility_description",
    "address": "address_1",
    "schedule": "schedule_description",
    "phone": "phone_number",
    "number": "phone_number",
}
CONTACT_COLUMNS = ("netwerk_contact", "email", "url", "phone_number")

# HSDS service status <-> the directory's.
_STATUS_OUT = {
    EntryStatus.ACTIVE: "active",
    EntryStatus.PAUSED: "temporarily closed",
    EntryStatus.ENDED: "defunct",
}
_STATUS_IN = {
    "active": EntryStatus.ACTIVE,
    "temporarily closed": EntryStatus.PAUSED,
    "inactive": EntryStatus.PAUSED,
    "paused": EntryStatus.PAUSED,
    "defunct": EntryStatus.ENDED,
    "ended": EntryStatus.ENDED,
}
_TRUE = {"true", "yes", "1", "x", "ja", "j", "y"}
_FALSE = {"false", "no", "0", "", "nej", "nee", "n"}

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_URL = re.compile(r"^(https?://|www\.)\S+$", re.IGNORECASE)
_PHONE = re.compile(r"^\+?[\d\s().-]{6,}$")


@dataclass(frozen=True)
class CsvEntry:
    """One row read: the entry, the HSDS id it had (or a new one), and the row's line."""

    uid: str
    draft: EntryDraft
    line: int


# -- writing ------------------------------------------------------------------------------------


def entries_csv(entries: Iterable[tuple[str, EntryDraft]]) -> bytes:
    """(uid, entry) pairs as CSV bytes."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for uid, entry in entries:
        writer.writerow(_row(uid, entry))
    return out.getvalue().encode("utf-8-sig")


def _row(uid: str, entry: EntryDraft) -> list[str]:
    contact_column = _contact_column(entry.contact)
    values = {
        "id": uid,
        "name": entry.name,
        "description": entry.activity,
        "status": _STATUS_OUT[entry.status],
        "netwerk_category": entry.category.value,
        "minimum_age": "" if entry.age_min is None else str(entry.age_min),
        "maximum_age": "" if entry.age_max is None else str(entry.age_max),
        "fees_description": entry.cost,
        "netwerk_free": _flag(entry.free),
        "application_process": entry.how_to_join,
        "netwerk_can_just_turn_up": _flag(entry.drop_in),
        "netwerk_bring_a_friend": _flag(entry.bring_friend),
        "language_name": entry.languages,
        "accessibility_description": entry.accessibility,
        "address_1": entry.place,
        "schedule_description": entry.schedule,
        contact_column: entry.contact,
        "assured_date": entry.checked_on.isoformat() if entry.checked_on else "",
        "netwerk_checked_by": entry.checked_by,
        "netwerk_source": entry.source.value,
        "netwerk_source_note": entry.source_note,
        "netwerk_help_role": entry.help_role or "",
    }
    return [values.get(column, "") for column in COLUMNS]


def _flag(value: bool) -> str:
    return "true" if value else "false"


def _contact_column(contact: str) -> str:
    """The HSDS column a contact fits exactly; anything else keeps its own column."""
    if _EMAIL.match(contact):
        return "email"
    if _URL.match(contact):
        return "url"
    if _PHONE.match(contact):
        return "phone_number"
    return "netwerk_contact"


# -- reading ------------------------------------------------------------------------------------


def read_entries(
    text: str, file_name: str
) -> tuple[list[CsvEntry], list[ImportProblem], list[str]] | None:
    """The rows of a CSV text as entries, the problems found (a row without a name is left
    out; a value that cannot be read is left empty and named), and the columns ignored.
    None when the file has no `name` column."""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    if not rows:
        return None
    header = [_column(name) for name in rows[0]]
    if "name" not in header:
        return None
    ignored = [raw for raw, name in zip(rows[0], header, strict=True) if name is None and raw]
    entries: list[CsvEntry] = []
    problems: list[ImportProblem] = []
    for line, cells in _numbered(text, rows):
        if not any(cell.strip() for cell in cells):
            continue
        values: dict[str, str] = {}
        for name, cell in zip(header, cells, strict=False):
            if name is not None and name not in values:
                values[name] = cell
        entry = _entry(values, line, file_name, problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems, ignored


def _column(raw: str) -> str | None:
    name = raw.strip().lower().replace(" ", "_")
    name = ALIASES.get(name, name)
    return name if name in COLUMNS else None


def _delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {separator: first.count(separator) for separator in (",", ";", "\t")}
    return max(counts, key=lambda separator: counts[separator])


def _numbered(text: str, rows: list[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """Each data row with the line it starts on (a quoted field may span lines)."""
    line = 1 + _line_breaks(rows[0])
    for cells in rows[1:]:
        line += 1
        yield line, cells
        line += _line_breaks(cells)


def _line_breaks(cells: list[str]) -> int:
    return sum(cell.count("\n") for cell in cells)


def _entry(
    values: dict[str, str], line: int, file_name: str, problems: list[ImportProblem]
) -> CsvEntry | None:
    def problem(column: str, reason: ImportReason) -> None:
        problems.append(ImportProblem(line, column, values.get(column, ""), reason.value))

    name = values.get("name", "").strip()
    if not name:
        problem("name", ImportReason.NO_NAME)
        return None
    category = _choice(values.get("netwerk_category", ""), DirectoryCategory)
    if category is None:
        if values.get("netwerk_category", "").strip():
            problem("netwerk_category", ImportReason.UNKNOWN_VALUE)
        category = DirectoryCategory.OTHER
    status = _STATUS_IN.get(values.get("status", "").strip().lower())
    if status is None:
        if values.get("status", "").strip():
            problem("status", ImportReason.UNKNOWN_VALUE)
        status = EntryStatus.ACTIVE
    source = _choice(values.get("netwerk_source", ""), EntrySource)
    source_note = values.get("netwerk_source_note", "")
    if source is None:
        source, source_note = EntrySource.IMPORT, source_note or file_name
    contacts = [values[c] for c in CONTACT_COLUMNS if values.get(c, "").strip()]
    draft = EntryDraft(
        name=name,
        category=category,
        activity=values.get("description", "").strip(),
        help_role=values.get("netwerk_help_role", "").strip() or None,
        age_min=_age(values, "minimum_age", problem),
        age_max=_age(values, "maximum_age", problem),
        cost=values.get("fees_description", "").strip(),
        free=_bool(values, "netwerk_free", problem),
        how_to_join=values.get("application_process", "").strip(),
        drop_in=_bool(values, "netwerk_can_just_turn_up", problem),
        bring_friend=_bool(values, "netwerk_bring_a_friend", problem),
        languages=values.get("language_name", "").strip(),
        accessibility=values.get("accessibility_description", "").strip(),
        place=values.get("address_1", "").strip(),
        schedule=values.get("schedule_description", "").strip(),
        contact=" · ".join(c.strip() for c in contacts),
        status=status,
        checked_on=_date(values, "assured_date", problem),
        checked_by=values.get("netwerk_checked_by", "").strip(),
        source=source,
        source_note=source_note.strip(),
    )
    uid = values.get("id", "").strip() or str(uuid.uuid4())
    return CsvEntry(uid, draft, line)


def _choice(value: str, options: type[E]) -> E | None:
    try:
        return options(value.strip().lower())
    except ValueError:
        return None


def _age(values: dict[str, str], column: str, problem: Problem) -> int | None:
    text = values.get(column, "").strip()
    if not text:
        return None
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        problem(column, ImportReason.BAD_NUMBER)
        return None
    if not number.is_integer() or not 0 <= number <= 120:
        problem(column, ImportReason.BAD_NUMBER)
        return None
    return int(number)


def _bool(values: dict[str, str], column: str, problem: Problem) -> bool:
    text = values.get(column, "").strip().lower()
    if text in _TRUE:
        return True
    if text not in _FALSE:
        problem(column, ImportReason.UNKNOWN_VALUE)
    return False


def _date(values: dict[str, str], column: str, problem: Problem) -> date | None:
    text = values.get(column, "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        problem(column, ImportReason.BAD_DATE)
        return None


def same_entry(a: EntryDraft, b: EntryDraft) -> bool:
    """Equal in everything the CSV carries."""
    return all(getattr(a, f.name) == getattr(b, f.name) for f in fields(EntryDraft))
