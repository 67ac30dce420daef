"""Dates in English are European (day/month/year) unless the system itself writes English
with the month first; the partnerships' "since" and the date field agree."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from netwerk_desktop.demo import fill_demo
from tests.ui.presentation.support import settle
from ui.common import languages
from ui.partnerships.partnerships_screen import PartnershipsScreen
from ui.shell.app import Launch

APRIL_FIRST = QDate(2027, 4, 1)


def short(locale: QLocale) -> str:
    return locale.toString(APRIL_FIRST, QLocale.FormatType.ShortFormat)


@pytest.mark.parametrize(
    ("system", "language", "written"),
    [
        ("C", "en", "01/04/2027"),  # CI, or a system in no particular language
        ("da_DK", "en", "01/04/2027"),  # a Danish teacher who chose English
        ("nl_NL", "en", "01/04/2027"),
        ("en_US", "en", "4/1/27"),  # the system asks for month-first: it gets it
        ("en_GB", "en", "01/04/2027"),
        ("en_US", "da", "01.04.2027"),
        ("C", "nl", "01-04-2027"),
    ],
)
def test_the_locale_for_each_language(
    monkeypatch: pytest.MonkeyPatch, system: str, language: str, written: str
) -> None:
    monkeypatch.setattr(languages, "system_locale", lambda: QLocale(system))
    assert short(languages.locale_for(language)) == written


def test_the_partnerships_since_date_and_the_date_field_are_european_in_english(
    qtbot: QtBot, launch: Launch, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a teacher on a Danish system who chose English, and partnerships since 1 April
    assert launch.running is not None
    running = launch.running
    monkeypatch.setattr(languages, "system_locale", lambda: QLocale("da_DK"))
    running.languages.apply("en")
    fill_demo(running.workspace)
    summary = running.workspace.classes.list_classes()[0]
    rotation = running.workspace.partnerships.current_rotation(summary.id)
    assert rotation is not None
    running.workspace.partnerships.undo_last(summary.id)
    running.workspace.partnerships.save_rotation(
        summary.id,
        tuple(tuple(tuple(s.id for s in p.students) for p in g.pairs) for g in rotation.groups),
        starts_on=date(2027, 4, 1),
    )
    # When the teacher opens Partnerships
    qtbot.mouseClick(running.window.nav_buttons["partnerships"], Qt.MouseButton.LeftButton)
    screen = running.window.screen_for("partnerships")
    assert isinstance(screen, PartnershipsScreen)
    settle()
    # Then "since" reads day/month/year, never 4/1/27, and the date field writes dates alike
    showing = screen.board.showing.text()
    assert "since 01/04/2027" in showing, showing
    field = screen.board.starts_on.text()
    assert re.fullmatch(r"\d\d/\d\d/\d{4}", field), field
