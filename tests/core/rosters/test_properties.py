"""Property tests: any bytes are read or refused cleanly; written names read back exactly."""

from __future__ import annotations

import codecs
import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netwerk_desktop.rosters import (
    MAX_NAME_LENGTH,
    Delimiter,
    FullNameColumn,
    RosterError,
    RosterFormat,
    RosterRow,
    RosterSource,
    RosterTable,
    SplitNameColumns,
    TextEncoding,
    build_preview,
    column_role,
    guess_name_columns,
    name_match_key,
    normalise_name,
    parse_pasted,
    read_roster_bytes,
)
from netwerk_desktop.rosters.names import find_problem
from tests.core.rosters.conftest import workbook_bytes

WORKBOOK = workbook_bytes(
    {"2.b": [["Fornavn", "Efternavn"], ["Anna", "Hansen"], ["Søren", "Bæk"]], "Ark2": [["x"]]}
)
PREFIXES = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"sep=;\n",
    b'"',
]
DELIMITERS = [d.value for d in Delimiter]


def read_and_preview(data: bytes, sheet: str | None = None) -> None:
    """Read, guess and preview; only a RosterError may stop it."""
    try:
        table = read_roster_bytes(data, sheet)
    except RosterError as error:
        assert str(error)
        return
    assert all(len(row.cells) == table.width for row in table.rows)
    preview = build_preview(table, guess_name_columns(table), ["Anna Hansen"])
    assert len(preview.rows) == len(table.rows)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=300))
def test_any_bytes_give_a_table_or_a_roster_error(prefix: bytes, body: bytes) -> None:
    read_and_preview(prefix + body)


@settings(max_examples=200)
@given(
    text=st.text(alphabet=st.sampled_from('abcæøå ,;\t"\r\n\x00Ж€'), max_size=120),
    encoding=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-16", "cp1252"]),
)
def test_any_text_like_bytes_give_a_table_or_a_roster_error(text: str, encoding: str) -> None:
    read_and_preview(text.encode(encoding, errors="replace"))


