"""`board …` and `directory …` on a real data folder, as an administrator scripts them."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli import run


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "data")
    assert run(capsys, "--data-dir", folder, "classes", "add", "2.g", "--lang", "en")[0] == 0
    roster = tmp_path / "roster.txt"
    roster.write_text("Anna Holm\nBo Berg\n", encoding="utf-8")
    assert (
        run(capsys, "--data-dir", folder, "roster", "import", "--class", "2.g", str(roster))[0] == 0
    )
    return folder


def test_a_board_from_opening_to_closing(capsys: pytest.CaptureFixture[str], data: str) -> None:
    def board(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--data-dir", data, "board", *argv)

    closes = (date.today() + timedelta(days=14)).isoformat()
    assert board("open", "--class", "2.g", "--closes", closes)[0] == 0
    assert board("add", "--class", "2.g", "KTB", "need", "work", "A summer job")[0] == 0
    assert board("add", "--class", "2.g", "plr", "offer", "work", "My aunt has a shop")[0] == 0
    # A name from the class list, or a code that is not a slip's, is refused
    code, _, err = board("add", "--class", "2.g", "ZZX", "need", "clubs", "Training with Anna")
    assert code == 1 and "Anna Holm" in err
    assert board("add", "--class", "2.g", "K2B", "need", "clubs", "A choir")[0] == 2
    assert board("match", "--class", "2.g", "KTB", "PLR", "--introduction")[0] == 0
    code, out, _ = board("list", "--class", "2.g", "--json")
    listed = json.loads(out)
    assert code == 0 and [i["code"] for i in listed["items"]] == ["KTB", "PLR"]
    assert listed["matches"] == [{"need": "KTB", "offer": "PLR", "introduction": True}]
    # Closing asks to be sure, then keeps only counts
    assert board("close", "--class", "2.g")[0] == 2
    code, out, _ = board("close", "--class", "2.g", "--yes")
    assert code == 0 and "2 item(s) deleted" in out
    code, out, _ = board("list", "--class", "2.g", "--json")
    assert json.loads(out) == {
        "open": False,
        "counts": [
            {"kind": "need", "category": "work", "status": "matched", "count": 1},
            {"kind": "offer", "category": "work", "status": "matched", "count": 1},
        ],
    }
    assert "A summer job" not in out


def test_the_directory_from_the_command_line(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    def directory(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--data-dir", data, "directory", *argv)

    code, out, _ = directory("list")
    assert code == 0 and "No entries" in out  # empty: it says how to start
    assert directory("add", "Nordby Boldklub", "--category", "sport", "--ages", "14-19",
                     "--free", "--drop-in", "--checked-by", "Mette")[0] == 0  # fmt: skip
    assert directory("add", "Kunstcaféen", "--category", "culture",
                     "--suggested-by-class", "2.g")[0] == 0  # fmt: skip
    assert directory("add", "Klub", "--category", "sport", "--ages", "20-15")[0] == 2
    code, out, _ = directory("list", "--students", "--free", "--json")
    (entry,) = json.loads(out)
    assert entry["name"] == "Nordby Boldklub" and not entry["unverified"]
    code, out, _ = directory("stale", "--json")
    assert [e["name"] for e in json.loads(out)] == ["Kunstcaféen"]
    exported = tmp_path / "directory.csv"
    code, out, _ = directory("export", str(exported))
    assert code == 0 and "Wrote 2 entries" in out
    assert exported.read_text(encoding="utf-8-sig").startswith("id,name,description,status")
    code, out, _ = directory("import", str(exported), "--dry-run")
    assert code == 0 and "leave 2 unchanged" in out
