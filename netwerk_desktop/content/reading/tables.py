"""Typed reading of one TOML table, recording every problem with its file, id path and field.

A reader never raises on bad content: it logs the issue and returns a harmless stand-in so the
rest of the file is still checked. Keys nobody asked for are reported by `finish()`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from netwerk_desktop.content.issues import IssueCode, IssueLog, Severity
from netwerk_desktop.content.markup import bold_is_balanced

ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")

E = TypeVar("E", bound=StrEnum)


def type_name(value: object) -> str:
    """The TOML name of a value's type, for messages a writer reads."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "whole number"
    if isinstance(value, float):
        return "decimal number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "table"
    return "date/time"


def join_path(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


class TableReader:
    def __init__(self, data: Mapping[str, object], file: str, path: str, log: IssueLog) -> None:
        self.data = data
        self.file = file
        self.path = path
        self.log = log
        self._asked: list[str] = []
        self._skip_unknown = False

    # -- raw access -------------------------------------------------------------------------
    def _ask(self, key: str) -> object | None:
        if key not in self._asked:
            self._asked.append(key)
        return self.data.get(key)

    def raw(self, key: str) -> object | None:
        """The value as TOML gave it, for fields that accept more than one shape."""
        return self._ask(key)

    def has(self, key: str) -> bool:
        self._ask(key)
        return key in self.data

    def error(self, code: IssueCode, field: str, **params: str | int) -> None:
        self.log.error(code, self.file, self.path, field, **params)

    def _missing(self, key: str, required: bool) -> None:
        if required:
            self.error(IssueCode.MISSING_FIELD, key)

    def wrong_type(self, key: str, expected: str, value: object) -> None:
        self.error(IssueCode.WRONG_TYPE, key, expected=expected, found=type_name(value))

    def _checked_text(self, field: str, value: str) -> str:
        text = value.strip()
        if not text:
            self.error(IssueCode.EMPTY_TEXT, field)
        elif not bold_is_balanced(text):
            self.error(IssueCode.UNBALANCED_BOLD, field)
        return text

    # -- scalars ----------------------------------------------------------------------------
    def optional_text(self, key: str) -> str | None:
        value = self._ask(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.wrong_type(key, "text", value)
            return None
        return self._checked_text(key, value)

    def text(self, key: str) -> str:
        if key not in self.data:
            self._ask(key)
            self._missing(key, required=True)
            return ""
        return self.optional_text(key) or ""

    def optional_integer(self, key: str, low: int, high: int) -> int | None:
        value = self._ask(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.wrong_type(key, "whole number", value)
            return None
        if not low <= value <= high:
            self.error(IssueCode.OUT_OF_RANGE, key, value=value, low=low, high=high)
        return value

    def integer(self, key: str, low: int, high: int) -> int:
        if key not in self.data:
            self._ask(key)
            self._missing(key, required=True)
            return 0
        found = self.optional_integer(key, low, high)
        return 0 if found is None else found

    def flag(self, key: str) -> bool:
        """An optional true/false key; absent is false."""
        value = self._ask(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.wrong_type(key, "true/false", value)
            return False
        return value

    def optional_choice(self, key: str, options: type[E]) -> E | None:
        return self.choice(key, options) if self.has(key) else None

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if value and not ID_PATTERN.match(value):
            self.error(IssueCode.BAD_ID, key, value=value)
        return value

    def choice(self, key: str, options: type[E]) -> E | None:
        value = self.text(key)
        if not value:
            return None
        try:
            return options(value)
        except ValueError:
            allowed = ", ".join(o.value for o in options)
            self.error(IssueCode.UNKNOWN_VALUE, key, value=value, allowed=allowed)
            return None

    # -- lists ------------------------------------------------------------------------------
    def _list(self, key: str, required: bool) -> list[object] | None:
        value = self._ask(key)
        if value is None:
            self._missing(key, required)
            return None
        if not isinstance(value, list):
            self.wrong_type(key, "list", value)
            return None
        return value

    def _count(self, key: str, count: int, low: int, high: int, severity: Severity) -> None:
        if not low <= count <= high:
            self.log.add(
                severity,
                IssueCode.COUNT_OUT_OF_RANGE,
                self.file,
                self.path,
                key,
                count=count,
                low=low,
                high=high,
            )

    def texts(
        self,
        key: str,
        low: int,
        high: int,
        required: bool = True,
        severity: Severity = Severity.ERROR,
    ) -> tuple[str, ...]:
        items = self._list(key, required)
        if items is None:
            return ()
        found: list[str] = []
        for index, item in enumerate(items, start=1):
            field = f"{key}[{index}]"
            if isinstance(item, str):
                found.append(self._checked_text(field, item))
            else:
                self.wrong_type(field, "text", item)
        if items or required:
            self._count(key, len(items), low, high, severity)
        return tuple(found)

    def texts_or_tables(
        self, key: str, low: int, high: int, required: bool = True
    ) -> list[str | TableReader]:
        """A list whose items are texts, or tables for the items that need more than a text
        (named `key[n]`, counted from 1)."""
        items = self._list(key, required)
        if items is None:
            return []
        found: list[str | TableReader] = []
        for index, item in enumerate(items, start=1):
            field = f"{key}[{index}]"
            if isinstance(item, str):
                found.append(self._checked_text(field, item))
            elif isinstance(item, dict):
                found.append(TableReader(item, self.file, join_path(self.path, field), self.log))
            else:
                self.wrong_type(field, "text or table", item)
        if items or required:
            self._count(key, len(items), low, high, Severity.ERROR)
        return found

    def choices(self, key: str, options: type[E], low: int, high: int) -> tuple[E, ...]:
        names = self.texts(key, low, high)
        allowed = ", ".join(o.value for o in options)
        found: list[E] = []
        for index, name in enumerate(names, start=1):
            try:
                found.append(options(name))
            except ValueError:
                self.error(IssueCode.UNKNOWN_VALUE, f"{key}[{index}]", value=name, allowed=allowed)
        if len(set(found)) != len(found):
            self.error(IssueCode.DUPLICATE_ID, key, value=", ".join(found))
        return tuple(dict.fromkeys(found))

    # -- tables -----------------------------------------------------------------------------
    def table(self, key: str, required: bool = True) -> TableReader | None:
        value = self._ask(key)
        if value is None:
            self._missing(key, required)
            return None
        if not isinstance(value, dict):
            self.wrong_type(key, "table", value)
            return None
        return TableReader(value, self.file, join_path(self.path, key), self.log)

    def tables(self, key: str, low: int, high: int, required: bool = True) -> list[TableReader]:
        """The tables of an array; each is named `key[id]` when it has an id, else `key[n]`."""
        items = self._list(key, required)
        if items is None:
            return []
        readers: list[TableReader] = []
        for index, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                self.wrong_type(f"{key}[{index}]", "table", item)
                continue
            item_id = item.get("id")
            label = item_id if isinstance(item_id, str) and item_id else str(index)
            path = join_path(self.path, f"{key}[{label}]")
            readers.append(TableReader(item, self.file, path, self.log))
        if items or required:
            self._count(key, len(items), low, high, Severity.ERROR)
        return readers

    # -- closing ----------------------------------------------------------------------------
    def skip_unknown_keys(self) -> None:
        """Used when the table's kind is unknown: its other keys cannot be judged."""
        self._skip_unknown = True

    def finish(self) -> None:
        if self._skip_unknown:
            return
        allowed = ", ".join(self._asked)
        for key in self.data:
            if key not in self._asked:
                self.error(IssueCode.UNKNOWN_KEY, key, allowed=allowed)


def unique_ids(readers_and_ids: list[tuple[TableReader, str]], log: IssueLog) -> None:
    """Report every id used more than once among sibling tables."""
    seen: set[str] = set()
    for reader, item_id in readers_and_ids:
        if not item_id:
            continue
        if item_id in seen:
            log.error(IssueCode.DUPLICATE_ID, reader.file, reader.path, "id", value=item_id)
        seen.add(item_id)
