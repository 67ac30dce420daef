"""A command imports only its own module, and `classes list` reads without SQLAlchemy."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from netwerk_desktop.cli import COMMANDS, TOPICS, build_parser, chosen_topics
from netwerk_desktop.cli.classes import CONTENT_LANGUAGES
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage import models
from netwerk_desktop.workspace import Workspace
from tests.cli import run

ROOT = Path(__file__).resolve().parents[3]

LOADED = """
import json, sys
from netwerk_desktop.cli import main
code = main(sys.argv[1:])
watched = ("sqlalchemy", "netwerk_desktop.cli.", "netwerk_desktop.services.")
loaded = sorted(m for m in sys.modules if m == "sqlalchemy" or m.startswith(watched))
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def _commands(parser: object) -> set[str]:
    actions = getattr(parser, "_subparsers")._group_actions  # noqa: B009
    return {name for action in actions for name in action.choices}


def test_the_command_table_names_what_each_module_registers() -> None:
    everything: set[str] = set()
    for topic in TOPICS:
        commands = _commands(build_parser((topic,)))
        assert {COMMANDS[c] for c in commands} == {topic}, topic
        everything |= commands
    assert everything == set(COMMANDS) == _commands(build_parser())


@pytest.mark.parametrize(
    ("argv", "topics"),
    [
        (["classes", "list"], ("classes",)),
        (["--data-dir", "groups", "classes", "list"], ("classes",)),  # a folder named groups
        (["--data-dir=x", "backup", "--to", "y"], ("maintenance",)),
        (["--version"], TOPICS),
        (["--help"], TOPICS),
        (["nonsense"], TOPICS),  # so the error lists every command
        ([], TOPICS),
    ],
)
def test_only_the_chosen_command_is_loaded(argv: list[str], topics: tuple[str, ...]) -> None:
    assert tuple(chosen_topics(argv)) == topics


def test_the_languages_are_the_stored_ones() -> None:
    assert CONTENT_LANGUAGES == models.CONTENT_LANGUAGES


def test_classes_list_reads_without_sqlalchemy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Given a data folder with classes, one of them archived
    data = tmp_path / "data"
    with Workspace.open(DataLocation(data)) as workspace:
        first = workspace.classes.create("2.g", "2026/27")
        workspace.roster.add_students(first.id, ["Anna", "Bo"])
        workspace.classes.create("1.a", "2025/26", "nl")
        old = workspace.classes.create("3.x", "2024/25")
        workspace.classes.update(old.id, archived=True)
        expected = {
            flag: [asdict(c) for c in workspace.classes.list_classes(include_archived=flag)]
            for flag in (False, True)
        }
    for flag in (False, True):
        # When `classes list` runs in a fresh Python
        argv = ["--data-dir", str(data), "classes", "list", "--json"]
        argv += ["--archived"] if flag else []
        child = subprocess.run(
            [sys.executable, "-c", LOADED, *argv],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        report = json.loads(child.stderr.strip().splitlines()[-1])
        # Then it imported neither SQLAlchemy nor another command's module nor the services
        assert report["code"] == 0
        assert report["loaded"] == [
            "netwerk_desktop.cli.classes",
            "netwerk_desktop.cli.context",
            "netwerk_desktop.services.changes",
            "netwerk_desktop.services.lesson_records",
            "netwerk_desktop.services.records",
            "netwerk_desktop.services.startup_reads",
        ]
        # And it listed what the services list
        listed = json.loads(child.stdout)
        for row in expected[flag]:
            row["created_at"] = row["created_at"].isoformat(timespec="seconds")
        assert listed == expected[flag]
    # The same in this process, through the command line's own entry point
    code, out, _ = run(capsys, "--data-dir", str(data), "classes", "list")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == ["2.g", "1.a"]
