"""Real full disks and write-protected folders for the safety tests: a tmpfs of a few MB and a
read-only bind mount. Both need root and a kernel that lets this process mount; where that is
not permitted the test is skipped with the reason (the logic is also covered by injected
errors). Root ignores file permissions, so "no rights" tests run as `nobody` (as_nobody)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _mount(*args: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting needs root and mount(8); covered by injected errors instead")
    result = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        pytest.skip(f"mount is not permitted here: {result.stderr.strip()}")


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@contextlib.contextmanager
def tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _umount(folder)


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` itself, bound read-only onto itself (as a write-protected USB stick)."""
    _mount("--bind", str(folder), str(folder))
    try:
        remount = subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)], capture_output=True, check=False
        )
        if remount.returncode != 0:
            pytest.skip("a read-only remount is not permitted here")
        yield folder
    finally:
        _umount(folder)


def fill_disk(folder: Path, leave_bytes: int) -> None:
    """Fill the file system of `folder` until about `leave_bytes` are free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free - leave_bytes
    if free > 0:
        with filler.open("wb") as handle:
            handle.write(b"\0" * free)


def as_nobody(*argv: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the command line as the unprivileged `nobody` (root would ignore chmod)."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root and setpriv(1) to run as an unprivileged user")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": "/tmp"}
    switch = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
    return subprocess.run(
        [*switch, sys.executable, "-m", "netwerk_desktop", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=cwd or "/",
        check=False,
    )
