from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import run


def test_make_and_history_for_a_real_class(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = str(tmp_path / "d")
    names = tmp_path / "names.txt"
    names.write_text("\n".join(f"Elev {i} Ærø" for i in range(12)) + "\n", encoding="utf-8")
    run(capsys, "--data-dir", data, "roster", "import", "--class", "2.g", str(names))
    # A dry run saves nothing and leaves absent students out
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "groups",
        "make",
        "--class",
        "2.g",
        "--absent",
        "Elev 0 Ærø, Elev 1 Ærø",
        "--dry-run",
        "--json",
    )
    assert code == 0
    made = json.loads(out)
    placed = [name for group in made["groups"] for pair in group for name in pair]
    assert sorted(placed) == sorted(f"Elev {i} Ærø" for i in range(2, 12))
    assert made["saved"] is False
    assert run(capsys, "--data-dir", data, "groups", "history", "--class", "2.g")[2].endswith(
        "no partnerships yet.\n"
    )
    # Two real rotations: the second brings new partners
    assert run(capsys, "--data-dir", data, "groups", "make", "--class", "2.g")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "groups", "make", "--class", "2.g", "--json")
    assert json.loads(out)["score"]["repeated_pairs"] == 0
    code, out, _ = run(capsys, "--data-dir", data, "groups", "history", "--class", "2.g", "--json")
    history = json.loads(out)
    assert [r["number"] for r in history] == [1, 2]
    assert all(len(r["groups"]) == 3 for r in history)
    # Unknown names fail with a sentence; bad sizes are bad usage
    code, _, err = run(
        capsys, "--data-dir", data, "groups", "make", "--class", "2.g", "--absent", "Nobody"
    )
    assert code == 1 and "Nobody" in err
    assert (
        run(capsys, "--data-dir", data, "groups", "make", "--class", "2.g", "--size", "3")[0] == 2
    )
