"""Schema 0007 (the school server's columns and tables) on the frozen first-release database
and on a server: the old classes upgrade with their data, every class starts at edit version
0, and the same migration chain builds the schema on PostgreSQL."""

from __future__ import annotations

import shutil
import sqlite3

from sqlalchemy import inspect

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.migrate import HEAD_REVISION
from netwerk_desktop.storage.schema import metadata
from netwerk_desktop.workspace import Workspace
from tests.conftest import FIXTURES


def test_the_first_release_database_upgrades_through_0007(location: DataLocation) -> None:
    location.ensure()
    shutil.copy(FIXTURES / "db" / "schema_0001.sqlite3", location.database)
    with Workspace.open(location) as workspace:
        two_g = workspace.classes.find("2.g")
        assert workspace.classes.edit_version(two_g.id) == 0
        workspace.charter.save(two_g.id, ["Vi hilser"], expected_version=0)
        assert workspace.classes.edit_version(two_g.id) == 1
    db = sqlite3.connect(location.database)
    try:
        owners = db.execute("SELECT DISTINCT owner_role FROM school_class").fetchall()
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        db.close()
    assert owners == [(None,)]  # one teacher on a local PC: nobody to name
    assert revision == HEAD_REVISION == "0007"


def test_every_migration_builds_the_same_tables_on_postgresql(server_workspace: Workspace) -> None:
    found = inspect(server_workspace.engine)
    assert set(found.get_table_names()) == set(metadata.tables) | {"alembic_version"}
    for table in metadata.sorted_tables:
        columns = {column["name"] for column in found.get_columns(table.name)}
        assert columns == set(table.c.keys()), table.name
