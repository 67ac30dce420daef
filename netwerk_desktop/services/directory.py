"""The directory service: the school's entries, the ones not checked in a year, CSV in and out,
and the help cards' contacts (entries tied to a line of the help card by `help_role`).

Nothing is built in: the app ships no organisations. An entry from a class's suggestion or a
file stays "unverified" until someone at the school checks it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import fields, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from netwerk_desktop.content import HelpFieldKey
from netwerk_desktop.directory.errors import DirectoryError, DirectoryProblem
from netwerk_desktop.directory.hsds import entries_csv, read_entries, same_entry
from netwerk_desktop.directory.records import (
    MAX_AGE,
    DirectoryCategory,
    DirectoryFilter,
    Entry,
    EntryDraft,
    EntrySource,
    EntryStatus,
    ImportReport,
)
from netwerk_desktop.rosters import RosterError
from netwerk_desktop.rosters.decoding import decode_roster_text
from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.directory_models import (
    ENTRY_NAME_LENGTH,
    ENTRY_TEXT_LENGTH,
    DirectoryEntry,
)

# The help card's fields -> the entry's.
HELP_FIELDS: Mapping[HelpFieldKey, str] = {
    HelpFieldKey.NAME: "name",
    HelpFieldKey.ROOM: "place",
    HelpFieldKey.HOURS: "schedule",
    HelpFieldKey.CONTACT: "contact",
}
_SHORT = frozenset({"name", "cost", "languages", "checked_by", "source_note"})
_TEXTS = (
    "name",
    "activity",
    "cost",
    "how_to_join",
    "languages",
    "accessibility",
    "place",
    "schedule",
    "contact",
    "checked_by",
    "source_note",
)
_CATEGORY_ORDER = {category: index for index, category in enumerate(DirectoryCategory)}
MAX_FILE_BYTES = 20 * 1024 * 1024

HelpValues = dict[tuple[str, HelpFieldKey], str]


class LocalDirectoryService(Service):
    # Reading ----------------------------------------------------------------------------------

    def entries(self, wanted: DirectoryFilter | None = None) -> list[Entry]:
        """The entries the filter keeps, by category and then name."""
        chosen = wanted or DirectoryFilter()
        with self._reading() as session:
            rows = session.scalars(select(DirectoryEntry)).all()
            found = [_entry(row) for row in rows]
        kept = [entry for entry in found if chosen.keeps(entry)]
        kept.sort(key=lambda e: (_CATEGORY_ORDER[e.category], e.name.casefold(), e.id))
        return kept

    def entry(self, entry_id: int) -> Entry:
        with self._reading() as session:
            return _entry(_row(session, entry_id))

    def stale(self) -> list[Entry]:
        """Entries not checked in the last 12 months, or never (ended ones aside)."""
        today = self._context.now().date()
        return [e for e in self.entries(DirectoryFilter()) if e.is_stale(today)]

    def for_print(self, category: DirectoryCategory | None = None) -> list[Entry]:
        """What a leaflet or pocket cards show: active entries, without the help card's own
        contacts (those are on the help card)."""
        return [
            entry
            for entry in self.entries(DirectoryFilter(category=category))
            if entry.status is EntryStatus.ACTIVE and entry.help_role is None
        ]

    # Changing ---------------------------------------------------------------------------------

    def add(self, draft: EntryDraft) -> Entry:
        checked = self._checked(draft)
        with self._writing() as session:
            _free_role(session, checked.help_role, None)
            row = DirectoryEntry(uid=str(uuid.uuid4()))
            _fill(row, checked, self._context.now())
            session.add(row)
            session.flush()
            entry = _entry(row)
        self._publish(Change.of(Topic.DIRECTORY))
        return entry

    def update(self, entry_id: int, draft: EntryDraft) -> Entry:
        checked = self._checked(draft)
        with self._writing() as session:
            row = _row(session, entry_id)
            _free_role(session, checked.help_role, entry_id)
            _fill(row, checked, self._context.now())
            entry = _entry(row)
        self._publish(Change.of(Topic.DIRECTORY))
        return entry

    def mark_checked(self, entry_id: int, by: str, on: date | None = None) -> Entry:
        """Someone at the school checked the entry: it is no longer unverified or stale."""
        entry = self.entry(entry_id)
        return self.update(
            entry_id,
            replace(_draft(entry), checked_on=on or self._context.now().date(), checked_by=by),
        )

    def remove(self, entry_id: int) -> None:
        with self._writing() as session:
            session.delete(_row(session, entry_id))
        self._publish(Change.of(Topic.DIRECTORY))

    # The help cards ---------------------------------------------------------------------------

    def help_values(self) -> HelpValues:
        """The help card's contacts as typed, keyed by (help entry id, field)."""
        values: HelpValues = {}
        with self._reading() as session:
            rows = session.scalars(
                select(DirectoryEntry).where(
                    DirectoryEntry.help_role.is_not(None),
                    DirectoryEntry.status == EntryStatus.ACTIVE.value,
                )
            ).all()
            for row in rows:
                assert row.help_role is not None
                for key, column in HELP_FIELDS.items():
                    value = getattr(row, column)
                    if value:
                        values[(row.help_role, key)] = value
        return values

    def save_help_values(self, values: Mapping[tuple[str, HelpFieldKey], str]) -> None:
        """Replace the help card's contacts: each line of the card is a directory entry of
        category "help". A line emptied completely is removed; a changed one counts as checked
        today."""
        roles = {role for role, _ in values}
        today = self._context.now().date()
        with self._writing() as session:
            held = {
                row.help_role: row
                for row in session.scalars(
                    select(DirectoryEntry).where(DirectoryEntry.help_role.is_not(None))
                )
                if row.help_role is not None
            }
            for role in sorted(roles | set(held)):
                typed = {
                    column: " ".join(values.get((role, key), "").split())
                    for key, column in HELP_FIELDS.items()
                }
                row = held.get(role)
                if row is None:
                    if any(typed.values()):
                        draft = EntryDraft(
                            name=typed["name"],
                            category=DirectoryCategory.HELP,
                            help_role=role,
                            place=typed["place"],
                            schedule=typed["schedule"],
                            contact=typed["contact"],
                            checked_on=today,
                        )
                        new = DirectoryEntry(uid=str(uuid.uuid4()))
                        _fill(new, self._checked(draft), self._context.now())
                        session.add(new)
                    continue
                if role not in roles:
                    continue
                if all(getattr(row, column) == value for column, value in typed.items()):
                    continue
                draft = replace(
                    _draft(_entry(row)),
                    name=typed["name"],
                    place=typed["place"],
                    schedule=typed["schedule"],
                    contact=typed["contact"],
                    checked_on=today,
                )
                if _is_empty(draft):
                    session.delete(row)
                else:
                    _fill(row, self._checked(draft), self._context.now())
        self._publish(Change.of(Topic.DIRECTORY, Topic.SCHOOL))

    # CSV --------------------------------------------------------------------------------------

    def export_csv(self, path: Path) -> int:
        """Every entry to `path` (written to a temporary file, checked, then renamed)."""
        entries = self.entries(DirectoryFilter(include_ended=True))
        data = entries_csv((entry.uid, _draft(entry)) for entry in entries)
        _write_atomically(path, data)
        return len(entries)

    def import_csv(self, path: Path, *, dry_run: bool = False) -> ImportReport:
        """Add the file's entries, or update those it shares an `id` with. Rows without a name
        are left out and named in the report, as are values that could not be read. A dry run
        says what would happen and saves nothing."""
        try:
            report = self._import(path, dry_run)
        except _DryRun as done:
            return done.report
        self._publish(Change.of(Topic.DIRECTORY))
        return report

    def _import(self, path: Path, dry_run: bool) -> ImportReport:
        text = _read_text(path)
        read = read_entries(text, path.name)
        if read is None:
            raise DirectoryError(
                DirectoryProblem.NO_NAME_COLUMN, f"{path} has no 'name' column.", path=str(path)
            )
        rows, problems, ignored = read
        added = updated = unchanged = 0
        with self._writing() as session:
            held = {row.uid: row for row in session.scalars(select(DirectoryEntry))}
            for found in rows:
                draft = self._checked(found.draft, line=found.line)
                row = held.get(found.uid)
                if row is not None and same_entry(_draft(_entry(row)), draft):
                    unchanged += 1
                    continue
                _free_role(session, draft.help_role, row.id if row is not None else None)
                if row is None:
                    row = DirectoryEntry(uid=found.uid)
                    _fill(row, draft, self._context.now())
                    session.add(row)
                    held[found.uid] = row
                    added += 1
                else:
                    _fill(row, draft, self._context.now())
                    updated += 1
                session.flush()
            report = ImportReport(
                added, updated, unchanged, tuple(problems), tuple(ignored), not dry_run
            )
            if dry_run:
                raise _DryRun(report)  # rolls the unit of work back
        return report

    # ------------------------------------------------------------------------------------------

    def _checked(self, draft: EntryDraft, line: int | None = None) -> EntryDraft:
        """Texts trimmed; a name (or a help card line), lengths, ages and dates that make sense."""
        where = {} if line is None else {"line": line}
        trimmed = replace(draft, **{name: getattr(draft, name).strip() for name in _TEXTS})
        if not trimmed.name and trimmed.help_role is None:
            raise DirectoryError(DirectoryProblem.NO_NAME, "The entry needs a name.", **where)
        for name in _TEXTS:
            limit = ENTRY_NAME_LENGTH if name in _SHORT else ENTRY_TEXT_LENGTH
            if len(getattr(trimmed, name)) > limit:
                raise DirectoryError(
                    DirectoryProblem.TOO_LONG,
                    f"{name} has more than {limit} characters.",
                    field=name,
                    limit=limit,
                    **where,
                )
        low, high = trimmed.age_min, trimmed.age_max
        if any(a is not None and not 0 <= a <= MAX_AGE for a in (low, high)) or (
            low is not None and high is not None and low > high
        ):
            raise DirectoryError(
                DirectoryProblem.BAD_AGES,
                f"Ages {low}-{high} do not make sense.",
                low=low,
                high=high,
                **where,
            )
        if trimmed.checked_on is not None and trimmed.checked_on > self._context.now().date():
            raise DirectoryError(
                DirectoryProblem.CHECKED_IN_FUTURE, "A check cannot be in the future.", **where
            )
        return trimmed


