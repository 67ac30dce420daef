"""Which columns hold the name: by header in Danish, English and Dutch, or by the cells."""

from __future__ import annotations

import pytest

from netwerk_desktop.rosters import (
    ColumnRole,
    FullNameColumn,
    NameColumns,
    RosterError,
    RosterErrorCode,
    SplitNameColumns,
    column_role,
    guess_name_columns,
    parse_pasted,
    pick_name_columns,
    read_roster_bytes,
)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Navn", ColumnRole.FULL_NAME),
        ("Fulde navn", ColumnRole.FULL_NAME),
        ("Elev", ColumnRole.FULL_NAME),
        ("Elevens fulde navn", ColumnRole.FULL_NAME),
        ("Fornavn", ColumnRole.FIRST_NAME),
        ("Mellemnavn", ColumnRole.MIDDLE_NAME),
        ("Efternavn", ColumnRole.LAST_NAME),
        ("Efternavn, fornavn", ColumnRole.FULL_NAME),
        ("Name", ColumnRole.FULL_NAME),
        ("Full name", ColumnRole.FULL_NAME),
        ("First Name", ColumnRole.FIRST_NAME),
        ("LAST_NAME", ColumnRole.LAST_NAME),
        ("Surname", ColumnRole.LAST_NAME),
        ("Naam", ColumnRole.FULL_NAME),
        ("Volledige naam", ColumnRole.FULL_NAME),
        ("Roepnaam", ColumnRole.PREFERRED_FIRST_NAME),
        ("Voornaam", ColumnRole.FIRST_NAME),
        ("Voornamen", ColumnRole.GIVEN_NAMES),
        ("Tussenvoegsel", ColumnRole.MIDDLE_NAME),
        ("Tussenv.", ColumnRole.MIDDLE_NAME),
        ("Achternaam", ColumnRole.LAST_NAME),
        ("Leerling", ColumnRole.FULL_NAME),
        ("Klasse", ColumnRole.OTHER),
        ("E-mail", ColumnRole.OTHER),
        ("Fødselsdato", ColumnRole.OTHER),
        ("Leerlingnummer", ColumnRole.OTHER),
        ("Forælders navn", ColumnRole.OTHER),
        ("Naam mentor", ColumnRole.OTHER),
        ("Gebruikersnaam", ColumnRole.OTHER),
        ("Anna Hansen", None),
        ("2.b", None),
        (None, None),
    ],
)
def test_header_roles(header: str | None, role: ColumnRole | None) -> None:
    assert column_role(header) is role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Navn;Klasse\nAnna;2.b\n", FullNameColumn(0)),
        ("Klasse;Elev\n2.b;Anna\n", FullNameColumn(1)),
        ("Fornavn;Efternavn;Navn\nA;B;A B\n", SplitNameColumns(first=0, last=1)),
        (
            "Voornamen;Roepnaam;Tussenvoegsel;Achternaam\nA B;A;van;C\n",
            SplitNameColumns(first=1, last=3, middle=(2,)),
        ),
        ("Klas;Voornaam\n2b;Sanne\n", FullNameColumn(1)),
        # A header with no name role: the cells decide among the unknown columns.
        ("Klasse;;E-mail\n2.b;Anna Hansen;a@x.example\n", FullNameColumn(1)),
    ],
)
def test_guess_by_header(text: str, expected: NameColumns) -> None:
    assert guess_name_columns(read_roster_bytes(text.encode())) == expected


def test_a_title_above_the_header_is_preamble() -> None:
    text = "Klasseliste 2.b;;\n;;\nElevnr;Fornavn;Efternavn\n1;Anna;Hansen\n"

    table = read_roster_bytes(text.encode())

    assert table.header_line == 3
    assert [row.line for row in table.preamble] == [1, 2]
    assert guess_name_columns(table) == SplitNameColumns(first=1, last=2)


def test_without_a_header_the_name_like_column_is_chosen() -> None:
    table = read_roster_bytes(
        b"101;2.b;Anna Hansen;anna@x.example\n102;2.b;Bo Jensen;bo@x.example\n"
    )

    assert not table.has_header
    assert guess_name_columns(table) == FullNameColumn(2)


def test_without_a_header_a_sorted_column_is_the_last_name() -> None:
    table = parse_pasted("Hansen\tZoe\nJensen\tAnna\nNielsen\tBo\n")

    assert guess_name_columns(table) == SplitNameColumns(first=1, last=0)


def test_pick_by_header_or_number() -> None:
    table = read_roster_bytes(b"Elevnr;Fornavn;Mellemnavn;Efternavn\n1;Anna;Marie;Hansen\n")

    assert pick_name_columns(table, ["fornavn", "EFTERNAVN"]) == SplitNameColumns(first=1, last=3)
    assert pick_name_columns(table, ["2", "3", "4"]) == SplitNameColumns(
        first=1, last=3, middle=(2,)
    )
    assert pick_name_columns(table, ["Fornavn"]) == FullNameColumn(1)
    with pytest.raises(RosterError) as raised:
        pick_name_columns(table, ["Fornavn", "Navn"])
    assert (raised.value.code, raised.value.column) == (RosterErrorCode.COLUMN_NOT_FOUND, "Navn")
    with pytest.raises(RosterError):
        pick_name_columns(table, ["5"])


def test_a_student_whose_name_holds_a_header_word_is_not_a_header() -> None:
    # Given a list without a header whose third student is called "Jan de Naam"
    table = parse_pasted("Anna Hansen\nBo Jensen\nJan de Naam\nCarl Berg\n")

    # Then nobody is taken for a header or a title
    assert not table.has_header
    assert table.preamble == ()
    assert len(table.rows) == 4


def test_a_loose_name_header_is_understood_once_the_row_is_a_header() -> None:
    table = read_roster_bytes(b"Klasse;Elevens navn (fulde);Nr\n2.b;Anna;1\n2.b;Bo;2\n")

    assert table.header_line == 1
    assert column_role(table.columns[1]) is ColumnRole.FULL_NAME
    assert guess_name_columns(table) == FullNameColumn(1)


def test_a_known_header_in_the_first_row_is_never_replaced_by_a_lower_row() -> None:
    # Given a header row and a "Rolle" column whose values include the header word "Elev"
    table = read_roster_bytes(b"Kursist (fulde navn);Klasse;Rolle\nAnna;2.b;Elev\nBo;2.b;Elev\n")

    assert table.header_line == 1
    assert guess_name_columns(table) == FullNameColumn(0)
