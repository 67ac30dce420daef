"""The screens of the navigation, in order, with what each is built from."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings
from ui.common.changes import ChangeSignals
from ui.common.screen import Screen
from ui.shell.main_window import ScreenSpec


def screen_specs(
    workspace: Workspace, settings: AppSettings, changes: ChangeSignals
) -> list[ScreenSpec]:
    # Each screen's module is imported when the screen is first shown: start-up loads Home's.
    def home() -> Screen:
        from ui.home.home_screen import HomeScreen

        return HomeScreen(workspace, settings, changes)

    def classes() -> Screen:
        from ui.classes.classes_screen import ClassesScreen

        return ClassesScreen(workspace, settings, changes)

    def lessons() -> Screen:
        from ui.lessons.lessons_screen import LessonsScreen

        return LessonsScreen(settings)

    def activities() -> Screen:
        from ui.lessons.activities_screen import ActivitiesScreen

        return ActivitiesScreen(settings)

    def settings_screen() -> Screen:
        from ui.settings.settings_screen import SettingsScreen

        return SettingsScreen(settings, workspace)

    def handouts() -> Screen:
        from ui.handouts.handouts_screen import HandoutsScreen

        return HandoutsScreen(workspace, settings, changes)

    def board() -> Screen:
        from ui.networks.networks_screen import NetworksScreen

        return NetworksScreen(workspace, settings, changes)

    def directory() -> Screen:
        from ui.directory.directory_screen import DirectoryScreen

        return DirectoryScreen(workspace, settings, changes)

    def partnerships() -> Screen:
        from ui.partnerships.partnerships_screen import PartnershipsScreen

        return PartnershipsScreen(workspace, settings, changes)

    def events() -> Screen:
        from ui.events.events_screen import EventsScreen

        return EventsScreen(workspace, settings, changes)

    def network() -> Screen:
        from ui.teachers_network.network_screen import NetworkScreen

        return NetworkScreen(workspace, settings, changes)

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
        ScreenSpec("board", str(QT_TRANSLATE_NOOP("Navigation", "Needs and offers")), board),
        ScreenSpec("directory", str(QT_TRANSLATE_NOOP("Navigation", "Directory")), directory),
        ScreenSpec("handouts", str(QT_TRANSLATE_NOOP("Navigation", "Handouts")), handouts),
        ScreenSpec("events", str(QT_TRANSLATE_NOOP("Navigation", "Events")), events),
        ScreenSpec("network", str(QT_TRANSLATE_NOOP("Navigation", "Teachers' network")), network),
        ScreenSpec("settings", str(QT_TRANSLATE_NOOP("Navigation", "Settings")), settings_screen),
    ]
