"""`backup`, `backups`, `restore`, `check`: the administrator's safety net.

`backups` and `restore` work on a data folder whose database is damaged, missing, empty or
unreadable: they never open that database (recovery.Recovery), and a restore moves the old
file aside instead of deleting it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.recovery import Recovery, check_data_folder
from netwerk_desktop.storage.migrate import HEAD_REVISION
from netwerk_desktop.storage.sqlite_file import integrity_problems, read_schema_revision


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser("backup", help="back up the data now")
    backup.add_argument("--to", metavar="FILE", type=Path, help="write the backup to this file")
    second = backup.add_mutually_exclusive_group()
    second.add_argument(
        "--also-to",
        metavar="DIR",
        type=Path,
        help="from now on, copy every backup to this folder too (a home drive, a USB stick)",
    )
    second.add_argument(
        "--no-second-copy", action="store_true", help="stop copying backups to a second folder"
    )
    backup.set_defaults(run=make_backup)

    restore = sub.add_parser(
        "restore", help="replace the data with a backup (works on damaged data too)"
    )
    restore.add_argument(
        "file", type=Path, nargs="?", help="a backup file, or the name of one in `backups`"
    )
    restore.add_argument("--newest", action="store_true", help="the newest backup that holds data")
    restore.set_defaults(run=restore_backup)

    check = sub.add_parser("check", help="check the database's integrity and schema version")
    check.set_defaults(run=check_data)

    backups = sub.add_parser("backups", help="list the backups that can be restored, newest first")
    backups.set_defaults(run=list_backups)


def make_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    changing = args.also_to is not None or args.no_second_copy
    workspace = ctx.workspace(read_only=not changing)
    if changing:
        workspace.set_second_backup_folder(None if args.no_second_copy else args.also_to)
        where = workspace.second_backup_folder()
        print(
            f"Backups are copied to {where} too." if where else "Backups have one copy only.",
            file=sys.stderr,
        )
    if args.to is not None:
        path = workspace.backup_now("manual", to=args.to)
        print(f"Backup written to {path}")
        return 0
    outcome = workspace.back_up("manual")
    print(f"Backup written to {outcome.path}")
    for problem in outcome.problems:
        print(f"warning: {problem.detail}", file=sys.stderr)
    return 1 if outcome.problems else 0


def _recovery(ctx: CliContext) -> Recovery:
    try:
        check_data_folder(ctx.location)
    except NetwerkError as exc:
        raise CliError(str(exc)) from exc
    return Recovery(ctx.location)


def restore_backup(args: argparse.Namespace, ctx: CliContext) -> int:
    recovery = _recovery(ctx)
    if args.file is None and not args.newest:
        raise CliError("Name a backup file (see `backups`), or use --newest.", 2)
    if args.newest:
        newest = recovery.newest_with_data()
        if newest is None:
            raise CliError(f"No backup with data in {ctx.location.backup_dir}.")
        source = newest.path
    else:
        source = recovery.resolve(args.file)
    if not recovery.diagnose().can_open:  # damaged, missing, empty, unreadable or newer
        outcome = recovery.restore(source)
        kept = ", ".join(str(path) for path in outcome.moved_aside) or "nothing to keep"
        print(f"Restored {source}. The file from before is kept: {kept}.")
        return 0
    workspace = ctx.workspace()
    workspace.restore(source)
    print(f"Restored {source}. The data from before is kept in {workspace.location.backup_dir}.")
    return 0


def check_data(_args: argparse.Namespace, ctx: CliContext) -> int:
    """Checks the file as it is, without upgrading or repairing it, so it can diagnose a database
    the app refuses to open."""
    recovery = _recovery(ctx)
    location: DataLocation = ctx.location
    database = location.database
    if not database.exists():
        found = len(recovery.backups())
        raise CliError(f"No database in {location.data_dir} ({found} backup(s) to restore).")
    problems = integrity_problems(database)
    revision = read_schema_revision(database) if not problems else None
    print(f"database: {database}")
    print("integrity: " + ("ok" if not problems else "; ".join(problems[:5])))
    print(f"schema: {revision or 'none'} (this version expects {HEAD_REVISION})")
    print(f"state: {recovery.diagnose().state.value}")
    return 0 if not problems and revision == HEAD_REVISION else 1


def list_backups(_args: argparse.Namespace, ctx: CliContext) -> int:
    for info in _recovery(ctx).backups():
        print(
            f"{info.made_at:%Y-%m-%d %H:%M:%S}\t{info.reason}\t{info.size_bytes}"
            f"\t{info.classes} classes, {info.students} students\t{info.path}"
        )
    return 0
