"""Invisible formatting characters in names (issue 13, item 18): stripped on every way in and
ignored when names are compared."""

from __future__ import annotations

import pytest

from netwerk_desktop.errors import InvalidValue
from netwerk_desktop.rosters import name_match_key, normalise_name, parse_pasted
from netwerk_desktop.rosters.names import isolated, strip_invisible
from netwerk_desktop.workspace import Workspace

RLO, PDF, LRI, PDI, ZWSP, ZWJ, ZWNJ = (
    "\u202e",
    "\u202c",
    "\u2066",
    "\u2069",
    "\u200b",
    "\u200d",
    "\u200c",
)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (f"{RLO}Anna Holm{PDF}", "Anna Holm"),
        (f"Anna{ZWSP}Holm", "Anna Holm"),
        (f"{LRI}Bo Berg{PDI}", "Bo Berg"),
        (f"An{ZWJ}na\u200e", "Anna"),
        ("\ufeffCai\u00adHolm", "CaiHolm"),
        (f"می{ZWNJ}خواهم", f"می{ZWNJ}خواهم"),  # Persian needs its ZWNJ
        (f"क्{ZWJ}ष", f"क्{ZWJ}ष"),  # a Devanagari conjunct keeps its ZWJ
    ],
)
def test_invisible_formatting_is_stripped(typed: str, kept: str) -> None:
    assert normalise_name(typed) == kept


def test_names_compare_after_stripping() -> None:
    assert name_match_key(f"Anna{ZWSP}Holm") == name_match_key("Anna Holm")
    assert name_match_key(f"{RLO}anna holm") == name_match_key("Anna Holm")


def test_every_way_in_strips_and_refuses_empty_names(workspace: Workspace) -> None:
    c = workspace.classes.create(f"2.g{ZWSP}")
    assert c.name == "2.g"
    # typing
    record, _ = workspace.roster.add_student(c.id, f"{RLO}Anna Holm")
    assert record.display_name == "Anna Holm"
    with pytest.raises(InvalidValue):
        workspace.roster.add_student(c.id, f"{RLO}{PDF}{ZWSP}")
    # import
    table = parse_pasted(f"Bo{ZWSP}Berg\n{LRI}{PDI}\n")
    preview = workspace.roster.preview_import(c.id, table)
    assert list(preview.names_to_save()) == ["Bo Berg"]
    # finding (the command line's way)
    assert workspace.roster.find_student(c.id, f"anna{ZWSP}holm").id == record.id
    assert workspace.classes.find(f"{LRI}2.g{PDI}").id == c.id


def test_a_name_can_be_isolated_for_the_class_view() -> None:
    assert isolated("אנה") == "\u2068אנה\u2069"
    assert strip_invisible(isolated("Anna")) == "Anna"
