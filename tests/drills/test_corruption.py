"""Every damaged state ends in a working recovery path (issue 13, items 2, 3, 8-12, 20).

Each scenario damages a data folder that has backups, then checks that opening it gives the
typed error for that state (never a traceback, never a silently new database), that the
command line's `backups` lists a backup and `restore --newest` brings the data back, that the
damaged file is kept, and that the data opens afterwards with everything the backup held.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from netwerk_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseNewer,
    DataFolderUnusable,
    NetwerkError,
)
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.recovery import Recovery
from netwerk_desktop.workspace import Workspace
from tests.cli import run
from tests.drills.conftest import record, recording

Damage = Callable[[DataLocation], None]


def _zero_bytes(location: DataLocation) -> None:
    location.database.write_bytes(b"")


def _missing(location: DataLocation) -> None:
    location.database.unlink()


def _scribbled(location: DataLocation) -> None:
    data = bytearray(location.database.read_bytes())
    data[4096:] = bytes(0x5A for _ in range(len(data) - 4096))
    location.database.write_bytes(bytes(data))


def _truncated(location: DataLocation) -> None:
    data = location.database.read_bytes()
    location.database.write_bytes(data[: len(data) // 3])


def _garbage(location: DataLocation) -> None:
    location.database.write_bytes(os.urandom(64 * 1024))


def _header_only(location: DataLocation) -> None:
    data = location.database.read_bytes()
    location.database.write_bytes(data[:100])


def _foreign(location: DataLocation) -> None:
    location.database.unlink()
    with sqlite3.connect(location.database) as db:
        db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")


def _newer(location: DataLocation) -> None:
    with sqlite3.connect(location.database) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")


def _folder(location: DataLocation) -> None:
    location.database.unlink()
    location.database.mkdir()


def _garbage_wal(location: DataLocation) -> None:
    # A -wal left beside the database whose frames do not belong to it: SQLite ignores it.
    location.database.with_name("netwerk.sqlite3-wal").write_bytes(os.urandom(8192))


SCENARIOS: dict[str, tuple[Damage, type[NetwerkError] | None]] = {
    "0-byte database": (_zero_bytes, DatabaseEmpty),
    "missing database": (_missing, DatabaseMissing),
    "scribbled pages": (_scribbled, DatabaseDamaged),
    "truncated database": (_truncated, DatabaseDamaged),
    "random bytes": (_garbage, DatabaseDamaged),
    "header only": (_header_only, DatabaseDamaged),
    "foreign SQLite file": (_foreign, DatabaseDamaged),
    "newer schema": (_newer, DatabaseNewer),
    "a folder named netwerk.sqlite3": (_folder, DatabaseDamaged),
    "a stray -wal file": (_garbage_wal, None),
}


def _data_folder(tmp_path: Path) -> DataLocation:
    location = DataLocation(tmp_path / "data")
    day = datetime(2026, 9, 1, 8, 0)
    with Workspace.open(location, now=lambda: day) as workspace:
        workspace.classes.create_with_students("2.g", ["Anna Holm", "Bo Berg"])
    later = day + timedelta(days=1)
    Workspace.open(location, now=lambda: later).close()
    return location


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_every_damaged_state_has_a_way_back(
    scenario: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damage, expected = SCENARIOS[scenario]
    location = _data_folder(tmp_path)
    damage(location)
    with recording(f"damaged: {scenario}"):
        if expected is None:
            with Workspace.open(location) as workspace:
                assert {c.name for c in workspace.classes.list_classes()} == {"2.g"}
            return
        with pytest.raises(expected):
            Workspace.open(location)
        data = ["--data-dir", str(location.data_dir)]
        code, out, err = run(capsys, *data, "backups")
        assert code == 0 and "1 classes, 2 students" in out, err
        code, out, err = run(capsys, *data, "restore", "--newest")
        assert code == 0, err
        with Workspace.open(location) as workspace:
            assert workspace.health().ok
            names = {s.display_name for s in workspace.roster.list_students(1)}
            assert names == {"Anna Holm", "Bo Berg"}
        kept = [p for p in location.data_dir.iterdir() if p.name.startswith("netwerk-damaged-")]
        if scenario != "missing database":
            assert kept, "the damaged file was not kept"


def test_unusable_data_folders_say_why(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases: dict[str, Path] = {}
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    cases["--data-dir is a file"] = a_file
    lock_folder = _data_folder(tmp_path / "lock").data_dir
    (lock_folder / "netwerk.lock").unlink()
    (lock_folder / "netwerk.lock").mkdir()
    cases["a folder named netwerk.lock"] = lock_folder
    cases["--data-dir under /proc"] = Path("/proc/netwerk")
    for name, folder in cases.items():
        with recording(f"unusable: {name}"):
            with pytest.raises(DataFolderUnusable):
                Workspace.open(DataLocation(folder))
            code, _, err = run(capsys, "--data-dir", str(folder), "classes", "list")
            assert code == 1 and err.startswith("error:") and "Traceback" not in err, err


def test_only_a_second_copy_is_left(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The classroom PC was re-imaged: the data folder and its backups are gone; the second
    # copy on the teacher's stick is the way back.
    location = _data_folder(tmp_path)
    stick = tmp_path / "stick"
    data = ["--data-dir", str(location.data_dir)]
    assert run(capsys, *data, "backup", "--also-to", str(stick))[0] == 0
    shutil.rmtree(location.data_dir)
    copies = Recovery(location, extra_folders=(stick,)).backups()
    assert copies and copies[0].classes == 1
    code, _, err = run(capsys, *data, "restore", str(copies[0].path))
    assert code == 0, err
    with Workspace.open(location) as workspace:
        assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]
    record("damaged: data folder wiped, second copy left", 1, 0)
