"""Starting the app: a second copy is refused, refusals are explained, the demo has a class."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from netwerk_desktop.workspace import Workspace
from tests.ui.helpers import when_dialog_opens
from ui.shell import app as app_module
from ui.shell.recovery_dialog import RecoveryDialog

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []

    def critical(_parent: object, _title: str, text: str, *args: object) -> int:
        said.append(text)
        return 0

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield said
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_second_copy_says_so_and_exits(workspace: Workspace, refusals: list[str]) -> None:
    workspace.classes.create("2.g")
    code = app_module.main(["--data-dir", str(workspace.location.data_dir)])
    assert code == 1
    assert "already open" in refusals[0]
    assert [c.name for c in workspace.classes.list_classes()] == ["2.g"]


def test_a_newer_database_is_refused_in_words(tmp_path: Path) -> None:
    import shutil
    import sqlite3

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "tests/fixtures/db/schema_0001.sqlite3", data / "netwerk.sqlite3")
    with sqlite3.connect(data / "netwerk.sqlite3") as db:
        db.execute("UPDATE alembic_version SET version_num='9999'")
    before = (data / "netwerk.sqlite3").read_bytes()
    said: list[str] = []

    def read_and_quit(dialog: QWidget) -> None:
        said.append(dialog.findChild(QLabel, "recoveryProblem").text())
        quit_button = dialog.findChild(QPushButton, "recoveryQuit")
        said.append(quit_button.text())
        quit_button.click()

    when_dialog_opens(read_and_quit, kind=RecoveryDialog)
    assert app_module.main(["--data-dir", str(data)]) == 1
    assert "newer version" in said[0]
    assert said[1] == "Quit, to install the newer version"  # updating loses nothing
    assert (data / "netwerk.sqlite3").read_bytes() == before


def test_the_app_starts_paints_and_quits(tmp_path: Path) -> None:
    # The real launcher in its own process, as `make run` starts it
    result = subprocess.run(
        [sys.executable, "main.py", "--data-dir", str(tmp_path / "d"), "--quit-after-show"],
        cwd=ROOT,
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "netwerk.sqlite3").exists()
    assert "starting with data in" in (tmp_path / "d" / "logs" / "netwerk.log").read_text()


def test_demo_opens_a_sample_class_and_leaves_nothing_behind(tmp_path: Path) -> None:
    import tempfile

    before = set(Path(tempfile.gettempdir()).glob("netwerk-demo-*"))
    result = subprocess.run(
        [sys.executable, "main.py", "--demo", "--quit-after-show"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": tempfile.gettempdir()},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert set(Path(tempfile.gettempdir()).glob("netwerk-demo-*")) == before


def test_demo_data_has_a_class_with_students(workspace: Workspace) -> None:
    from netwerk_desktop.demo import DEMO_CLASS, DEMO_STUDENTS, fill_demo

    fill_demo(workspace)
    (demo,) = workspace.classes.list_classes()
    assert demo.name == DEMO_CLASS
    assert demo.student_count == len(DEMO_STUDENTS)
    rotation = workspace.partnerships.current_rotation(demo.id)
    assert rotation is not None and len(rotation.student_ids) == len(DEMO_STUDENTS)
    assert workspace.charter.current(demo.id) is not None
