"""Writing an export safely: to a temporary name, flushed to disk, read back and checked, and
only then renamed over the target, so a full disk or a pulled USB stick never leaves half a
file under the real name."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from netwerk_desktop.errors import DiskFull


def write_verified(path: Path, data: bytes, check: Callable[[bytes], object] | None = None) -> Path:
    """`check` gets the bytes read back from disk and raises if they are not right."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        written = partial.read_bytes()
        if written != data:
            raise OSError(f"{partial} reads back differently")
        if check is not None:
            check(written)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        if exc.errno == 28:  # ENOSPC
            raise DiskFull() from exc
        raise
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
