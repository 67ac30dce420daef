"""Moving data: import-local then export-local gives the same classes, students, rotations,
runs and charters; importing twice adds nothing; a dry run adds nothing and counts right."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from netwerk_desktop.content import load_pack
from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server.moving import copy_classes
from netwerk_desktop.workspace import Workspace


def _fill(workspace: Workspace, name: str, students: list[str]) -> None:
    summary, records = workspace.classes.create_with_students(name, students, "2026/27")
    ids = [r.id for r in records]
    workspace.roster.set_student_tags(ids[0], ["dansk"])
    workspace.partnerships.save_rotation(summary.id, ((tuple(ids[:2]), tuple(ids[2:4])),))
    workspace.partnerships.add_rule(summary.id, "apart", ids[0], ids[1])
    lesson = load_pack("da").lessons[0]
    steps = [s.id for s in lesson.steps]
    run = workspace.lessons.start(summary.id, lesson)
    workspace.lessons.step_changed(run.run_id, steps[0], 30, steps[1])
    workspace.lessons.save_tally(run.run_id, steps[1], {"yes": 3})
    workspace.charter.save(summary.id, ["Vi hilser"], lesson.id)
    workspace.charter.save(summary.id, ["Vi hilser", "Alle er med"])
    workspace.lessons.save_note(summary.id, lesson.id, "Husk at spørge Bo")
    board = workspace.board.open_board(summary.id, date.today() + timedelta(days=14))
    need = workspace.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, "Et sommerjob")
    offer = workspace.board.add_item(board.id, "PLR", ItemKind.OFFER, Category.WORK, "Et bageri")
    workspace.board.match(need.id, offer.id, introduction=True)


def _note_text(workspace: Workspace, class_id: int, lesson_id: str) -> str | None:
    note = workspace.lessons.note(class_id, lesson_id)
    return None if note is None else note.text


def _board_picture(workspace: Workspace, class_id: int) -> Any:
    current = workspace.board.current(class_id)
    if current is None:
        return None
    items = sorted((i.code, i.kind, i.text, i.status) for i in current.items)
    matches = sorted((m.need_code, m.offer_code, m.introduction) for m in current.matches)
    return current.closes_on, items, matches


def _picture(workspace: Workspace) -> dict[str, Any]:
    """Everything a teacher sees of each class, by names (ids differ between databases)."""
    picture: dict[str, Any] = {}
    for summary in workspace.classes.list_classes(include_archived=True):
        names = {s.id: s.display_name for s in workspace.roster.list_students(summary.id)}
        rotations = [
            (r.number, r.kind, r.status, sorted(sorted(names[i] for i in r.student_ids)))
            for r in workspace.partnerships.list_rotations(summary.id)
        ]
        runs = [
            (r.lesson_id, r.status, r.current_step_id, r.current_step_seconds)
            for r in workspace.lessons.runs(summary.id)
        ]
        picture[summary.name] = {
            "year": summary.school_year,
            "students": sorted(
                (s.display_name, s.active, s.tags)
                for s in workspace.roster.list_students(summary.id)
            ),
            "rotations": rotations,
            "rules": sorted(
                (r.kind, r.student_a.display_name, r.student_b.display_name)
                for r in workspace.partnerships.list_rules(summary.id)
            ),
            "runs": runs,
            "charters": [(c.version, c.rules) for c in workspace.charter.history(summary.id)],
            "note": _note_text(workspace, summary.id, runs[0][0]),
            "board": _board_picture(workspace, summary.id),
        }
    return picture


def test_import_local_then_export_local_round_trips(
    server_workspace: Workspace, tmp_path: Path
) -> None:
    # Given a teacher's local data set with two classes
    with Workspace.open(DataLocation(tmp_path / "laptop")) as local:
        _fill(local, "7A", ["Anna", "Bo", "Cai", "Dina"])
        _fill(local, "8B", ["Eli", "Finn", "Gry", "Hans", "Ida"])
        before = _picture(local)
        # When a dry run comes first, nothing is added, and it says what would be
        dry = copy_classes(local.engine, server_workspace.engine, dry_run=True)
        assert dry.classes_added == ("7A (2026/27)", "8B (2026/27)")
        assert server_workspace.classes.list_classes() == []
        # Then the import adds exactly that, and a second import adds nothing
        done = copy_classes(local.engine, server_workspace.engine)
        assert done.rows_added == dry.rows_added and done.rows_added["student"] == 9
        again = copy_classes(local.engine, server_workspace.engine)
        assert again.classes_added == () and again.classes_already_there == done.classes_added
    assert _picture(server_workspace) == before
    # When each class is exported to a local data set of its own
    for name in ("7A", "8B"):
        with Workspace.open(DataLocation(tmp_path / f"export-{name}")) as exported:
            copy_classes(server_workspace.engine, exported.engine, [name])
            # Then it holds that class exactly as it was on the laptop
            assert _picture(exported) == {name: before[name]}
