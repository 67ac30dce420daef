"""The data-safety drill (issue 13): run alone with `pytest -m drill`; part of `make test`.

Every test in this folder is marked `drill`. Each module prints its table row (area | trials |
failures) at the end of the session, so the figures can be read from any run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

RESULTS: dict[str, list[int]] = {}


def record(area: str, trials: int, failures: int) -> None:
    totals = RESULTS.setdefault(area, [0, 0])
    totals[0] += trials
    totals[1] += failures


@contextlib.contextmanager
def recording(area: str) -> Iterator[None]:
    """One trial of `area`: a failure if the block raises (the exception goes on)."""
    try:
        yield
    except pytest.skip.Exception:
        raise  # not permitted on this machine: no trial
    except BaseException:
        record(area, 1, 1)
        raise
    record(area, 1, 0)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/drills/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.drill)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not RESULTS:
        return
    terminalreporter.write_line("")
    terminalreporter.write_line("drill: area | trials | failures")
    for area, (trials, failures) in RESULTS.items():
        terminalreporter.write_line(f"drill: {area} | {trials} | {failures}")
