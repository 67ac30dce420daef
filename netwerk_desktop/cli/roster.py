"""`roster import|list|remove`: a class's students from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NotFound
from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.rosters import (
    ImportPreview,
    RosterError,
    RosterTable,
    RowStatus,
    pick_name_columns,
    read_roster_file,
)
from netwerk_desktop.services.records import ClassSummary
from netwerk_desktop.workspace import Workspace


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("roster", help="import, list and remove a class's students")
    commands = parser.add_subparsers(dest="roster_command", metavar="ACTION", required=True)

    importing = commands.add_parser(
        "import", help="add students from a CSV/TSV or XLSX file (creates the class if missing)"
    )
    importing.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    importing.add_argument("file", type=Path)
    importing.add_argument("--sheet", help="the worksheet to read (default: the first)")
    importing.add_argument(
        "--name-columns",
        nargs="+",
        metavar="COLUMN",
        help="header names or 1-based numbers: one full-name column, or first [middle...] last",
    )
    importing.add_argument("--dry-run", action="store_true", help="show the preview, save nothing")
    importing.add_argument("--json", action="store_true", help="print JSON")
    importing.add_argument(
        "--lang",
        choices=LANGUAGES,
        default="da",
        help="content language of a class that is created",
    )
    importing.set_defaults(run=import_roster)

    listing = commands.add_parser("list", help="the students, one per line, names as stored")
    listing.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_roster)

    remove = commands.add_parser("remove", help="remove a student and their history")
    remove.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    remove.add_argument("student")
    remove.set_defaults(run=remove_student)


def _read(args: argparse.Namespace) -> RosterTable:
    try:
        return read_roster_file(args.file, sheet=args.sheet)
    except RosterError as exc:
        raise CliError(str(exc)) from exc


def _find(workspace: Workspace, name: str) -> ClassSummary | None:
    try:
        return workspace.classes.find(name)
    except NotFound:
        return None


def _preview_json(preview: ImportPreview) -> list[dict[str, object]]:
    return [
        {
            "line": row.line,
            "name": row.name,
            "status": row.status.value,
            **({"problem": str(row.problem)} if row.problem else {}),
            **({"duplicate_of_line": row.duplicate_of_line} if row.duplicate_of_line else {}),
        }
        for row in preview.rows
    ]


def import_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    table = _read(args)
    workspace = ctx.workspace(read_only=args.dry_run)
    school_class = _find(workspace, args.class_name)
    try:
        columns = pick_name_columns(table, args.name_columns) if args.name_columns else None
    except RosterError as exc:
        raise CliError(str(exc), exit_code=2) from exc
    if school_class is None:  # a class that does not exist yet
        from netwerk_desktop.rosters import build_preview, guess_name_columns

        preview = build_preview(table, columns or guess_name_columns(table), [])
    else:
        preview = workspace.roster.preview_import(school_class.id, table, columns)
    saved = 0
    if not args.dry_run and school_class is None:
        # The class and its students in one transaction: a kill never leaves an empty class.
        _created, records = workspace.classes.create_with_students(
            args.class_name, list(preview.names_to_save()), content_language=args.lang
        )
        saved = len(records)
    elif not args.dry_run and school_class is not None:
        records, _undo = workspace.roster.save_import(school_class.id, preview)
        saved = len(records)
    if args.json:
        print(
            json.dumps(
                {
                    "class": args.class_name,
                    "source": {
                        "format": table.source.format.value,
                        "encoding": table.source.encoding.value if table.source.encoding else None,
                        "delimiter": table.source.delimiter.name.lower()
                        if table.source.delimiter
                        else None,
                        "sheet": table.source.sheet,
                    },
                    "rows": _preview_json(preview),
                    "saved": saved,
                    "dry_run": args.dry_run,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for row in preview.rows:
        note = f"  ({row.problem})" if row.problem else ""
        print(f"{row.line}\t{row.status.value}\t{row.name}{note}")
    counts = preview.counts()
    skipped = sum(n for status, n in counts.items() if status is not RowStatus.OK)
    if args.dry_run:
        print(
            f"Dry run: {counts[RowStatus.OK]} would be added, {skipped} skipped.", file=sys.stderr
        )
    else:
        print(
            f"Added {saved} students to {args.class_name}; {skipped} rows skipped.", file=sys.stderr
        )
    return 0


def list_roster(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    students = workspace.roster.list_students(school_class.id)
    if args.json:
        print(
            json.dumps(
                [
                    {"id": s.id, "name": s.display_name, "active": s.active, "tags": list(s.tags)}
                    for s in students
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for student in students:
        print(student.display_name)
    return 0


def remove_student(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace()
    school_class = workspace.classes.find(args.class_name)
    student = workspace.roster.find_student(school_class.id, args.student)
    workspace.roster.remove_student(student.id)
    print(f"Removed {student.display_name} from {school_class.name}.", file=sys.stderr)
    in_backups = workspace.privacy.backups_naming_student(
        school_class.name, school_class.school_year, student.display_name
    )
    if in_backups:
        print(
            f"{student.display_name} is still in {in_backups} backup(s). To remove every trace:"
            f' students erase --class "{school_class.name}" "{student.display_name}"',
            file=sys.stderr,
        )
    return 0
