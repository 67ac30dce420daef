"""A crash never vanishes silently: uncaught exceptions go to a rotating log file and to a
dialog that says where the log is. Logging is set up before anything else can fail."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILE = "netwerk.log"
log = logging.getLogger("netwerk")

Reporter = Callable[[str, Path], None]


def _file_handler(log_dir: Path) -> tuple[logging.Handler, Path]:
    """The log in the data folder; on a write-protected data folder a private temporary
    folder's log, and if even that fails, stderr (the app must start to say what is wrong)."""
    for attempt in range(2):
        try:
            folder = log_dir if attempt == 0 else Path(tempfile.mkdtemp(prefix="netwerk-logs-"))
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            path = folder / LOG_FILE
            return logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            ), path
        except OSError:
            continue
    return logging.StreamHandler(sys.stderr), log_dir / LOG_FILE


def setup_logging(log_dir: Path) -> Path:
    handler, path = _file_handler(log_dir)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashHandler:
    """Installed as sys.excepthook (and for threads). The reporter shows the dialog; it is
    called at most once at a time, so an exception inside the dialog cannot loop."""

    def __init__(self, log_path: Path, reporter: Reporter) -> None:
        self.log_path = log_path
        self._reporter = reporter
        self._reporting = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def handle(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.critical("Uncaught exception:\n%s", text)
        for handler in logging.getLogger().handlers:
            handler.flush()
        if self._reporting:
            return
        self._reporting = True
        try:
            self._reporter(text, self.log_path)
        except Exception:  # the dialog itself failed: the log has it, stderr gets it too
            sys.__excepthook__(kind, value, tb)
        finally:
            self._reporting = False

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)
