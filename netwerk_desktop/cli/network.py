"""`network members|schools|topics|series|plan`: the teachers' network across schools.

    network members add "Mette Lund" --consent 2026-05-01 --school "Nordby Gymnasium"
    network plan --from 2027-08-01 --years 2 --json [--save]

The meetings' own commands (agenda, minutes, ics, pack, print) are in network_meetings.py.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.cli.events import clock, day, plain
from netwerk_desktop.cli.network_meetings import add_meeting_parsers


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("network", help="the teachers' network: members, meetings, packs")
    commands = parser.add_subparsers(dest="network_command", metavar="ACTION", required=True)

    members = commands.add_parser("members", help="list members, or add/remove one")
    members.add_argument("--json", action="store_true")
    members.set_defaults(run=list_members)
    member_actions = members.add_subparsers(dest="members_action", metavar="ACTION")
    add = member_actions.add_parser("add", help="add a member (only with their consent date)")
    add.add_argument("name")
    add.add_argument("--consent", type=day, required=True, help="the day they agreed, YYYY-MM-DD")
    add.add_argument("--school", default="")
    add.add_argument("--role", default="")
    add.add_argument("--email", default="", help="work e-mail")
    add.add_argument("--coordinator", action="store_true")
    add.set_defaults(run=add_member)
    remove = member_actions.add_parser("remove", help="remove a member and all about them")
    remove.add_argument("name")
    remove.set_defaults(run=remove_member)

    schools = commands.add_parser("schools", help="list schools, or add/change one")
    schools.add_argument("--json", action="store_true")
    schools.set_defaults(run=list_schools)
    school_actions = schools.add_subparsers(dest="schools_action", metavar="ACTION")
    save = school_actions.add_parser("add", help="add a school, or change one")
    save.add_argument("name")
    save.add_argument("--cannot-host", action="store_true", help="the school cannot host")
    save.add_argument("--tour", default="", help="what a visit's tour shows")
    save.set_defaults(run=save_school)

    topics = commands.add_parser("topics", help="the topic backlog, most votes first")
    topics.add_argument("--add", metavar="TITLE")
    topics.add_argument("--vote", metavar="TITLE")
    topics.add_argument("--member", help="who proposes or votes")
    topics.add_argument("--json", action="store_true")
    topics.set_defaults(run=topics_command)

    series = commands.add_parser("series", help="the network's name, time zone and times")
    series.add_argument("--name")
    series.add_argument("--time-zone", help="e.g. Europe/Copenhagen, Europe/Amsterdam")
    series.add_argument("--start", type=clock, help="usual start, HH:MM")
    series.add_argument("--json", action="store_true")
    series.set_defaults(run=series_command)

    plan = commands.add_parser("plan", help="the meetings with dates, mode and host")
    plan.add_argument("--from", dest="start", type=day, required=True, help="YYYY-MM-DD")
    plan.add_argument("--years", type=int, default=1)
    plan.add_argument("--save", action="store_true", help="store the proposed meetings")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(run=plan_command)

    add_meeting_parsers(commands)


def list_members(args: argparse.Namespace, ctx: CliContext) -> int:
    members = ctx.workspace(read_only=True).network.members()
    if args.json:
        print(json.dumps([plain(asdict(m)) for m in members], ensure_ascii=False, indent=2))
        return 0
    for m in members:
        print(f"{m.name}\t{m.school}\t{m.role}\t{m.email}\tconsent {m.consent_on.isoformat()}")
    return 0


def add_member(args: argparse.Namespace, ctx: CliContext) -> int:
    member = ctx.workspace().network.add_member(
        args.name,
        consent_on=args.consent,
        school=args.school,
        role=args.role,
        email=args.email,
        coordinator=args.coordinator,
    )
    print(f"Added {member.name}.")
    return 0


def remove_member(args: argparse.Namespace, ctx: CliContext) -> int:
    network = ctx.workspace().network
    member = network.find_member(args.name)
    network.remove_member(member.id)
    print(f"Removed {member.name} with their sign-ups and votes.")
    return 0


def list_schools(args: argparse.Namespace, ctx: CliContext) -> int:
    schools = ctx.workspace(read_only=True).network.schools()
    if args.json:
        print(json.dumps([asdict(s) for s in schools], ensure_ascii=False, indent=2))
        return 0
    for s in schools:
        host = "can host" if s.can_host else "cannot host"
        print(f"{s.name}\t{host}\t{s.tour}")
    return 0


def save_school(args: argparse.Namespace, ctx: CliContext) -> int:
    network = ctx.workspace().network
    existing = next(
        (s for s in network.schools() if s.name.casefold() == args.name.casefold()), None
    )
    school = network.save_school(
        args.name,
        can_host=not args.cannot_host,
        tour=args.tour or (existing.tour if existing else ""),
        school_id=existing.id if existing else None,
    )
    print(f"Saved {school.name}.")
    return 0


def topics_command(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.add or args.vote:
        network = ctx.workspace().network
        member = network.find_member(args.member).id if args.member else None
        if args.add:
            network.propose_topic(args.add, member)
        if args.vote:
            topic = next(
                (t for t in network.topics() if t.title.casefold() == args.vote.casefold()), None
            )
            if topic is None or member is None:
                raise CliError("--vote needs an open topic's title and --member.", 2)
            network.vote(topic.id, member)
    topics = ctx.workspace(read_only=True).network.topics()
    if args.json:
        print(json.dumps([asdict(t) for t in topics], ensure_ascii=False, indent=2))
        return 0
    for t in topics:
        print(f"{t.votes}\t{t.title}\t{t.proposed_by}")
    return 0


def series_command(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.name is not None or args.time_zone or args.start:
        ctx.workspace().meetings.set_series(
            name=args.name, time_zone=args.time_zone, starts_at=args.start
        )
    series = ctx.workspace(read_only=True).meetings.series()
    if args.json:
        print(json.dumps(plain(asdict(series)), ensure_ascii=False, indent=2))
        return 0
    print(f"{series.name or '(no name)'}\t{series.time_zone}\t{series.starts_at:%H:%M}")
    for slot in series.slots:
        print(f"  month {slot.month}, week {slot.week}, weekday {slot.weekday}: {slot.mode.value}")
    return 0


def plan_command(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.save:
        ctx.workspace().meetings.save_plan(args.start, args.years)
    plan = ctx.workspace(read_only=True).meetings.plan(args.start, args.years)
    if args.json:
        rows = [
            {
                "date": p.starts_at.date().isoformat(),
                "starts_at": p.starts_at.isoformat(timespec="minutes"),
                "minutes": p.minutes,
                "mode": p.mode.value,
                "host": p.host or None,
                "saved": p.meeting_id is not None,
            }
            for p in plan
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for p in plan:
        saved = "" if p.meeting_id is None else "  (saved)"
        print(f"{p.starts_at:%Y-%m-%d %H:%M}\t{p.mode.value}\t{p.host or '-'}{saved}")
    return 0
