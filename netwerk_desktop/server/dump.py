"""`server backup --to FILE`: pg_dump's custom format, restored by the IT with pg_restore."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

from netwerk_desktop.output_files import check_output_path
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server_errors import ServerError, ServerProblem


def libpq_address(url: URL) -> str:
    """The address as libpq reads it (pg_dump's --dbname), password included if given."""
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def dump_to(url: URL, target: Path, location: DataLocation) -> Path:
    """A verified dump: written to a temporary name, checked with pg_restore --list, renamed."""
    pg_dump = shutil.which("pg_dump") or _debian_tool("pg_dump")
    pg_restore = shutil.which("pg_restore") or _debian_tool("pg_restore")
    if pg_dump is None or pg_restore is None:
        raise ServerError(ServerProblem.TOOL_MISSING, "pg_dump")
    target = check_output_path(target, location)
    temporary = target.with_name(target.name + ".part")
    done = subprocess.run(
        [
            pg_dump,
            "--format=custom",
            "--enable-row-security",  # a teacher's dump holds what that teacher may read
            f"--file={temporary}",
            f"--dbname={libpq_address(url)}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        temporary.unlink(missing_ok=True)
        said = done.stderr.strip().splitlines()
        raise ServerError(
            ServerProblem.TOOL_FAILED, said[-1] if said else f"pg_dump {done.returncode}"
        )
    listed = subprocess.run(
        [pg_restore, "--list", str(temporary)], capture_output=True, text=True, check=False
    )
    if listed.returncode != 0 or "TABLE DATA" not in listed.stdout:
        temporary.unlink(missing_ok=True)
        raise ServerError(ServerProblem.TOOL_FAILED, "the dump could not be read back")
    with temporary.open("rb") as handle:
        os.fsync(handle.fileno())
    os.chmod(temporary, 0o600)
    os.replace(temporary, target)
    return target


def _debian_tool(name: str) -> str | None:
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(found[-1]) if found else None
