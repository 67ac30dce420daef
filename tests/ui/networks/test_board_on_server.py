"""The board on a school server, through the app started with --server: closing it asks first
and says that the school's own backups of the server keep the texts until they expire (the app
cleans no backup of the server), then deletes the texts there."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from netwerk_desktop.networks import Category, ItemKind
from netwerk_desktop.paths import DataLocation
from tests.postgres import database_url, libpq
from tests.ui.helpers import when_dialog_opens
from ui.common.app_settings import AppSettings, Setting
from ui.networks.networks_screen import NetworksScreen
from ui.shell.app import launched


def test_closing_a_board_on_the_server_says_what_the_servers_backups_keep(
    qtbot: QtBot, server_database: str, tmp_path: Path
) -> None:
    location = DataLocation(tmp_path / "classroom-pc")
    location.ensure()
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "en")
    address = libpq(database_url(server_database))
    with launched(["--data-dir", str(location.data_dir), "--server", address]) as started:
        running = started.running
        assert running is not None
        workspace = running.workspace
        summary = workspace.classes.create("7A", content_language="da")
        board = workspace.board.open_board(summary.id, date.today() + timedelta(days=7))
        workspace.board.add_item(board.id, "KTB", ItemKind.NEED, Category.WORK, "A summer job")
        running.window.show_screen("board", summary.id)
        screen = running.window.screen_for("board")
        assert isinstance(screen, NetworksScreen)
        screen.reload()
        asked: list[str] = []

        def yes(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            asked.append(dialog.text())
            dialog.button(QMessageBox.StandardButton.Yes).click()

        problems = when_dialog_opens(yes, kind=QMessageBox)
        qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
        assert problems == []
        assert "from the school server" in asked[0] and "until they expire" in asked[0]
        assert "automatic backups" not in asked[0]
        assert screen.board is None
        with workspace.engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM board_item")).scalar() == 0
    # The closed app's screens go now, before the test's database does
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
