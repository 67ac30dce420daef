"""`board open|add|list|match|close --class NAME`: a class's needs-and-offers board.

    board open --class 2.g --closes 2027-03-18
    board add --class 2.g KTB need study "Someone to read history with before the exam"
    board list --class 2.g [--json]
    board match --class 2.g KTB PLR [--introduction]
    board close --class 2.g --yes

Items are named by their slip code and kind; nothing here names a student.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.networks import BoardError, BoardView, Category, ItemKind
from netwerk_desktop.networks.codes import normal_code


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("board", help="a class's needs-and-offers board")
    commands = parser.add_subparsers(dest="board_command", metavar="ACTION", required=True)

    opening = commands.add_parser("open", help="open a board for the class")
    opening.add_argument("--class", dest="class_name", required=True)
    opening.add_argument(
        "--closes", type=date.fromisoformat, required=True, help="closing date, YYYY-MM-DD"
    )
    opening.set_defaults(run=open_board)

    add = commands.add_parser("add", help="add a need or an offer from a slip")
    add.add_argument("--class", dest="class_name", required=True)
    add.add_argument("code", help="the three letters on the slip")
    add.add_argument("kind", choices=[kind.value for kind in ItemKind])
    add.add_argument("category", choices=[category.value for category in Category])
    add.add_argument("text", help="what the slip says, without names")
    add.set_defaults(run=add_item)

    listing = commands.add_parser("list", help="list the board's needs, offers and matches")
    listing.add_argument("--class", dest="class_name", required=True)
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(run=list_board)

    match = commands.add_parser("match", help="match a need and an offer by their codes")
    match.add_argument("--class", dest="class_name", required=True)
    match.add_argument("need_code")
    match.add_argument("offer_code")
    match.add_argument(
        "--introduction", action="store_true", help="the offer is someone a student knows"
    )
    match.set_defaults(run=match_items)

    close = commands.add_parser(
        "close", help="close the board: keep only counts, delete every text"
    )
    close.add_argument("--class", dest="class_name", required=True)
    close.add_argument("--yes", action="store_true", help="do it (the texts cannot come back)")
    close.set_defaults(run=close_board)


def _current(ctx: CliContext, class_name: str, read_only: bool) -> tuple[int, BoardView | None]:
    workspace = ctx.workspace(read_only=read_only)
    school_class = workspace.classes.find(class_name)
    return school_class.id, workspace.board.current(school_class.id)


def _open(ctx: CliContext, class_name: str, read_only: bool = False) -> BoardView:
    _, board = _current(ctx, class_name, read_only)
    if board is None:
        raise CliError(f"{class_name} has no open board; open one with `board open`.")
    return board


def open_board(args: argparse.Namespace, ctx: CliContext) -> int:
    class_id, _ = _current(ctx, args.class_name, read_only=False)
    try:
        board = ctx.workspace().board.open_board(class_id, args.closes)
    except BoardError as exc:
        raise CliError(str(exc)) from exc
    print(f"Opened the board of {args.class_name} until {board.closes_on.isoformat()}.")
    return 0


def add_item(args: argparse.Namespace, ctx: CliContext) -> int:
    board = _open(ctx, args.class_name)
    try:
        item = ctx.workspace().board.add_item(
            board.id, args.code, ItemKind(args.kind), Category(args.category), args.text
        )
    except BoardError as exc:
        raise CliError(str(exc), 2 if exc.problem.value == "bad_code" else 1) from exc
    print(f"Added {item.kind.value} {item.code} ({item.category.value}).")
    return 0


def _board_json(board: BoardView) -> dict[str, Any]:
    return {
        "opened_on": board.opened_on.isoformat(),
        "closes_on": board.closes_on.isoformat(),
        "items": [
            {
                "code": item.code,
                "kind": item.kind.value,
                "category": item.category.value,
                "text": item.text,
                "status": item.status.value,
                "shown": item.shown.value,
                "reason": item.reason.value if item.reason else None,
                "follow_up_due": item.follow_up_due,
            }
            for item in board.items
        ],
        "matches": [
            {"need": m.need_code, "offer": m.offer_code, "introduction": m.introduction}
            for m in board.matches
        ],
    }


def list_board(args: argparse.Namespace, ctx: CliContext) -> int:
    workspace = ctx.workspace(read_only=True)
    school_class = workspace.classes.find(args.class_name)
    board = workspace.board.current(school_class.id)
    if board is None:
        tally = workspace.board.tally(school_class.id)
        if args.json:
            counts = (
                []
                if tally is None
                else [
                    {
                        "kind": r.kind.value,
                        "category": r.category.value,
                        "status": r.status.value,
                        "count": r.count,
                    }
                    for r in tally.rows
                ]
            )
            print(json.dumps({"open": False, "counts": counts}, ensure_ascii=False, indent=2))
            return 0
        print(f"{args.class_name} has no open board.")
        return 0
    if args.json:
        print(json.dumps({"open": True, **_board_json(board)}, ensure_ascii=False, indent=2))
        return 0
    print(f"Board of {args.class_name}, open until {board.closes_on.isoformat()}")
    for item in board.items:
        shown = "" if item.shown.value == "posted" else f"  [{item.shown.value}]"
        print(
            f"{item.code}\t{item.kind.value}\t{item.category.value}\t{item.status.value}"
            f"\t{item.text}{shown}"
        )
    for match in board.matches:
        via = "  (introduction)" if match.introduction else ""
        print(f"match\t{match.need_code} <-> {match.offer_code}{via}")
    return 0


def match_items(args: argparse.Namespace, ctx: CliContext) -> int:
    board = _open(ctx, args.class_name)
    need = board.by_code(normal_code(args.need_code) or args.need_code, ItemKind.NEED)
    offer = board.by_code(normal_code(args.offer_code) or args.offer_code, ItemKind.OFFER)
    if need is None or offer is None:
        missing = args.need_code if need is None else args.offer_code
        raise CliError(f"No {'need' if need is None else 'offer'} with code {missing}.", 2)
    try:
        ctx.workspace().board.match(need.id, offer.id, introduction=args.introduction)
    except BoardError as exc:
        raise CliError(str(exc)) from exc
    print(f"Matched {need.code} and {offer.code}.")
    return 0


def close_board(args: argparse.Namespace, ctx: CliContext) -> int:
    board = _open(ctx, args.class_name)
    if not args.yes:
        raise CliError(
            f"Closing deletes the texts of {len(board.items)} item(s) and keeps only counts; "
            "add --yes to close.",
            2,
        )
    report = ctx.workspace().board.close(board.id)
    print(
        f"Closed the board of {args.class_name}: {report.items_deleted} item(s) deleted, "
        f"counts kept, {report.backups_cleaned} backup(s) cleaned."
    )
    if report.tables_left_to_vacuum:
        print(
            "The server clears the deleted texts at its next vacuum; the school's IT can do it"
            " now with `server vacuum`.",
            file=sys.stderr,
        )
    return 0
