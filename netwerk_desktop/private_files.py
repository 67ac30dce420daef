"""Folders and files of the data readable by their owner only (700 and 600): a class's data
must not be readable by the other accounts of a shared classroom PC.

Its own module, free of the storage package, because finding the data folder (`paths`) must
already create it privately.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def make_private_dir(folder: Path) -> None:
    """Create a folder (and missing parents) readable by the owner only; an existing folder is
    left as it is (a shared folder may be shared on purpose)."""
    if folder.is_dir():
        return
    folder.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(folder, PRIVATE_DIR)  # mkdir's mode is reduced by the umask; make sure


def make_private(path: Path) -> None:
    """Tighten a file of ours to 600 (files from older versions were created 644)."""
    with contextlib.suppress(OSError):
        if path.is_file() and path.stat().st_mode & 0o077:
            os.chmod(path, PRIVATE_FILE)
