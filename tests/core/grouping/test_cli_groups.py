"""`groups plan` on the command line: output format and exit codes."""

from __future__ import annotations

import json

import pytest

from tests.cli import run


def test_plan_prints_one_round_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "groups", "plan", "--students", "15", "--size", "3", "--rounds", "7"
    )
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 7
    for line in lines:
        groups = json.loads("[" + line.replace("] [", "], [") + "]")
        assert sorted(s for g in groups for s in g) == list(range(15))
        assert all(len(g) == 3 for g in groups)
    assert "repeated meetings: 0" in err


def test_plan_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "groups", "plan", "--students", "10", "--size", "2", "--rounds", "3", "--seed", "4",
        "--json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert len(data["rounds"]) == 3
    assert all(len(g) == 2 for r in data["rounds"] for g in r)
    assert data["metrics"]["repeated_meetings"] == 0
    assert data["metrics"]["lower_bound"] == 0
    assert set(data["metrics"]) >= {
        "rounds_before_first_repeat",
        "max_meetings",
        "fewest_distinct_partners",
    }


def test_same_seed_same_output(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("groups", "plan", "--students", "13", "--size", "4", "--rounds", "3", "--seed", "9")
    assert run(capsys, *argv)[1] == run(capsys, *argv)[1]


@pytest.mark.parametrize(
    "argv",
    [
        ("--students", "10", "--size", "1", "--rounds", "3"),
        ("--students", "0", "--size", "2", "--rounds", "3"),
        ("--students", "10", "--size", "2", "--rounds", "0"),
        ("--students", "ten", "--size", "2", "--rounds", "3"),
        ("--size", "2", "--rounds", "3"),
        ("--students", "10", "--size", "2", "--rounds", "3", "--time-budget", "0"),
    ],
)
def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, "groups", "plan", *argv)
    assert code == 2
    assert out == ""
    assert "error" in err
