"""Schema 0006 (events and the teachers' network) on the frozen first-release database."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.migrate import KNOWN_REVISIONS
from netwerk_desktop.workspace import Workspace
from tests.conftest import FIXTURES

NEW_TABLES = {
    "community_event",
    "event_class",
    "event_block",
    "event_team_member",
    "event_check_item",
    "event_signup",
    "event_group_member",
    "event_follow_up",
    "network_series",
    "network_cadence_slot",
    "network_school",
    "network_member",
    "network_meeting",
    "network_agenda_item",
    "network_action",
    "network_signup",
    "network_topic",
    "network_topic_vote",
}


def test_the_first_release_database_upgrades_through_0006(location: DataLocation) -> None:
    # Given the frozen database of the first release
    location.ensure()
    shutil.copy(FIXTURES / "db" / "schema_0001.sqlite3", location.database)
    # When the app opens it (every migration runs, 0006 among them)
    with Workspace.open(location) as workspace:
        two_g = workspace.classes.find("2.g")
        # Then events and meetings can be stored next to the old classes
        plan = workspace.events.create("Morgenmad", date(2027, 9, 24), [two_g.id])
        workspace.events.sign_up_everyone(plan.id)
        workspace.network.save_school("Nordhavn Gymnasium")
        meetings = workspace.meetings.save_plan(date(2027, 8, 1), 1)
        assert workspace.events.get(plan.id).attendees
        assert len(meetings) == 3
    db = sqlite3.connect(location.database)
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    assert tables >= NEW_TABLES
    assert "0006" in KNOWN_REVISIONS and revision == KNOWN_REVISIONS[-1]
