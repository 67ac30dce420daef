"""Shared for the roster tests: the fixture folder and a workbook writer."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path

import openpyxl
import pytest

ROSTER_FIXTURES = Path(__file__).parents[2] / "fixtures" / "rosters"

Sheets = dict[str, Sequence[Sequence[object]]]


def workbook_bytes(sheets: Sheets) -> bytes:
    """An .xlsx with the given sheets in order, each a list of rows."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def fixture_path() -> Callable[[str], Path]:
    def path(name: str) -> Path:
        found = ROSTER_FIXTURES / name
        assert found.is_file(), f"missing fixture {found}; run make_fixtures.py"
        return found

    return path
