"""`events add|list|show|groups|followups|print`: community events with follow-up.

events add "Fælles morgenmad" --date 2027-09-24 --class 1.a --class 1.b --start 08:00
events groups "Fælles morgenmad" --json
events followups --date 2027-10-01 [--done ID [--tally 7/9]]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from netwerk_desktop.cli.context import CliContext, CliError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("events", help="community events for classes, with follow-up")
    commands = parser.add_subparsers(dest="events_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="plan an event for one or more classes")
    add.add_argument("title")
    add.add_argument("--date", type=day, required=True, help="YYYY-MM-DD")
    add.add_argument("--class", dest="classes", action="append", required=True, metavar="CLASS")
    add.add_argument("--purpose", default="", help="the event's purpose in one sentence")
    add.add_argument("--place", default="")
    add.add_argument("--start", type=clock, help="HH:MM")
    add.set_defaults(run=add_event)

    listing = commands.add_parser("list", help="list the events")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=list_events)

    show = commands.add_parser("show", help="an event's whole plan")
    show.add_argument("event", help="its title, or #id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=show_event)

    groups = commands.add_parser(
        "groups", help="make cross-class groups (signs up every student first if nobody is)"
    )
    groups.add_argument("event", help="its title, or #id")
    groups.add_argument("--size", type=int, choices=(2, 4), default=4)
    groups.add_argument("--seed", type=int)
    groups.add_argument("--json", action="store_true")
    groups.set_defaults(run=make_groups)

    follow = commands.add_parser("followups", help="follow-up steps due, or tick one off")
    follow.add_argument("--date", type=day, help="due on or before this day (default today)")
    follow.add_argument("--done", type=int, metavar="ID", help="tick off the step with this id")
    follow.add_argument("--tally", type=tally, metavar="YES/OF", help="the tally's counts")
    follow.add_argument("--json", action="store_true")
    follow.set_defaults(run=follow_ups)

    prints = commands.add_parser("print", help="a handout of the event as PDF")
    prints.add_argument("event", help="its title, or #id")
    prints.add_argument(
        "--kind",
        required=True,
        choices=(
            "poster",
            "group-cards",
            "badges",
            "role-cards",
            "parents-letter",
            "follow-up-cards",
        ),
    )
    prints.add_argument("--out", type=Path, required=True)
    prints.set_defaults(run=print_handout)


def day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (HH:MM): {text!r}") from None


def tally(text: str) -> tuple[int, int]:
    yes, _, of = text.partition("/")
    if not (yes.isdigit() and of.isdigit()):
        raise argparse.ArgumentTypeError(f"write the tally as YES/OF, e.g. 7/9: {text!r}")
    return int(yes), int(of)


def plain(value: Any) -> Any:
    if isinstance(value, date | time | datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def as_json(value: Any) -> str:
    return json.dumps(plain(asdict(value)), ensure_ascii=False, indent=2)


def add_event(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace()
    class_ids = [workspace.classes.find(name).id for name in args.classes]
    plan = workspace.events.create(
        args.title,
        args.date,
        class_ids,
        purpose=args.purpose,
        place=args.place,
        starts_at=args.start,
    )
    print(f"Planned #{plan.id} {plan.title} on {plan.held_on.isoformat()}.")
    return 0


def list_events(args: argparse.Namespace, ctx: CliContext) -> int:
    events = ctx.workspace(read_only=True).events.list_events()
    if args.json:
        print(json.dumps([plain(asdict(e)) for e in events], ensure_ascii=False, indent=2))
        return 0
    for e in events:
        print(f"#{e.id}\t{e.held_on.isoformat()}\t{e.title}\t{', '.join(e.class_names)}")
    return 0


def show_event(args: argparse.Namespace, ctx: CliContext) -> int:
    plan = ctx.workspace(read_only=True).events.find(args.event)
    if args.json:
        print(as_json(plan))
        return 0
    print(f"#{plan.id} {plan.title} — {plan.held_on.isoformat()} {plan.place}")
    if plan.purpose:
        print(f"Purpose: {plan.purpose}")
    print(f"Classes: {', '.join(c.name for c in plan.classes)}")
    for block in plan.blocks:
        start = block.starts_at.strftime("%H:%M") + " " if block.starts_at else ""
        print(f"  {start}{block.title} ({block.kind.value}, {block.minutes} min)")
    balance = plan.balance
    print(
        f"Balance: content {balance.content}, activity {balance.activity}, "
        f"informal {balance.informal} min"
        + ("  WARNING: little informal time" if balance.informal_missing else "")
    )
    print(f"Signed up: {len(plan.attendees)}; groups: {len(plan.groups)}")
    for step in plan.follow_ups:
        mark = "x" if step.done_on else " "
        print(f"  [{mark}] {step.due_on.isoformat()} {step.class_name} {step.kind.value}")
    return 0


def make_groups(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace()
    plan = workspace.events.find(args.event)
    if not any(not a.guest for a in plan.attendees):
        print("Nobody was signed up: signing up every student of the classes.", file=sys.stderr)
        workspace.events.sign_up_everyone(plan.id)
    plan = workspace.event_groups.make_groups(plan.id, group_size=args.size, seed=args.seed)
    if args.json:
        print(json.dumps([plain(asdict(g)) for g in plan.groups], ensure_ascii=False, indent=2))
        return 0
    for group in plan.groups:
        pairs = " / ".join(" & ".join(f"{a.name} ({a.class_name})" for a in p) for p in group.pairs)
        print(f"Group {group.number}: {pairs}")
    return 0


def follow_ups(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.done is not None:
        yes, of = args.tally if args.tally else (None, None)
        item = ctx.workspace().follow_ups.set_done(args.done, tally_yes=yes, tally_of=of)
        print(f"Done: {item.kind.value} for {item.class_name} ({item.event_title}).")
        return 0
    if args.tally:
        raise CliError("--tally goes with --done ID.", 2)
    due = ctx.workspace(read_only=True).follow_ups.due(args.date)
    if args.json:
        print(json.dumps([plain(asdict(d)) for d in due], ensure_ascii=False, indent=2))
        return 0
    for item in due:
        print(
            f"{item.id}\t{item.due_on.isoformat()}\t{item.class_name}\t{item.kind.value}\t{item.event_title}"
        )
    return 0


def print_handout(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.events.prints import EventPrint, print_event
    from netwerk_desktop.handouts import HandoutError

    workspace = ctx.workspace(read_only=True)
    plan = workspace.events.find(args.event)
    try:
        title = print_event(
            plan,
            EventPrint(args.kind),
            args.out,
            school_name=workspace.school.school_name,
            printed_on=date.today(),
        )
    except HandoutError as exc:
        raise CliError(str(exc)) from exc
    print(f"Wrote {title} to {args.out}.")
    return 0
