from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from netwerk_desktop import __version__
from ui.shell.about_dialog import AboutDialog
from ui.shell.app import RunningApp
from ui.shell.qt_check import package_for


def test_about_names_version_data_folder_and_licences(
    qtbot: QtBot, running: RunningApp, tmp_path: Path
) -> None:
    dialog = AboutDialog(running.workspace.location.data_dir, running.window)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    assert str(running.workspace.location.data_dir) in texts
    licences = dialog.findChild(QTextBrowser, "aboutLicences").toPlainText()
    for needle in ("SQLAlchemy", "LGPL-3.0", "NotoSans-Regular.ttf", "SIL Open Font License"):
        assert needle in licences


def test_missing_qt_libraries_are_named_as_debian_packages() -> None:
    message = "ImportError: libEGL.so.1: cannot open shared object file: No such file or directory"
    assert package_for(message) == "libegl1"
    assert package_for("libxkbcommon.so.0: cannot open shared object file") == "libxkbcommon0"
    assert package_for("libfoo.so.7: cannot open shared object file") == (
        "the package that provides libfoo.so.7"
    )
    assert package_for("some other failure") is None
