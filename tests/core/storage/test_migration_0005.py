"""Schema 0005: the frozen first-release database, with help contacts a school had typed in,
upgraded by opening it; the contacts become directory entries, the one source of the help
cards. Downgrading puts them back."""

from __future__ import annotations

import json
import shutil
import sqlite3

from alembic import command
from alembic.config import Config

from netwerk_desktop.content import HelpFieldKey
from netwerk_desktop.directory import DirectoryCategory, EntrySource
from netwerk_desktop.paths import DataLocation, migrations_dir
from netwerk_desktop.storage.engine import make_engine
from netwerk_desktop.workspace import Workspace
from tests.conftest import FIXTURES

FIRST_SCHEMA = FIXTURES / "db" / "schema_0001.sqlite3"
CONTACTS = {
    "counsellor": {"name": "Åse Ærø-Øberg", "room": "B 1.12", "hours": "Man–tors 9–15"},
    "class-teacher": {"name": "Ольга Петрова", "contact": "Skriv i Lectio"},
    "trusted-adult": {"name": ""},  # nothing typed: no entry
}


def _old_database_with_contacts(location: DataLocation, value: str) -> None:
    location.ensure()
    shutil.copy(FIRST_SCHEMA, location.database)
    db = sqlite3.connect(location.database)
    db.execute("INSERT INTO school_setting VALUES ('help_contacts', ?)", (value,))
    db.commit()
    db.close()


def test_help_contacts_move_into_the_directory(location: DataLocation) -> None:
    # Given the first release's database with the school's help contacts in it
    _old_database_with_contacts(location, json.dumps(CONTACTS, ensure_ascii=False))
    # When the app opens it
    with Workspace.open(location) as workspace:
        entries = workspace.directory.entries()
        values = workspace.handouts.help_values()
        school_name = workspace.school.school_name
        classes = {c.name for c in workspace.classes.list_classes(include_archived=True)}
    # Then each filled line of the help card is a directory entry of category "help"
    by_role = {entry.help_role: entry for entry in entries}
    assert set(by_role) == {"counsellor", "class-teacher"}
    counsellor = by_role["counsellor"]
    assert counsellor.category is DirectoryCategory.HELP
    assert (counsellor.name, counsellor.place, counsellor.schedule, counsellor.contact) == (
        "Åse Ærø-Øberg",
        "B 1.12",
        "Man–tors 9–15",
        "",
    )
    assert counsellor.source is EntrySource.COORDINATOR and counsellor.unverified
    # ... the help cards read exactly what was typed ...
    assert values == {
        ("counsellor", HelpFieldKey.NAME): "Åse Ærø-Øberg",
        ("counsellor", HelpFieldKey.ROOM): "B 1.12",
        ("counsellor", HelpFieldKey.HOURS): "Man–tors 9–15",
        ("class-teacher", HelpFieldKey.NAME): "Ольга Петрова",
        ("class-teacher", HelpFieldKey.CONTACT): "Skriv i Lectio",
    }
    # ... the old setting is gone (one source), and everything else survived
    db = sqlite3.connect(location.database)
    keys = {row[0] for row in db.execute("SELECT key FROM school_setting")}
    db.close()
    assert keys == {"school_name"}
    assert school_name == "Nordhavn Gymnasium" and classes == {"2.g", "H4b", "3.x"}


def test_an_unreadable_setting_is_kept_untouched(location: DataLocation) -> None:
    _old_database_with_contacts(location, "{not json")
    with Workspace.open(location) as workspace:
        assert workspace.directory.entries() == []
    db = sqlite3.connect(location.database)
    kept = db.execute("SELECT value FROM school_setting WHERE key = 'help_contacts'").fetchone()
    db.close()
    assert kept == ("{not json",)


def test_downgrading_writes_the_contacts_back(location: DataLocation) -> None:
    _old_database_with_contacts(location, json.dumps(CONTACTS, ensure_ascii=False))
    Workspace.open(location).close()
    engine = make_engine(location.database)
    try:
        config = Config()
        config.set_main_option("script_location", str(migrations_dir()))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    db = sqlite3.connect(location.database)
    (value,) = db.execute("SELECT value FROM school_setting WHERE key = 'help_contacts'").fetchone()
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    db.close()
    assert json.loads(value) == {role: f for role, f in CONTACTS.items() if any(f.values())}
    assert "directory_entry" not in tables and "board" not in tables
