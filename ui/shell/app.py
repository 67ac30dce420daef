"""Start-up: everything is built here, once, and handed to the screens that need it.

`netwerk [--data-dir DIR] [--demo] [--quit-after-show]` (also `python main.py ...`).
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from netwerk_desktop import __version__
from netwerk_desktop.errors import (
    DatabaseDamaged,
    DatabaseEmpty,
    DatabaseMissing,
    DatabaseNewer,
    DatabaseUnreadable,
    NetwerkError,
)
from netwerk_desktop.paths import APP_NAME, DataLocation, resources_dir
from netwerk_desktop.portable import choose_location, keep_writes_inside, uses_portable_folder
from netwerk_desktop.workspace import Workspace
from ui.common.app_settings import AppSettings, Setting
from ui.common.changes import ChangeSignals
from ui.common.languages import FOLLOW_SYSTEM, LanguageManager
from ui.common.messages import describe
from ui.common.tasks import finish_background_work, run_in_background
from ui.common.theme import apply_theme
from ui.shell.crash_dialog import CrashReporter
from ui.shell.crash_log import CrashHandler, setup_logging
from ui.shell.main_window import MainWindow
from ui.shell.screens import screen_specs
from ui.shell.server_start import open_server_workspace

log = logging.getLogger(__name__)


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="netwerk", description="Netwerk Desktop")
    parser.add_argument("--version", action="version", version=f"Netwerk Desktop {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use this data folder")
    parser.add_argument(
        "--server",
        metavar="URL",
        help="use the school's PostgreSQL server (or NETWERK_DATABASE_URL, or Settings)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open a throw-away data folder with a sample class"
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep the data beside the app and write nothing elsewhere (as a file named"
        " 'portable' beside the program does)",
    )
    parser.add_argument(
        "--self-test",
        metavar="DIR",
        help="show every screen, save a picture of each and a report in DIR, then quit",
    )
    parser.add_argument(
        "--quit-after-show",
        action="store_true",
        help="quit as soon as the main window is painted (for start-up measurements)",
    )
    return parser.parse_args(list(argv))


class _FirstPaint(QObject):
    """Runs a callback right after the window's first paint."""

    def __init__(self, app: QApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self._then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def refuse(error: NetwerkError) -> None:
    """Say why the app cannot start, before any data or preference is open."""
    app = QApplication.instance() or QApplication([sys.argv[0]])
    languages = LanguageManager(app)
    languages.apply(FOLLOW_SYSTEM)
    QMessageBox.critical(None, QApplication.translate("App", "Netwerk Desktop"), describe(error))
    languages.uninstall()


# States with a way back through the backups (the recovery dialog); others are only explained.
_RECOVERABLE = (
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseEmpty,
    DatabaseUnreadable,
    DatabaseNewer,
)


def open_workspace(location: DataLocation) -> Workspace | None:
    """Open the data; when it cannot be opened, offer the way back through its backups, or
    explain in the teacher's language why not."""
    while True:
        try:
            return Workspace.open(location)
        except _RECOVERABLE as exc:
            log.error("Could not open %s: %s", location.data_dir, exc)
            from ui.shell.recovery_dialog import RecoveryDialog

            if RecoveryDialog(location, exc).exec() != RecoveryDialog.DialogCode.Accepted:
                return None
        except NetwerkError as exc:
            log.error("Could not open %s: %s", location.data_dir, exc)
            QMessageBox.critical(
                None, QApplication.translate("App", "Netwerk Desktop"), describe(exc)
            )
            return None


def school_server_address(argument: str | None, settings: AppSettings) -> str | None:
    """--server, else NETWERK_DATABASE_URL, else the address saved in Settings."""
    from netwerk_desktop.server.address import address_from_environment

    saved = str(settings.value(Setting.SCHOOL_SERVER) or "")
    return argument or address_from_environment() or saved or None


@dataclass
class RunningApp:
    """Everything start() built, so main() can run it and tests can drive it."""

    workspace: Workspace
    settings: AppSettings
    languages: LanguageManager
    changes: ChangeSignals
    window: MainWindow

    def close(self) -> None:
        """Take down what start() built; the workspace is closed by whoever opened it."""
        self.window.close()
        self.settings.sync()
        self.changes.detach()
        self.languages.uninstall()
        for qobject in (self.window, self.changes, self.languages, self.settings):
            qobject.deleteLater()


def start(
    app: QApplication,
    workspace: Workspace,
    languages: LanguageManager | None = None,
    settings: AppSettings | None = None,
    reporter: CrashReporter | None = None,
) -> RunningApp:
    """Build the window over an open workspace. `main()` hands in the one language manager it
    installed before opening the data, so a switch in Settings reaches every translator,
    Qt's own (standard buttons, file dialogs) included; without one, one is made here."""
    if settings is None:
        settings = AppSettings(workspace.location.settings_file, app)
    if languages is None:
        languages = LanguageManager(app)
    languages.apply(settings.language)
    apply_theme(app, settings.theme, settings.scale)
    changes = ChangeSignals(workspace.changes, app)
    window = MainWindow(workspace, settings, screen_specs(workspace, settings, changes))
    if reporter is not None:
        reporter.parent_widget = window

    def setting_changed(key: str) -> None:
        if key == Setting.LANGUAGE:
            languages.apply(settings.language)
        elif key in (Setting.THEME, Setting.SCALE):
            apply_theme(app, settings.theme, settings.scale)

    settings.changed.connect(setting_changed)
    return RunningApp(workspace, settings, languages, changes, window)


@dataclass
class Launch:
    """What `launched()` built: the application and, when the data opened, the running app."""

    app: QApplication
    running: RunningApp | None


@contextmanager
def launched(argv: Sequence[str]) -> Iterator[Launch]:
    """Everything `main()` does before the event loop, and its clean-up after.

    Tests and the screenshot tool start the app through here, so they see what a teacher sees:
    the same environment, language manager, crash handler and data folder handling.
    """
    args = parse_arguments(argv)
    try:
        chosen = choose_location(args.data_dir, args.portable)
    except NetwerkError as exc:  # a portable folder too deep for this system
        refuse(exc)
        yield Launch(QApplication.instance() or QApplication([sys.argv[0]]), None)  # type: ignore[arg-type]
        return
    if uses_portable_folder(args.data_dir, args.portable):
        keep_writes_inside(chosen.ensure())
    demo_dir: Path | None = None
    if args.demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="netwerk-demo-"))
        location = DataLocation(demo_dir)
    else:
        location = chosen
    location.ensure()
    log_path = setup_logging(location.log_dir)
    log.info("Netwerk Desktop %s starting with data in %s", __version__, location.data_dir)

    # With PySide6 6.11.2 a glyph cache above 64 px draws large glyphs as nothing: the class
    # view's step titles were blank bands. Qt's own limit it is, even if the session sets one.
    os.environ.pop("QT_MAX_CACHED_GLYPH_SIZE", None)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Netwerk Desktop")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "netwerk.png")))
    reporter = CrashReporter(app)
    CrashHandler(log_path, reporter.report).install()

    # The language first, so a refusal to open the data is explained in it; the same manager
    # switches it later.
    settings = AppSettings(location.settings_file, app)
    languages = LanguageManager(app)
    languages.apply(settings.language)
    address = None if args.demo else school_server_address(args.server, settings)
    if address:
        log.info("Using the school server %s", address)
        workspace = open_server_workspace(location, address)
    else:
        workspace = open_workspace(location)
    if workspace is None:
        yield Launch(app, None)
        languages.uninstall()
        return
    running: RunningApp | None = None
    try:
        if demo_dir is not None:
            from netwerk_desktop.demo import fill_demo

            fill_demo(workspace)
        running = start(app, workspace, languages, settings, reporter)
        if args.self_test:
            from ui.shell.self_test import run_self_test

            def self_test(running: RunningApp = running) -> None:
                run_self_test(running, Path(args.self_test), demo=demo_dir is not None)
                app.quit()

            running.window.installEventFilter(_FirstPaint(app, self_test))
        elif args.quit_after_show:
            running.window.installEventFilter(_FirstPaint(app, app.quit))
        else:
            # The window is up with the classes on it; load the services (and SQLAlchemy)
            # in the background so the first click does not wait for them.
            def warm_up() -> None:
                run_in_background(lambda _control: workspace.warm_up(), app)

            running.window.installEventFilter(_FirstPaint(app, warm_up))
        running.window.show()
        yield Launch(app, running)
    finally:
        finish_background_work()  # no worker may write once the data folder is closed
        if running is not None:
            running.settings.sync()
            running.close()
        workspace.close()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    with launched(sys.argv[1:] if argv is None else argv) as launch:
        if launch.running is None:
            return 1
        return launch.app.exec()
