"""The files the network trades: .ics that parse with icalendar, CSV, and the network pack."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import AgendaLine, ItemKind
from netwerk_desktop.workspace import Workspace


def _network(workspace: Workspace) -> list[int]:
    workspace.network.save_school("Nordhavn Gymnasium", tour="Madklubben")
    workspace.meetings.set_series(name="Netwerk-kontakter", time_zone="Europe/Amsterdam")
    return [m.id for m in workspace.meetings.save_plan(date(2027, 8, 1), 1)]


def test_a_meeting_as_ics_parses_with_its_time_zone(workspace: Workspace, tmp_path: Path) -> None:
    first = _network(workspace)[0]
    path = workspace.network_files.write_ics(
        first, tmp_path / "møde.ics", title="Netværksmøde", description="Dagsorden: …"
    )
    calendar = Calendar.from_ical(path.read_bytes())
    (event,) = calendar.walk("VEVENT")
    start = event.decoded("dtstart")
    assert start == datetime(2027, 10, 14, 14, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert event.decoded("dtend") - start == timedelta(minutes=150)
    assert str(event["summary"]) == "Netværksmøde"
    assert str(event["location"]) == "Nordhavn Gymnasium"
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    assert event["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert b"\r\n" in path.read_bytes() and b"VERSION:2.0" in path.read_bytes()
    uid = str(event["uid"])
    again = Calendar.from_ical(
        workspace.network_files.write_ics(
            first, tmp_path / "again.ics", title="x", description=""
        ).read_bytes()
    )
    assert str(again.walk("VEVENT")[0]["uid"]) == uid  # the same entry, updated


def test_members_csv_keeps_letters_and_defuses_formulas(
    workspace: Workspace, tmp_path: Path
) -> None:
    _network(workspace)
    workspace.network.add_member(
        "=Åse Ærø", consent_on=date(2026, 1, 5), school="Nordhavn Gymnasium", email="a@b.dk"
    )
    text = workspace.network_files.write_members_csv(tmp_path / "m.csv").read_text("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["name", "school", "role", "email", "consent_on", "coordinator"]
    assert rows[1][:2] == ["'=Åse Ærø", "Nordhavn Gymnasium"]


def _copy(tmp_path: Path, name: str) -> Workspace:
    return Workspace.open(DataLocation(tmp_path / name))


def test_a_pack_imported_twice_changes_nothing_and_a_newer_pack_updates(
    workspace: Workspace, tmp_path: Path
) -> None:
    first, second, _ = _network(workspace)
    workspace.meetings.add_action(first, "Dele slides", "Mette", date(2027, 11, 1))
    workspace.meetings.set_notes(first, "Godt møde.")
    pack = workspace.network_files.export_pack(tmp_path / "netvaerk.json")

    other = _copy(tmp_path, "other")
    try:
        assert other.network_files.import_pack(pack).added == 3
        before = other.network_files.pack_bytes()
        again = other.network_files.import_pack(pack)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 3)
        # Nothing changed, not even a revision time (exported_at aside)
        assert _without_stamp(other.network_files.pack_bytes()) == _without_stamp(before)
        assert other.meetings.meeting(other.meetings.find("2027-10-14").id).notes == "Godt møde."
        # A newer pack updates what it carries
        workspace.meetings.set_agenda(second, [AgendaLine(ItemKind.EXCHANGE, "Erfaringer", 60)])
        workspace.meetings.set_action_done(workspace.meetings.meeting(first).actions[0].id)
        newer = workspace.network_files.export_pack(tmp_path / "netvaerk-2.json")
        result = other.network_files.import_pack(newer)
        assert (result.added, result.updated, result.unchanged) == (0, 2, 1)
        updated = other.meetings.find("2028-02-10")
        assert [line.title for line in updated.agenda] == ["Erfaringer"]
        assert other.meetings.open_actions() == []
        # An older pack does not undo the newer state
        kept = other.network_files.import_pack(pack)
        assert kept.kept_newer_here == 2
        assert other.meetings.open_actions() == []
    finally:
        other.close()


def _without_stamp(data: bytes) -> bytes:
    return b"\n".join(line for line in data.splitlines() if b'"exported_at"' not in line)


def test_a_file_that_is_not_a_pack_is_refused_and_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    bad = tmp_path / "noter.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(NetworkError) as caught:
        workspace.network_files.import_pack(bad)
    assert caught.value.problem is NetworkProblem.NOT_A_PACK
    bad.write_text('{"format": "netwerk-desktop-network-pack", "version": 99}', encoding="utf-8")
    with pytest.raises(NetworkError) as caught:
        workspace.network_files.import_pack(bad)
    assert caught.value.problem is NetworkProblem.PACK_TOO_NEW
    assert workspace.meetings.meetings() == []
