"""`backup [--to FILE]`, `restore FILE`, `check`: the administrator's safety net."""

from __future__ import annotations

import argparse
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.migrate import HEAD_REVISION
from netwerk_desktop.storage.sqlite_file import integrity_problems, read_schema_revision


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="back up the data now")
    backup.add_argument("--to", metavar="FILE", type=Path, help="write the backup to this file")
    backup.set_defaults(run=make_backup)

    restore = sub.add_parser("restore", help="replace the data with a backup")
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=restore_backup)

    check = sub.add_parser("check", help="check the database's integrity and schema version")
    check.set_defaults(run=check_data)

    backups = sub.add_parser("backups", help="list the automatic backups, newest first")
    backups.set_defaults(run=list_backups)


def make_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.workspace(read_only=True).backup_now("manual", to=args.to)
    print(f"Backup written to {path}")
    return 0


def restore_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace()
    workspace.restore(args.file)
    print(f"Restored {args.file}. The data from before is kept in {workspace.location.backup_dir}.")
    return 0


def check_data(_args: argparse.Namespace, ctx: CliContext) -> int:
    """Checks the file as it is, without upgrading or repairing it, so it can diagnose a database
    the app refuses to open."""
    location: DataLocation = ctx.location
    database = location.database
    if not database.exists():
        raise CliError(f"No database in {location.data_dir}.")
    problems = integrity_problems(database)
    revision = read_schema_revision(database) if not problems else None
    print(f"database: {database}")
    print("integrity: " + ("ok" if not problems else "; ".join(problems[:5])))
    print(f"schema: {revision or 'none'} (this version expects {HEAD_REVISION})")
    return 0 if not problems and revision == HEAD_REVISION else 1


def list_backups(_args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        found = ctx.workspace(read_only=True).list_backups()
    except NetwerkError as exc:
        raise CliError(str(exc)) from exc
    for info in found:
        print(f"{info.made_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.size_bytes}\t{info.path}")
    return 0
