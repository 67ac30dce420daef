"""The help template: school fields are placeholders until the school fills them in."""

from __future__ import annotations

from pathlib import Path

from netwerk_desktop.content import BUILTIN_NUMBERS, HelpFieldKey, load_pack
from tests.core.content.packs import write_pack


def test_school_fields_are_placeholders_until_filled(tmp_path: Path) -> None:
    # Given the pack's template
    write_pack(tmp_path)
    template = load_pack("da", tmp_path).help
    assert template is not None
    counsellor = template.entry("counsellor")
    assert counsellor is not None
    assert all(field.is_placeholder and field.value == "" for field in counsellor.fields)
    assert [field.label for field in counsellor.fields] == ["Name", "Room", "Hours", "Contact"]
    # When the school types in a name and a room, and a value for an entry the pack lacks
    filled = template.filled(
        {
            ("counsellor", HelpFieldKey.NAME): "  Ms Example ",
            ("counsellor", HelpFieldKey.ROOM): "B12",
            ("nurse", HelpFieldKey.NAME): "ignored",
        }
    )
    # Then those fields are filled and the rest stay visible placeholders
    entry = filled.entry("counsellor")
    assert entry is not None
    values = {field.key: (field.value, field.is_placeholder) for field in entry.fields}
    assert values == {
        HelpFieldKey.NAME: ("Ms Example", False),
        HelpFieldKey.ROOM: ("B12", False),
        HelpFieldKey.HOURS: ("", True),
        HelpFieldKey.CONTACT: ("", True),
    }
    assert filled.has_placeholders
    # And the original template is unchanged
    assert template.has_placeholders and counsellor.fields[0].value == ""


def test_built_in_entries_carry_only_the_two_numbers(tmp_path: Path) -> None:
    write_pack(tmp_path)
    template = load_pack("da", tmp_path).help
    assert template is not None
    builtin = [entry for entry in template.entries if entry.is_builtin]
    assert sorted(entry.number or "" for entry in builtin) == sorted(BUILTIN_NUMBERS)
    assert all(entry.fields == () and not entry.has_placeholders for entry in builtin)
