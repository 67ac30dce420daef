"""`groups make` and `groups history`: a real class's partnerships from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from typing import Any

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.services.partnership_records import RotationChoices, RotationView


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = commands.add_parser("make", help="make and save the next rotation of a class")
    make.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    make.add_argument(
        "--size",
        type=int,
        choices=(2, 4),
        default=4,
        help="4: pairs in groups of four (default); 2: pairs only",
    )
    make.add_argument(
        "--mode",
        choices=("full", "new_groups", "new_pairs"),
        default="full",
        help="new partners and groups (default), new groups of the same pairs, "
        "or new pairs in the same groups",
    )
    make.add_argument(
        "--absent",
        default="",
        metavar='"A,B"',
        help="students away today, by name, separated by commas",
    )
    make.add_argument(
        "--balance",
        action="append",
        default=[],
        metavar="TAG",
        help="spread the students with this tag evenly (repeatable)",
    )
    make.add_argument("--seed", type=int, help="another seed gives another good rotation")
    make.add_argument("--dry-run", action="store_true", help="show the rotation, save nothing")
    make.add_argument("--json", action="store_true", help="print JSON")
    make.set_defaults(run=make_rotation)

    history = commands.add_parser("history", help="the class's rotations, oldest first")
    history.add_argument("--class", dest="class_name", required=True, metavar="NAME")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(run=show_history)


def _names(view_groups: Any) -> list[list[list[str]]]:
    return [
        [[s.display_name for s in pair.students] for pair in group.pairs] for group in view_groups
    ]


def _print_rotation(view: RotationView) -> None:
    when = view.starts_on.isoformat() if view.starts_on else "planned"
    print(f"Rotation {view.number} ({when})")
    for group, names in zip(view.groups, _names(view.groups), strict=True):
        pairs = " + ".join(" & ".join(pair) for pair in names)
        print(f"  Group {group.number}: {pairs}")


def make_rotation(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.grouping import RulesConflict

    workspace = ctx.workspace(read_only=args.dry_run)
    school_class = workspace.classes.find(args.class_name)
    absent = [
        workspace.roster.find_student(school_class.id, name.strip()).id
        for name in args.absent.split(",")
        if name.strip()
    ]
    try:
        proposal = workspace.planner.propose(
            school_class.id,
            RotationChoices(
                mode=args.mode,
                absent=tuple(absent),
                balance_tags=tuple(args.balance),
                group_size=args.size,
                seed=args.seed,
            ),
        )
    except RulesConflict as exc:
        raise CliError(str(exc)) from exc
    names = {s.id: s.display_name for s in workspace.roster.list_students(school_class.id)}
    groups = [[[names[s] for s in pair] for pair in group] for group in proposal.rotation]
    number = None
    if not args.dry_run:
        saved = workspace.partnerships.save_rotation(
            school_class.id,
            proposal.rotation,
            kind=proposal.mode,
            group_size=proposal.group_size,
            seed=proposal.seed,
        )
        number = saved.number
    if args.json:
        print(
            json.dumps(
                {
                    "class": school_class.name,
                    "rotation": number,
                    "saved": not args.dry_run,
                    "groups": groups,
                    "score": asdict(proposal.score),
                    "warnings": [
                        {"kind": w.kind.value, "students": [names[s] for s in w.students]}
                        for w in proposal.warnings
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for index, group in enumerate(groups, start=1):
        print(f"Group {index}: " + " + ".join(" & ".join(pair) for pair in group))
    score = proposal.score
    print(
        f"{score.new_pairs} new partner pairs, {score.repeated_pairs} repeated; the fewest new "
        f"people any student meets: {score.fewest_new_partners}.",
        file=sys.stderr,
    )
    if number is not None:
        print(f"Saved as rotation {number} of {school_class.name}.", file=sys.stderr)
    return 0


def show_history(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    rotations = workspace.partnerships.list_rotations(school_class.id)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "number": r.number,
                        "status": r.status,
                        "kind": r.kind,
                        "starts_on": r.starts_on.isoformat() if r.starts_on else None,
                        "groups": _names(r.groups),
                    }
                    for r in rotations
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rotations:
        print(f"{school_class.name} has no partnerships yet.", file=sys.stderr)
    for rotation in rotations:
        _print_rotation(rotation)
    return 0
