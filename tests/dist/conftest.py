"""Tests of the built app folder (`make dist-test`): they run its programs, never the source.

Skipped unless NETWERK_APP_FOLDER names a folder built by `make dist`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

APP_FOLDER_ENV = "NETWERK_APP_FOLDER"


@pytest.fixture(scope="session")
def app_folder() -> Path:
    named = os.environ.get(APP_FOLDER_ENV)
    if not named:
        pytest.skip(f"{APP_FOLDER_ENV} is not set: run `make dist-test`")
    folder = Path(named).resolve()
    assert (folder / "netwerk").is_file(), f"{folder} is not a built app folder"
    return folder


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a teacher's session has: a home folder, a temp folder; no Python, no venv."""
    kept = {
        key: os.environ[key] for key in ("PATH", "LANG", "XDG_RUNTIME_DIR") if key in os.environ
    }
    return {**kept, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **extra}


@pytest.fixture(scope="session")
def sound_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str | None]:
    """A PulseAudio server with a null sink, so the chime can really load; None without one."""
    if shutil.which("pulseaudio") is None:
        yield None
        return
    runtime = tmp_path_factory.mktemp("pulse")
    runtime.chmod(0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(runtime)}
    started = subprocess.run(
        [
            "pulseaudio",
            "-n",
            "--daemonize=yes",
            "--exit-idle-time=-1",
            "--disallow-exit",
            "-L",
            "module-null-sink sink_name=classroom",
            "-L",
            "module-native-protocol-unix",
        ],
        env=env,
        capture_output=True,
        timeout=30,
    )
    if started.returncode != 0:
        yield None
        return
    yield str(runtime)
    subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=30)
