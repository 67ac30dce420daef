"""Benchmark: peak memory of a roster import on hostile files (issue 13, item 17).

Each file is read in its own process (its own peak, VmHWM), next to a class list of 30
names and the largest list that is accepted (9,999 names and a header), and a bare Python process
for reference. Printed: the outcome (the RosterError code, or the rows read), the time and the
peak resident memory.

    .venv/bin/python bench/imports.py

Goal: every import under ~200 MB, every hostile file refused with a clear error.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.hostile_rosters import HOSTILE_FILES  # noqa: E402

_READ = """
import json, resource, sys, time
start = time.perf_counter()
outcome = "-"
if sys.argv[1] != "-":
    from pathlib import Path
    from netwerk_desktop.rosters import RosterError, read_roster_file
    try:
        table = read_roster_file(Path(sys.argv[1]))
        outcome = f"{len(table.rows)} rows read"
    except RosterError as error:
        outcome = error.code.value
seconds = time.perf_counter() - start
try:  # VmHWM is this program's own peak; ru_maxrss may include the parent's before exec
    status = open("/proc/self/status").read().split("VmHWM:")[1]
    peak = int(status.split()[0]) * 1024
except (OSError, IndexError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"outcome": outcome, "seconds": seconds, "peak": peak}))
"""


def measure(path: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", _READ, path],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    return dict(json.loads(result.stdout))


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="netwerk-bench-imports-") as tmp:
        folder = Path(tmp)
        small = folder / "class.csv"
        small.write_text("Navn\n" + "".join(f"Elev {n}\n" for n in range(30)), encoding="utf-8")
        largest = folder / "largest.csv"
        largest.write_text(
            "Fornavn;Efternavn;Hold\n" + "".join(f"Elev;Nummer {n};2.g\n" for n in range(9_999)),
            encoding="utf-8",
        )
        cases = [("bare Python (no import)", "-"), ("30 names", str(small))]
        cases.append(("9,999 names, 3 columns (largest)", str(largest)))
        cases += [(name, str(make(folder))) for name, make in HOSTILE_FILES.items()]
        print(f"{'file':32} {'outcome':24} {'seconds':>8} {'peak MB':>8}")
        worst = 0.0
        for name, path in cases:
            figures = measure(path)
            peak_mb = float(figures["peak"]) / 1e6  # type: ignore[arg-type]
            worst = max(worst, peak_mb)
            seconds = float(figures["seconds"])  # type: ignore[arg-type]
            print(f"{name:32} {figures['outcome']!s:24} {seconds:8.2f} {peak_mb:8.1f}")
        print(f"highest peak: {worst:.1f} MB (goal: under ~200 MB)")


if __name__ == "__main__":
    main()
