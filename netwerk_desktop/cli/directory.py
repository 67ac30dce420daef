"""`directory add|list|import|export|stale`: the school's directory of local communities and help.

    directory add "Nordby Boldklub" --category sport --activity "Girls' football" --ages 14-19
    directory list [--category sport] [--search word] [--students] [--free] [--drop-in] [--json]
    directory import kommunen.csv [--dry-run]
    directory export directory.csv
    directory stale [--json]

CSV files use the Open Referral (HSDS) column names where HSDS has the field.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.directory import (
    DirectoryCategory,
    DirectoryError,
    DirectoryFilter,
    Entry,
    EntryDraft,
    EntrySource,
    EntryStatus,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("directory", help="the school's directory of local communities")
    commands = parser.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    categories = [category.value for category in DirectoryCategory]

    add = commands.add_parser("add", help="add an entry")
    add.add_argument("name", help="the organisation or offer")
    add.add_argument("--category", choices=categories, required=True)
    add.add_argument("--activity", default="", help="what you do there")
    add.add_argument("--ages", help="e.g. 15-20, 14- or -25")
    add.add_argument("--cost", default="")
    add.add_argument("--free", action="store_true")
    add.add_argument("--how-to-join", default="")
    add.add_argument("--drop-in", action="store_true", help="you can just turn up")
    add.add_argument("--bring-friend", action="store_true", help="bringing a friend is welcome")
    add.add_argument("--languages", default="")
    add.add_argument("--accessibility", default="")
    add.add_argument("--place", default="")
    add.add_argument("--schedule", default="")
    add.add_argument("--contact", default="", help="the organisation's public contact")
    add.add_argument("--checked-by", help="who checked it today (leave out: unverified)")
    add.add_argument(
        "--suggested-by-class", metavar="CLASS", help="a class's suggestion (stays unverified)"
    )
    add.set_defaults(run=add_entry)

    listing = commands.add_parser("list", help="list entries")
    listing.add_argument("--category", choices=categories)
    listing.add_argument("--search", default="", help="words in the name, activity or place")
    listing.add_argument("--students", action="store_true", help="ages 15-20 only")
    listing.add_argument("--free", action="store_true")
    listing.add_argument("--drop-in", action="store_true")
    listing.add_argument("--all", action="store_true", help="include ended entries")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_entries)

    importing = commands.add_parser("import", help="add or update entries from a CSV file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--dry-run", action="store_true", help="say what would change")
    importing.set_defaults(run=import_entries)

    exporting = commands.add_parser("export", help="write every entry to a CSV file")
    exporting.add_argument("file", type=Path)
    exporting.set_defaults(run=export_entries)

    stale = commands.add_parser("stale", help="entries not checked in 12 months")
    stale.add_argument("--json", action="store_true", help="print JSON")
    stale.set_defaults(run=stale_entries)


def _ages(text: str | None) -> tuple[int | None, int | None]:
    if not text:
        return None, None
    low, _, high = text.partition("-")
    try:
        return (int(low) if low.strip() else None, int(high) if high.strip() else None)
    except ValueError:
        raise CliError(f"Ages are written like 15-20, 14- or -25, not {text!r}.", 2) from None


def add_entry(args: argparse.Namespace, ctx: CliContext) -> int:
    low, high = _ages(args.ages)
    source, note = EntrySource.COORDINATOR, ""
    if args.suggested_by_class:
        source, note = EntrySource.CLASS, args.suggested_by_class
    checked = args.checked_by is not None and not args.suggested_by_class
    draft = EntryDraft(
        name=args.name,
        category=DirectoryCategory(args.category),
        activity=args.activity,
        age_min=low,
        age_max=high,
        cost=args.cost,
        free=args.free,
        how_to_join=args.how_to_join,
        drop_in=args.drop_in,
        bring_friend=args.bring_friend,
        languages=args.languages,
        accessibility=args.accessibility,
        place=args.place,
        schedule=args.schedule,
        contact=args.contact,
        checked_on=date.today() if checked else None,
        checked_by=(args.checked_by or "") if checked else "",
        source=source,
        source_note=note,
    )
    try:
        entry = ctx.workspace().directory.add(draft)
    except DirectoryError as exc:
        raise CliError(str(exc), 2) from exc
    state = "unverified" if entry.unverified else "checked"
    print(f"Added {entry.name} ({entry.category.value}, {state}).")
    return 0


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.uid,
        "name": entry.name,
        "category": entry.category.value,
        "activity": entry.activity,
        "help_role": entry.help_role,
        "age_min": entry.age_min,
        "age_max": entry.age_max,
        "cost": entry.cost,
        "free": entry.free,
        "how_to_join": entry.how_to_join,
        "drop_in": entry.drop_in,
        "bring_friend": entry.bring_friend,
        "languages": entry.languages,
        "accessibility": entry.accessibility,
        "place": entry.place,
        "schedule": entry.schedule,
        "contact": entry.contact,
        "status": entry.status.value,
        "checked_on": entry.checked_on.isoformat() if entry.checked_on else None,
        "checked_by": entry.checked_by,
        "unverified": entry.unverified,
        "source": entry.source.value,
        "source_note": entry.source_note,
    }


def _print(entries: list[Entry], as_json: bool) -> None:
    if as_json:
        print(json.dumps([entry_json(e) for e in entries], ensure_ascii=False, indent=2))
        return
    if not entries:
        print("No entries. Add one with `directory add` or import a list with `directory import`.")
    for entry in entries:
        checked = entry.checked_on.isoformat() if entry.checked_on else "unverified"
        paused = "" if entry.status is EntryStatus.ACTIVE else f"  ({entry.status.value})"
        name = entry.name or f"({entry.help_role})"
        print(f"{entry.category.value}\t{name}\t{entry.activity}\t{checked}{paused}")


def list_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    wanted = DirectoryFilter(
        text=args.search,
        category=DirectoryCategory(args.category) if args.category else None,
        student_ages=args.students,
        free=args.free,
        drop_in=args.drop_in,
        include_ended=args.all,
    )
    _print(ctx.workspace(read_only=True).directory.entries(wanted), args.json)
    return 0


def stale_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    _print(ctx.workspace(read_only=True).directory.stale(), args.json)
    return 0


def import_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        report = ctx.workspace().directory.import_csv(args.file, dry_run=args.dry_run)
    except DirectoryError as exc:
        raise CliError(str(exc)) from exc
    verb = "Would add" if args.dry_run else "Added"
    print(f"{verb} {report.added}, update {report.updated}, leave {report.unchanged} unchanged.")
    for problem in report.problems:
        print(f"line {problem.line}: {problem.column} {problem.value!r}: {problem.reason}")
    if report.ignored_columns:
        print("Columns not used: " + ", ".join(report.ignored_columns))
    return 0


def export_entries(args: argparse.Namespace, ctx: CliContext) -> int:
    try:
        count = ctx.workspace(read_only=True).directory.export_csv(args.file)
    except DirectoryError as exc:
        raise CliError(str(exc)) from exc
    print(f"Wrote {count} entries to {args.file}.")
    return 0
