"""The meeting plan: cadence, mode, and a host rotation that is fair over the years."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, time
from itertools import pairwise

import pytest

from netwerk_desktop.teachers_network.cadence import DEFAULT_CADENCE, meeting_days, slot_day
from netwerk_desktop.teachers_network.errors import NetworkError, NetworkProblem
from netwerk_desktop.teachers_network.records import Mode, Slot
from netwerk_desktop.workspace import Workspace


def test_the_default_cadence_is_one_virtual_and_two_physical_a_school_year() -> None:
    days = list(meeting_days(DEFAULT_CADENCE, date(2027, 8, 1), 2))
    assert [(d.isoformat(), s.mode.value) for d, s in days] == [
        ("2027-10-14", "physical"),
        ("2028-02-10", "virtual"),
        ("2028-04-13", "physical"),
        ("2028-10-12", "physical"),
        ("2029-02-08", "virtual"),
        ("2029-04-12", "physical"),
    ]
    assert all(d.weekday() == 3 for d, _ in days)  # the 2nd Thursday


def test_an_edited_cadence_and_the_last_week_of_a_month() -> None:
    last_friday = Slot(month=11, week=5, weekday=4, mode=Mode.VIRTUAL)
    assert slot_day(last_friday, 2027) == date(2027, 11, 26)
    monthly = [Slot(m, 1, 1, Mode.VIRTUAL) for m in (9, 10, 11, 12, 1, 2, 3, 4, 5, 6)]
    assert len(list(meeting_days(monthly, date(2027, 8, 1), 1))) == 10


@pytest.mark.parametrize(
    ("schools", "unable"),
    [(5, 1), (6, 2), (7, 0), (8, 3), (9, 2), (9, 4)],
)
def test_hosts_take_fair_turns_over_three_years(
    workspace: Workspace, schools: int, unable: int
) -> None:
    # Given schools of which some cannot host, and a cadence with several physical meetings
    for index in range(schools):
        workspace.network.save_school(f"Skole {index + 1}", can_host=index >= unable)
    workspace.meetings.set_series(
        slots=[Slot(m, 2, 3, Mode.PHYSICAL) for m in (9, 11, 1, 3, 5)]
        + [Slot(2, 2, 3, Mode.VIRTUAL)]
    )
    # When three school years are planned
    plan = workspace.meetings.plan(date(2027, 8, 1), 3)
    # Then virtual meetings have no host, every physical one has an able host, and every able
    # school hosts within one of every other
    assert Counter(p.mode for p in plan) == {Mode.PHYSICAL: 15, Mode.VIRTUAL: 3}
    assert all(p.host == "" for p in plan if p.mode is Mode.VIRTUAL)
    able = {f"Skole {i + 1}" for i in range(unable, schools)}
    hosts = Counter(p.host for p in plan if p.mode is Mode.PHYSICAL)
    assert set(hosts) <= able and all(p.host for p in plan if p.mode is Mode.PHYSICAL)
    counts = [hosts.get(name, 0) for name in able]
    assert max(counts) - min(counts) <= 1
    # And no school hosts twice in a row
    physical = [p.host for p in plan if p.mode is Mode.PHYSICAL]
    assert all(a != b for a, b in pairwise(physical))


def test_saved_hosts_count_as_turns_and_a_new_school_is_next(workspace: Workspace) -> None:
    for name in ("Alfa", "Beta", "Gamma"):
        workspace.network.save_school(name)
    saved = workspace.meetings.save_plan(date(2027, 8, 1), 1)
    assert [m.host for m in saved if m.mode is Mode.PHYSICAL] == ["Alfa", "Beta"]
    # A saved plan stays as it is when planned again
    again = workspace.meetings.plan(date(2027, 8, 1), 1)
    assert [p.meeting_id for p in again] == [m.id for m in saved]
    workspace.network.save_school("Delta")
    following = workspace.meetings.plan(date(2028, 8, 1), 1)
    assert [p.host for p in following if p.mode is Mode.PHYSICAL] == ["Delta", "Gamma"]


def test_a_virtual_meeting_has_no_host_and_a_school_that_cannot_host_is_refused(
    workspace: Workspace,
) -> None:
    workspace.network.save_school("Alfa", can_host=False)
    (meeting, virtual, _) = workspace.meetings.save_plan(date(2027, 8, 1), 1)
    alfa = workspace.network.find_school("Alfa")
    with pytest.raises(NetworkError) as caught:
        workspace.meetings.update(meeting.id, host_school_id=alfa.id)
    assert caught.value.problem is NetworkProblem.CANNOT_HOST
    with pytest.raises(NetworkError) as caught:
        workspace.meetings.update(virtual.id, host_school_id=alfa.id)
    assert caught.value.problem is NetworkProblem.NO_HOST_NEEDED
    assert meeting.host == ""  # nobody could host: the plan says so instead of guessing
    assert virtual.starts_at == datetime.combine(date(2028, 2, 10), time(14, 0))
