"""Is a folder on a network drive? SQLite's WAL mode is unsafe there (all processes using a
WAL database must be on one host), so such a data folder gets a rollback journal instead."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# File-system types of network and cluster mounts as /proc/self/mounts names them.
NETWORK_FILE_SYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "9p",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.rclone",
        "lustre",
        "gpfs",
        "webdav",
    }
)
_DRIVE_REMOTE = 4  # GetDriveTypeW


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces and tabs in paths as octal escapes."""
    return (
        field.replace("\\040", " ")
        .replace("\\011", "\t")
        .replace("\\012", "\n")
        .replace("\\134", "\\")
    )


def mount_type(path: Path, mounts: Path = Path("/proc/self/mounts")) -> str | None:
    """The file-system type of the mount holding `path` (Linux), or None when unknown."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = _unescape(fields[1])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, best_type = point, fields[2]
    return best_type


def is_network_path(path: Path, mounts: Path = Path("/proc/self/mounts")) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # a UNC path: \\server\share
        return True
    if sys.platform == "win32":
        import ctypes

        root = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
        return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE)  # type: ignore[attr-defined,unused-ignore]
    kind = mount_type(path.resolve(), mounts)
    return kind is not None and (kind in NETWORK_FILE_SYSTEMS or kind.startswith("nfs"))
