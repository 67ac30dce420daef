"""The lesson rules added with issue 12, each on a small pack broken in one way: timing with
transitions, the split and late markers, typed writing, tally methods, one-answer cards, the
suggested activity, printed materials, teacher-only words and student goals."""

from __future__ import annotations

from pathlib import Path

import pytest

from netwerk_desktop.content import (
    ContentIssue,
    IssueCode,
    Printed,
    Severity,
    Sorting,
    TallyMethod,
    Writing,
    check_packs,
    load_pack,
)
from netwerk_desktop.handouts import HandoutKind
from netwerk_desktop.services.handout_records import lesson_set_kinds, printed_material_issues
from tests.core.content.packs import Table, lesson, step, write_pack

LESSON_FILE = "da/lessons/01-community.toml"


def with_lesson(tmp_path: Path, table: Table, language: str = "da") -> Path:
    return write_pack(tmp_path, language, lessons=[table])


def found(root: Path, code: IssueCode) -> list[ContentIssue]:
    return [issue for issue in check_packs(root) if issue.code is code]


def sorting_step(**extra: object) -> Table:
    return {
        "id": "sort",
        "kind": "sorting",
        "minutes": 10,
        "audience": {"title": "Sort", "text": "Sort the cards."},
        "teacher_notes": "Walk around.",
        "cards": ["One", "Two", {"text": "Three", "answer": "Adult"}],
        "categories": ["Fine", "Adult"],
        **extra,
    }


def test_the_starting_lesson_reads_with_its_new_fields(tmp_path: Path) -> None:
    write_pack(tmp_path)
    lesson_ = load_pack("da", tmp_path).lessons[0]
    assert (lesson_.minutes, lesson_.step_minutes, lesson_.planned_minutes) == (60, 55, 60)
    assert lesson_.student_goals == ("We talk about what a good class gives you.",)
    parts = lesson_.parts
    assert parts is not None and [s.id for s in parts[0]][-1] == "discuss"
    assert lesson_.step_to_drop is not None and lesson_.step_to_drop.id == "vote"
    assert lesson_.printed_materials == (Printed.WORKSHEET,)
    write = lesson_.step("write")
    assert write is not None and write.handout is not None
    assert write.handout.writing is Writing.PRIVATE


def test_steps_longer_than_the_lesson_are_an_error(tmp_path: Path) -> None:
    table = lesson()
    for step_id in ("intro", "vote", "write"):
        step(table, step_id)["minutes"] = 30
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.LESSON_TIME)
    assert (issue.file, issue.field, issue.severity) == (LESSON_FILE, "steps", Severity.ERROR)
    assert issue.params == {"minutes": 115, "limit": 60}


def test_transitions_that_do_not_fit_are_a_warning(tmp_path: Path) -> None:
    # Given 59 minutes of steps: fine on their own, but five transitions do not fit 60
    table = lesson()
    step(table, "intro")["minutes"] = 14
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.LESSON_OVERRUN)
    assert issue.severity is Severity.WARNING
    assert issue.params == {"steps": 59, "transitions": 5, "planned": 64, "minutes": 60}


def test_the_lesson_length_is_between_45_and_90(tmp_path: Path) -> None:
    table = lesson()
    table["minutes"] = 120
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.OUT_OF_RANGE)
    assert (issue.field, issue.params["value"]) == ("minutes", 120)


def test_moving_and_regrouping_take_two_minutes(tmp_path: Path) -> None:
    # A sorting step (cards go out) and a step with a group phase cost two minutes to get into
    table = lesson()
    table["steps"][1] = sorting_step()
    step(table, "discuss")["phases"][1]["mode"] = "group"
    write_pack(tmp_path, lessons=[table])
    taught = load_pack("da", tmp_path).lessons[0]
    assert taught.planned_minutes - taught.step_minutes == 2 + 2 + 1 + 1 + 1


def test_each_part_of_a_split_lesson_fits_45_minutes(tmp_path: Path) -> None:
    # Given a 90-minute lesson whose first part runs to 56 minutes
    table = lesson()
    table["minutes"] = 90
    step(table, "intro")["minutes"] = 30
    step(table, "discuss")["phases"][0]["minutes"] = 11
    step(table, "discuss")["minutes"] = 21
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.PART_OVERRUN)
    assert (issue.path, issue.severity) == ("steps[greeting]", Severity.WARNING)
    assert issue.params == {"part": 1, "planned": 58, "limit": 45}


