"""`network agenda|minutes|ics|pack|print`: one meeting's agenda, minutes and files.

A meeting is named by its day (YYYY-MM-DD), "next", or #id.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.cli.events import day, plain
from netwerk_desktop.languages import LANGUAGES


def add_meeting_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    agenda = commands.add_parser("agenda", help="a meeting's agenda with carried actions")
    agenda.add_argument("meeting", help="its day (YYYY-MM-DD), next, or #id")
    agenda.add_argument("--build", action="store_true", help="make a first agenda again")
    agenda.add_argument("--json", action="store_true")
    agenda.set_defaults(run=agenda_command)

    minutes = commands.add_parser("minutes", help="a meeting's minutes and actions")
    minutes.add_argument("meeting", help="its day (YYYY-MM-DD), next, or #id")
    minutes.add_argument("--notes", help="replace the notes with this text")
    minutes.add_argument("--action", help="add an action")
    minutes.add_argument("--owner", default="", help="who does the action")
    minutes.add_argument("--due", type=day, help="by when, YYYY-MM-DD")
    minutes.add_argument("--done", type=int, metavar="ACTION_ID", help="mark an action done")
    minutes.add_argument("--json", action="store_true")
    minutes.set_defaults(run=minutes_command)

    ics = commands.add_parser("ics", help="a meeting as an iCalendar (.ics) file")
    ics.add_argument("meeting", help="its day (YYYY-MM-DD), next, or #id")
    ics.add_argument("--out", type=Path, required=True)
    ics.add_argument("--lang", choices=LANGUAGES, default="da")
    ics.set_defaults(run=ics_command)

    pack = commands.add_parser("pack", help="export or import the network pack")
    pack_actions = pack.add_subparsers(dest="pack_action", metavar="ACTION", required=True)
    export = pack_actions.add_parser("export", help="calendar, agendas and minutes to a file")
    export.add_argument("--out", type=Path, required=True)
    export.set_defaults(run=pack_export)
    load = pack_actions.add_parser("import", help="bring in a pack from another school")
    load.add_argument("file", type=Path)
    load.add_argument("--json", action="store_true")
    load.set_defaults(run=pack_import)

    prints = commands.add_parser("print", help="a meeting's handout as PDF")
    prints.add_argument("meeting", help="its day (YYYY-MM-DD), next, or #id")
    prints.add_argument(
        "--kind", required=True, choices=("invitation", "signup-sheet", "badges", "minutes")
    )
    prints.add_argument("--out", type=Path, required=True)
    prints.add_argument("--lang", choices=LANGUAGES, default="da")
    prints.set_defaults(run=print_command)


def agenda_command(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.build:
        meetings = ctx.workspace().meetings
        meetings.build_agenda(meetings.find(args.meeting).id)
    meeting = ctx.workspace(read_only=True).meetings.find(args.meeting)
    if args.json:
        print(
            json.dumps(
                plain(
                    {
                        "meeting": meeting.starts_at,
                        "mode": meeting.mode.value,
                        "host": meeting.host,
                        "agenda": [asdict(line) for line in meeting.agenda],
                        "exchange_share": round(meeting.exchange_share, 3),
                        "exchange_too_short": meeting.exchange_too_short,
                        "carried_actions": [asdict(a) for a in meeting.carried_actions],
                    }
                ),
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    print(f"{meeting.starts_at:%Y-%m-%d %H:%M} {meeting.mode.value} {meeting.host}")
    for line in meeting.agenda:
        start = f"{line.starts_at:%H:%M}" if line.starts_at else "     "
        print(f"  {start}  {line.kind.value:<9} {line.title}  ({line.minutes} min)")
    share = f"{meeting.exchange_share:.0%}"
    warning = "  WARNING: under 45 %" if meeting.exchange_too_short else ""
    print(f"Exchange of experience: {share} of the time{warning}")
    for action in meeting.carried_actions:
        print(f"  carried: {action.text} ({action.owner}, from {action.raised_on.isoformat()})")
    return 0


def minutes_command(args: argparse.Namespace, ctx: CliContext) -> int:
    changing = args.notes is not None or args.action or args.done is not None
    if changing:
        meetings = ctx.workspace().meetings
        meeting = meetings.find(args.meeting)
        if args.notes is not None:
            meetings.set_notes(meeting.id, args.notes)
        if args.action:
            meetings.add_action(meeting.id, args.action, args.owner, args.due)
        if args.done is not None:
            meetings.set_action_done(args.done)
    meeting = ctx.workspace(read_only=True).meetings.find(args.meeting)
    if args.json:
        data = {
            "meeting": meeting.starts_at,
            "notes": meeting.notes,
            "present": [a.name for a in meeting.attendees],
            "actions": [asdict(a) for a in meeting.actions],
            "carried_actions": [asdict(a) for a in meeting.carried_actions],
        }
        print(json.dumps(plain(data), ensure_ascii=False, indent=2))
        return 0
    print(meeting.notes or "(no notes yet)")
    for action in meeting.actions:
        state = "done" if action.done else "open"
        due = action.due_on.isoformat() if action.due_on else "-"
        print(f"  #{action.id} [{state}] {action.text} — {action.owner or '-'}, by {due}")
    return 0


def ics_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.handouts import load_labels
    from netwerk_desktop.teachers_network.prints import calendar_texts

    workspace = ctx.workspace(read_only=True)
    meeting = workspace.meetings.find(args.meeting)
    title, description = calendar_texts(
        meeting, workspace.meetings.series().name, load_labels(args.lang)
    )
    path = workspace.network_files.write_ics(
        meeting.id, args.out, title=title, description=description
    )
    print(f"Wrote {path}.")
    return 0


def pack_export(args: argparse.Namespace, ctx: CliContext) -> int:
    path = ctx.workspace(read_only=True).network_files.export_pack(args.out)
    print(f"Wrote {path}.")
    return 0


def pack_import(args: argparse.Namespace, ctx: CliContext) -> int:
    result = ctx.workspace().network_files.import_pack(args.file)
    if args.json:
        print(json.dumps(asdict(result), indent=2))
        return 0
    print(
        f"Added {result.added}, updated {result.updated}, already current {result.unchanged},"
        f" newer here {result.kept_newer_here}."
    )
    return 0


def print_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.handouts import HandoutError
    from netwerk_desktop.teachers_network.prints import MeetingPrint, print_meeting

    workspace = ctx.workspace(read_only=True)
    meeting = workspace.meetings.find(args.meeting)
    try:
        title = print_meeting(
            meeting,
            MeetingPrint(args.kind),
            args.out,
            network=workspace.meetings.series().name,
            language=args.lang,
            printed_on=date.today(),
            members=workspace.network.members(),
            school_name=workspace.school.school_name,
        )
    except HandoutError as exc:
        raise CliError(str(exc)) from exc
    print(f"Wrote {title} to {args.out}.")
    return 0
