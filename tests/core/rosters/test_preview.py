"""The import preview: display names, statuses, problems with their lines."""

from __future__ import annotations

import pytest

from netwerk_desktop.rosters import (
    MAX_NAME_LENGTH,
    FullNameColumn,
    RosterFormat,
    RosterRow,
    RosterSource,
    RosterTable,
    RowProblemCode,
    RowStatus,
    SplitNameColumns,
    build_preview,
    name_match_key,
    normalise_name,
)

PASTED = RosterSource(format=RosterFormat.PASTED)


def table_of(*rows: tuple[str, ...], first_line: int = 1) -> RosterTable:
    width = max(len(cells) for cells in rows)
    return RosterTable(
        columns=(None,) * width,
        rows=tuple(RosterRow(first_line + i, cells) for i, cells in enumerate(rows)),
        source=PASTED,
    )


def test_names_are_kept_as_typed_apart_from_spacing_and_nfc() -> None:
    # Given names with odd spacing, a no-break space and a decomposed ë
    table = table_of(("  Anna   Sofie\u00a0Møller ",), ("Noe\u0308l\tvan  Dijk",), ("ÅSE ærø",))

    preview = build_preview(table, FullNameColumn(0), [])

    # Then only spacing and the Unicode form change; case and letters stay
    assert preview.names_to_save() == ("Anna Sofie Møller", "No\u00ebl van Dijk", "ÅSE ærø")


def test_statuses_in_one_preview() -> None:
    table = table_of(
        ("Anna Hansen",),
        ("",),
        ("ANNA  HANSEN",),
        ("Bo Jensen",),
        ("x" * (MAX_NAME_LENGTH + 1),),
        ("Carl\x07Berg",),
        ("Ditte Nielsen",),
        first_line=2,
    )

    preview = build_preview(table, FullNameColumn(0), ["bo jensen"])

    assert [row.status for row in preview.rows] == [
        RowStatus.OK,
        RowStatus.EMPTY,
        RowStatus.DUPLICATE_IN_FILE,
        RowStatus.ALREADY_IN_CLASS,
        RowStatus.PROBLEM,
        RowStatus.PROBLEM,
        RowStatus.OK,
    ]
    assert preview.rows[2].duplicate_of_line == 2
    assert preview.rows[3].existing_name == "bo jensen"
    assert [(p.code, p.line) for p in preview.problems()] == [
        (RowProblemCode.NAME_TOO_LONG, 6),
        (RowProblemCode.CONTROL_CHARACTER, 7),
    ]
    assert preview.problems()[0].length == MAX_NAME_LENGTH + 1
    assert preview.problems()[1].character == 0x07
    assert preview.has_problems
    assert preview.names_to_save() == ("Anna Hansen", "Ditte Nielsen")
    assert preview.counts()[RowStatus.PROBLEM] == 2
    assert sum(preview.counts().values()) == len(table.rows)


def test_a_name_of_exactly_the_limit_is_fine() -> None:
    name = "æ" * MAX_NAME_LENGTH

    assert build_preview(table_of((name,)), FullNameColumn(0), []).names_to_save() == (name,)


@pytest.mark.parametrize(
    ("name", "code", "point"),
    [
        ("Anna\x00", RowProblemCode.CONTROL_CHARACTER, 0x00),
        ("Anna\x1fBo", RowProblemCode.CONTROL_CHARACTER, 0x1F),
        ("Anna\x9b", RowProblemCode.CONTROL_CHARACTER, 0x9B),
        ("Anna \ufffd", RowProblemCode.INVALID_CHARACTER, 0xFFFD),
        ("Anna \ud800", RowProblemCode.INVALID_CHARACTER, 0xD800),
    ],
)
def test_characters_that_cannot_be_saved(name: str, code: RowProblemCode, point: int) -> None:
    preview = build_preview(table_of((name,)), FullNameColumn(0), [])

    (problem,) = preview.problems()
    assert (problem.code, problem.character, problem.line) == (code, point, 1)
    assert str(problem).startswith("line 1: ")
    assert f"U+{point:04X}" in str(problem)


def test_duplicates_compare_case_and_unicode_insensitively_but_not_accents() -> None:
    table = table_of(("Ĳsbrand Bakker",), ("IJSBRAND BAKKER",), ("Søren Berg",), ("Soren Berg",))

    preview = build_preview(table, FullNameColumn(0), [])

    assert [row.status for row in preview.rows] == [
        RowStatus.OK,
        RowStatus.DUPLICATE_IN_FILE,
        RowStatus.OK,
        RowStatus.OK,
    ]


def test_a_name_in_the_class_and_twice_in_the_file_is_already_in_the_class_each_time() -> None:
    table = table_of(("Anna Hansen",), ("anna hansen",))

    preview = build_preview(table, FullNameColumn(0), ["Anna\u00a0Hansen"])

    assert {row.status for row in preview.rows} == {RowStatus.ALREADY_IN_CLASS}
    assert preview.names_to_save() == ()


def test_split_columns_join_first_middle_and_last() -> None:
    table = table_of(
        ("Sanne", "van der", "Berg", "H4"),
        ("Daan", "", "Berg, van den", "H4"),
        ("Anna", "Marie", "", "H4"),
        ("", "", "", "H4"),
    )

    preview = build_preview(table, SplitNameColumns(first=0, last=2, middle=(1,)), [])

    assert [row.name for row in preview.rows] == [
        "Sanne van der Berg",
        "Daan van den Berg",
        "Anna Marie",
        "",
    ]
    assert preview.rows[3].status is RowStatus.EMPTY


def test_last_first_can_be_turned_off() -> None:
    table = table_of(("Hansen, Anna",))

    assert build_preview(table, FullNameColumn(0, last_first=False), []).names_to_save() == (
        "Hansen, Anna",
    )
    assert build_preview(table, FullNameColumn(0), []).names_to_save() == ("Anna Hansen",)


def test_columns_outside_the_table_are_a_developer_error() -> None:
    with pytest.raises(ValueError, match="outside"):
        build_preview(table_of(("Anna",)), FullNameColumn(3), [])
    with pytest.raises(ValueError, match="repeats"):
        build_preview(table_of(("Anna", "Hansen")), SplitNameColumns(first=0, last=0), [])


def test_normalise_and_match_key() -> None:
    assert normalise_name(" \u2003Anna\u3000 Hansen\n") == "Anna Hansen"
    assert normalise_name("Zoe\u0308") == "Zo\u00eb"
    assert name_match_key("Zoe\u0308 JANSEN") == name_match_key("zoë jansen")
    assert name_match_key("ﬁona") == name_match_key("Fiona")
    assert name_match_key("Søren") != name_match_key("Soren")
