from __future__ import annotations

import contextlib
import json
import sqlite3

import pytest

from netwerk_desktop.services.partnership_records import RotationChoices
from netwerk_desktop.storage.sqlite_file import read_only_uri
from netwerk_desktop.workspace import Workspace


def all_tables(database) -> list[str]:
    with sqlite3.connect(read_only_uri(database), uri=True) as db:
        return [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]


def test_export_holds_everything_about_one_student(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g", "2026/27")
    (anna, _), _ = workspace.roster.add_students(c.id, ["Anna Ærø", "Bo"])
    workspace.roster.set_student_tags(anna.id, ["ny på skolen"])
    exported = workspace.privacy.export_student(anna.id)
    text = json.dumps(exported, ensure_ascii=False)
    assert exported["student"]["display_name"] == "Anna Ærø"
    assert exported["student"]["tags"] == ["ny på skolen"]
    assert exported["stored_rows"]["student"][0]["id"] == anna.id
    assert exported["stored_rows"]["student_tag"] == [{"student_id": anna.id, "tag_id": 1}]
    assert "Bo" not in text


def student_references(database) -> list[tuple[str, str]]:
    """(table, column) for every column any table points at student.id with, as SQLite
    itself reports its foreign keys, so tables added later are walked too."""
    found = [("student", "id")]
    with sqlite3.connect(read_only_uri(database), uri=True) as db:
        for table in all_tables(database):
            for row in db.execute(f"PRAGMA foreign_key_list({table})"):
                if row[2] == "student" and row[4] == "id":
                    found.append((table, row[3]))
    return found


@pytest.mark.sqlite_only
def test_erase_leaves_no_row_and_no_copy_in_the_backups(workspace: Workspace) -> None:
    # Given a student with tags, a rule and partnerships, and backups that hold them
    c = workspace.classes.create("2.g")
    students, _ = workspace.roster.add_students(
        c.id, ["Anna Sørensen-Ærø", "Bo", "Cai", "Dina", "Eli", "Finn", "Gry", "Hans"]
    )
    anna, bo = students[0], students[1]
    workspace.roster.set_student_tags(anna.id, ["ny"])
    workspace.partnerships.add_rule(c.id, "apart", anna.id, bo.id)
    proposal = workspace.planner.propose(c.id, RotationChoices(time_budget_s=0.2))
    workspace.partnerships.save_rotation(c.id, proposal.rotation)
    workspace.backup_now("manual")
    database = workspace.location.database
    references = student_references(database)
    assert {t for t, _ in references} >= {
        "student",
        "student_tag",
        "rotation_member",
        "partnership_rule",
    }
    # When she is erased
    report = workspace.privacy.erase_student(anna.id)
    # Then no row in any table refers to her
    assert report.complete and report.student_name == "Anna Sørensen-Ærø"
    with sqlite3.connect(read_only_uri(database), uri=True) as db:
        for table, column in references:
            hits = db.execute(f"SELECT count(*) FROM {table} WHERE {column}=?", (anna.id,))
            assert hits.fetchone()[0] == 0, f"{table}.{column}"
    # And her name is in no file of the data folder, backups included, but Bo is kept
    assert report.backups_cleaned >= 1
    files = [p for p in workspace.location.data_dir.rglob("*") if p.is_file()]
    for path in files:
        data = path.read_bytes()
        assert "Anna Sørensen-Ærø".encode() not in data, path
    kept = [s.display_name for s in workspace.roster.list_students(c.id)]
    assert kept == ["Bo", "Cai", "Dina", "Eli", "Finn", "Gry", "Hans"]


def _names_in(database) -> set[str]:
    with sqlite3.connect(read_only_uri(database, immutable=True), uri=True) as db:
        return {r[0] for r in db.execute("SELECT display_name FROM student")}


def _everywhere(workspace: Workspace) -> list[set[str]]:
    return [_names_in(workspace.location.database)] + [
        _names_in(b.path) for b in workspace.list_backups()
    ]


def test_an_interrupted_erasure_is_finished_at_the_next_start(location) -> None:
    # Given a student in three backups, and an erasure killed after the database commit
    with Workspace.open(location) as workspace:
        c = workspace.classes.create("2.g")
        workspace.roster.add_students(c.id, ["Anna Holm", "Bo Berg"])
        for _ in range(3):
            workspace.backup_now("manual")
        anna = workspace.roster.find_student(c.id, "Anna Holm")

        from netwerk_desktop.services import privacy

        def killed(*_args, **_kwargs):
            raise KeyboardInterrupt  # stands for the kill right after the database commit

        original = privacy.PrivacyService._erase_in_backups
        privacy.PrivacyService._erase_in_backups = killed  # type: ignore[method-assign]
        try:
            with contextlib.suppress(KeyboardInterrupt):
                workspace.privacy.erase_student(anna.id)
        finally:
            privacy.PrivacyService._erase_in_backups = original  # type: ignore[method-assign]
        assert "Anna Holm" not in _names_in(location.database)
        assert any("Anna Holm" in names for names in _everywhere(workspace))
    assert location.pending_erasures.exists()
    # When the app starts again
    with Workspace.open(location) as workspace:
        # Then the erasure is finished and reported
        assert [r.student_name for r in workspace.finished_erasures] == ["Anna Holm"]
        assert workspace.finished_erasures[0].complete
        assert all("Anna Holm" not in names for names in _everywhere(workspace))
        manual = [b.path for b in workspace.list_backups() if b.reason == "manual"]
        assert len(manual) == 3 and all("Bo Berg" in _names_in(path) for path in manual)
    assert not location.pending_erasures.exists()


@pytest.mark.sqlite_only
def test_a_student_removed_earlier_is_erased_from_the_backups_by_name(
    workspace: Workspace,
) -> None:
    c = workspace.classes.create("2.g")
    workspace.roster.add_students(c.id, ["Anna Holm", "Bo Berg"])
    workspace.backup_now("manual")
    anna = workspace.roster.find_student(c.id, "Anna Holm")
    workspace.roster.remove_student(anna.id)
    assert workspace.privacy.backups_naming_student("2.g", None, "Anna Holm") == 1
    # The name as typed, with a zero-width space and other case, finds her
    report = workspace.privacy.erase_by_name("2.g", "anna\u200bholm")
    assert report.backups_cleaned == 1 and report.complete
    assert all("Anna Holm" not in names for names in _everywhere(workspace))
    assert workspace.privacy.backups_naming_student("2.g", None, "Anna Holm") == 0


@pytest.mark.sqlite_only
def test_files_named_like_backups_that_are_not_are_skipped_and_reported(
    workspace: Workspace,
) -> None:
    c = workspace.classes.create("2.g")
    (anna, _), _ = workspace.roster.add_students(c.id, ["Anna Holm", "Bo Berg"])
    workspace.backup_now("manual")
    bogus = workspace.location.backup_dir / "netwerk-20200101-080000-manual.sqlite3"
    bogus.write_text("a note, not a database")
    report = workspace.privacy.erase_student(anna.id)
    assert report.complete
    assert report.skipped_files == (bogus,)
    assert bogus.read_text() == "a note, not a database"


def test_erasure_removes_the_previews(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    (anna, _), _ = workspace.roster.add_students(c.id, ["Anna Holm", "Bo Berg"])
    preview = workspace.preview_path()
    preview.write_bytes(b"%PDF-1.4 Anna Holm")
    assert preview.parent == workspace.location.previews_dir
    report = workspace.privacy.erase_student(anna.id)
    assert report.previews_removed == 1
    assert not preview.exists()


def test_erasure_removes_preview_folders_and_leaves_other_folders(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    (anna, _), _ = workspace.roster.add_students(c.id, ["Anna Holm", "Bo Berg"])
    folder = workspace.preview_folder()
    (folder / "0001").mkdir()
    (folder / "0001" / "01-worksheet.pdf").write_bytes(b"%PDF-1.4 Anna Holm")
    (folder / "02-cards.pdf").write_bytes(b"%PDF-1.4 Anna Holm")
    not_ours = workspace.location.previews_dir / "kept by someone"
    not_ours.mkdir()
    (not_ours / "note.txt").write_text("not a preview")
    report = workspace.privacy.erase_student(anna.id)
    assert report.previews_removed == 2
    assert not folder.exists()
    assert (not_ours / "note.txt").read_text() == "not a preview"


def test_stale_previews_are_removed_at_start(location) -> None:
    with Workspace.open(location) as workspace:
        preview = workspace.preview_path()
        preview.write_bytes(b"%PDF-1.4")
    leftover = location.previews_dir / "preview-from-a-crash.pdf"
    leftover.write_bytes(b"%PDF-1.4")
    left_folder = location.previews_dir / "preview-set-from-a-crash" / "0003"
    left_folder.mkdir(parents=True)
    (left_folder / "01-worksheet.pdf").write_bytes(b"%PDF-1.4")
    Workspace.open(location).close()
    assert not leftover.exists()
    assert not left_folder.parent.exists()
