"""The built app folder against running from source: size, and time to a painted window.

    make dist && .venv/bin/python bench/dist.py [--runs 7]

Cold runs drop the operating system's file cache first (root only; said when not possible),
as after a classroom PC's morning start; warm runs follow each other. Both start with
`--quit-after-show` over the same fresh data folder with 12 classes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDER = ROOT / "dist" / "NetwerkDesktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def biggest_parts(folder: Path, count: int = 8) -> list[tuple[int, str]]:
    inside = folder / "_internal"
    parts = [
        (folder_size(p) if p.is_dir() else p.stat().st_size, p.name)
        for p in inside.iterdir()
        if not p.is_symlink()
    ]
    return sorted(parts, reverse=True)[:count]


def drop_file_cache() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def timed(command: list[str], env: dict[str, str], cold: bool) -> float:
    if cold:
        drop_file_cache()
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not (APP_FOLDER / "netwerk").is_file():
        print("No app folder: run `make dist` first.")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "data"
        cli = [str(APP_FOLDER / "netwerk-cli"), "--data-dir", str(data)]
        for number in range(12):
            subprocess.run(
                [*cli, "classes", "add", f"{number + 1}.g"], check=True, capture_output=True
            )
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        frozen = [str(APP_FOLDER / "netwerk"), "--data-dir", str(data), "--quit-after-show"]
        source = [
            sys.executable,
            str(ROOT / "main.py"),
            "--data-dir",
            str(data),
            "--quit-after-show",
        ]
        can_drop = drop_file_cache()
        print(f"Netwerk Desktop app folder: {APP_FOLDER}")
        print(f"  size {folder_size(APP_FOLDER) / 2**20:.0f} MiB on disk")
        for archive in sorted((ROOT / "dist").glob("*.tar.gz")):
            print(f"  archive {archive.name}: {archive.stat().st_size / 2**20:.0f} MiB")
        for size, name in biggest_parts(APP_FOLDER):
            print(f"    {size / 2**20:6.1f} MiB  {name}")
        print(f"Start to a painted window, median of {args.runs} (12 classes, offscreen):")
        print(f"  {'':10} {'frozen app':>12} {'from source':>12}")
        for cold in (True, False) if can_drop else (False,):
            label = "cold" if cold else "warm"
            results = []
            for command in (frozen, source):
                if not cold:
                    timed(command, env, cold=False)  # one unmeasured run fills the cache
                runs = [timed(command, env, cold) for _ in range(args.runs)]
                results.append(statistics.median(runs))
            print(f"  {label:10} {results[0]:11.2f}s {results[1]:11.2f}s")
        if not can_drop:
            print("  (cold runs need root to drop the file cache; only warm runs measured)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
