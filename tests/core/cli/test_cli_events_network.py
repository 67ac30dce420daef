"""`events …` and `network …` on a real data folder, as a script would use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from icalendar import Calendar

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.cli import run
from tests.core.handouts.poppler import needs_poppler, pdftotext


@pytest.fixture
def data(tmp_path: Path) -> str:
    location = DataLocation(tmp_path / "data")
    with Workspace.open(location) as workspace:
        for name, students in (
            ("1.a", ["Anna Holm", "Bo Berg"]),
            ("1.b", ["Cai Lund", "Dea Ravn"]),
        ):
            created = workspace.classes.create(name, "2027/28", "da")
            workspace.roster.add_students(created.id, students)
    return str(location.data_dir)


def test_an_event_from_add_to_groups_and_follow_up(
    capsys: pytest.CaptureFixture[str], data: str
) -> None:
    code, out, _ = run(
        capsys, "--data-dir", data, "events", "add", "Morgenmad", "--date", "2027-09-24",
        "--class", "1.a", "--class", "1.b", "--start", "08:00",
    )  # fmt: skip
    assert code == 0 and "Morgenmad" in out
    code, out, err = run(capsys, "--data-dir", data, "events", "groups", "Morgenmad", "--json")
    groups = json.loads(out)
    assert code == 0 and "signing up every student" in err
    (group,) = groups
    classes = [a["class_name"] for pair in group["pairs"] for a in pair]
    assert sorted(classes) == ["1.a", "1.a", "1.b", "1.b"]
    assert all(len({a["class_name"] for a in pair}) == 2 for pair in group["pairs"])
    code, out, _ = run(
        capsys, "--data-dir", data, "events", "followups", "--date", "2027-09-25", "--json"
    )
    due = json.loads(out)
    assert [d["kind"] for d in due] == ["thank_you", "thank_you"]
    code, out, _ = run(
        capsys, "--data-dir", data, "events", "followups", "--done", str(due[0]["id"])
    )
    assert code == 0 and "Done" in out
    code, out, _ = run(capsys, "--data-dir", data, "events", "list", "--json")
    assert json.loads(out)[0]["follow_ups_open"] == 7


def test_network_plan_prints_dates_mode_and_host(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    for school in ("Nordby Gymnasium", "Sydby HF"):
        assert run(capsys, "--data-dir", data, "network", "schools", "add", school)[0] == 0
    run(capsys, "--data-dir", data, "network", "schools", "add", "Vestby", "--cannot-host")
    code, out, _ = run(
        capsys, "--data-dir", data, "network", "plan", "--from", "2027-08-01", "--years", "2",
        "--json",
    )  # fmt: skip
    plan = json.loads(out)
    assert code == 0 and len(plan) == 6
    assert [(p["date"], p["mode"], p["host"]) for p in plan[:3]] == [
        ("2027-10-14", "physical", "Nordby Gymnasium"),
        ("2028-02-10", "virtual", None),
        ("2028-04-13", "physical", "Sydby HF"),
    ]
    code, _, err = run(
        capsys, "--data-dir", data, "network", "members", "add", "Ali", "--school", "Sydby HF"
    )
    assert code == 2 and "--consent" in err  # no member without a consent date
    run(capsys, "--data-dir", data, "network", "plan", "--from", "2027-08-01", "--save")
    out_file = tmp_path / "møde.ics"
    code, _, _ = run(
        capsys, "--data-dir", data, "network", "ics", "2027-10-14", "--out", str(out_file)
    )
    (event,) = Calendar.from_ical(out_file.read_bytes()).walk("VEVENT")
    assert code == 0 and "Nordby Gymnasium" in str(event["summary"])
    pack = tmp_path / "pack.json"
    assert run(capsys, "--data-dir", data, "network", "pack", "export", "--out", str(pack))[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "network", "pack", "import", str(pack), "--json")
    assert json.loads(out) == {"added": 0, "updated": 0, "unchanged": 3, "kept_newer_here": 0}


@needs_poppler
def test_meeting_invitation_as_pdf(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    run(capsys, "--data-dir", data, "network", "schools", "add", "Nordby", "--tour", "Madklubben")
    run(capsys, "--data-dir", data, "network", "plan", "--from", "2027-08-01", "--save")
    out_file = tmp_path / "invitation.pdf"
    code, _, _ = run(
        capsys, "--data-dir", data, "network", "print", "2027-10-14", "--kind", "invitation",
        "--out", str(out_file), "--lang", "nl",
    )  # fmt: skip
    text = pdftotext(out_file)
    assert code == 0 and "Netwerkbijeenkomst bij Nordby" in text and "Madklubben" in text