@settings(max_examples=60, deadline=None)
@given(
    changes=st.lists(
        st.tuples(st.integers(0, len(WORKBOOK) - 1), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.integers(30, len(WORKBOOK)),
    sheet=st.sampled_from([None, "2.b", "Ark2", "mangler"]),
)
def test_damaged_workbooks_give_a_table_or_a_roster_error(
    changes: list[tuple[int, int]], cut: int, sheet: str | None
) -> None:
    damaged = bytearray(WORKBOOK)
    for position, value in changes:
        damaged[position] = value
    read_and_preview(bytes(damaged[:cut]), sheet)


# Names as schools hold them: letters of any script, marks, digits, spaces, punctuation, emoji.
NAME_CHARACTERS = st.characters(
    codec="utf-8",
    exclude_categories=("Cc", "Cs", "Zl", "Zp"),
    exclude_characters="\ufeff" + "".join(DELIMITERS),
)
# Windows-1252 names: ASCII and the Latin-1 letters, none of the bytes a UTF-8 sequence continues.
WESTERN = [chr(c) for c in range(0x20, 0x7F) if chr(c) not in DELIMITERS] + [
    chr(c) for c in range(0xC0, 0x100)
]
# For UTF-16 without a BOM: no character whose low byte is zero, so the zeros show the byte order.
WIDE = WESTERN + [chr(c) for c in range(0x410, 0x450)] + [chr(c) for c in range(0x627, 0x64B)]


def names_from(characters: st.SearchStrategy[str], quoted: str) -> st.SearchStrategy[str]:
    """Names that may also hold `quoted` (quote, own delimiter), which the writer quotes."""
    alphabet = st.one_of(characters, st.sampled_from(quoted))
    return st.text(alphabet=alphabet, min_size=1, max_size=20).filter(is_plain_name)


def is_plain_name(name: str) -> bool:
    """Not a header word, not Excel's "sep=" line, and without surrounding spaces."""
    return (
        name == name.strip()
        and bool(name)
        and column_role(name) is None
        and not name.lower().startswith("sep=")
    )


@st.composite
def written_rosters(draw: st.DrawFn) -> tuple[bytes, list[list[str]], list[str] | None, str, str]:
    encoding = draw(
        st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "cp1252", "utf-16-le"])
    )
    delimiter = draw(st.sampled_from(DELIMITERS))
    width = draw(st.integers(1, 3))
    characters = {"cp1252": st.sampled_from(WESTERN), "utf-16-le": st.sampled_from(WIDE)}.get(
        encoding, NAME_CHARACTERS
    )
    names = names_from(characters, '"' + delimiter if width > 1 else '"')
    rows = draw(st.lists(st.lists(names, min_size=width, max_size=width), min_size=1, max_size=8))
    header = draw(st.sampled_from([None, ["Fornavn", "Efternavn", "Klasse"][:width]]))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    line_end = draw(st.sampled_from(["\r\n", "\n"]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=line_end)
    writer.writerows([header, *rows] if header else rows)
    text = buffer.getvalue()
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    return data, rows, header, encoding, delimiter


@settings(max_examples=250, suppress_health_check=[HealthCheck.too_slow])
@given(written_rosters())
def test_written_names_read_back_exactly(
    roster: tuple[bytes, list[list[str]], list[str] | None, str, str],
) -> None:
    data, rows, header, encoding, delimiter = roster

    table = read_roster_bytes(data)

    assert [list(row.cells) for row in table.rows] == rows
    assert table.columns == (tuple(header) if header else (None,) * len(rows[0]))
    expected_delimiter = Delimiter(delimiter) if len(rows[0]) > 1 else None
    assert table.source.delimiter is expected_delimiter
    expected_encoding = {
        "utf-8": TextEncoding.UTF_8,
        "utf-8-sig": TextEncoding.UTF_8,
        "utf-16": TextEncoding.UTF_16_LE,
        "utf-16-be-bom": TextEncoding.UTF_16_BE,
        "utf-16-le": TextEncoding.UTF_16_LE,
        "cp1252": TextEncoding.UTF_8 if data.isascii() else TextEncoding.WINDOWS_1252,
    }[encoding]
    assert table.source.encoding is expected_encoding
    assert table.source.bom is (encoding in {"utf-8-sig", "utf-16", "utf-16-be-bom"})


PASTED_NAME = (
    st.text(alphabet=NAME_CHARACTERS, min_size=1, max_size=30)
    .map(normalise_name)
    .filter(lambda name: is_plain_name(name) and "," not in name and find_problem(name, 1) is None)
)


@settings(max_examples=200)
@given(st.lists(PASTED_NAME, min_size=1, max_size=15, unique_by=name_match_key))
def test_pasted_names_round_trip(names: list[str]) -> None:
    # Given names, one per line, as a teacher pastes them
    table = parse_pasted("\n".join(names))

    # Then every name is saved exactly as it was
    assert build_preview(table, FullNameColumn(0), []).names_to_save() == tuple(names)


@settings(max_examples=100)
@given(
    st.lists(
        st.tuples(PASTED_NAME, PASTED_NAME).filter(lambda pair: '"' not in pair[0] + pair[1]),
        min_size=1,
        max_size=10,
    )
)
def test_pasted_spreadsheet_columns_round_trip(pairs: list[tuple[str, str]]) -> None:
    text = "\r\n".join(f"{first}\t{last}" for first, last in pairs)

    table = parse_pasted(text)

    assert [row.cells for row in table.rows] == pairs
    preview = build_preview(table, SplitNameColumns(first=0, last=1), [])
    assert [row.name for row in preview.rows] == [f"{first} {last}" for first, last in pairs]


@settings(max_examples=200)
@given(
    cells=st.lists(st.lists(st.text(max_size=110), min_size=2, max_size=2), max_size=12),
    existing=st.lists(st.text(max_size=20), max_size=5),
    full=st.booleans(),
)
def test_the_preview_saves_only_clean_unique_new_names(
    cells: list[list[str]], existing: list[str], full: bool
) -> None:
    table = RosterTable(
        columns=(None, None),
        rows=tuple(RosterRow(line, tuple(row)) for line, row in enumerate(cells, start=1)),
        source=RosterSource(format=RosterFormat.PASTED),
    )
    columns = FullNameColumn(0) if full else SplitNameColumns(first=0, last=1)

    preview = build_preview(table, columns, existing)

    saved = preview.names_to_save()
    keys = [name_match_key(name) for name in saved]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & {name_match_key(name) for name in existing}
    for name in saved:
        assert name and normalise_name(name) == name and len(name) <= MAX_NAME_LENGTH
    assert sum(preview.counts().values()) == len(cells)
