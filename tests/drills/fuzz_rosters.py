"""Fuzzing the roster import: mutated copies of the fixture rosters (text and workbooks) are
read one after another in this process; anything but a table or a RosterError is a traceback.

    python -m tests.drills.fuzz_rosters COUNT SEED  ->  one JSON line: files, refused,
    read, tracebacks (the first few), peak memory (VmHWM).
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
import traceback
import zipfile
from pathlib import Path

from netwerk_desktop.rosters import RosterError, read_roster_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0 and buffer:  # flip bytes
        for _ in range(rng.randint(1, 20)):
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    elif kind == 1 and buffer:  # cut
        del buffer[rng.randrange(len(buffer)) :]
    elif kind == 2:  # insert junk
        at = rng.randrange(len(buffer) + 1)
        buffer[at:at] = rng.randbytes(rng.randint(1, 400))
    elif kind == 3 and buffer:  # repeat a slice (long lines, many rows)
        start = rng.randrange(len(buffer))
        piece = bytes(buffer[start : start + rng.randint(1, 64)])
        buffer[start:start] = piece * rng.randint(10, 40_000)
    elif kind == 4:  # separators, quotes, NULs and line breaks
        for _ in range(rng.randint(1, 30)):
            at = rng.randrange(len(buffer) + 1)
            buffer[at:at] = rng.choice([b";", b",", b"\t", b'"', b"\x00", b"\r", b"\n", b"\xff"])
    else:  # invisible and right-to-left characters in names
        at = rng.randrange(len(buffer) + 1)
        buffer[at:at] = rng.choice(["\u202e", "\u200b", "\u2066", "\u200d", "\ufeff"]).encode()
    return bytes(buffer)


def _mutate_workbook(data: bytes, rng: random.Random) -> bytes:
    """Change one part inside the archive, so the zip stays readable and openpyxl sees it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = {info.filename: archive.read(info) for info in archive.infolist()}
    except zipfile.BadZipFile:
        return _mutate_bytes(data, rng)
    name = rng.choice(sorted(parts))
    parts[name] = _mutate_bytes(parts[name], rng)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return out.getvalue()


def fuzz(count: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    seeds = [p for p in sorted(FIXTURES.iterdir()) if p.suffix in {".csv", ".txt", ".xlsx"}]
    refused = read = 0
    tracebacks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="netwerk-fuzz-") as tmp:
        for number in range(count):
            source = rng.choice(seeds)
            data = source.read_bytes()
            mutated = (
                _mutate_workbook(data, rng)
                if source.suffix == ".xlsx" and rng.random() < 0.7
                else _mutate_bytes(data, rng)
            )
            path = Path(tmp) / f"fuzz-{number}{source.suffix}"
            path.write_bytes(mutated)
            try:
                read_roster_file(path)
                read += 1
            except RosterError as error:
                assert str(error)
                refused += 1
            except Exception:
                tracebacks.append(f"{source.name} #{number}: {traceback.format_exc(limit=3)}")
            path.unlink()
    return {
        "files": count,
        "read": read,
        "refused": refused,
        "tracebacks": len(tracebacks),
        "first": tracebacks[:3],
        "peak": _peak(),
    }


def _peak() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return int(status.read().split("VmHWM:")[1].split()[0]) * 1024
    except (OSError, IndexError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


if __name__ == "__main__":
    print(json.dumps(fuzz(int(sys.argv[1]), int(sys.argv[2]))))
