"""Settings → School server, and the app started on a school server: the address is kept
without a password, the status bar says where the data is, and while the server is away the
presenter and the status bar say "saved on this PC, will be sent"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server.journal import JournalEntry
from tests.postgres import database_url, libpq
from ui.common.app_settings import AppSettings, Setting
from ui.shell.app import RunningApp, launched


def test_the_address_is_kept_but_never_a_password(qtbot: QtBot, running: RunningApp) -> None:
    running.window.show_screen("settings")
    screen = running.window.screens["settings"]
    address = screen.findChild(QLineEdit, "schoolServerAddress")
    use = screen.findChild(QPushButton, "useSchoolServer")
    feedback = screen.findChild(QLabel, "schoolServerFeedback")
    assert address is not None and use is not None and feedback is not None
    # A password in the address is refused, and nothing is stored
    qtbot.keyClicks(address, "postgresql://anna:hemmelig@server.school/netwerk")
    use.click()
    assert "never stores" in feedback.text()
    assert running.settings.value(Setting.SCHOOL_SERVER) == ""
    # Without it, the address is kept for the next start
    address.clear()
    qtbot.keyClicks(address, "postgresql://anna@server.school/netwerk?sslmode=verify-full")
    use.click()
    assert "next start" in feedback.text()
    stored = running.settings.value(Setting.SCHOOL_SERVER)
    assert stored == "postgresql://anna@server.school/netwerk?sslmode=verify-full"
    assert "hemmelig" not in running.workspace.location.settings_file.read_text()
    # On this PC's own data the status bar says nothing about a server
    assert not running.window.server_state.isVisible()


def test_the_app_on_the_school_server_shows_what_waits_to_be_sent(
    qtbot: QtBot, server_database: str, tmp_path: Path
) -> None:
    location = DataLocation(tmp_path / "classroom-pc")
    location.ensure()
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
    address = libpq(database_url(server_database))
    with launched(["--data-dir", str(location.data_dir), "--server", address]) as started:
        running = started.running
        assert running is not None
        state = running.window.server_state
        assert state.isVisible() and "everything is saved there" in state.text()
        settings = running.window.show_screen("settings") or running.window.screens["settings"]
        now = settings.findChild(QLabel, "schoolServerNow")
        assert now is not None and "school server" in now.text()
        # Given a lesson change that could not be sent yet (the server was away)
        journal = running.workspace.journal  # type: ignore[attr-defined]
        journal._write([JournalEntry("e1", "save_position", {}, "2026-12-04T10:00:00")])
        state.check()
        assert "Saved on this PC, will be sent to the school server (1 change)" in state.text()
        journal._write([])
        state.check()
        assert "everything is saved there" in state.text()
