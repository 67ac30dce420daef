"""Which columns make a student's name: one full-name column, or first (+ middle) + last."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.headers import ColumnRole, column_role, normalise_header
from netwerk_desktop.rosters.names import name_match_key
from netwerk_desktop.rosters.table import RosterTable

# Column indices are 0-based, as in RosterTable.columns and RosterRow.cells.


@dataclass(frozen=True)
class FullNameColumn:
    """One column holds the whole name; with `last_first`, "Hansen, Anna" becomes "Anna Hansen"."""

    column: int
    last_first: bool = True


@dataclass(frozen=True)
class SplitNameColumns:
    """First name, then middle names or a Dutch tussenvoegsel in the given order, then last name."""

    first: int
    last: int
    middle: tuple[int, ...] = ()


NameColumns = FullNameColumn | SplitNameColumns

# Dutch systems write Roepnaam (the name used) and Voornamen (all given names): prefer the first.
_FIRST_NAME_PREFERENCE = (
    ColumnRole.PREFERRED_FIRST_NAME,
    ColumnRole.FIRST_NAME,
    ColumnRole.GIVEN_NAMES,
)
# A column is name-like when this share of its filled cells has letters and no digits or "@".
_NAME_LIKE_SHARE = 0.8


def columns_used(columns: NameColumns) -> tuple[int, ...]:
    match columns:
        case FullNameColumn(column=column):
            return (column,)
        case SplitNameColumns(first=first, middle=middle, last=last):
            return (first, *middle, last)


def guess_name_columns(table: RosterTable) -> NameColumns:
    """The name columns by their headers (da, en, nl), or by what the cells look like."""
    roles = [column_role(header) for header in table.columns]
    last = _first_with(roles, ColumnRole.LAST_NAME)
    first = next(
        (
            index
            for role in _FIRST_NAME_PREFERENCE
            if (index := _first_with(roles, role)) is not None
        ),
        None,
    )
    if first is not None and last is not None:
        middle = tuple(i for i, role in enumerate(roles) if role is ColumnRole.MIDDLE_NAME)
        return SplitNameColumns(first=first, last=last, middle=middle)
    full = _first_with(roles, ColumnRole.FULL_NAME)
    for single in (full, first, last):
        if single is not None:
            return FullNameColumn(single)
    candidates = [i for i, role in enumerate(roles) if role is None]
    return _guess_from_cells(table, candidates or list(range(table.width)))


def pick_name_columns(table: RosterTable, chosen: Sequence[str]) -> NameColumns:
    """Name columns chosen by header text or 1-based number, as on the command line.

    One column is a full name; two are first and last; more are first, middle..., last.
    """
    if not chosen:
        raise ValueError("pick_name_columns: `chosen` must name at least one column")
    indices = [_column_index(table, wanted) for wanted in chosen]
    if len(indices) == 1:
        return FullNameColumn(indices[0])
    return SplitNameColumns(first=indices[0], last=indices[-1], middle=tuple(indices[1:-1]))


def _first_with(roles: list[ColumnRole | None], wanted: ColumnRole) -> int | None:
    return next((index for index, role in enumerate(roles) if role is wanted), None)


def _column_index(table: RosterTable, wanted: str) -> int:
    key = normalise_header(wanted)
    for index, header in enumerate(table.columns):
        if header is not None and normalise_header(header) == key:
            return index
    if wanted.strip().isdigit() and 1 <= int(wanted) <= table.width:
        return int(wanted) - 1
    raise RosterError(RosterErrorCode.COLUMN_NOT_FOUND, column=wanted)


def _guess_from_cells(table: RosterTable, candidates: list[int]) -> NameColumns:
    name_like = [index for index in candidates if _is_name_like(table, index)]
    if not name_like:
        return FullNameColumn(candidates[0])
    if len(name_like) == 1:
        return FullNameColumn(name_like[0])
    one, other = name_like[0], name_like[1]
    # School systems list students by last name, so a sorted column is the last name.
    if _is_sorted(table, one) and not _is_sorted(table, other):
        return SplitNameColumns(first=other, last=one)
    return SplitNameColumns(first=one, last=other)


def _is_name_like(table: RosterTable, index: int) -> bool:
    cells = [row.cells[index].strip() for row in table.rows if row.cells[index].strip()]
    if not cells:
        return False
    name_like = sum(
        1
        for cell in cells
        if any(c.isalpha() for c in cell) and not any(c.isdigit() or c == "@" for c in cell)
    )
    return name_like >= _NAME_LIKE_SHARE * len(cells)


def _is_sorted(table: RosterTable, index: int) -> bool:
    keys = [name_match_key(row.cells[index]) for row in table.rows if row.cells[index].strip()]
    return len(keys) > 2 and all(a <= b for a, b in pairwise(keys))
