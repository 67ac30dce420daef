"""Tallies, private notes, and the Home screen's quick answer agreeing with the service."""

from __future__ import annotations

from datetime import datetime

import pytest

from netwerk_desktop.content import Tally, load_pack
from netwerk_desktop.errors import InvalidValue
from netwerk_desktop.services import startup_reads
from netwerk_desktop.services.lesson_records import LessonState
from netwerk_desktop.workspace import Workspace


def test_tally_counts_are_saved_replaced_and_read(workspace: Workspace) -> None:
    lesson = load_pack("da").lesson("class-charter")
    assert lesson is not None
    step = lesson.step("had-a-say")
    assert step is not None and isinstance(step.content, Tally)
    c = workspace.classes.create("2.g")
    run = workspace.lessons.start(c.id, lesson)
    assert workspace.lessons.tally(run.run_id, step.id) is None
    workspace.lessons.save_tally(run.run_id, step.id, {"a-lot": 9, "some": 12, "a-little": 2})
    saved = workspace.lessons.save_tally(run.run_id, step.id, {"a-lot": 10, "not-at-all": 1})
    assert saved.counts == (("a-lot", 10), ("some", 12), ("a-little", 2), ("not-at-all", 1))
    assert saved.total == 25 and saved.count("some") == 12 and saved.count("missing") == 0
    assert workspace.lessons.latest_tally(c.id, lesson.id, step.id) == saved
    with pytest.raises(InvalidValue):
        workspace.lessons.save_tally(run.run_id, step.id, {"a-lot": -1})


def test_lesson_one_and_the_follow_up_ask_the_same_room_question(workspace: Workspace) -> None:
    pack = load_pack("da")
    first, follow_up = pack.lesson("community"), pack.lesson("follow-up")
    assert first is not None and follow_up is not None
    c = workspace.classes.create("2.g")
    # Before lesson 1 was counted, there is nothing to compare with
    earlier = workspace.lessons.earlier_tally(c.id, pack.lessons, follow_up.id, "room-again")
    assert earlier is None
    run = workspace.lessons.start(c.id, first)
    counts = {"very-easy": 4, "dont-know": 7}
    workspace.lessons.save_tally(run.run_id, "room-to-be-different", counts)
    workspace.lessons.finish(run.run_id, first.steps[-1].id, 60)
    earlier = workspace.lessons.earlier_tally(c.id, pack.lessons, follow_up.id, "room-again")
    assert earlier is not None and earlier.lesson_id == "community"
    assert earlier.count("dont-know") == 7
    # A tally with other options has no earlier twin
    assert workspace.lessons.earlier_tally(c.id, pack.lessons, "class-charter", "had-a-say") is None


def test_private_notes_are_kept_per_class_and_lesson_and_erased(workspace: Workspace) -> None:
    a = workspace.classes.create("2.g")
    b = workspace.classes.create("3.b")
    assert workspace.lessons.note(a.id, "community") is None
    saved = workspace.lessons.save_note(a.id, "community", "Tal med Sofie om gruppen")
    assert saved is not None and saved.text == "Tal med Sofie om gruppen"
    workspace.lessons.save_note(a.id, "community", "Ny tekst")
    assert workspace.lessons.note(a.id, "community").text == "Ny tekst"  # type: ignore[union-attr]
    assert workspace.lessons.note(b.id, "community") is None
    assert workspace.lessons.save_note(a.id, "community", "   ") is None  # empty erases
    assert workspace.lessons.note(a.id, "community") is None
    workspace.lessons.save_note(a.id, "partnerships", "x")
    workspace.lessons.erase_note(a.id, "partnerships")
    assert workspace.lessons.note(a.id, "partnerships") is None


def test_the_series_from_file_names_is_the_series_of_the_pack() -> None:
    for language in ("da", "en", "nl"):
        pack = load_pack(language)
        ids = tuple(lesson.id for lesson in pack.lessons)
        assert startup_reads.lesson_series() == ids
        modules = tuple((m.id, tuple(lesson.id for lesson in m.lessons)) for m in pack.modules)
        assert startup_reads.module_series() == modules
        for module in pack.modules:
            assert startup_reads.module_title(module.id, language) == module.title


@pytest.mark.sqlite_only
def test_home_quick_answer_equals_the_service_answer(workspace: Workspace) -> None:
    pack = load_pack("da")
    lessons = pack.lessons
    fresh, middle, finished, reset = (workspace.classes.create(n) for n in ("1a", "2b", "3c", "4d"))
    run = workspace.lessons.start(middle.id, lessons[0])
    workspace.lessons.finish(run.run_id, lessons[0].steps[-1].id, 10)
    run = workspace.lessons.start(middle.id, lessons[3])
    workspace.lessons.step_changed(run.run_id, lessons[3].steps[0].id, 10, lessons[3].steps[1].id)
    for lesson in lessons:
        workspace.lessons.mark_done(finished.id, lesson)
    workspace.lessons.start(reset.id, lessons[0])
    workspace.lessons.reset(reset.id, lessons[0].id)
    ids = [fresh.id, middle.id, finished.id, reset.id]
    quick = startup_reads.next_lessons(
        startup_reads.lesson_runs(workspace.location.database),
        ids,
        startup_reads.lesson_series(),
        startup_reads.module_series(),
    )
    service = {
        class_id: workspace.lessons.progress(class_id, lessons, pack.modules).next
        for class_id in ids
    }
    assert quick == service == workspace.next_lessons(ids)
    assert quick[middle.id] is not None and quick[middle.id].number == 4  # type: ignore[union-attr]
    assert quick[middle.id].state is LessonState.IN_PROGRESS  # type: ignore[union-attr]
    assert quick[fresh.id] is not None and quick[fresh.id].number == 1  # type: ignore[union-attr]
    # After the series comes the module, numbered on its own
    after = quick[finished.id]
    assert after is not None and (after.module, after.number) == ("our-networks", 1)
    assert quick[reset.id] is not None and quick[reset.id].number == 1  # type: ignore[union-attr]
    # The records read with the standard library equal the service's, field by field
    assert [r for r in startup_reads.lesson_runs(workspace.location.database)] == [
        run for class_id in ids for run in workspace.lessons.runs(class_id)
    ]
    assert all(isinstance(r.started_at, datetime) for r in workspace.lessons.runs(middle.id))
