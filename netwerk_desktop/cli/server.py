"""`server ...`: the school server (PostgreSQL). The IT sets it up (init, add-teacher, backup,
vacuum); a teacher shares a class, moves data in and out, and sees what waits to be sent."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NetwerkError
from netwerk_desktop.paths import DataLocation

if TYPE_CHECKING:
    from sqlalchemy import Engine

PASSWORD_HELP = "read the new password from standard input (one line) instead of asking"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("server", help="the school server (PostgreSQL); needs --server URL")
    commands = parser.add_subparsers(dest="server_command", metavar="SUBCOMMAND", required=True)

    init = commands.add_parser(
        "init", help="create or upgrade the database and its access rules (the school's IT)"
    )
    init.set_defaults(run=init_server)

    teacher = commands.add_parser("add-teacher", help="a login for a teacher (the school's IT)")
    teacher.add_argument("login")
    teacher.add_argument(
        "--coordinator", action="store_true", help="may also write the school-wide tables"
    )
    how = teacher.add_mutually_exclusive_group()
    how.add_argument("--password-stdin", action="store_true", help=PASSWORD_HELP)
    how.add_argument(
        "--no-password", action="store_true", help="the IT sets up the login another way"
    )
    teacher.set_defaults(run=add_teacher)

    share = commands.add_parser("share", help="let a colleague co-teach one of your classes")
    share.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    share.add_argument("--with", dest="colleague", required=True, metavar="LOGIN")
    share.set_defaults(run=share_class)

    backup = commands.add_parser("backup", help="a pg_dump of the school server's database")
    backup.add_argument("--to", metavar="FILE", type=Path, required=True)
    backup.set_defaults(run=backup_server)

    vacuum = commands.add_parser(
        "vacuum", help="clear deleted rows of students now (the school's IT, after an erasure)"
    )
    vacuum.set_defaults(run=vacuum_server)

    into = commands.add_parser(
        "import-local", help="move a local data folder's classes to the server (dry run first)"
    )
    into.add_argument("data_dir", metavar="DATA_DIR", type=Path)
    into.add_argument("--dry-run", action="store_true", help="say what would be added, add none")
    into.add_argument("--owner", metavar="LOGIN", help="the teacher who owns them (the IT)")
    into.set_defaults(run=import_local)

    out = commands.add_parser("export-local", help="one class as a local data folder")
    out.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    out.add_argument("--to", metavar="DIR", type=Path, required=True)
    out.set_defaults(run=export_local)

    status = commands.add_parser("status", help="the server, your login, what waits to be sent")
    status.set_defaults(run=server_status)


@contextmanager
def _engine(ctx: CliContext) -> Iterator[Engine]:
    """The server as the one running the command (the IT for init and add-teacher); what
    the driver says goes out as a sentence, not a traceback."""
    from sqlalchemy.exc import DBAPIError

    from netwerk_desktop.server.connection import make_server_engine
    from netwerk_desktop.services.base import translate_database_error

    address = ctx.server_address()
    if address is None:
        raise CliError("Say which server: --server URL (or NETWERK_DATABASE_URL).", 2)
    engine = make_server_engine(address, ctx.server_password())
    try:
        yield engine
    except DBAPIError as exc:
        translated = translate_database_error(exc)
        detail = str(translated) if translated is not exc else str(exc.orig).strip()
        raise CliError(detail) from exc
    finally:
        engine.dispose()


def init_server(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.roles import init_server as init

    with _engine(ctx) as engine:
        revision = init(engine)
    print(f"The school server's database is ready (schema {revision}).")
    return 0


def add_teacher(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.roles import add_teacher as add

    password: str | None = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    elif not args.no_password:
        if not sys.stdin.isatty():
            raise CliError("Use --password-stdin or --no-password when not in a terminal.", 2)
        import getpass

        password = getpass.getpass(f"New password for {args.login}: ")
        if getpass.getpass("Again: ") != password:
            raise CliError("The two passwords differ; nothing was changed.")
    if password is not None and len(password) < 10:
        raise CliError("Use a password of at least 10 characters.", 2)
    with _engine(ctx) as engine:
        login = add(engine, args.login, password, coordinator=args.coordinator)
    kind = "coordinator" if args.coordinator else "teacher"
    print(f"{login} can now log in to the school server as a {kind}.")
    return 0


def share_class(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.roles import share_class as share

    workspace = ctx.workspace()
    school_class = workspace.classes.find(args.class_name)
    share(workspace.engine, school_class.id, args.colleague)
    print(f"{args.colleague} now co-teaches {school_class.name}.")
    return 0


def backup_server(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace(read_only=True)
    target = workspace.backup_now(to=args.to)
    print(f"The school server's database was written to {target} (restore: pg_restore).")
    return 0


def vacuum_server(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.storage.access import tables_with_students
    from netwerk_desktop.storage.engine import clear_erased_rows

    with _engine(ctx) as engine:
        skipped = clear_erased_rows(engine, tables_with_students())
    if skipped:
        raise CliError("Only the tables' owner may vacuum: " + ", ".join(skipped))
    print("The deleted rows of students are cleared from the server's tables.")
    return 0


def import_local(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.moving import copy_classes
    from netwerk_desktop.workspace import Workspace

    server = ctx.workspace()
    try:
        local = Workspace.open(DataLocation(args.data_dir), read_only=True)
    except NetwerkError as exc:
        raise CliError(str(exc)) from exc
    try:
        report = copy_classes(local.engine, server.engine, dry_run=args.dry_run, owner=args.owner)
    finally:
        local.close()
    _print_move(report.classes_added, report.classes_already_there, report.dry_run)
    for table, rows in report.rows_added.items():
        if rows:
            print(f"  {table}: {rows}")
    if report.tables_left_out:
        print(
            "Not moved (they belong to school-wide events): " + ", ".join(report.tables_left_out),
            file=sys.stderr,
        )
    return 0


def export_local(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.moving import copy_classes
    from netwerk_desktop.workspace import Workspace

    server = ctx.workspace(read_only=True)
    school_class = server.classes.find(args.class_name)
    try:
        local = Workspace.open(DataLocation(args.to))
    except NetwerkError as exc:
        raise CliError(str(exc)) from exc
    try:
        report = copy_classes(server.engine, local.engine, [school_class.name])
    finally:
        local.close()
    _print_move(report.classes_added, report.classes_already_there, False)
    print(f"Open it with --data-dir {args.to}.")
    return 0


def _print_move(added: tuple[str, ...], already: tuple[str, ...], dry_run: bool) -> None:
    verb = "Would add" if dry_run else "Added"
    print(f"{verb} {len(added)} class(es): " + (", ".join(added) or "none"))
    if already:
        print("Already there, left alone: " + ", ".join(already))


def server_status(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.server.workspace import ServerWorkspace

    workspace = ctx.workspace(read_only=True)
    if not isinstance(workspace, ServerWorkspace):
        raise CliError("Say which server: --server URL (or NETWERK_DATABASE_URL).", 2)
    state = workspace.send_journal()
    health = workspace.health()
    print(f"Server: {workspace.server_label}")
    print(f"Login: {workspace.teacher}")
    print(f"Schema: {health.schema_revision} (this version: {health.expected_revision})")
    print(f"Saved on this PC, still to be sent: {state.waiting}")
    return 0
