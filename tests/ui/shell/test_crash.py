from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ui.shell.crash_dialog import CrashReporter
from ui.shell.crash_log import CrashHandler, setup_logging


@pytest.fixture
def crash_setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication):
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:  # record instead of blocking the test
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    log_path = setup_logging(tmp_path / "logs")
    reporter = CrashReporter(qapp)
    CrashHandler(log_path, reporter.report).install()
    yield log_path, reporter, shown
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot: QtBot, crash_setup) -> None:
    log_path, reporter, shown = crash_setup

    def broken_slot() -> None:
        raise RuntimeError("the projector cable fell out")

    # When a slot raises while the event loop runs
    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: reporter.shown == 1, timeout=2000)
    # Then the log has the traceback and the dialog says where the log is
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: the projector cable fell out" in text
    assert "broken_slot" in text
    box = shown[0]
    assert str(log_path) in box.informativeText()
    assert "the projector cable fell out" in box.detailedText()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, crash_setup
) -> None:
    import threading

    log_path, reporter, _shown = crash_setup
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.shown == 1, timeout=2000)
    assert "ZeroDivisionError" in log_path.read_text(encoding="utf-8")


def test_the_log_rotates(tmp_path: Path) -> None:
    log_path = setup_logging(tmp_path / "logs")
    logger = logging.getLogger("netwerk.test")
    for _ in range(2500):
        logger.info("x" * 500)
    files = sorted(p.name for p in log_path.parent.iterdir())
    assert "netwerk.log.1" in files
    assert all(p.stat().st_size <= 1_100_000 for p in log_path.parent.iterdir())
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()