@pytest.mark.parametrize(
    ("key", "step_id", "where"),
    [("split_after", "close", "closing"), ("drop_if_late", "greeting", "opening")],
)
def test_markers_stay_off_the_ritual_steps(
    tmp_path: Path, key: str, step_id: str, where: str
) -> None:
    table = lesson()
    for each in table["steps"]:
        each.pop(key, None)
    step(table, step_id)[key] = True
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.MARKER_PLACE)
    assert (issue.path, issue.field, issue.params["where"]) == (f"steps[{step_id}]", key, where)


def test_two_steps_to_drop_is_an_error_even_in_a_draft(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["drop_if_late"] = True
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.MARKER_COUNT)
    assert (issue.severity, issue.params["count"]) == (Severity.ERROR, 2)


def test_a_reflection_is_private(tmp_path: Path) -> None:
    table = lesson()
    step(table, "write")["handout"]["writing"] = "shared"
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.REFLECTION_NOT_PRIVATE)
    assert (issue.path, issue.field) == ("steps[write].handout", "writing")


def test_a_tally_says_how_it_is_taken(tmp_path: Path) -> None:
    table = lesson()
    del step(table, "vote")["method"]
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.MISSING_FIELD)
    assert (issue.path, issue.field) == ("steps[vote]", "method")
    step(table, "vote")["method"] = "thumbs"
    (issue,) = found(with_lesson(tmp_path / "b", table), IssueCode.UNKNOWN_VALUE)
    assert issue.params["allowed"] == ", ".join(m.value for m in TallyMethod)


def test_a_card_with_one_answer_names_one_of_the_piles(tmp_path: Path) -> None:
    table = lesson()
    table["steps"][1] = sorting_step()
    write_pack(tmp_path, lessons=[table])
    sorting = load_pack("da", tmp_path).lessons[0].steps[1].content
    assert isinstance(sorting, Sorting)
    assert sorting.cards == ("One", "Two", "Three")
    assert sorting.answer_for("Three") == "Adult"
    assert sorting.answer_for("One") is None
    table["steps"][1]["cards"][2]["answer"] = "Later"
    (issue,) = found(with_lesson(tmp_path / "b", table), IssueCode.UNKNOWN_VALUE)
    assert (issue.path, issue.field) == ("steps[sort].cards[3]", "answer")


def test_a_ranking_has_no_piles_to_answer(tmp_path: Path) -> None:
    table = lesson()
    sorting = sorting_step(axis={"low": "Least", "high": "Most"})
    del sorting["categories"]
    table["steps"][1] = sorting
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.ANSWER_WITHOUT_PILES)
    assert issue.path == "steps[sort].cards[3]"


def test_the_suggested_activity_is_in_the_catalogue(tmp_path: Path) -> None:
    table = lesson()
    step(table, "close")["activity"] = "trampoline-park"
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.NOT_IN_CATALOGUE)
    assert (issue.path, issue.field) == ("steps[close]", "activity")
    assert issue.params == {"value": "trampoline-park", "catalogue": "da/activities.toml"}


def test_a_printed_material_is_a_kind_the_lesson_can_print(tmp_path: Path) -> None:
    table = lesson()
    table["materials"] = [
        {"text": "Cards", "print": "sorting-cards"},
        {"text": "Posters", "print": "posters"},
    ]
    root = with_lesson(tmp_path, table)
    (needs,) = found(root, IssueCode.MATERIAL_NEEDS_STEP)
    assert (needs.field, needs.params["kind"]) == ("materials[1]", "sorting-cards")
    (unknown,) = found(root, IssueCode.UNKNOWN_VALUE)
    assert (unknown.path, unknown.field) == ("materials[2]", "print")


def test_suicidal_thoughts_are_named_in_the_teacher_notes_only(tmp_path: Path) -> None:
    table = lesson()
    step(table, "intro")["teacher_notes"] = "This card can be a sign of suicidal thoughts."
    step(table, "discuss")["prompt"] = "Hvad med selvmordstanker?"
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.TEACHER_ONLY)
    assert (issue.path, issue.field, issue.severity) == ("steps[discuss]", "prompt", Severity.ERROR)


