"""Reading help.toml: the "where to get help" template."""

from __future__ import annotations

from collections.abc import Mapping

from netwerk_desktop.content.help import (
    BUILTIN_NUMBERS,
    HelpEntry,
    HelpField,
    HelpFieldKey,
    HelpTemplate,
)
from netwerk_desktop.content.issues import IssueCode, IssueLog
from netwerk_desktop.content.reading.tables import TableReader, unique_ids


def _labels(reader: TableReader) -> dict[HelpFieldKey, str]:
    table = reader.table("labels")
    if table is None:
        return {key: key.value for key in HelpFieldKey}
    labels = {key: table.text(key.value) for key in HelpFieldKey}
    table.finish()
    return labels


def _entry(table: TableReader, labels: Mapping[HelpFieldKey, str]) -> HelpEntry:
    entry_id = table.ident()
    title = table.text("title")
    text = table.text("text")
    keys = (
        table.choices("fields", HelpFieldKey, 1, len(HelpFieldKey)) if table.has("fields") else ()
    )
    number = table.optional_text("number")
    if bool(keys) == (number is not None):
        table.error(IssueCode.CHOOSE_ONE, "fields", choices="fields, number")
    if number is not None and number not in BUILTIN_NUMBERS:
        table.error(IssueCode.BUILTIN_NUMBER, "number", value=number)
    table.finish()
    fields = tuple(HelpField(key, labels[key]) for key in keys)
    return HelpEntry(entry_id, title, text, fields, number)


def read_help(data: Mapping[str, object], file: str, log: IssueLog) -> HelpTemplate:
    reader = TableReader(data, file, "", log)
    title = reader.text("title")
    intro = reader.text("intro")
    labels = _labels(reader)
    entries: list[HelpEntry] = []
    ids: list[tuple[TableReader, str]] = []
    for table in reader.tables("entries", 3, 12):
        entry = _entry(table, labels)
        entries.append(entry)
        ids.append((table, entry.id))
    unique_ids(ids, log)
    reader.finish()
    numbers = {entry.number for entry in entries}
    for number in BUILTIN_NUMBERS:
        if number not in numbers:
            log.error(IssueCode.MISSING_BUILTIN, file, "", "entries", number=number)
    return HelpTemplate(title, intro, tuple(entries))
