"""`students export|erase`: what the app holds about one student, and removing every trace."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NotFound
from netwerk_desktop.output_files import write_output
from netwerk_desktop.services.privacy import ErasureReport


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("students", help="a student's data: export it, or erase it")
    commands = parser.add_subparsers(dest="students_command", metavar="ACTION", required=True)

    export = commands.add_parser("export", help="write everything held about a student to JSON")
    export.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    export.add_argument("student")
    export.add_argument("--out", type=Path, required=True, metavar="FILE.json")
    export.set_defaults(run=export_student)

    erase = commands.add_parser(
        "erase", help="remove every trace of a student, backups included (cannot be undone)"
    )
    erase.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    erase.add_argument("student")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(run=erase_student)


def export_student(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    student = workspace.roster.find_student(school_class.id, args.student)
    data = workspace.privacy.export_student(student.id)
    text = json.dumps(data, ensure_ascii=False, indent=2)

    def write(partial: Path) -> None:
        partial.write_text(text, encoding="utf-8")

    written = write_output(args.out, workspace.location, write)
    print(f"Wrote {written}", file=sys.stderr)
    return 0


def erase_student(args: argparse.Namespace, ctx: CliContext) -> int:
    """Erase a student from the roster and every backup; a student who is only in backups
    (removed from the roster earlier, or in a deleted class) is found there by name."""
    workspace = ctx.workspace()
    for report in workspace.finished_erasures:
        _print_report(report)
    student_name: str = args.student
    student_id: int | None = None
    try:
        school_class = workspace.classes.find(args.class_name)
        student = workspace.roster.find_student(school_class.id, args.student)
        student_name, student_id = student.display_name, student.id
    except NotFound:
        in_backups = workspace.privacy.backups_naming_student(args.class_name, None, student_name)
        if not in_backups:
            raise
        print(f"{student_name} is only in {in_backups} backup(s).", file=sys.stderr)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(f"Erasing {student_name} cannot be undone; add --yes.", 2)
        answer = input(f"Erase every trace of {student_name}, backups included? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing erased.", file=sys.stderr)
            return 1
    if student_id is not None:
        report = workspace.privacy.erase_student(student_id)
    else:
        report = workspace.privacy.erase_by_name(args.class_name, student_name)
    _print_report(report)
    if getattr(workspace, "server_label", None) is not None:
        print(
            "The student is erased from the school server. The school's own backups of the"
            " server keep the data until they expire (ask the school's IT how long).",
            file=sys.stderr,
        )
        left = workspace.privacy.tables_left_to_vacuum
        if left:
            print(
                "The server clears the deleted rows at its next vacuum; the school's IT can"
                " do it now with `server vacuum`.",
                file=sys.stderr,
            )
    if not report.complete:
        raise CliError(
            f"Some copies still refer to the student: {report.rows_left},"
            f" {report.backups_left} backup(s); the erasure is finished at the next start."
        )
    return 0


def _print_report(report: ErasureReport) -> None:
    finished = "Finished an interrupted erasure of" if report.resumed else "Erased"
    print(
        f"{finished} {report.student_name}; {report.backups_cleaned} backups cleaned.",
        file=sys.stderr,
    )
    for path in report.skipped_files:
        print(f"warning: {path} is named like a backup but is not one; skipped.", file=sys.stderr)
