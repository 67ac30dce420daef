from __future__ import annotations

import json
from pathlib import Path

import pytest

from netwerk_desktop import __version__
from tests.cli import run


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert __version__ in out


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "--data-dir", str(tmp_path), "classes", "frobnicate")[0] == 2
    assert run(capsys, "--data-dir", str(tmp_path), "classes", "add", "x", "--lang", "fr")[0] == 2
    assert run(capsys, "--no-such-flag")[0] == 2
    assert run(capsys)[0] == 2


def test_classes_add_and_list(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "classes", "add", "2.g", "--year", "2026/27")[0] == 0
    assert run(capsys, "--data-dir", data, "classes", "add", "H4b", "--lang", "nl")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "classes", "list", "--json")
    assert code == 0
    listed = {c["name"]: c for c in json.loads(out)}
    assert listed["2.g"]["school_year"] == "2026/27"
    assert listed["H4b"]["content_language"] == "nl"
    # A duplicate is a failed operation with a sentence on stderr
    code, _, err = run(capsys, "--data-dir", data, "classes", "add", "2.g", "--year", "2026/27")
    assert code == 1
    assert "already exists" in err


def test_data_dir_from_the_environment(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NETWERK_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "classes", "add", "1.a")[0] == 0
    assert (tmp_path / "env" / "netwerk.sqlite3").exists()


def test_backup_restore_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "classes", "add", "2.g")
    target = tmp_path / "saved.sqlite3"
    assert run(capsys, "--data-dir", data, "backup", "--to", str(target))[0] == 0
    run(capsys, "--data-dir", data, "classes", "add", "3.h")
    assert run(capsys, "--data-dir", data, "restore", str(target))[0] == 0
    _, out, _ = run(capsys, "--data-dir", data, "classes", "list")
    assert out.splitlines()[0].startswith("2.g\t") and len(out.splitlines()) == 1
    code, out, _ = run(capsys, "--data-dir", data, "check")
    assert code == 0 and "integrity: ok" in out
    # restore of a file that is not a backup fails with 1 and changes nothing
    junk = tmp_path / "junk.txt"
    junk.write_text("not a database", encoding="utf-8")
    code, _, err = run(capsys, "--data-dir", data, "restore", str(junk))
    assert code == 1 and "not a Netwerk Desktop backup" in err


def test_check_fails_on_a_damaged_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "netwerk.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, _, _ = run(capsys, "--data-dir", str(data), "check")
    assert code == 1
    code, _, _ = run(capsys, "--data-dir", str(tmp_path / "empty"), "check")
    assert code == 1
