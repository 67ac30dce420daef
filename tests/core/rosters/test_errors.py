"""Every error and problem code has an English sentence for the command line."""

from __future__ import annotations

import pytest

from netwerk_desktop.rosters import (
    MAX_ROWS,
    RosterError,
    RosterErrorCode,
    RowProblem,
    RowProblemCode,
    read_roster_bytes,
)


@pytest.mark.parametrize("code", list(RosterErrorCode))
def test_every_error_code_has_a_sentence(code: RosterErrorCode) -> None:
    error = RosterError(
        code,
        path="klasse.csv",
        line=7,
        column="Navn",
        encoding="utf-8",
        sheet="2.b",
        sheets=("2.a", "2.b"),
        format_name="ods",
        limit=10,
    )

    message = str(error)

    assert message.startswith("klasse.csv: ")
    assert "None" not in message
    if code in {
        RosterErrorCode.INVALID_TEXT,
        RosterErrorCode.MIXED_ENCODING,
        RosterErrorCode.UNCLOSED_QUOTE,
        RosterErrorCode.MALFORMED_CSV,
    }:
        assert "line 7" in message


@pytest.mark.parametrize("code", list(RowProblemCode))
def test_every_problem_code_has_a_sentence(code: RowProblemCode) -> None:
    problem = RowProblem(code, line=12, length=140, limit=100, character=0x1B)

    message = str(problem)

    assert message.startswith("line 12: ")
    assert "None" not in message


def test_more_rows_than_a_class_list_could_have() -> None:
    text = "Navn\n" + "".join(f"Elev {number}\n" for number in range(MAX_ROWS + 1))

    with pytest.raises(RosterError) as raised:
        read_roster_bytes(text.encode())

    assert (raised.value.code, raised.value.limit) == (RosterErrorCode.TOO_MANY_ROWS, MAX_ROWS)
