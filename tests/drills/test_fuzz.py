"""The fuzzer keeps zero tracebacks with bounded memory, and each crafted file (zip bombs, a
far-corner cell, /dev/zero, a FIFO, ...) is refused in its own process under ~200 MB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.drills.conftest import record
from tests.hostile_rosters import HOSTILE_FILES

ROOT = Path(__file__).resolve().parents[2]
FUZZ_FILES = int(os.environ.get("NETWERK_DRILL_FUZZ", "2001"))
MEMORY_LIMIT = 200 * 1024 * 1024

_READ_ONE = """
import json, sys
from pathlib import Path
from netwerk_desktop.rosters import RosterError, read_roster_file
from tests.drills.fuzz_rosters import _peak
try:
    read_roster_file(Path(sys.argv[1]))
    outcome = "read"
except RosterError as error:
    outcome = error.code.value
print(json.dumps({"outcome": outcome, "peak": _peak()}))
"""


def _python(*argv: str, timeout: float) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, *argv], cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(json.loads(result.stdout))


def test_fuzzed_rosters_never_give_a_traceback() -> None:
    found = _python("-m", "tests.drills.fuzz_rosters", str(FUZZ_FILES), "17", timeout=600)
    failed = int(found["tracebacks"]) + (int(found["peak"]) > MEMORY_LIMIT)  # type: ignore[call-overload]
    peak_mb = int(found["peak"]) // 2**20  # type: ignore[call-overload]
    record(f"fuzzed roster files (peak {peak_mb} MB)", FUZZ_FILES, failed)
    assert found["tracebacks"] == 0, "\n".join(found["first"])  # type: ignore[arg-type]
    assert int(found["peak"]) < MEMORY_LIMIT  # type: ignore[call-overload]


@pytest.mark.parametrize("name", list(HOSTILE_FILES))
def test_each_crafted_file_is_refused_in_bounded_memory(name: str, tmp_path: Path) -> None:
    path = HOSTILE_FILES[name](tmp_path)
    found = _python("-c", _READ_ONE, str(path), timeout=120)
    peak_mb = int(found["peak"]) // 2**20  # type: ignore[call-overload]
    failed = found["outcome"] == "read" or int(found["peak"]) > MEMORY_LIMIT  # type: ignore[call-overload]
    record(f"crafted: {name} (peak {peak_mb} MB)", 1, int(failed))
    assert found["outcome"] != "read"
    assert int(found["peak"]) < MEMORY_LIMIT
