"""The content rules a machine can check: phone numbers, addresses, statistics."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.content import IssueCode, Severity, check_packs
from netwerk_desktop.content.rules import scan_text
from tests.core.content.packs import lesson, step, write_pack

WORDS = st.lists(
    st.sampled_from(["ring", "til", "hvis", "du", "har", "det", "svært", "eller", "tal", "med"]),
    max_size=8,
).map(" ".join)


def codes(text: str) -> list[tuple[IssueCode, str, bool]]:
    return list(scan_text(text))


@settings(max_examples=50)
@given(before=WORDS, after=WORDS, number=st.sampled_from(["112", "116 111", "116111"]))
def test_the_built_in_numbers_are_never_flagged(before: str, after: str, number: str) -> None:
    assert codes(f"{before} {number} {after}".strip()) == []


@settings(max_examples=50)
@given(
    groups=st.lists(st.integers(min_value=10, max_value=99), min_size=4, max_size=5),
    separator=st.sampled_from([" ", "-", ""]),
    before=WORDS,
)
def test_a_number_of_eight_digits_or_more_is_a_phone_number(
    groups: list[int], separator: str, before: str
) -> None:
    number = separator.join(str(group) for group in groups)
    found = codes(f"{before} {number}")
    assert (IssueCode.PHONE_NUMBER, number, True) in found


def test_short_service_numbers_warn_and_ordinary_numbers_pass() -> None:
    assert codes("Ring 1813 eller 113.") == [
        (IssueCode.PHONE_NUMBER, "1813", False),
        (IssueCode.PHONE_NUMBER, "113", False),
    ]
    assert codes("Brug 10 minutter i grupper af 4, og 45 minutter i alt.") == []
    assert codes("+45 1234") == [(IssueCode.PHONE_NUMBER, "+45 1234", True)]


def test_web_and_mail_addresses() -> None:
    assert [c for c, _, _ in codes("Se mere på www.example.org i dag")] == [IssueCode.WEB_ADDRESS]
    assert [c for c, _, _ in codes("https://example.com/help")] == [IssueCode.WEB_ADDRESS]
    assert [c for c, _, _ in codes("Kig på hjaelp.dk")] == [IssueCode.WEB_ADDRESS]
    assert [c for c, _, _ in codes("Skriv til vejleder@skole.dk")] == [IssueCode.EMAIL_ADDRESS]
    # Abbreviations are not addresses
    assert codes("F.eks. bl.a. o.a. e.g. i.e. osv.") == []


def test_statistics_warn() -> None:
    assert codes("Hver 5. elev, 20 % af alle") == [(IssueCode.PERCENTAGE, "20 %", False)]
    assert [c for c, _, _ in codes("mange procent")] == [IssueCode.PERCENTAGE]


def test_rules_cover_every_string_in_the_pack_with_its_path(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["phases"][0]["note"] = "ring 12 34 56 78"
    step(table, "write")["handout"]["instructions"] = "Se www.example.org"
    table["goals"][1] = "Mindst 30 % forstår det."
    write_pack(tmp_path, lessons=[table])
    found = {
        (i.code, i.path, i.field, i.severity)
        for i in check_packs(tmp_path)
        if i.code in {IssueCode.PHONE_NUMBER, IssueCode.WEB_ADDRESS, IssueCode.PERCENTAGE}
    }
    assert found == {
        (IssueCode.PHONE_NUMBER, "steps[discuss].phases[1]", "note", Severity.ERROR),
        (IssueCode.WEB_ADDRESS, "steps[write].handout", "instructions", Severity.ERROR),
        (IssueCode.PERCENTAGE, "", "goals[2]", Severity.WARNING),
    }
