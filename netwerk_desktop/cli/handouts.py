"""`handouts kinds`, `handouts make ...`, `handouts lesson ...` and `handouts contacts ...`.

The handout engine (and reportlab with it) is imported when a command needs it, so the other
commands do not pay for it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.output_files import check_output_folder, check_output_path
from netwerk_desktop.storage.safe_files import fsync_path

if TYPE_CHECKING:
    from netwerk_desktop.content import PromptTheme
    from netwerk_desktop.handouts import HandoutKind, PaperSize

from netwerk_desktop.languages import LANGUAGES

# What `handouts kinds` says about each kind (the command line speaks English).
KIND_DESCRIPTIONS = {
    "worksheet": "student worksheet for a lesson: goals, exercises, questions with lines",
    "teacher-guide": "teacher guide for a lesson: steps, times, notes, prompts",
    "partnership-overview": "all partnerships and partnership groups on one sheet, for the wall",
    "partnership-cards": "one card per partnership group to cut out",
    "charter-poster": "the class charter as a poster",
    "help-cards": "'where to get help' cards with the school's contacts, nothing under 9 pt",
    "discussion-cards": "cut-out discussion cards for a theme or a lesson",
    "network-map": "network-map worksheet to fill in by hand; private, never a name on it",
    "sorting-cards": "a lesson's sorting cards to cut out, one set per group of four",
    "sorting-sheet": "a lesson's sorting statements numbered on one sheet per group",
    "partnerships-for-colleagues": "one page for the class's other teachers: partners in "
    "your subject",
    "board-slips": "needs-and-offers slips with the open board's codes and the rules; no names",
    "introduction-cards": "cards for introductions the mentor makes, by code; no contact details",
    "board-poster": "the needs-and-offers categories and how the board works, for the wall",
    "board-tally": "follow-up sheet: needs and offers per category and status, counts only",
    "directory-leaflet": "the school's directory of local communities by category",
    "directory-cards": "pocket cards of the school's directory, one entry each",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("handouts", help="make PDF handouts for a class")
    commands = parser.add_subparsers(dest="handouts_command", metavar="ACTION", required=True)

    kinds = commands.add_parser("kinds", help="list the handout kinds and what each needs")
    kinds.add_argument("--json", action="store_true", help="print JSON")
    kinds.set_defaults(run=list_kinds)

    make = commands.add_parser("make", help="make one handout as a PDF file")
    make.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    make.add_argument("--kind", required=True, metavar="KIND", help="see `handouts kinds`")
    make.add_argument("--lesson", metavar="ID", help="lesson id (see `lessons list`)")
    make.add_argument("--theme", metavar="THEME", help="prompt theme for discussion cards")
    make.add_argument(
        "--per-student",
        action="store_true",
        help="one copy per active student (a worksheet's name goes on its shared part only)",
    )
    make.add_argument("--lang", choices=LANGUAGES, help="language (default: the class's)")
    make.add_argument("--paper", choices=("a4", "letter", "a3"), help="default: the school's")
    make.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    make.set_defaults(run=make_handout)

    lesson = commands.add_parser(
        "lesson",
        help="everything for a lesson: worksheets, guide, help cards, what the lesson's "
        "materials print, partnerships",
    )
    lesson.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    lesson.add_argument("--lesson", required=True, metavar="ID")
    lesson.add_argument("--lang", choices=LANGUAGES, help="language (default: the class's)")
    lesson.add_argument("--out-dir", required=True, type=Path, metavar="DIR")
    lesson.set_defaults(run=make_lesson_set)

    contacts = commands.add_parser(
        "contacts", help="show or set the school's 'where to get help' contacts"
    )
    contacts.add_argument(
        "--set",
        nargs=3,
        action="append",
        default=[],
        metavar=("ENTRY", "FIELD", "VALUE"),
        help="e.g. --set counsellor room 'B 12' (an empty VALUE clears the field)",
    )
    contacts.add_argument("--lang", choices=LANGUAGES, default="da", help="language of titles")
    contacts.set_defaults(run=help_contacts)


def list_kinds(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.handouts import HandoutKind
    from netwerk_desktop.services.handout_records import (
        DIRECTORY_KINDS,
        LESSON_KINDS,
        PARTNERSHIP_KINDS,
        PER_STUDENT_KINDS,
        THEME_KINDS,
    )

    rows: list[dict[str, object]] = []
    for kind in HandoutKind:
        needs: list[str] = []
        if kind in LESSON_KINDS:
            needs.append("--lesson")
        if kind in THEME_KINDS:
            needs.append("--theme or --lesson")
        if kind in PARTNERSHIP_KINDS:
            needs.append("partnerships")
        if kind is HandoutKind.CHARTER_POSTER:
            needs.append("a saved charter")
        if kind is HandoutKind.BOARD_SLIPS:
            needs.append("an open board")
        if kind in DIRECTORY_KINDS:
            needs.append("directory entries")
        per_student = kind in PER_STUDENT_KINDS
        rows.append(
            {
                "kind": kind.value,
                "description": KIND_DESCRIPTIONS[kind.value],
                "needs": needs,
                "per_student": per_student,
            }
        )
        if not args.json:
            notes = needs + (["--per-student"] if per_student else [])
            extra = f"  [{', '.join(notes)}]" if notes else ""
            print(f"{kind.value:<29}{KIND_DESCRIPTIONS[kind.value]}{extra}")
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


def _kind(value: str) -> HandoutKind:
    from netwerk_desktop.handouts import HandoutKind

    try:
        return HandoutKind(value)
    except ValueError:
        choices = ", ".join(kind.value for kind in HandoutKind)
        raise CliError(f"No handout kind {value!r}: choose one of {choices}.", 2) from None


def _theme(value: str | None) -> PromptTheme | None:
    from netwerk_desktop.content import PromptTheme

    if value is None:
        return None
    try:
        return PromptTheme(value.replace("-", "_"))
    except ValueError:
        choices = ", ".join(theme.value for theme in PromptTheme)
        raise CliError(f"No prompt theme {value!r}: choose one of {choices}.", 2) from None


def _paper(value: str | None) -> PaperSize | None:
    from netwerk_desktop.handouts import PaperSize

    return None if value is None else PaperSize[value.upper()]


def make_handout(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.handouts import HandoutError, render_handout
    from netwerk_desktop.services.handout_records import HandoutNotPossible

    kind = _kind(args.kind)
    theme = _theme(args.theme)
    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    try:
        request = workspace.handouts.request(
            school_class.id,
            kind,
            lesson_id=args.lesson,
            theme=theme,
            per_student=args.per_student,
            language=args.lang,
            paper=_paper(args.paper),
        )
    except HandoutNotPossible as exc:
        raise CliError(str(exc), 2 if exc.is_choice else 1) from exc
    out = check_output_path(args.out, ctx.location)  # never onto the database or a backup
    partial = out.with_name(out.name + ".part")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        rendered = render_handout(request, partial)
        fsync_path(partial)
        partial.replace(out)
    except (HandoutError, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise CliError(str(exc)) from exc
    print(f"Wrote {out}: {rendered.title}, {rendered.pages} page(s).", file=sys.stderr)
    return 0


def make_lesson_set(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.handouts import HandoutError, render_class_set
    from netwerk_desktop.services.handout_records import HandoutNotPossible

    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    try:
        check = workspace.handouts.lesson_set_check(
            school_class.id, args.lesson, language=args.lang
        )
        requests = workspace.handouts.lesson_set(school_class.id, args.lesson, language=args.lang)
    except HandoutNotPossible as exc:
        raise CliError(str(exc), 2 if exc.is_choice else 1) from exc
    if check.help_cards_blank:
        print(
            "note: the school's help contacts are not filled in, so the help cards print with "
            "blank lines; fill them in with `handouts contacts --set ENTRY FIELD VALUE`.",
            file=sys.stderr,
        )
    for kind in check.left_out:
        print(
            f"note: the lesson asks for {kind.value}, which the class cannot print yet.",
            file=sys.stderr,
        )
    out_dir = check_output_folder(args.out_dir, ctx.location)
    try:
        result = render_class_set(requests, out_dir)
    except HandoutError as exc:
        raise CliError(str(exc)) from exc
    for handout in result.handouts:
        print(handout.path)
    print(f"Wrote {len(result.handouts)} handout(s) to {args.out_dir}.", file=sys.stderr)
    return 0


def help_contacts(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.content import HelpFieldKey

    workspace = ctx.workspace(read_only=not args.set)
    template = workspace.handouts.help_template(args.lang)
    if template is None:
        raise CliError(f"The {args.lang!r} content pack has no 'where to get help' entries.")
    if args.set:
        values = workspace.handouts.help_values()
        fields = {(e.id, f.key) for e in template.entries for f in e.fields}
        field_names = {key.value for key in HelpFieldKey}
        for entry_id, field, value in args.set:
            key = (entry_id, HelpFieldKey(field)) if field in field_names else None
            if key is None or key not in fields:
                known = ", ".join(f"{e} {f.value}" for e, f in sorted(fields))
                raise CliError(f"No help field {entry_id} {field}: choose one of {known}.", 2)
            values[key] = value
        workspace.handouts.save_help_values(values)
        template = workspace.handouts.help_template(args.lang)
        assert template is not None
    for entry in template.entries:
        if entry.is_builtin:
            print(f"{entry.id}\t{entry.number}\t{entry.title}")
            continue
        for field in entry.fields:
            shown = field.value if not field.is_placeholder else "(blank)"
            print(f"{entry.id}\t{field.key.value}\t{shown}")
    return 0
