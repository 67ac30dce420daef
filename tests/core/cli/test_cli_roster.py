from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run
from tests.conftest import FIXTURES

ROSTERS = FIXTURES / "rosters"


def test_import_creates_the_class_and_lists_names_as_stored(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    source = str(ROSTERS / "da_navn_semikolon_windows1252.csv")
    # A dry run shows the preview and saves nothing (not even the class)
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        "--class",
        "2.g",
        source,
        "--dry-run",
        "--json",
    )
    assert code == 0
    preview = json.loads(out)
    assert (
        preview["source"]["encoding"] == "windows-1252"
        and preview["source"]["delimiter"] == "semicolon"
    )
    names = [r["name"] for r in preview["rows"] if r["status"] == "ok"]
    assert names and any("ø" in n or "æ" in n or "å" in n for n in names)
    assert run(capsys, "--data-dir", data, "classes", "list")[1] == ""
    # The real import
    code, _, err = run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", source)
    assert code == 0 and f"Added {len(names)} students" in err
    code, out, _ = run(capsys, "--data-dir", data, "roster", "list", "--class", "2.g")
    assert sorted(out.splitlines()) == sorted(names)
    # Importing the same file again adds nobody: every name is already in the class
    code, _, err = run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", source)
    assert "Added 0 students" in err


def test_import_from_a_chosen_sheet_with_chosen_columns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    workbook = str(ROSTERS / "nl_klassen_twee_tabbladen.xlsx")
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        "--class",
        "H4b",
        workbook,
        "--sheet",
        "nope",
        "--dry-run",
    )
    assert code == 1
    from netwerk_desktop.rosters import list_sheets

    sheets = list_sheets(ROSTERS / "nl_klassen_twee_tabbladen.xlsx")
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        "--class",
        "H4b",
        workbook,
        "--sheet",
        sheets[-1],
        "--json",
        "--lang",
        "nl",
    )
    assert code == 0
    result = json.loads(out)
    assert result["saved"] > 0 and result["source"]["sheet"] == sheets[-1]
    code, out, _ = run(capsys, "--data-dir", data, "roster", "list", "--class", "H4b", "--json")
    listed = json.loads(out)
    assert len(listed) == result["saved"]
    assert any(" van " in s["name"] or " de " in s["name"] for s in listed)


def test_broken_input_fails_cleanly(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    for name in ("beskadiget.xlsx", "billede_ikke_liste.csv", "gammel_excel.xls"):
        code, _, err = run(
            capsys, "--data-dir", data, "roster", "import", "--class", "2.g", str(ROSTERS / name)
        )
        assert code == 1 and err.startswith("error:"), name
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        "--class",
        "2.g",
        str(tmp_path / "missing.csv"),
    )
    assert code == 1
    # a bad column choice is bad usage
    code, _, _ = run(
        capsys,
        "--data-dir",
        data,
        "roster",
        "import",
        "--class",
        "2.g",
        str(ROSTERS / "en_student_export.csv"),
        "--name-columns",
        "Shoe size",
    )
    assert code == 2


def test_remove_export_and_erase(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = str(tmp_path / "d")
    listing = tmp_path / "names.txt"
    listing.write_text("Navn\nAnna Ærø\nBo Berg\nCai Ćosić\n", encoding="utf-8")
    run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", str(listing))
    assert run(capsys, "--data-dir", data, "roster", "remove", "--class", "2.g", "bo berg")[0] == 0
    out_file = tmp_path / "anna.json"
    code, _, _ = run(
        capsys,
        "--data-dir",
        data,
        "students",
        "export",
        "--class",
        "2.g",
        "Anna Ærø",
        "--out",
        str(out_file),
    )
    assert code == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["student"]["display_name"] == "Anna Ærø"
    # erase without --yes and without a terminal is refused
    code, _, err = run(
        capsys, "--data-dir", data, "students", "erase", "--class", "2.g", "Anna Ærø"
    )
    assert code == 2 and "--yes" in err
    code, _, err = run(
        capsys, "--data-dir", data, "students", "erase", "--class", "2.g", "Anna Ærø", "--yes"
    )
    assert code == 0 and "Erased Anna Ærø" in err
    code, out, _ = run(capsys, "--data-dir", data, "roster", "list", "--class", "2.g")
    assert out.splitlines() == ["Cai Ćosić"]
    code, _, err = run(capsys, "--data-dir", data, "roster", "remove", "--class", "2.g", "Nobody")
    assert code == 1 and "No student named" in err


def test_an_import_into_a_new_class_is_one_transaction(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "d")
    names = tmp_path / "names.csv"
    names.write_text("Navn\nAnna Holm\nBo Berg\n", encoding="utf-8")
    # Given an import that fails while the students are written (a kill, a full disk)
    from netwerk_desktop.storage import models

    original = models.Student.__init__

    def failing(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(models.Student, "__init__", failing)
    with pytest.raises(KeyboardInterrupt):
        run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", str(names))
    monkeypatch.setattr(models.Student, "__init__", original)
    # Then no empty class was left behind
    code, out, _ = run(capsys, "--data-dir", data, "classes", "list")
    assert code == 0 and out == ""


def test_a_removed_student_can_still_be_erased_from_the_backups(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    names = tmp_path / "names.csv"
    names.write_text("Navn\nAnna Holm\nBo Berg\n", encoding="utf-8")
    run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", str(names))
    run(capsys, "--data-dir", data, "backup")
    code, _, err = run(
        capsys, "--data-dir", data, "roster", "remove", "--class", "2.g", "Anna Holm"
    )
    assert code == 0
    assert "still in 1 backup(s)" in err and "students erase" in err
    code, _, err = run(
        capsys, "--data-dir", data, "students", "erase", "--class", "2.g", "Anna Holm", "--yes"
    )
    assert code == 0, err
    assert "only in 1 backup(s)" in err and "1 backups cleaned" in err
    code, _, err = run(
        capsys, "--data-dir", data, "students", "erase", "--class", "2.g", "Anna Holm", "--yes"
    )
    assert code == 1 and "No student named" in err
