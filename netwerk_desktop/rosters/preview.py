"""The preview of an import: every row as it will be saved, or why it will not be."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.rosters.name_columns import (
    FullNameColumn,
    NameColumns,
    SplitNameColumns,
    columns_used,
)
from netwerk_desktop.rosters.names import find_problem, full_name, joined_name, name_match_key
from netwerk_desktop.rosters.problems import RowProblem
from netwerk_desktop.rosters.table import RosterRow, RosterTable


class RowStatus(StrEnum):
    OK = "ok"
    EMPTY = "empty"
    DUPLICATE_IN_FILE = "duplicate_in_file"
    ALREADY_IN_CLASS = "already_in_class"
    PROBLEM = "problem"


@dataclass(frozen=True)
class PreviewRow:
    """One table row; `name` is the display name it gives ("" when the name cells are empty).

    `duplicate_of_line` is set for DUPLICATE_IN_FILE (the line that will be saved),
    `existing_name` for ALREADY_IN_CLASS (the name as the class has it), `problem` for PROBLEM.
    """

    line: int
    name: str
    status: RowStatus
    problem: RowProblem | None = None
    duplicate_of_line: int | None = None
    existing_name: str | None = None


@dataclass(frozen=True)
class ImportPreview:
    """`rows` matches `RosterTable.rows` one to one and in order."""

    rows: tuple[PreviewRow, ...]
    columns: NameColumns

    def names_to_save(self) -> tuple[str, ...]:
        """The names of the OK rows in file order; the service saves all of them or none."""
        return tuple(row.name for row in self.rows if row.status is RowStatus.OK)

    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(row.problem for row in self.rows if row.problem is not None)

    @property
    def has_problems(self) -> bool:
        return any(row.problem is not None for row in self.rows)

    def counts(self) -> Mapping[RowStatus, int]:
        """How many rows have each status; every status is present, zero or not."""
        tally = Counter(row.status for row in self.rows)
        return {status: tally[status] for status in RowStatus}


def build_preview(
    table: RosterTable, columns: NameColumns, existing_names: Collection[str]
) -> ImportPreview:
    """Each row's display name and status, matching names case- and Unicode-insensitively."""
    _check_columns(table, columns)
    existing = {name_match_key(name): name for name in existing_names}
    first_line_of: dict[str, int] = {}
    rows: list[PreviewRow] = []
    for row in table.rows:
        name = display_name(row, columns)
        if not name:
            rows.append(PreviewRow(row.line, name, RowStatus.EMPTY))
            continue
        problem = find_problem(name, row.line)
        if problem is not None:
            rows.append(PreviewRow(row.line, name, RowStatus.PROBLEM, problem=problem))
            continue
        key = name_match_key(name)
        if key in existing:
            rows.append(
                PreviewRow(row.line, name, RowStatus.ALREADY_IN_CLASS, existing_name=existing[key])
            )
        elif key in first_line_of:
            rows.append(
                PreviewRow(
                    row.line,
                    name,
                    RowStatus.DUPLICATE_IN_FILE,
                    duplicate_of_line=first_line_of[key],
                )
            )
        else:
            first_line_of[key] = row.line
            rows.append(PreviewRow(row.line, name, RowStatus.OK))
    return ImportPreview(rows=tuple(rows), columns=columns)


def display_name(row: RosterRow, columns: NameColumns) -> str:
    """The name this row gives with these columns, normalised as it will be saved."""
    cells = row.cells
    if isinstance(columns, FullNameColumn):
        return full_name(cells[columns.column], columns.last_first)
    return joined_name(
        cells[columns.first], [cells[index] for index in columns.middle], cells[columns.last]
    )


def _check_columns(table: RosterTable, columns: NameColumns) -> None:
    for index in columns_used(columns):
        if not 0 <= index < table.width:
            raise ValueError(
                f"netwerk_desktop/rosters/preview.py: column {index} in {columns!r} is outside "
                f"the table's {table.width} columns"
            )
    if isinstance(columns, SplitNameColumns) and len(set(columns_used(columns))) != len(
        columns_used(columns)
    ):
        raise ValueError(f"netwerk_desktop/rosters/preview.py: a column repeats in {columns!r}")