def _row(session: Session, entry_id: int) -> DirectoryEntry:
    row = session.get(DirectoryEntry, entry_id)
    if row is None:
        raise DirectoryError(DirectoryProblem.NOT_FOUND, "No such entry.")
    return row


def _free_role(session: Session, role: str | None, entry_id: int | None) -> None:
    """A line of the help card is one entry's."""
    if role is None:
        return
    holder = session.scalars(select(DirectoryEntry).where(DirectoryEntry.help_role == role)).first()
    if holder is not None and holder.id != entry_id:
        raise DirectoryError(
            DirectoryProblem.HELP_ROLE_TAKEN, f"{role} is another entry's.", role=role
        )


class _DryRun(Exception):
    """Leaves a dry run's unit of work by rolling it back; carries what it would have done."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("dry run")
        self.report = report


def _fill(row: DirectoryEntry, draft: EntryDraft, now: datetime) -> None:
    for field in fields(EntryDraft):
        value = getattr(draft, field.name)
        setattr(row, field.name, value.value if isinstance(value, Enum) else value)
    if row.created_at is None:
        row.created_at = now
    row.updated_at = now


def _entry(row: DirectoryEntry) -> Entry:
    return Entry(
        id=row.id,
        uid=row.uid,
        updated_at=row.updated_at,
        name=row.name,
        category=DirectoryCategory(row.category),
        activity=row.activity,
        help_role=row.help_role,
        age_min=row.age_min,
        age_max=row.age_max,
        cost=row.cost,
        free=row.free,
        how_to_join=row.how_to_join,
        drop_in=row.drop_in,
        bring_friend=row.bring_friend,
        languages=row.languages,
        accessibility=row.accessibility,
        place=row.place,
        schedule=row.schedule,
        contact=row.contact,
        status=EntryStatus(row.status),
        checked_on=row.checked_on,
        checked_by=row.checked_by,
        source=EntrySource(row.source),
        source_note=row.source_note,
    )


def _draft(entry: Entry) -> EntryDraft:
    return EntryDraft(**{field.name: getattr(entry, field.name) for field in fields(EntryDraft)})


def _is_empty(draft: EntryDraft) -> bool:
    return not any(getattr(draft, name) for name in _TEXTS if name != "checked_by")


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DirectoryError(
                DirectoryProblem.UNREADABLE_FILE,
                f"{path} is larger than a directory list can be.",
                path=str(path),
                reason="too large",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise DirectoryError(
            DirectoryProblem.UNREADABLE_FILE,
            f"{path} cannot be read: {exc.strerror}",
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
    try:
        return decode_roster_text(data).text
    except RosterError as exc:
        raise DirectoryError(
            DirectoryProblem.UNREADABLE_FILE,
            f"{path} is not a text file this app can read.",
            path=str(path),
            reason=str(exc),
        ) from exc


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary name beside `path`, sync, read it back, then rename."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if temporary.read_bytes() != data:
            raise OSError(0, "the file read back differs from what was written")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DirectoryError(
            DirectoryProblem.NOT_WRITTEN,
            f"{path} could not be written: {exc.strerror}",
            path=str(path),
            reason=exc.strerror or type(exc).__name__,
        ) from exc
