"""`students export|erase`: what the app holds about one student, and removing every trace."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError


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
    try:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise CliError(f"Could not write {args.out}: {exc.strerror}") from exc
    print(f"Wrote {args.out}", file=sys.stderr)
    return 0


def erase_student(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace()
    school_class = workspace.classes.find(args.class_name)
    student = workspace.roster.find_student(school_class.id, args.student)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CliError(f"Erasing {student.display_name} cannot be undone; add --yes.", 2)
        answer = input(f"Erase every trace of {student.display_name}, backups included? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing erased.", file=sys.stderr)
            return 1
    report = workspace.privacy.erase_student(student.id)
    if not report.complete:
        raise CliError(f"Some rows still refer to the student: {report.rows_left}")
    print(
        f"Erased {report.student_name}; {report.backups_cleaned} backups cleaned.", file=sys.stderr
    )
    return 0
