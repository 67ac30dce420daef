"""No screen cuts its words: every screen and tab, at 100, 150 and 200 % in Danish, English
and Dutch, on a 1920x1080 window, shows each label, button and list row at the size its
text asks for (its size hint, bold for the checked navigation button)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.demo import fill_demo
from tests.ui.clipping import clipped
from tests.ui.presentation.support import settle
from ui.common.app_settings import Setting
from ui.shell.app import Launch


@pytest.mark.parametrize("language", ["da", "en", "nl"])
def test_every_screen_shows_its_words_whole_at_every_scale(
    qtbot: QtBot, launch: Launch, language: str
) -> None:
    assert launch.running is not None
    running = launch.running
    fill_demo(running.workspace)
    window = running.window
    window.resize(1920, 1080)
    running.settings.set_value(Setting.LANGUAGE, language)
    problems: list[str] = []
    for scale in (100, 150, 200):
        running.settings.set_value(Setting.SCALE, scale)
        settle()
        for key in window.nav_buttons:
            window.show_screen(key)
            settle()
            screen = window.screen_for(key)
            tabs = [t for t in screen.findChildren(QTabWidget) if t.isVisibleTo(window)]
            for tab_widget in tabs or [None]:
                for page in range(tab_widget.count() if tab_widget else 1):
                    if tab_widget is not None:
                        tab_widget.setCurrentIndex(page)
                        settle()
                    problems.extend(
                        f"{scale} % {key} {type(w).__name__} {w.objectName()}"
                        f" {getattr(w, 'text', str)()[:40]!r}: {why}"
                        for w, why in clipped(window)
                    )
    assert not problems, "\n".join(sorted(set(problems)))
