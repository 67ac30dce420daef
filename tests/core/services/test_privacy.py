from __future__ import annotations

import json
import sqlite3

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


def test_erase_leaves_no_row_and_no_copy_in_the_backups(workspace: Workspace) -> None:
    # Given a student with tags, a rule and partnerships, and backups that hold them
    c = workspace.classes.create("2.g")
    students, _ = workspace.roster.add_students(
        c.id, ["Anna Sørensen-Ærø", "Bo", "Cai", "Dina", "Eli", "Finn", "Gry", "Hans"]
    )
    anna, bo = students[0], students[1]
    workspace.roster.set_student_tags(anna.id, ["ny"])
    workspace.partnerships.add_rule(c.id, "apart", anna.id, bo.id)
    proposal = workspace.planner.propose(c.id, time_budget_s=0.2)
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
