from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from netwerk_desktop.workspace import Workspace
from ui.classes.class_card import ClassCard
from ui.classes.class_dialog import ClassDialog
from ui.common.app_settings import Setting
from ui.home.home_screen import HomeScreen
from ui.shell.app import RunningApp, start


def visible_texts(widget: object) -> set[str]:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    assert isinstance(widget, QWidget)
    texts = set()
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.add(child.text())
    return texts


def test_navigation_shows_every_screen(qtbot: QtBot, running: RunningApp) -> None:
    window = running.window
    expected = [
        "home",
        "classes",
        "lessons",
        "partnerships",
        "activities",
        "board",
        "directory",
        "handouts",
        "events",
        "network",
        "settings",
    ]
    assert list(window.nav_buttons) == expected
    for key in expected:
        qtbot.mouseClick(window.nav_buttons[key], Qt.MouseButton.LeftButton)
        assert window.current_screen().key == key
    # Ctrl+1 goes home
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen().key == "home"


def test_home_offers_the_first_class_when_there_is_none(
    qtbot: QtBot, running: RunningApp, monkeypatch: object
) -> None:
    home = running.window.screens["home"]
    assert isinstance(home, HomeScreen)
    assert home.first_class_button.isVisible()
    assert "No classes yet" in visible_texts(home)

    # When the teacher clicks it, fills in the dialog and confirms
    def fill_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClassDialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "className"), "2.g")
        language = dialog.findChild(QComboBox, "contentLanguage")
        language.setCurrentIndex(language.findData("nl"))
        dialog.accept()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, fill_and_accept)
    qtbot.mouseClick(home.first_class_button, Qt.MouseButton.LeftButton)
    # Then the class exists with that language and Home shows it as a card
    created = running.workspace.classes.list_classes()
    assert [(c.name, c.content_language) for c in created] == [("2.g", "nl")]
    running.window.show_screen("home")
    cards = home.grid.cards()
    assert len(cards) == 1 and isinstance(cards[0], ClassCard)
    assert cards[0].name_label.text() == "2.g"
    assert not home.first_class_button.isVisible()


def test_switching_language_to_danish_and_back(qtbot: QtBot, running: RunningApp) -> None:
    window = running.window
    window.show_screen("settings")
    combo = window.findChild(QComboBox, "settingsLanguage")
    assert combo is not None
    # When the teacher picks Dansk
    combo.setCurrentIndex(combo.findData("da"))
    qtbot.wait(10)
    # Then the navigation and the screen speak Danish, without a restart
    assert window.nav_buttons["home"].text() == "Hjem"
    assert window.nav_buttons["partnerships"].text() == "Makkerskaber"
    assert "Sprog i programmet" in visible_texts(window)
    window.show_screen("home")
    assert "Dine klasser" in visible_texts(window)
    # And back to English
    window.show_screen("settings")
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.wait(10)
    assert window.nav_buttons["home"].text() == "Home"
    assert running.settings.language == "en"


def test_dutch_is_complete_on_screen(qtbot: QtBot, running: RunningApp) -> None:
    running.window.show_screen("settings")
    running.window.findChild(QComboBox, "settingsLanguage").setCurrentIndex(3)
    qtbot.wait(10)
    assert running.window.nav_buttons["partnerships"].text() == "Maatjes"
    running.window.show_screen("home")
    assert "Je klassen" in visible_texts(running.window)


def test_window_size_and_screen_are_remembered(
    qtbot: QtBot, qapp: QApplication, running: RunningApp, workspace: Workspace
) -> None:
    running.window.resize(1111, 777)
    running.window.show_screen("settings")
    running.window.close()
    again = start(qapp, workspace)
    try:
        assert (again.window.width(), again.window.height()) == (1111, 777)
        assert again.window.current_screen().key == "settings"
    finally:
        again.close()


def test_theme_and_scale_apply_at_once(
    qtbot: QtBot, qapp: QApplication, running: RunningApp
) -> None:
    running.window.show_screen("settings")
    theme = running.window.findChild(QComboBox, "settingsTheme")
    window_color = qapp.palette().window().color().name()
    theme.setCurrentIndex(theme.findData("high_contrast"))
    assert qapp.palette().window().color().name() == "#000000" != window_color
    size_before = qapp.font().pointSizeF()
    running.settings.set_value(Setting.SCALE, 150)
    assert abs(qapp.font().pointSizeF() - size_before * 1.5) < 0.01
    # Touch targets grow with the scale: a button is at least 44 px at 100 %, 66 px at 150 %
    button = running.window.findChild(QPushButton, "backupNow")
    qtbot.wait(10)
    assert button.sizeHint().height() >= 66
    theme.setCurrentIndex(theme.findData("light"))
    running.settings.set_value(Setting.SCALE, 100)
