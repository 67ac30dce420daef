"""A class's language picks the pack; what that pack lacks is shown in Danish and reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.content import (
    ContentError,
    Fallback,
    FallbackKind,
    PackNotFound,
    clear_cache,
    find_step,
    load_pack,
    step_index,
)
from netwerk_desktop.content.fallback import merge_in_order
from tests.core.content.packs import lesson, step, write_lesson, write_pack, write_table


def english(table: dict[str, object]) -> dict[str, object]:
    table["title"] = f"EN {table['title']}"
    return table


def test_a_missing_lesson_comes_from_danish(tmp_path: Path) -> None:
    write_pack(tmp_path, "da", [lesson(), lesson("class-charter", 2), lesson("online-life", 3)])
    write_pack(tmp_path, "en", [english(lesson()), english(lesson("online-life", 3))])
    pack = load_pack("en", tmp_path)
    assert [(item.id, item.title) for item in pack.lessons] == [
        ("community", "EN Lesson community"),
        ("class-charter", "Lesson class-charter"),
        ("online-life", "EN Lesson online-life"),
    ]
    assert pack.fallbacks == (Fallback(FallbackKind.LESSON, "class-charter", "en", "da"),)


def test_a_missing_step_comes_from_danish_in_its_place(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    table = english(lesson())
    table["steps"] = [s for s in table["steps"] if s["id"] != "vote"]
    step(table, "write")["minutes"] = 20
    write_pack(tmp_path, "en", [table])
    pack = load_pack("en", tmp_path)
    community = pack.lessons[0]
    assert community.step_ids == ("greeting", "intro", "discuss", "vote", "write", "close")
    assert community.title == "EN Lesson community"
    assert Fallback(FallbackKind.STEP, "community/vote", "en") in pack.fallbacks


def test_prompts_activities_and_help_come_from_danish(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    write_pack(tmp_path, "en", library=False)
    write_table(
        tmp_path,
        "en",
        "prompts.toml",
        {"prompts": [{"id": "co-belong", "theme": "community", "text": "EN", "follow_up": "EN"}]},
    )
    pack = load_pack("en", tmp_path)
    assert [p.id for p in pack.prompts] == ["cc-parties", "co-belong"]
    assert pack.prompt("co-belong") is not None
    assert pack.help is not None
    kinds = {(f.kind, f.item_id) for f in pack.fallbacks}
    assert kinds == {
        (FallbackKind.PROMPT, "cc-parties"),
        (FallbackKind.ACTIVITY, "name-chain"),
        (FallbackKind.ACTIVITY, "tower"),
        (FallbackKind.HELP, "help"),
    }


def test_a_language_without_a_pack_gets_the_danish_one(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    pack = load_pack("nl", tmp_path)
    assert pack.language == "nl"
    assert pack.lessons == load_pack("da", tmp_path).lessons
    assert pack.fallbacks == (Fallback(FallbackKind.PACK, "nl", "nl", "da"),)


def test_a_pack_with_errors_does_not_load(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["minutes"] = "ten"
    write_pack(tmp_path, "da", [table])
    with pytest.raises(ContentError) as raised:
        load_pack("da", tmp_path)
    assert [issue.field for issue in raised.value.issues] == ["minutes"]
    assert "da/lessons/01-community.toml" in str(raised.value)


def test_no_danish_pack(tmp_path: Path) -> None:
    with pytest.raises(PackNotFound):
        load_pack("da", tmp_path)


def test_packs_are_read_once(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    first = load_pack("da", tmp_path)
    (tmp_path / "da" / "lessons" / "01-community.toml").unlink()
    assert load_pack("da", tmp_path) is first


def test_progress_stays_readable_after_a_step_is_removed(tmp_path: Path) -> None:
    # Given progress saved at step "vote" of version 1
    write_pack(tmp_path, "da")
    old = load_pack("da", tmp_path).lessons[0]
    assert find_step(old, "vote") is not None
    assert step_index(old, "vote") == 3
    # When version 2 of the lesson drops that step
    table = lesson()
    table["version"] = 2
    table["steps"] = [s for s in table["steps"] if s["id"] != "vote"]
    step(table, "write")["minutes"] = 20
    write_lesson(tmp_path, "da", table)
    clear_cache()
    new = load_pack("da", tmp_path).lessons[0]
    # Then the old step id finds nothing instead of failing
    assert new.version == 2
    assert find_step(new, "vote") is None
    assert new.step("vote") is None
    assert step_index(new, "vote") is None
    assert find_step(new, "write") is not None


@settings(max_examples=80)
@given(
    primary=st.lists(st.sampled_from("abcdefgh"), unique=True, max_size=8),
    own=st.lists(st.sampled_from("abcdefghijk"), unique=True, max_size=8),
)
def test_merging_keeps_every_item_once_and_the_translation_wins(
    primary: list[str], own: list[str]
) -> None:
    # Items are (id, language); the merge compares ids only
    merged, borrowed = merge_in_order(
        [(i, "da") for i in primary], [(i, "en") for i in own], lambda item: item[0]
    )
    ids = [item_id for item_id, _ in merged]
    assert sorted(ids) == sorted(set(primary) | set(own))
    assert all(language == "en" for item_id, language in merged if item_id in own)
    assert borrowed == [i for i in primary if i not in own]
    # Danish order is kept for the items Danish has
    assert [i for i in ids if i in primary] == primary
