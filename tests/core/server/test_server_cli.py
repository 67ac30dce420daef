"""The command line on a school server: the IT adds a teacher, the teacher's local classes
move to the server (dry run first, twice adds nothing), an erasure says what the server's own
backups keep, and no password ever lands in the local data folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.cli import run
from tests.postgres import database_url, libpq


def test_a_teacher_moves_to_the_server_and_erases_a_student(
    server_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    it_args = ("--data-dir", str(tmp_path / "it"), "--server", libpq(database_url(server_database)))
    laptop = tmp_path / "laptop"
    with Workspace.open(DataLocation(laptop)) as local:
        local.classes.create_with_students("7A", ["Anna Holm", "Bo Berg"], "2026/27")
    # The IT adds the teacher, the password from standard input
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    code, out, _ = run(capsys, *it_args, "server", "add-teacher", "anna_h", "--password-stdin")
    assert code == 0 and "anna_h" in out
    # A dry run first, then the move, then again: nothing twice
    moves = [
        run(capsys, *it_args, "server", "import-local", str(laptop), "--owner", "anna_h", *extra)
        for extra in (["--dry-run"], [], [])
    ]
    assert [m[0] for m in moves] == [0, 0, 0]
    assert "Would add 1 class(es): 7A (2026/27)" in moves[0][1]
    assert "Added 1 class(es): 7A (2026/27)" in moves[1][1]
    assert "Added 0 class(es)" in moves[2][1] and "Already there" in moves[2][1]
    # The teacher logs in with a pgpass file and erases a student
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:*:{server_database}:anna_h:a long password\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    monkeypatch.setenv("NETWERK_DATABASE_URL", libpq(database_url(server_database, "anna_h")))
    pc = tmp_path / "classroom-pc"
    code, out, err = run(capsys, "--data-dir", str(pc), "classes", "list")
    assert code == 0 and "7A" in out, err
    code, _, err = run(
        capsys, "--data-dir", str(pc), "students", "erase", "--class", "7A", "Bo Berg", "--yes"
    )
    assert code == 0
    assert "backups of the server keep the data until they expire" in err
    code, out, _ = run(capsys, "--data-dir", str(pc), "roster", "list", "--class", "7A")
    assert "Bo Berg" not in out and "Anna Holm" in out
    # No password in anything the app wrote on the classroom PC
    for path in pc.rglob("*"):
        if path.is_file():
            assert b"a long password" not in path.read_bytes(), path
