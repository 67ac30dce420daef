"""The checker on small broken packs: each kind of error is found and named with the file, the
id path and the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerk_desktop.content import ContentIssue, IssueCode, Severity, check_packs
from tests.core.content.packs import (
    Table,
    activities,
    help_template,
    lesson,
    prompts,
    step,
    write_lesson,
    write_pack,
    write_table,
)

LESSON_FILE = "da/lessons/01-community.toml"


def issues_for(root: Path, code: IssueCode) -> list[ContentIssue]:
    return [issue for issue in check_packs(root) if issue.code is code]


def the_issue(root: Path, code: IssueCode) -> ContentIssue:
    found = issues_for(root, code)
    assert len(found) == 1, [str(issue) for issue in check_packs(root)]
    return found[0]


def with_lesson(tmp_path: Path, table: Table) -> Path:
    return write_pack(tmp_path, lessons=[table])


def test_the_starting_pack_is_valid(tmp_path: Path) -> None:
    # Given the valid pack every other test breaks
    write_pack(tmp_path)
    # Then it has no errors, only the draft warnings about what a full series needs
    issues = check_packs(tmp_path)
    assert [i for i in issues if i.is_error] == []
    assert {i.code for i in issues} == {IssueCode.BELOW_TARGET, IssueCode.THEME_BELOW_TARGET}
    assert {i.severity for i in issues} == {Severity.WARNING}
    themes = {i.params["theme"] for i in issues if i.code is IssueCode.THEME_BELOW_TARGET}
    assert len(themes) == 8


def test_unknown_key_in_a_step_names_kind_specific_keys(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["promt"] = "typo"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.UNKNOWN_KEY)
    assert (issue.file, issue.path, issue.field) == (LESSON_FILE, "steps[discuss]", "promt")
    assert "prompt" in str(issue.params["allowed"])
    assert issue.severity is Severity.ERROR


def test_unknown_key_in_a_phase(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["phases"][1]["minute"] = 5
    issues = issues_for(with_lesson(tmp_path, table), IssueCode.UNKNOWN_KEY)
    assert [(i.path, i.field) for i in issues] == [("steps[discuss].phases[2]", "minute")]


def test_key_of_another_kind_is_unknown(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["phases"] = [{"mode": "alone", "minutes": 10}]
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.UNKNOWN_KEY)
    assert (issue.path, issue.field) == ("steps[intro]", "phases")


def test_missing_field(tmp_path: Path) -> None:
    table = lesson()
    del step(table, "write")["teacher_notes"]
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.MISSING_FIELD)
    assert (issue.file, issue.path, issue.field) == (LESSON_FILE, "steps[write]", "teacher_notes")


def test_wrong_type(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["minutes"] = "10"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.WRONG_TYPE)
    assert (issue.path, issue.field) == ("steps[intro]", "minutes")
    assert issue.params == {"expected": "whole number", "found": "text"}


def test_unknown_kind(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["kind"] = "lecture"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.UNKNOWN_VALUE)
    assert (issue.path, issue.field) == ("steps[intro]", "kind")
    assert "discussion" in str(issue.params["allowed"])
    # Its other keys cannot be judged, so they are not reported as unknown
    assert issues_for(tmp_path, IssueCode.UNKNOWN_KEY) == []


def test_phases_must_add_up_to_the_step(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["phases"][2]["minutes"] = 4
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.PHASES_DO_NOT_ADD_UP)
    assert (issue.path, issue.field) == ("steps[discuss]", "phases")
    assert issue.params == {"phases": 14, "step": 15}


def test_phases_that_go_back_to_small_talk_are_a_warning(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["phases"] = [
        {"mode": "class", "minutes": 10},
        {"mode": "partner", "minutes": 5},
    ]
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.PHASE_ORDER)
    assert (issue.path, issue.field, issue.severity) == (
        "steps[discuss].phases[2]",
        "mode",
        Severity.WARNING,
    )


def test_step_ids_must_be_unique(tmp_path: Path) -> None:
    table = lesson()
    step(table, "vote")["id"] = "intro"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.DUPLICATE_ID)
    assert (issue.path, issue.field, issue.params["value"]) == ("steps[intro]", "id", "intro")


def test_ids_are_slugs(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["id"] = "Intro Step"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.BAD_ID)
    assert (issue.path, issue.field) == ("steps[Intro Step]", "id")


def test_audience_text_over_40_words_warns_and_over_50_fails(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["audience"]["text"] = " ".join(["word"] * 45)
    step(table, "vote")["audience"]["text"] = " ".join(["word"] * 51)
    issues = issues_for(with_lesson(tmp_path, table), IssueCode.TOO_MANY_WORDS)
    found = {(i.path, i.field, i.severity, i.params["words"]) for i in issues}
    assert found == {
        ("steps[intro].audience", "text", Severity.WARNING, 45),
        ("steps[vote].audience", "text", Severity.ERROR, 51),
    }


def test_lesson_opens_and_closes_with_the_ritual(tmp_path: Path) -> None:
    table = lesson()
    table["steps"] = table["steps"][1:] + table["steps"][:1]
    step(table, "intro")["minutes"] = 10
    issues = check_packs(with_lesson(tmp_path, table))
    codes = {(i.code, i.path) for i in issues if i.is_error}
    assert codes == {
        (IssueCode.OPENING_STEP, "steps[intro]"),
        (IssueCode.CLOSING_STEP, "steps[greeting]"),
    }


def test_reflection_needs_writing_lines(tmp_path: Path) -> None:
    table = lesson()
    del step(table, "write")["handout"]
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.HANDOUT_NEEDED)
    assert (issue.path, issue.field) == ("steps[write]", "handout")


@pytest.mark.parametrize("shape", ["both", "neither"])
def test_sorting_takes_categories_or_an_axis(tmp_path: Path, shape: str) -> None:
    table = lesson()
    sorting: Table = {
        "id": "sort",
        "kind": "sorting",
        "minutes": 10,
        "audience": {"title": "Sort", "text": "Sort the cards."},
        "teacher_notes": "Walk around.",
        "cards": ["One", "Two", "Three"],
    }
    if shape == "both":
        sorting["categories"] = ["Helps", "Does not help"]
        sorting["axis"] = {"low": "Least", "high": "Most"}
    table["steps"][1] = sorting
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.CHOOSE_ONE)
    assert (issue.path, issue.field) == ("steps[sort]", "categories")


def test_tally_option_ids_are_unique(tmp_path: Path) -> None:
    table = lesson()
    step(table, "vote")["options"][1]["id"] = "easy"
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.DUPLICATE_ID)
    assert issue.path == "steps[vote].options[easy]"


def test_list_counts(tmp_path: Path) -> None:
    table = lesson()
    table["goals"] = ["Only one."]
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.COUNT_OUT_OF_RANGE)
    assert (issue.path, issue.field, issue.params["count"]) == ("", "goals", 1)


def test_unbalanced_bold(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["teacher_notes"] = "**Watch for: a student who leaves."
    issue = the_issue(with_lesson(tmp_path, table), IssueCode.UNBALANCED_BOLD)
    assert (issue.path, issue.field) == ("steps[intro]", "teacher_notes")


def test_file_name_follows_number_and_id(tmp_path: Path) -> None:
    write_pack(tmp_path, lessons=[])
    write_lesson(tmp_path, "da", lesson(), name="1-community.toml")
    issue = the_issue(tmp_path, IssueCode.FILE_NAME)
    assert issue.file == "da/lessons/1-community.toml"
    assert issue.params["expected"] == "01-community.toml"


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    write_pack(tmp_path, lessons=[])
    (tmp_path / "da" / "lessons" / "01-community.toml").write_text(
        'id = "community"\nnumber = 1\ntitle = "unterminated\n', encoding="utf-8"
    )
    issue = the_issue(tmp_path, IssueCode.TOML_SYNTAX)
    assert (issue.file, issue.line) == (LESSON_FILE, 3)
    assert str(issue).startswith("error: da/lessons/01-community.toml:3")


def test_language_must_match_the_folder(tmp_path: Path) -> None:
    write_pack(tmp_path)
    (tmp_path / "da" / "pack.toml").write_text(
        'schema = 1\nlanguage = "en"\nname = "x"\nversion = 1\nstatus = "draft"\n',
        encoding="utf-8",
    )
    issue = the_issue(tmp_path, IssueCode.LANGUAGE_MISMATCH)
    assert (issue.file, issue.field) == ("da/pack.toml", "language")


def test_a_folder_with_content_but_no_pack_file(tmp_path: Path) -> None:
    write_pack(tmp_path)
    write_pack(tmp_path, "nl")
    (tmp_path / "nl" / "pack.toml").unlink()
    issue = the_issue(tmp_path, IssueCode.MISSING_FILE)
    assert issue.file == "nl/pack.toml"


def test_a_folder_with_only_handout_labels_is_not_a_pack_yet(tmp_path: Path) -> None:
    write_pack(tmp_path)
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "handouts.toml").write_text("not even = [toml", encoding="utf-8")
    (tmp_path / "da" / "handouts.toml").write_text("not even = [toml", encoding="utf-8")
    assert [i for i in check_packs(tmp_path) if i.is_error] == []


def test_missing_library_files_are_warnings_in_a_draft_and_errors_when_complete(
    tmp_path: Path,
) -> None:
    write_pack(tmp_path / "draft", library=False)
    write_pack(tmp_path / "complete", library=False, status="complete")
    draft = issues_for(tmp_path / "draft", IssueCode.MISSING_FILE)
    complete = issues_for(tmp_path / "complete", IssueCode.MISSING_FILE)
    assert {i.file for i in draft} == {"da/prompts.toml", "da/activities.toml", "da/help.toml"}
    assert {i.severity for i in draft} == {Severity.WARNING}
    assert {i.severity for i in complete} == {Severity.ERROR}


def test_a_complete_pack_uses_every_step_kind(tmp_path: Path) -> None:
    write_pack(tmp_path, status="complete")
    unused = {i.params["kind"] for i in issues_for(tmp_path, IssueCode.KIND_UNUSED)}
    assert unused == {"either_or", "sorting", "charter"}


def test_lesson_numbers_without_gaps(tmp_path: Path) -> None:
    write_pack(tmp_path, lessons=[lesson(), lesson("online-life", 3)], status="complete")
    issue = the_issue(tmp_path, IssueCode.LESSON_NUMBERS)
    assert issue.params["numbers"] == "1, 3"


def test_prompt_with_unknown_theme_and_duplicate_id(tmp_path: Path) -> None:
    write_pack(tmp_path)
    table = prompts()
    table["prompts"][1]["theme"] = "friendship"
    table["prompts"].append(dict(table["prompts"][0]))
    write_table(tmp_path, "da", "prompts.toml", table)
    theme = the_issue(tmp_path, IssueCode.UNKNOWN_VALUE)
    assert (theme.file, theme.path, theme.field) == (
        "da/prompts.toml",
        "prompts[co-belong]",
        "theme",
    )
    duplicate = the_issue(tmp_path, IssueCode.DUPLICATE_ID)
    assert duplicate.path == "prompts[cc-parties]"


def test_activity_with_unknown_space_and_reversed_minutes(tmp_path: Path) -> None:
    write_pack(tmp_path)
    table = activities()
    table["activities"][1]["spaces"] = ["classroom", "gym"]
    table["activities"][1]["minutes"] = [30, 20]
    write_table(tmp_path, "da", "activities.toml", table)
    space = the_issue(tmp_path, IssueCode.UNKNOWN_VALUE)
    assert (space.path, space.field) == ("activities[tower]", "spaces[2]")
    minutes = the_issue(tmp_path, IssueCode.OUT_OF_RANGE)
    assert (minutes.path, minutes.field) == ("activities[tower]", "minutes")


def test_activity_group_size_shapes(tmp_path: Path) -> None:
    write_pack(tmp_path)
    table = activities()
    table["activities"][0]["group_size"] = "everyone"
    table["activities"][1]["group_size"] = [4, "five"]
    write_table(tmp_path, "da", "activities.toml", table)
    issues = check_packs(tmp_path)
    found = {(i.code, i.path) for i in issues if i.field == "group_size"}
    assert found == {
        (IssueCode.UNKNOWN_VALUE, "activities[name-chain]"),
        (IssueCode.WRONG_TYPE, "activities[tower]"),
    }


def test_help_only_builds_in_112_and_116_111(tmp_path: Path) -> None:
    write_pack(tmp_path)
    table = help_template()
    table["entries"][1]["number"] = "70 20 30 40"
    write_table(tmp_path, "da", "help.toml", table)
    issues = check_packs(tmp_path)
    builtin = [i for i in issues if i.code is IssueCode.BUILTIN_NUMBER]
    assert [(i.path, i.field) for i in builtin] == [("entries[helpline]", "number")]
    missing = [i for i in issues if i.code is IssueCode.MISSING_BUILTIN]
    assert [i.params["number"] for i in missing] == ["116 111"]
    # The content rule catches the number as well
    phone = [i for i in issues if i.code is IssueCode.PHONE_NUMBER]
    assert [(i.path, i.field) for i in phone] == [("entries[helpline]", "number")]


def test_help_entry_has_fields_or_a_number(tmp_path: Path) -> None:
    write_pack(tmp_path)
    table = help_template()
    table["entries"][0]["number"] = "112"
    write_table(tmp_path, "da", "help.toml", table)
    issue = the_issue(tmp_path, IssueCode.CHOOSE_ONE)
    assert issue.path == "entries[counsellor]"


def test_every_issue_reads_as_one_line_with_its_location(tmp_path: Path) -> None:
    table = lesson()
    step(table, "discuss")["phases"][0]["minutes"] = 1
    step(table, "intro")["extra"] = "x"
    for issue in check_packs(with_lesson(tmp_path, table)):
        text = str(issue)
        assert "\n" not in text
        assert text.startswith(f"{issue.severity}: {issue.file}")
        if issue.field:
            assert f"{issue.path}.{issue.field}".lstrip(".") in text


def test_lesson_ids_are_unique_across_files(tmp_path: Path) -> None:
    write_pack(tmp_path, lessons=[lesson(), lesson("community", 2)])
    issue = the_issue(tmp_path, IssueCode.DUPLICATE_ID)
    assert (issue.file, issue.field) == ("da/lessons/02-community.toml", "id")
