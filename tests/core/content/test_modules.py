"""Modules beside the series: read from modules/<id>/, numbered on their own, checked like
lessons and at parity, borrowed from Danish, and part of what comes next for a class."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from netwerk_desktop.content import FallbackKind, IssueCode, check_packs, load_pack
from netwerk_desktop.services.lesson_records import (
    LessonState,
    RunRecord,
    RunStatus,
    next_lesson,
)
from tests.core.content.packs import Table, lesson, toml_text, write_pack


def write_module(root: Path, language: str, lessons: list[Table], module_id: str = "nets") -> None:
    folder = root / language / "modules" / module_id
    (folder / "lessons").mkdir(parents=True, exist_ok=True)
    header = {"id": module_id, "title": f"Netværk ({language})", "summary": "Tre lektioner."}
    (folder / "module.toml").write_text(toml_text(header), encoding="utf-8")
    for table in lessons:
        name = f"{table['number']:02d}-{table['id']}.toml"
        (folder / "lessons" / name).write_text(toml_text(table), encoding="utf-8")


def codes(root: Path) -> set[tuple[IssueCode, str]]:
    return {(issue.code, issue.file) for issue in check_packs(root) if issue.is_error}


def test_a_module_is_read_beside_the_series_with_its_own_numbers(tmp_path: Path) -> None:
    write_pack(tmp_path, "da", [lesson("community", 1)])
    write_module(tmp_path, "da", [lesson("my-network", 1), lesson("needs-offers", 2)])
    assert codes(tmp_path) == set()
    pack = load_pack("da", tmp_path)
    assert [item.id for item in pack.lessons] == ["community"]  # the series is unchanged
    (module,) = pack.modules
    assert [(item.id, item.number, item.module) for item in module.lessons] == [
        ("my-network", 1, "nets"),
        ("needs-offers", 2, "nets"),
    ]
    found = pack.lesson("needs-offers")
    assert found is not None and pack.series_of(found) == module.lessons
    assert [item.id for item in pack.all_lessons] == ["community", "my-network", "needs-offers"]


def test_module_lessons_are_checked_like_lessons(tmp_path: Path) -> None:
    write_pack(tmp_path, "da", [lesson("community", 1)])
    broken = lesson("my-network", 1)
    broken["minutes"] = 5  # below the 45 a lesson is written for
    write_module(tmp_path, "da", [broken, lesson("community", 3)])
    found = codes(tmp_path)
    assert (IssueCode.OUT_OF_RANGE, "da/modules/nets/lessons/01-my-network.toml") in found
    # An id used in the series already, and numbers with a gap
    assert (IssueCode.DUPLICATE_ID, "da/modules/nets/lessons/03-community.toml") in found
    numbers = [i for i in check_packs(tmp_path) if i.code is IssueCode.LESSON_NUMBERS]
    assert [i.file for i in numbers] == ["da/modules/nets/lessons"]  # a warning in a draft


def test_modules_are_compared_between_languages(tmp_path: Path) -> None:
    for language in ("da", "en"):
        write_pack(tmp_path, language, [lesson("community", 1)])
    write_module(tmp_path, "da", [lesson("my-network", 1)])
    other = lesson("my-network", 1)
    other["minutes"] = 75
    write_module(tmp_path, "en", [other])
    parity = [i for i in check_packs(tmp_path) if i.code is IssueCode.PARITY]
    assert [(i.file, i.field) for i in parity] == [
        ("en/modules/nets/lessons/01-my-network.toml", "minutes")
    ]


def test_a_language_without_the_module_borrows_it_from_danish(tmp_path: Path) -> None:
    for language in ("da", "nl"):
        write_pack(tmp_path, language, [lesson("community", 1)])
    write_module(tmp_path, "da", [lesson("my-network", 1)])
    pack = load_pack("nl", tmp_path)
    assert [m.id for m in pack.modules] == ["nets"]
    assert any(f.kind is FallbackKind.MODULE for f in pack.fallbacks)
    missing = [i for i in check_packs(tmp_path) if i.code is IssueCode.MISSING_IN_LANGUAGE]
    assert [i.file for i in missing] == ["nl/modules/nets/module.toml"]


def _run(lesson_id: str, status: RunStatus, minutes: int) -> RunRecord:
    when = datetime(2027, 1, 1, 9) + timedelta(minutes=minutes)
    return RunRecord(
        id=minutes,
        class_id=1,
        lesson_id=lesson_id,
        lesson_version=1,
        status=status,
        current_step_id=None,
        current_step_seconds=0,
        started_at=when,
        finished_at=when if status is RunStatus.DONE else None,
        updated_at=when,
    )


def test_what_comes_next_after_the_series_or_in_a_module_run_on_its_own() -> None:
    series = ("a", "b")
    modules = (("nets", ("n1", "n2", "n3")),)
    # Nothing run yet: the series comes first
    first = next_lesson(series, [], modules)
    assert first is not None and (first.lesson_id, first.module) == ("a", None)
    # The series done: the module, numbered on its own
    done = [_run("a", RunStatus.DONE, 1), _run("b", RunStatus.DONE, 2)]
    after = next_lesson(series, done, modules)
    assert after is not None and (after.lesson_id, after.number, after.module) == ("n1", 1, "nets")
    # A module run on its own goes on in the module, not back to the series
    alone = [_run("n1", RunStatus.DONE, 1)]
    on_its_own = next_lesson(series, alone, modules)
    assert on_its_own is not None and (on_its_own.lesson_id, on_its_own.number) == ("n2", 2)
    # A module lesson in progress is continued
    busy = next_lesson(series, [*alone, _run("n2", RunStatus.RUNNING, 5)], modules)
    assert busy is not None and busy.state is LessonState.IN_PROGRESS and busy.lesson_id == "n2"
    # Everything done: nothing comes next
    everything = [*done, *(_run(n, RunStatus.DONE, 10 + i) for i, n in enumerate(modules[0][1]))]
    assert next_lesson(series, everything, modules) is None
