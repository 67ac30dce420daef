"""Portable use: the app folder on a USB stick carries its own data and writes nowhere else.

A file named `portable` beside the program (or `--portable`) puts the data folder beside the
app, as `NetwerkData/`. Then every place the app, Qt and the libraries below it would write to
(caches, configuration, temporary files) is pointed inside that folder too, so a shared PC
keeps nothing of the class when the stick is pulled out.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from netwerk_desktop.errors import PathTooLong
from netwerk_desktop.paths import DATA_DIR_ENV, DataLocation, data_location

PORTABLE_MARKER = "portable"
DATA_FOLDER_NAME = "NetwerkData"
# The longest path the app makes inside a data folder (a backup's write-ahead journal), with room.
LONGEST_INSIDE = 100
# Windows' classic limit (MAX_PATH) holds unless long paths are switched on for the PC, which
# a school's image rarely does; elsewhere the file system's own limit.
PATH_LIMITS = {"win32": 260}
DEFAULT_PATH_LIMIT = 4096


def app_folder() -> Path:
    """The folder the program runs from: the frozen app's folder, or the source checkout."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def is_portable(asked: bool = False) -> bool:
    return asked or (app_folder() / PORTABLE_MARKER).is_file()


def check_path_length(data_dir: Path, platform: str = sys.platform) -> None:
    limit = PATH_LIMITS.get(platform, DEFAULT_PATH_LIMIT)
    if len(str(data_dir)) + LONGEST_INSIDE > limit:
        raise PathTooLong(str(data_dir), limit - LONGEST_INSIDE)


def uses_portable_folder(data_dir_argument: str | None, portable: bool = False) -> bool:
    """`--data-dir` and NETWERK_DATA_DIR win over the portable folder."""
    chosen_elsewhere = data_dir_argument or os.environ.get(DATA_DIR_ENV, "").strip()
    return not chosen_elsewhere and is_portable(portable)


def choose_location(data_dir_argument: str | None, portable: bool = False) -> DataLocation:
    """`--data-dir` and NETWERK_DATA_DIR win; then the portable folder; then the user's."""
    if uses_portable_folder(data_dir_argument, portable):
        data_dir = app_folder() / DATA_FOLDER_NAME
        check_path_length(data_dir)
        return DataLocation(data_dir)
    return data_location(data_dir_argument)


def keep_writes_inside(location: DataLocation) -> None:
    """Point caches, configuration and temporary files into the data folder (before Qt starts,
    which reads these once): fontconfig's cache, Mesa's shader cache, PulseAudio's cookie and
    Python's temporary files all land there instead of the user's profile."""
    system = location.data_dir / "system"
    for variable, folder in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "share"),
        ("XDG_STATE_HOME", "state"),
        ("TMPDIR", "tmp"),
        ("TEMP", "tmp"),
        ("TMP", "tmp"),
    ):
        target = system / folder
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.environ[variable] = str(target)
    tempfile.tempdir = None  # read TMPDIR again on the next temporary file
