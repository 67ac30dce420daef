from __future__ import annotations

import pytest

from netwerk_desktop.errors import AlreadyExists, Ambiguous, InvalidValue, NotFound
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.workspace import Workspace

NAMES = [
    "Åse Holm",
    "Zeynep Yılmaz",
    "Æble Jensen",
    "anders Bo",
    "Øjvind Lund",
    "Émile Dubois",
    "Ольга Петрова",
    "محمد علي",
    "Kim 🌟 Berg",
    "IJsbrand de Vries",
]


def test_names_are_kept_exactly_and_sorted_by_the_class_language(workspace: Workspace) -> None:
    danish = workspace.classes.create("2.g", content_language="da")
    dutch = workspace.classes.create("H4b", content_language="nl")
    workspace.roster.add_students(danish.id, NAMES)
    workspace.roster.add_students(dutch.id, NAMES)
    in_danish = [s.display_name for s in workspace.roster.list_students(danish.id)]
    in_dutch = [s.display_name for s in workspace.roster.list_students(dutch.id)]
    assert sorted(in_danish) == sorted(NAMES)  # nothing altered
    # Danish: æ ø å after z; Dutch: Å and Æ fold to A, Ø to O
    assert in_danish.index("Zeynep Yılmaz") < in_danish.index("Æble Jensen")
    assert (
        in_danish.index("Æble Jensen")
        < in_danish.index("Øjvind Lund")
        < in_danish.index("Åse Holm")
    )
    assert (
        in_dutch.index("Åse Holm")
        < in_dutch.index("Émile Dubois")
        < in_dutch.index("Zeynep Yılmaz")
    )
    # other scripts after Latin
    assert in_danish.index("Åse Holm") < in_danish.index("Ольга Петрова")


def test_adding_is_all_or_nothing(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    with pytest.raises(InvalidValue):
        workspace.roster.add_students(c.id, ["Anna", "   ", "Bo"])
    with pytest.raises(InvalidValue):
        workspace.roster.add_students(c.id, ["Anna", "x" * 101])
    assert workspace.roster.list_students(c.id) == []


def test_every_roster_change_can_be_undone(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    (anna, bo), _ = workspace.roster.add_students(c.id, ["Anna", "Bo"])
    _, undo_rename = workspace.roster.rename_student(anna.id, "Anna K.")
    _, undo_leave = workspace.roster.set_active(bo.id, False)
    _, undo_tags = workspace.roster.set_student_tags(anna.id, ["ny på skolen", "linje: nat"])
    assert workspace.roster.get_student(anna.id).tags == ("linje: nat", "ny på skolen")
    undo_remove = workspace.roster.remove_student(anna.id)
    assert [s.display_name for s in workspace.roster.list_students(c.id)] == ["Bo"]

    workspace.roster.undo(undo_remove)
    restored = workspace.roster.get_student(anna.id)
    assert (restored.display_name, restored.tags) == ("Anna K.", ("linje: nat", "ny på skolen"))
    workspace.roster.undo(undo_tags)
    assert workspace.roster.get_student(anna.id).tags == ()
    workspace.roster.undo(undo_leave)
    assert workspace.roster.get_student(bo.id).active
    workspace.roster.undo(undo_rename)
    assert workspace.roster.get_student(anna.id).display_name == "Anna"


def test_undo_of_an_import_removes_what_was_added(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    workspace.roster.add_student(c.id, "Anna")
    _, undo = workspace.roster.add_students(c.id, ["Bo", "Cai"])
    workspace.roster.undo(undo)
    assert [s.display_name for s in workspace.roster.list_students(c.id)] == ["Anna"]


def test_inactive_students_stay_but_are_not_counted(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    (anna, _bo), _ = workspace.roster.add_students(c.id, ["Anna", "Bo"])
    workspace.roster.set_active(anna.id, False)
    assert workspace.classes.get(c.id).student_count == 1
    assert [
        s.display_name for s in workspace.roster.list_students(c.id, include_inactive=False)
    ] == ["Bo"]
    assert len(workspace.roster.list_students(c.id)) == 2


def test_tags(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    workspace.roster.add_tag(c.id, "linje: science")
    with pytest.raises(AlreadyExists):
        workspace.roster.add_tag(c.id, "Linje:  Science")
    (anna,), _ = workspace.roster.add_students(c.id, ["Anna"])
    workspace.roster.set_student_tags(anna.id, ["LINJE: SCIENCE", "ny"])
    assert workspace.roster.list_tags(c.id) == ["linje: science", "ny"]
    workspace.roster.rename_tag(c.id, "ny", "new at school")
    assert workspace.roster.get_student(anna.id).tags == ("linje: science", "new at school")
    workspace.roster.delete_tag(c.id, "linje: science")
    assert workspace.roster.get_student(anna.id).tags == ("new at school",)


def test_find_student(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    workspace.roster.add_students(c.id, ["Anna Holm", "Anna  holm", "Bo"])
    assert workspace.roster.find_student(c.id, "bo").display_name == "Bo"
    with pytest.raises(Ambiguous):
        workspace.roster.find_student(c.id, "anna holm")
    with pytest.raises(NotFound):
        workspace.roster.find_student(c.id, "Cai")


def test_changes_are_published(workspace: Workspace) -> None:
    seen: list[Change] = []
    workspace.changes.subscribe(seen.append)
    c = workspace.classes.create("2.g")
    workspace.roster.add_student(c.id, "Anna")
    assert seen[-1].touches(Topic.ROSTER) and seen[-1].class_id == c.id
