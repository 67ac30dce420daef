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


def _with_class(capsys: pytest.CaptureFixture[str], data: str) -> None:
    assert run(capsys, "--data-dir", data, "classes", "add", "2.g")[0] == 0
    assert (
        run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", _names(data))[0] == 0
    )
    assert run(capsys, "--data-dir", data, "backup")[0] == 0


def _names(data: str) -> str:
    path = Path(data).parent / "names.txt"
    path.write_text("Navn\nAnna Holm\nBo Berg\n", encoding="utf-8")
    return str(path)


def test_outputs_never_land_on_the_data(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    _with_class(capsys, data)
    database = Path(data) / "netwerk.sqlite3"
    before = database.read_bytes()
    backup = next((Path(data) / "backups").iterdir())
    backup_bytes = backup.read_bytes()
    attempts = [
        ("students", "export", "--class", "2.g", "Anna Holm", "--out", str(database)),
        ("students", "export", "--class", "2.g", "Anna Holm", "--out", str(backup)),
        ("backup", "--to", str(database)),
        ("backup", "--to", str(Path(data) / "backups" / "copy.sqlite3")),
        ("backup", "--to", str(tmp_path)),  # a folder
        ("backup", "--to", "/proc/x"),
        ("handouts", "make", "--class", "2.g", "--kind", "help-cards", "--out", str(backup)),
        ("handouts", "make", "--class", "2.g", "--kind", "help-cards", "--out", str(database)),
    ]
    for argv in attempts:
        code, _, err = run(capsys, "--data-dir", data, *argv)
        assert code == 1, argv
        assert err.startswith("error: Not writing to"), (argv, err)
    assert database.read_bytes() == before
    assert backup.read_bytes() == backup_bytes


def test_an_export_goes_to_a_new_folder_via_a_temporary_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    _with_class(capsys, data)
    out = tmp_path / "new" / "folder" / "anna.json"
    code, _, _ = run(
        capsys,
        "--data-dir",
        data,
        "students",
        "export",
        "--class",
        "2.g",
        "Anna Holm",
        "--out",
        str(out),
    )
    assert code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["student"]["display_name"] == "Anna Holm"
    assert [p.name for p in out.parent.iterdir()] == ["anna.json"]


def test_a_data_dir_that_is_a_file_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    afile = tmp_path / "file"
    afile.write_text("x")
    for argv in (("classes", "list"), ("backups",), ("restore", "--newest"), ("check",)):
        code, _, err = run(capsys, "--data-dir", str(afile), *argv)
        assert code == 1, argv
        assert "cannot be used as a data folder" in err


def test_backups_and_restore_work_on_a_damaged_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    _with_class(capsys, data)
    database = Path(data) / "netwerk.sqlite3"
    damaged = bytearray(database.read_bytes())
    damaged[4096:] = b"\x5a" * (len(damaged) - 4096)
    database.write_bytes(bytes(damaged))
    code, _, err = run(capsys, "--data-dir", data, "classes", "list")
    assert code == 1 and "damaged" in err
    code, out, _ = run(capsys, "--data-dir", data, "backups")
    assert code == 0 and "1 classes, 2 students" in out
    name = out.splitlines()[0].rsplit("/", 1)[1]
    code, out, _ = run(capsys, "--data-dir", data, "restore", name)
    assert code == 0, out
    assert "netwerk-damaged-" in out
    code, out, _ = run(capsys, "--data-dir", data, "roster", "list", "--class", "2.g")
    assert out.split() == ["Anna", "Holm", "Bo", "Berg"]


def test_a_second_copy_of_every_backup(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    _with_class(capsys, data)
    usb = tmp_path / "usb" / "netwerk"
    code, _, err = run(capsys, "--data-dir", data, "backup", "--also-to", str(usb))
    assert code == 0, err
    copies = [p.name for p in usb.iterdir()]
    assert len(copies) == 1 and (Path(data) / "backups" / copies[0]).exists()
    # The next backup is copied too, verified like the first
    code, _, _ = run(capsys, "--data-dir", data, "backup")
    assert code == 0 and len(list(usb.iterdir())) == 2
    # Inside the data folder it is refused
    code, _, err = run(capsys, "--data-dir", data, "backup", "--also-to", str(Path(data) / "x"))
    assert code == 1 and "inside the data folder" in err
    assert run(capsys, "--data-dir", data, "backup", "--no-second-copy")[0] == 0
    run(capsys, "--data-dir", data, "backup")
    assert len(list(usb.iterdir())) == 2
