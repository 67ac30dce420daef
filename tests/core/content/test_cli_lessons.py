"""`lessons check`, `lessons list` and `lessons show` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run
from tests.core.content.packs import lesson, step, write_pack


def test_check_on_the_shipped_packs(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lessons", "check")
    assert code == 0
    assert "Content packs OK" in out


def test_check_prints_every_issue_and_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    table = lesson()
    step(table, "discuss")["phases"][0]["minutes"] = 1
    step(table, "intro")["colour"] = "blue"
    write_pack(tmp_path, lessons=[table])
    code, out, err = run(capsys, "lessons", "check", "--root", str(tmp_path))
    assert code == 1
    assert "error: da/lessons/01-community.toml: steps[discuss].phases: phases add up to 11" in out
    assert "error: da/lessons/01-community.toml: steps[intro].colour: unknown key" in out
    assert "2 error(s)" in err


def test_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_pack(tmp_path, "da", [lesson(), lesson("online-life", 2)])
    english = lesson()
    english["title"] = "Community"
    write_pack(tmp_path, "en", [english])
    code, out, _ = run(capsys, "lessons", "list", "--lang", "en", "--root", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["1", "community", "60", "min", "Community"]
    assert lines[1].endswith("(da)")
    code, out, _ = run(capsys, "lessons", "list", "--json", "--lang", "en", "--root", str(tmp_path))
    listed = json.loads(out)
    assert [(item["id"], item["language"]) for item in listed] == [
        ("community", "en"),
        ("online-life", "da"),
    ]
    assert listed[0]["steps"][2] == {
        "id": "discuss",
        "kind": "discussion",
        "minutes": 15,
        "split_after": True,
        "drop_if_late": False,
    }
    assert (listed[0]["minutes"], listed[0]["planned_minutes"]) == (60, 60)


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "lessons", "show", "community")
    assert code == 0
    assert out.startswith("Lesson 1: ")
    assert "(community, version 1, 60 min: steps 50 + transitions 10 = 60)" in out
    # Step times count the minutes it takes to get into each step
    assert "4. colleagues - discussion - 10 min (23-33)  [split after]" in out
    assert "3. this-or-that - either_or - 8 min (13-21)  [drop if late]" in out
    assert "Phases: alone 2 min · partner 3 min · group 2 min · class 3 min" in out
    assert "Handout (private):" in out and "[print: sorting-cards]" in out
    assert "Teacher notes:" in out
    assert "**" not in out


def test_show_an_unknown_lesson_fails(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "lessons", "show", "no-such-lesson")
    assert code == 1
    assert "no-such-lesson" in err


def test_a_language_without_a_pack_shows_danish_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    write_pack(tmp_path, "da")
    code, out, err = run(
        capsys, "lessons", "show", "community", "--lang", "nl", "--root", str(tmp_path)
    )
    assert code == 0
    assert "Lesson 1: Lesson community" in out
    assert "no 'nl' pack yet" in err


def test_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "lessons")[0] == 2
    assert run(capsys, "lessons", "show")[0] == 2
