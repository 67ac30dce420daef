"""`classes list [--json]`, `classes add NAME [--year Y] [--lang da|en|nl]`."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from typing import Any

from netwerk_desktop.cli.context import CliContext

# storage.models.CONTENT_LANGUAGES, named here so listing classes does not load SQLAlchemy (a
# test keeps the two the same).
CONTENT_LANGUAGES = ("da", "en", "nl")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("classes", help="list and create classes")
    commands = parser.add_subparsers(dest="classes_command", metavar="ACTION", required=True)

    listing = commands.add_parser("list", help="list the classes")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--archived", action="store_true", help="include archived classes")
    listing.set_defaults(run=list_classes)

    add = commands.add_parser("add", help="create a class")
    add.add_argument("name")
    add.add_argument("--year", help="school year, e.g. 2026/27 (default: the current one)")
    add.add_argument("--lang", choices=CONTENT_LANGUAGES, default="da", help="content language")
    add.set_defaults(run=add_class)


def _as_json(summary: Any) -> dict[str, Any]:
    data = asdict(summary)
    data["created_at"] = summary.created_at.isoformat(timespec="seconds")
    return data


def list_classes(args: argparse.Namespace, ctx: CliContext) -> int:
    # The start-up read: plain SQLite, without loading SQLAlchemy and the services.
    classes = ctx.workspace(read_only=True).class_overview(include_archived=args.archived)
    if args.json:
        print(json.dumps([_as_json(c) for c in classes], ensure_ascii=False, indent=2))
        return 0
    for c in classes:
        archived = "  (archived)" if c.archived else ""
        print(f"{c.name}\t{c.school_year}\t{c.content_language}\t{c.student_count}{archived}")
    return 0


def add_class(args: argparse.Namespace, ctx: CliContext) -> int:
    created = ctx.workspace().classes.create(args.name, args.year, args.lang)
    print(f"Created {created.label}.")
    return 0