def test_student_goals_speak_to_the_students(tmp_path: Path) -> None:
    table = lesson()
    table["student_goals"] = ["Students can recognise signs that they themselves struggle."]
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.TEACHER_GOAL)
    assert (issue.field, issue.severity) == ("student_goals[1]", Severity.WARNING)


def test_parity_of_the_new_fields(tmp_path: Path) -> None:
    write_pack(tmp_path, "da")
    other = lesson()
    other["minutes"] = 75
    step(other, "vote")["method"] = "hands"
    step(other, "write")["handout"]["writing"] = "private"
    step(other, "close")["activity"] = "tower"
    step(other, "discuss").pop("split_after")
    step(other, "intro")["split_after"] = True
    write_pack(tmp_path, "en", [other])
    fields = {(i.path, i.field) for i in found(tmp_path, IssueCode.PARITY) if i.is_error}
    assert fields == {
        ("", "minutes"),
        ("steps[vote]", "method"),
        ("steps[close]", "activity"),
        ("steps[intro]", "split_after"),
        ("steps[discuss]", "split_after"),
    }


def test_every_printed_material_is_a_handout_kind_everything_for_the_lesson_prints(
    tmp_path: Path,
) -> None:
    # Every kind a material can name exists as a handout kind...
    assert {kind.value for kind in Printed} <= {kind.value for kind in HandoutKind}
    # ...and "Everything for lesson N" prints it when the class has its data
    table = lesson()
    table["materials"] = [{"text": m.value, "print": m.value} for m in Printed]
    table["steps"][1] = sorting_step()
    write_pack(tmp_path, lessons=[table])
    taught = load_pack("da", tmp_path).lessons[0]
    kinds, left_out = lesson_set_kinds(taught, has_partnerships=True, has_charter=True)
    assert {kind.value for kind in Printed} <= {kind.value for kind in kinds}
    assert left_out == []
    assert printed_material_issues(taught, LESSON_FILE) == []
    # Without partnerships or a charter, those are left out, and said so
    _, left_out = lesson_set_kinds(taught, has_partnerships=False, has_charter=False)
    assert set(left_out) == {
        HandoutKind.PARTNERSHIP_OVERVIEW,
        HandoutKind.PARTNERSHIP_CARDS,
        HandoutKind.CHARTER_POSTER,
    }


def test_lessons_check_runs_the_lesson_set_check_on_every_lesson(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from netwerk_desktop.services import handout_records
    from tests.cli import run

    # Given a lesson set that, by mistake, leaves the sorting cards out
    table = lesson()
    table["materials"] = [{"text": "Cards", "print": "sorting-cards"}]
    table["steps"][1] = sorting_step()
    write_pack(tmp_path, lessons=[table])
    real = handout_records.lesson_set_kinds

    def forgetful(*args: object, **kwargs: bool) -> tuple[list[HandoutKind], list[HandoutKind]]:
        kinds, left_out = real(*args, **kwargs)  # type: ignore[arg-type]
        return [k for k in kinds if k is not HandoutKind.SORTING_CARDS], left_out

    monkeypatch.setattr(handout_records, "lesson_set_kinds", forgetful)
    code, out, _ = run(capsys, "lessons", "check", "--root", str(tmp_path))
    assert code == 1
    assert (
        "error: da/lessons/01-community.toml: materials[1]: the app prints this material as "
        "'sorting-cards', but \"Everything for lesson 1\" does not" in out
    )


def test_notes_that_time_a_phase_agree_with_the_phases(tmp_path: Path) -> None:
    # Given a step re-timed to 5-minute phases whose notes still say 6
    table = lesson()
    step(table, "discuss")["teacher_notes"] = (
        "**Alone (5 min):** write.\n\n**Partner (6 min):** talk."
    )
    (issue,) = found(with_lesson(tmp_path, table), IssueCode.NOTES_MINUTES)
    assert (issue.path, issue.field, issue.severity) == (
        "steps[discuss]",
        "teacher_notes",
        Severity.WARNING,
    )
    assert issue.params == {"minutes": 6, "phases": "5"}
