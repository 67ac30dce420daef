"""Keyboard focus is always visible (a ring of at least 3:1 against the window) and never lands
on a destructive action by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.demo import fill_demo
from tests.ui.pixels import share_near
from tests.ui.presentation.support import settle
from tests.ui.presentation.test_entry import lessons_tab
from ui.common.app_settings import Setting
from ui.common.theme import DARK, HIGH_CONTRAST, LIGHT, Colors
from ui.partnerships.board_view import BoardView
from ui.shell.app import Launch


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, other: str) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("colors", [LIGHT, DARK, HIGH_CONTRAST], ids=["light", "dark", "hc"])
def test_the_focus_ring_stands_out_3_to_1_against_every_background(colors: Colors) -> None:
    for background in (colors.window, colors.surface, colors.raised):
        assert contrast(colors.focus, background) >= 3.0, (colors.focus, background)


def focus_stops(qtbot: QtBot, launch: Launch, screen: str) -> list[tuple[QWidget, float]]:
    """Tab through a screen as a keyboard user does: each stop and the share of its pixels
    in the focus ring's colour."""
    assert launch.running is not None
    window = launch.running.window
    qtbot.mouseClick(window.nav_buttons[screen], Qt.MouseButton.LeftButton)
    settle()
    ring = LIGHT.focus
    stops: list[tuple[QWidget, float]] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        settle()
        focused = QApplication.focusWidget()
        assert focused is not None
        if any(focused is seen for seen, _ in stops):
            break
        picture = focused.grab().toImage()
        stops.append((focused, share_near(picture, ring, tolerance=40)))
    return stops


@pytest.mark.parametrize("screen", ["home", "partnerships"])
def test_every_focus_stop_shows_a_ring(qtbot: QtBot, launch: Launch, screen: str) -> None:
    # Given the demo class, in the light theme
    assert launch.running is not None
    launch.running.settings.set_value(Setting.THEME, "light")
    fill_demo(launch.running.workspace)
    # When the teacher tabs through the screen
    stops = focus_stops(qtbot, launch, screen)
    # Then every stop draws its ring: at least a line along its edges in the ring's colour
    assert len(stops) >= 4
    for widget, share in stops:
        ringed = ringed_part(widget)
        edges = 2 * (ringed.width() + ringed.height())
        assert share * widget.width() * widget.height() >= edges, (
            type(widget).__name__,
            widget.objectName(),
        )


def ringed_part(widget: QWidget) -> QWidget | QRect:
    """What the ring goes around: a tab bar's current tab, the board's current name."""
    if isinstance(widget, QTabBar):
        return widget.tabRect(widget.currentIndex())
    if isinstance(widget, BoardView) and widget.current is not None:
        return widget.name_rect(widget.current)
    return widget


def test_after_save_and_mark_as_done_the_focus_is_not_on_a_destructive_action(
    qtbot: QtBot, launch: Launch
) -> None:
    assert launch.running is not None
    running = launch.running
    fill_demo(running.workspace)
    summary = running.workspace.classes.list_classes()[0]
    # When the teacher marks lesson 1 as done with the keyboard
    tab = lessons_tab(running, summary.id)
    tab.list.setFocus()
    tab.done_button.setFocus()
    qtbot.keyClick(tab.done_button, Qt.Key.Key_Space)
    settle()
    focused = QApplication.focusWidget()
    assert focused is not tab.reset_button and not is_destructive(focused)
    # When the teacher makes partnerships and saves them with the keyboard
    running.window.show_screen("partnerships")
    screen = running.window.screen_for("partnerships")
    board = screen.board  # type: ignore[attr-defined]
    board.time_budget_s = 0.3
    qtbot.mouseClick(board.controls.full_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.save_button.isEnabled(), timeout=10000)
    board.save_button.setFocus()
    qtbot.keyClick(board.save_button, Qt.Key.Key_Space)
    settle()
    focused = QApplication.focusWidget()
    assert focused is not board.undo_button and not is_destructive(focused)


def is_destructive(widget: QWidget | None) -> bool:
    return isinstance(widget, QPushButton) and bool(widget.property("danger"))
