"""The language is owned in one place: switching it in Settings switches every text, Qt's own
standard buttons and file dialog labels included, through the same start-up as `main()`."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QMessageBox

from netwerk_desktop.paths import DataLocation
from ui.common.app_settings import AppSettings, Setting
from ui.settings.settings_form import SettingsForm
from ui.shell.app import Launch, launched

# Qt's own words in each language, as its translations give them.
QT_WORDS = {
    "da": {"yes": "&Ja", "cancel": "Annuller", "file_name": "&Filnavn:"},
    "en": {"yes": "&Yes", "cancel": "Cancel", "file_name": "File &name:"},
    "nl": {"yes": "&Ja", "cancel": "Annuleren", "file_name": "Bestands&naam:"},
}
NAVIGATION_HOME = {"da": "Hjem", "en": "Home", "nl": "Start"}


@pytest.fixture
def launch(tmp_path: Path) -> Iterator[Launch]:
    # A teacher who chose Danish last time: the app starts in Danish.
    location = DataLocation(tmp_path / "data")
    location.ensure()
    AppSettings(location.settings_file).set_value(Setting.LANGUAGE, "da")
    with launched(["--data-dir", str(location.data_dir)]) as started:
        assert started.running is not None
        yield started
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def message_box_buttons() -> tuple[str, str]:
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes)
    box.addButton(QMessageBox.StandardButton.Cancel)
    texts = (
        box.button(QMessageBox.StandardButton.Yes).text(),
        box.button(QMessageBox.StandardButton.Cancel).text(),
    )
    box.deleteLater()
    return texts


def file_dialog_label() -> str:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    label = dialog.findChild(QLabel, "fileNameLabel")
    assert label is not None
    text = label.text()
    dialog.deleteLater()
    return text


def choose_language(form: SettingsForm, code: str) -> None:
    combo = form.findChild(QComboBox, "settingsLanguage")
    combo.setCurrentIndex(combo.findData(code))  # as the teacher picks it in Settings
    QCoreApplication.processEvents()  # Qt posts LanguageChange to every window


def test_switching_language_switches_qt_own_texts_too(launch: Launch) -> None:
    running = launch.running
    assert running is not None
    running.window.show_screen("settings")
    form = running.window.current_screen().findChild(SettingsForm)
    assert form is not None
    assert message_box_buttons() == (QT_WORDS["da"]["yes"], QT_WORDS["da"]["cancel"])
    for code in ("en", "nl", "da", "en"):
        choose_language(form, code)
        assert running.settings.value(Setting.LANGUAGE) == code
        assert message_box_buttons() == (QT_WORDS[code]["yes"], QT_WORDS[code]["cancel"])
        assert file_dialog_label() == QT_WORDS[code]["file_name"]
        assert running.window.nav_buttons["home"].text() == NAVIGATION_HOME[code]


def test_one_language_manager_holds_every_translator(launch: Launch) -> None:
    running = launch.running
    assert running is not None
    # Ours and Qt's: two translators, whatever was installed before the data opened.
    running.settings.set_value(Setting.LANGUAGE, "nl")
    running.settings.set_value(Setting.LANGUAGE, "en")
    assert message_box_buttons() == (QT_WORDS["en"]["yes"], QT_WORDS["en"]["cancel"])
