"""The window shell: navigation on the left, one screen at a time, a menu, and keys.

It only arranges screens; what each screen does lives in its own module. Screens are built
by the app at start-up and handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netwerk_desktop.workspace import Workspace
from ui.classes.class_dialog import create_class_interactively
from ui.common.app_settings import AppSettings, Setting
from ui.common.retranslating import Retranslating
from ui.common.screen import Screen
from ui.common.server_state import ServerState
from ui.common.widths import fit_width, keep_fitted
from ui.settings.settings_dialog import SettingsDialog
from ui.settings.settings_screen import SettingsScreen
from ui.shell.about_dialog import AboutDialog
from ui.shell.data_notice import DataNotice

NAV_WIDTH = 200  # at least


@dataclass(frozen=True)
class ScreenSpec:
    """A screen in the navigation; it is built the first time it is shown (start-up stays fast
    however many screens the app has)."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("Navigation", ...), translated when shown
    build: Callable[[], Screen]


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self, workspace: Workspace, settings: AppSettings, specs: Sequence[ScreenSpec]
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._workspace = workspace
        self._settings = settings
        self._specs = {spec.key: spec for spec in specs}
        self.screens: dict[str, Screen] = {}  # the ones built so far
        self.nav_buttons: dict[str, QPushButton] = {}
        self._jump_keys: dict[str, QKeySequence] = {}

        navigation = QFrame()
        navigation.setObjectName("navigation")
        nav_layout = QVBoxLayout(navigation)
        nav_layout.setContentsMargins(0, 0, 0, 12)
        nav_layout.setSpacing(2)
        self.app_title = QLabel("Netwerk")
        self.app_title.setObjectName("appTitle")
        nav_layout.addWidget(self.app_title)
        self.stack = QStackedWidget()
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for position, spec in enumerate(specs):
            button = QPushButton()
            button.setObjectName(f"nav_{spec.key}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, key=spec.key: self.show_screen(key))
            self._group.addButton(button)
            self.nav_buttons[spec.key] = button
            if spec.key == "settings":
                nav_layout.addStretch(1)
            nav_layout.addWidget(button)
            if position < 9:
                # An action, not button.setShortcut: setText() on a button resets its shortcut.
                jump = QAction(self)
                jump.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
                jump.triggered.connect(lambda _=False, key=spec.key: self.show_screen(key))
                self.addAction(jump)
                self._jump_keys[spec.key] = jump.shortcut()
        self.navigation = navigation

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(navigation)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        self.data_notice = DataNotice(workspace)
        right.addWidget(self.data_notice)
        right.addWidget(self.stack, 1)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.server_state = ServerState(workspace)
        self.statusBar().addPermanentWidget(self.server_state)
        self._build_menu()
        self.retranslate()
        keep_fitted(self, self.fit_navigation)
        self._restore_window()

    # Navigation ----------------------------------------------------------------------------

    def screen_for(self, key: str) -> Screen:
        """The screen for a key, built now if it was not shown before."""
        built = self.screens.get(key)
        if built is None:
            built = self._specs[key].build()
            built.key = key
            built.navigate.connect(self.show_screen)
            built.status_message.connect(self.show_status)
            self.screens[key] = built
            self.stack.addWidget(built)
        return built

    def show_screen(self, key: str, argument: Any = None) -> None:
        if key not in self._specs:
            return
        screen = self.screen_for(key)
        self.stack.setCurrentWidget(screen)
        self.nav_buttons[key].setChecked(True)
        screen.activated(argument)
        self._settings.set_value(Setting.WINDOW_SCREEN, key)
        if self.nav_buttons[key].hasFocus() is False and self.isVisible():
            screen.setFocus()

    def current_screen(self) -> Screen:
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    # Menu and keys -------------------------------------------------------------------------

    def _build_menu(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_class_action = QAction(self)
        self.new_class_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_class_action.triggered.connect(self.create_class)
        self.search_action = QAction(self)
        self.search_action.setObjectName("search")
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.open_search)
        self.backup_action = QAction(self)
        self.backup_action.triggered.connect(self._backup_now)
        self.restore_action = QAction(self)
        self.restore_action.triggered.connect(self._restore)
        for action in (self.backup_action, self.restore_action):
            action.setVisible(self._workspace.server_label is None)  # the server's are the IT's
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings_dialog)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        for action in (
            self.new_class_action,
            self.search_action,
            self.backup_action,
            self.restore_action,
        ):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.guide_action = QAction(self)
        self.guide_action.setObjectName("openGuide")
        self.guide_action.triggered.connect(self.open_guide)
        self.help_menu.addAction(self.guide_action)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Netwerk Desktop"))
        for key, button in self.nav_buttons.items():
            button.setText(QCoreApplication.translate("Navigation", self._specs[key].title))
            keys = self._jump_keys.get(key)
            if keys is not None:
                button.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
        self.file_menu.setTitle(self.tr("&File"))
        self.new_class_action.setText(self.tr("&New class…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Netwerk Desktop"))
        self.guide_action.setText(self.tr("&How Netwerk Desktop works…"))
        self.search_action.setText(self.tr("&Search lessons, prompts and activities…"))
        self.fit_navigation()

    def fit_navigation(self) -> None:
        """As wide as its longest label at the current language and UI scale."""
        fit_width(self.navigation, [self.app_title, *self.nav_buttons.values()], NAV_WIDTH)

    # Actions -------------------------------------------------------------------------------

    def create_class(self) -> None:
        created = create_class_interactively(self._workspace, self)
        if created is not None:
            self.show_screen("classes", created.id)

    def open_settings_dialog(self) -> None:
        SettingsDialog(self._settings, self._workspace.school, self).exec()

    def open_search(self) -> None:
        from ui.lessons.search_dialog import SearchDialog

        dialog = SearchDialog(self._settings, self)
        dialog.open_requested.connect(self.show_screen)
        dialog.exec()
        self.activateWindow()  # the keys (and Ctrl+F again) come back to the window

    def open_guide(self) -> None:
        from ui.shell.guide import GuideDialog  # loads the class view's parts when first used

        GuideDialog(self._settings, self).exec()

    def open_about(self) -> None:
        AboutDialog(self._workspace.location.data_dir, self).exec()

    def _settings_screen(self) -> SettingsScreen | None:
        screen = self.screen_for("settings") if "settings" in self._specs else None
        return screen if isinstance(screen, SettingsScreen) else None

    def _backup_now(self) -> None:
        if (screen := self._settings_screen()) is not None:
            screen.make_backup()

    def _restore(self) -> None:
        if (screen := self._settings_screen()) is not None:
            screen.choose_restore()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    # Window state --------------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self._settings.value(Setting.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self._settings.value(Setting.WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        start = str(self._settings.value(Setting.WINDOW_SCREEN))
        self.show_screen(start if start in self._specs else next(iter(self._specs)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.set_value(Setting.WINDOW_GEOMETRY, self.saveGeometry())
        self._settings.set_value(Setting.WINDOW_STATE, self.saveState())
        super().closeEvent(event)
