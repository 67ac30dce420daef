"""Parity: every language has the same lessons, steps, prompts and activities with the same ids,
kinds, minutes and phases. Danish is the reference."""

from __future__ import annotations

from pathlib import Path

from netwerk_desktop.content import ContentIssue, IssueCode, Severity, check_packs
from tests.core.content.packs import (
    Table,
    activities,
    clone,
    lesson,
    prompts,
    step,
    write_pack,
    write_table,
)

EN_LESSON = "en/lessons/01-community.toml"


def parity_issues(root: Path) -> list[ContentIssue]:
    related = {
        IssueCode.PARITY,
        IssueCode.MISSING_IN_LANGUAGE,
        IssueCode.NOT_IN_REFERENCE,
    }
    return [issue for issue in check_packs(root) if issue.code in related]


def two_packs(tmp_path: Path, english: Table, en_status: str = "draft") -> Path:
    write_pack(tmp_path, "da", [lesson(), lesson("class-charter", 2)])
    return write_pack(tmp_path, "en", [english, lesson("class-charter", 2)], status=en_status)


def test_equal_packs_have_parity(tmp_path: Path) -> None:
    two_packs(tmp_path, lesson())
    assert parity_issues(tmp_path) == []


def test_a_missing_lesson_warns_in_a_draft_and_fails_a_complete_pack(tmp_path: Path) -> None:
    write_pack(tmp_path / "a", "da", [lesson(), lesson("class-charter", 2)])
    write_pack(tmp_path / "a", "en", [lesson()])
    write_pack(tmp_path / "b", "da", [lesson(), lesson("class-charter", 2)])
    write_pack(tmp_path / "b", "en", [lesson()], status="complete")
    (draft,) = parity_issues(tmp_path / "a")
    (complete,) = parity_issues(tmp_path / "b")
    assert draft.code is IssueCode.MISSING_IN_LANGUAGE
    assert draft.file == "en/lessons/02-class-charter.toml"
    assert draft.params["item"] == "class-charter"
    assert draft.params["fallback"] == "da"
    assert draft.severity is Severity.WARNING
    assert complete.severity is Severity.ERROR


def test_a_different_kind(tmp_path: Path) -> None:
    english = lesson()
    step(english, "intro")["kind"] = "closing"
    step(english, "intro")["task"] = step(english, "intro").pop("case")
    (issue,) = parity_issues(two_packs(tmp_path, english))
    assert (issue.file, issue.path, issue.field) == (EN_LESSON, "steps[intro]", "kind")
    assert issue.params["found"] == "closing"
    assert issue.params["expected"] == "talk"
    assert issue.is_error


def test_different_phase_minutes_are_named_by_phase(tmp_path: Path) -> None:
    english = lesson()
    phases = step(english, "discuss")["phases"]
    phases[0]["minutes"], phases[1]["minutes"] = 4, 6
    issues = parity_issues(two_packs(tmp_path, english))
    assert [(i.path, i.field) for i in issues] == [
        ("steps[discuss].phases[1]", "minutes"),
        ("steps[discuss].phases[2]", "minutes"),
    ]


def test_different_step_minutes(tmp_path: Path) -> None:
    english = lesson()
    step(english, "intro")["minutes"] = 12
    step(english, "write")["minutes"] = 8
    issues = parity_issues(two_packs(tmp_path, english))
    assert {(i.path, i.field) for i in issues} == {
        ("steps[intro]", "minutes"),
        ("steps[write]", "minutes"),
    }


def test_tally_options_must_keep_their_ids(tmp_path: Path) -> None:
    english = lesson()
    step(english, "vote")["options"][1]["id"] = "difficult"
    (issue,) = parity_issues(two_packs(tmp_path, english))
    assert (issue.path, issue.field) == ("steps[vote]", "options")
    assert issue.params["expected"] == "[easy, hard]"


def test_missing_extra_and_reordered_steps(tmp_path: Path) -> None:
    english = lesson()
    steps = english["steps"]
    vote = step(english, "vote")
    steps.remove(vote)
    extra = clone(step(english, "intro"))
    extra["id"] = "story"
    steps.insert(2, extra)
    steps[1], steps[3] = steps[3], steps[1]
    issues = parity_issues(two_packs(tmp_path, english))
    found = {(i.code, i.path, i.field) for i in issues}
    assert (IssueCode.MISSING_IN_LANGUAGE, "", "") in found
    assert (IssueCode.NOT_IN_REFERENCE, "steps[story]", "") in found
    assert (IssueCode.PARITY, "", "steps") in found
    missing = next(i for i in issues if i.code is IssueCode.MISSING_IN_LANGUAGE)
    assert missing.params["item"] == "community/vote"
    assert missing.is_error


def test_a_lesson_only_in_another_language(tmp_path: Path) -> None:
    write_pack(tmp_path, "da", [lesson()])
    write_pack(tmp_path, "en", [lesson(), lesson("online-life", 2)])
    (issue,) = parity_issues(tmp_path)
    assert issue.code is IssueCode.NOT_IN_REFERENCE
    assert issue.file == "en/lessons/02-online-life.toml"
    # Danish is a draft, so it may still be catching up
    assert issue.severity is Severity.WARNING


def test_counts_the_outline_fixes_are_warnings(tmp_path: Path) -> None:
    english = lesson()
    step(english, "write")["questions"].append("And what else?")
    (issue,) = parity_issues(two_packs(tmp_path, english))
    assert (issue.path, issue.field, issue.severity) == (
        "steps[write]",
        "questions",
        Severity.WARNING,
    )


def test_version_and_handout_presence(tmp_path: Path) -> None:
    english = lesson()
    english["version"] = 2
    step(english, "intro")["handout"] = {"instructions": "Read the story."}
    issues = parity_issues(two_packs(tmp_path, english))
    assert {(i.path, i.field) for i in issues} == {("", "version"), ("steps[intro]", "handout")}


def test_prompt_and_activity_parity(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    write_pack(tmp_path, "nl")
    dutch_prompts = prompts()
    dutch_prompts["prompts"][0]["theme"] = "community"
    del dutch_prompts["prompts"][1]
    write_table(tmp_path, "nl", "prompts.toml", dutch_prompts)
    dutch_activities = activities()
    dutch_activities["activities"][1]["minutes"] = 25
    dutch_activities["activities"][0]["spaces"] = ["outdoors", "classroom"]  # order is free
    write_table(tmp_path, "nl", "activities.toml", dutch_activities)
    found = {(i.code, i.file, i.path, i.field) for i in parity_issues(tmp_path)}
    assert found == {
        (IssueCode.PARITY, "nl/prompts.toml", "prompts[cc-parties]", "theme"),
        (IssueCode.MISSING_IN_LANGUAGE, "nl/prompts.toml", "prompts[co-belong]", ""),
        (IssueCode.PARITY, "nl/activities.toml", "activities[tower]", "minutes"),
    }


def test_every_language_is_compared_with_danish(tmp_path: Path) -> None:
    english = lesson()
    step(english, "intro")["minutes"] = 9
    step(english, "close")["minutes"] = 6
    write_pack(tmp_path, "da", [lesson()])
    write_pack(tmp_path, "en", [english])
    write_pack(tmp_path, "nl", [lesson()])
    files = {i.file for i in parity_issues(tmp_path)}
    assert files == {EN_LESSON}
