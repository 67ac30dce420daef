"""`groups plan --students N --size S --rounds W [--seed K] [--json]`: plain groups for synthetic
students 0..N-1 with as few repeated meetings as possible.

`groups make` and `groups history` for a real class live in groups_class.py.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict

from netwerk_desktop.cli.context import CliContext
from netwerk_desktop.cli.groups_class import add_parsers


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("groups", help="partnerships: pairs in groups that rotate")
    commands = parser.add_subparsers(dest="groups_command", metavar="ACTION", required=True)

    plan = commands.add_parser(
        "plan", help="plan rounds of groups for students 0..N-1 (no class needed)"
    )
    plan.add_argument("--students", type=_at_least(1), required=True, metavar="N")
    plan.add_argument("--size", type=_at_least(2), required=True, metavar="S", help="group size")
    plan.add_argument("--rounds", type=_at_least(1), required=True, metavar="W")
    plan.add_argument("--seed", type=int, default=0, metavar="K")
    plan.add_argument(
        "--time-budget", type=_seconds, default=1.0, metavar="SECONDS", help="default 1"
    )
    plan.add_argument("--json", action="store_true", help="print JSON with the metrics")
    plan.set_defaults(run=plan_groups_command)
    add_parsers(commands)


def _at_least(low: int) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, got {value}")
        return value

    return parse


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {text}")
    return value


def plan_groups_command(args: argparse.Namespace, ctx: CliContext) -> int:
    # The solver is imported here so other commands start without it.
    from netwerk_desktop.grouping import meeting_metrics, plan_groups, repeat_lower_bound

    rounds = plan_groups(args.students, args.size, args.rounds, args.seed, args.time_budget)
    metrics = meeting_metrics(rounds)
    summary = {**asdict(metrics), "lower_bound": repeat_lower_bound(args.students, rounds)}
    if args.json:
        data = {"rounds": [[list(g) for g in groups] for groups in rounds], "metrics": summary}
        print(json.dumps(data))
        return 0
    for groups in rounds:
        print(" ".join(json.dumps(list(g)) for g in groups))
    print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in summary.items()), file=sys.stderr)
    return 0
