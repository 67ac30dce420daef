"""Command line: `python -m netwerk_desktop ...`, over the same services as the app.

Each topic lives in its own module with a `register(subparsers)` function that adds its
sub-commands and sets `run=<function(args, ctx) -> int>` as the parser default. Only the module
of the command asked for is imported (COMMANDS names it), so a quick command does not pay for
the imports of all the others; --help, no command or an unknown one imports them all.
Exit codes: 0 success, 1 a failed operation, 2 bad usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from netwerk_desktop import __version__
from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.errors import NetwerkError

# Topic modules, in the order their commands appear in --help.
TOPICS = (
    "classes",
    "roster",
    "students",
    "lessons",
    "groups",
    "handouts",
    "events",
    "network",
    "board",
    "directory",
    "maintenance",
    "server",
)
# The top-level command each topic module registers (a test keeps this in step with them).
COMMANDS = {
    "classes": "classes",
    "roster": "roster",
    "students": "students",
    "lessons": "lessons",
    "groups": "groups",
    "handouts": "handouts",
    "events": "events",
    "network": "network",
    "board": "board",
    "directory": "directory",
    "backup": "maintenance",
    "restore": "maintenance",
    "check": "maintenance",
    "backups": "maintenance",
    "server": "server",
}


class _Parser(argparse.ArgumentParser):
    """argparse exits with 2 on bad usage, which is what we want; this keeps messages short."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser(topics: Sequence[str] = TOPICS) -> argparse.ArgumentParser:
    """The parser with the commands of these topic modules (all of them by default)."""
    parser = _Parser(
        prog="netwerk_desktop",
        description="Netwerk Desktop on the command line.",
    )
    parser.add_argument("--version", action="version", version=f"Netwerk Desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use this data folder instead of the user data folder (or set NETWERK_DATA_DIR)",
    )
    parser.add_argument(
        "--portable",
        action="store_true",
        help="use the data folder beside the app (as a file named 'portable' beside it does)",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="work on the school's PostgreSQL server, e.g. postgresql://host/netwerk"
        "?sslmode=verify-full (or set NETWERK_DATABASE_URL); the password comes from a"
        " pgpass or service file, or is asked for",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for topic in topics:
        try:
            module = importlib.import_module(f"netwerk_desktop.cli.{topic}")
        except ModuleNotFoundError as exc:
            if exc.name != f"netwerk_desktop.cli.{topic}":
                raise
            continue  # a topic whose issue has not landed yet
        module.register(sub)
    return parser


def chosen_topics(argv: Sequence[str]) -> Sequence[str]:
    """The topic module of the command in `argv`, or all of them when it names none we know."""
    words = iter(argv)
    for word in words:
        if word in ("--data-dir", "--server"):
            next(words, None)  # its value, which may look like a command
        elif not word.startswith("-"):
            topic = COMMANDS.get(word)
            return TOPICS if topic is None else (topic,)
    return TOPICS


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(chosen_topics(arguments))
    args = parser.parse_args(arguments)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    ctx = CliContext(data_dir_arg=args.data_dir, portable=args.portable, server_arg=args.server)
    try:
        return int(run(args, ctx))
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except NetwerkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `... | head` closed the pipe: not an error; keep Python from complaining at exit.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    finally:
        ctx.close()
