"""The wheel carries everything an installed app needs, not only a checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("netwerk_desktop-*.whl")
    return built


def test_every_package_of_the_checkout_is_in_the_wheel(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for init in [
        *ROOT.joinpath("netwerk_desktop").rglob("__init__.py"),
        *ROOT.joinpath("ui").rglob("__init__.py"),
    ]:
        relative = init.relative_to(ROOT).as_posix()
        assert relative in names, f"{relative} missing: add its package to pyproject.toml"


def test_wheel_contains_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for language in ("da", "en", "nl"):
        assert f"netwerk_desktop/resources/i18n/netwerk_{language}.qm" in names
    assert "netwerk_desktop/storage/migrations/env.py" in names
    assert "netwerk_desktop/storage/migrations/script.py.mako" in names
    assert any(n.startswith("netwerk_desktop/storage/migrations/versions/0001") for n in names)
    assert "ui/shell/app.py" in names
    assert "netwerk_desktop/py.typed" in names
    for folder in ("content", "fonts"):
        if (ROOT / "resources" / folder).is_dir() and any((ROOT / "resources" / folder).iterdir()):
            assert any(n.startswith(f"netwerk_desktop/resources/{folder}/") for n in names)
    # nothing from the tests or the virtual environment slipped in
    assert not any(n.startswith(("tests/", ".venv/")) for n in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "netwerk = ui.shell.app:main" in text


def test_installed_code_finds_its_resources_and_builds_a_database(
    wheel: Path, tmp_path: Path
) -> None:
    # Given the wheel unpacked where Python finds it before the checkout
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    env = {**os.environ, "PYTHONPATH": str(unpacked)}
    probe = (
        "import netwerk_desktop, netwerk_desktop.paths as p;"
        "print(netwerk_desktop.__file__); print(p.resources_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, resources = result.stdout.splitlines()
    assert module_file.startswith(str(unpacked))
    assert resources.startswith(str(unpacked))
    # When the installed command line makes a class, the packaged migrations build the schema
    made = subprocess.run(
        [
            sys.executable,
            "-m",
            "netwerk_desktop",
            "--data-dir",
            str(tmp_path / "data"),
            "classes",
            "add",
            "2.g",
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
