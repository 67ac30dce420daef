"""Where Netwerk Desktop keeps its data, logs and backups, and where its resources are.

One module for every path so nothing builds folders ad hoc. The data folder comes from
platformdirs unless `--data-dir` or NETWERK_DATA_DIR says otherwise (portable use from a USB
stick, tests, the demo).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import platformdirs

from netwerk_desktop.private_files import make_private_dir

APP_NAME = "NetwerkDesktop"
APP_AUTHOR = "Netwerk"
DATA_DIR_ENV = "NETWERK_DATA_DIR"
DATABASE_FILE = "netwerk.sqlite3"
LOCK_FILE = "netwerk.lock"
SETTINGS_FILE = "settings.ini"
PENDING_ERASURES_FILE = "erasures-pending.json"


@dataclass(frozen=True)
class DataLocation:
    """The folders one data set lives in. Logs and backups sit inside the data folder so a
    portable data folder carries its own safety net."""

    data_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_FILE

    @property
    def lock_file(self) -> Path:
        return self.data_dir / LOCK_FILE

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        return self.data_dir / SETTINGS_FILE

    @property
    def previews_dir(self) -> Path:
        """Preview PDFs (they name students): inside the data folder, cleaned at start and
        by erasure, never left in the system's temporary folder."""
        return self.data_dir / "previews"

    @property
    def pending_erasures(self) -> Path:
        return self.data_dir / PENDING_ERASURES_FILE

    def ensure(self) -> DataLocation:
        """Create the folders (700) where possible; a write-protected or unusable folder is
        reported by Workspace.open, not here, so start-up can always set up logging first."""
        for folder in (self.data_dir, self.backup_dir, self.log_dir):
            try:
                make_private_dir(folder)
            except OSError:
                break
        return self


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def resolve_data_dir(argument: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir` wins over NETWERK_DATA_DIR, which wins over the user data folder."""
    if argument:
        return Path(argument).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_data_dir()


def data_location(argument: str | os.PathLike[str] | None = None) -> DataLocation:
    return DataLocation(resolve_data_dir(argument))


@cache
def resources_dir() -> Path:
    """resources/ beside the packages in a checkout, or inside the core package in a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "i18n").is_dir():
            return candidate
    raise FileNotFoundError(f"Netwerk Desktop resources not found near {here}")


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "storage" / "migrations"
