"""A full disk, write-protected media and a database without rights: the data stays readable,
nothing is reported as damaged, and every message says what is wrong (issue 13, items 8-10).
Real mounts (tmpfs, a read-only bind mount) and a real unprivileged user, skipped where the
machine does not permit them; tests/core/storage covers the same logic by injected errors."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.cli import run
from tests.drills.conftest import recording
from tests.mounts import fill_disk, read_only, tmpfs


def _fill(location: DataLocation) -> None:
    with Workspace.open(location, now=lambda: datetime(2026, 9, 1, 8, 0)) as workspace:
        workspace.classes.create_with_students("2.g", ["Anna Holm", "Bo Berg"])
        workspace.backup_now("manual")


def _reads_exports_refuses(
    capsys: pytest.CaptureFixture[str], location: DataLocation, out: Path, says: str
) -> None:
    data = ["--data-dir", str(location.data_dir)]
    code, listed, err = run(capsys, *data, "roster", "list", "--class", "2.g")
    assert code == 0 and listed.split() == ["Anna", "Holm", "Bo", "Berg"], err
    code, _, err = run(
        capsys, *data, "students", "export", "--class", "2.g", "Anna Holm", "--out", str(out)
    )
    assert code == 0, err
    assert json.loads(out.read_text(encoding="utf-8"))["student"]["display_name"] == "Anna Holm"
    code, _, err = run(capsys, *data, "classes", "add", "3.h")
    assert code == 1 and says in err and "damaged" not in err and "Traceback" not in err, err


def test_a_full_disk(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with recording("disk full (tmpfs, 56 kB free)"), tmpfs(tmp_path / "small", "2m") as mounted:
        location = DataLocation(mounted / "data")
        _fill(location)
        fill_disk(mounted, 56 * 1024)
        _reads_exports_refuses(capsys, location, tmp_path / "anna.json", "disk is full")


def test_write_protected_media(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    location = DataLocation(tmp_path / "stick")
    _fill(location)
    with recording("write-protected data folder (read-only mount)"), read_only(location.data_dir):
        _reads_exports_refuses(capsys, location, tmp_path / "anna.json", "read-only")
        code, out, err = run(capsys, "--data-dir", str(location.data_dir), "backups")
        assert code == 0 and "1 classes" in out, err
