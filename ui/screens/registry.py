"""The screens of the navigation, in order, with what each is built from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netwerk_desktop.workspace import Workspace
from ui.bridge import ChangeSignals
from ui.main_window import ScreenSpec
from ui.screens.base import Screen
from ui.settings import AppSettings


def screen_specs(
    workspace: Workspace, settings: AppSettings, changes: ChangeSignals
) -> list[ScreenSpec]:
    # Each screen's module is imported when the screen is first shown: start-up loads Home's.
    def home() -> Screen:
        from ui.screens.home import HomeScreen

        return HomeScreen(workspace, settings, changes)

    def classes() -> Screen:
        from ui.screens.classes import ClassesScreen

        return ClassesScreen(workspace, settings, changes)

    def lessons() -> Screen:
        from ui.screens.lessons import LessonsScreen

        return LessonsScreen(settings)

    def activities() -> Screen:
        from ui.screens.activities import ActivitiesScreen

        return ActivitiesScreen(settings)

    def settings_screen() -> Screen:
        from ui.screens.settings_screen import SettingsScreen

        return SettingsScreen(settings, workspace)

    def handouts() -> Screen:
        from ui.screens.handouts import HandoutsScreen

        return HandoutsScreen(workspace, settings, changes)

    def partnerships() -> Screen:
        from ui.screens.partnerships import PartnershipsScreen

        return PartnershipsScreen(workspace, settings, changes)

    return [
        ScreenSpec("home", str(QT_TRANSLATE_NOOP("Navigation", "Home")), home),
        ScreenSpec("classes", str(QT_TRANSLATE_NOOP("Navigation", "Classes")), classes),
        ScreenSpec("lessons", str(QT_TRANSLATE_NOOP("Navigation", "Lessons")), lessons),
        ScreenSpec(
            "partnerships",
            str(QT_TRANSLATE_NOOP("Navigation", "Partnerships")),
            partnerships,
        ),
        ScreenSpec("activities", str(QT_TRANSLATE_NOOP("Navigation", "Activities")), activities),
        ScreenSpec("handouts", str(QT_TRANSLATE_NOOP("Navigation", "Handouts")), handouts),
        ScreenSpec("settings", str(QT_TRANSLATE_NOOP("Navigation", "Settings")), settings_screen),
    ]
