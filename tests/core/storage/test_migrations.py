from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from netwerk_desktop.errors import DatabaseDamaged, DatabaseNewer
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.storage.engine import make_engine
from netwerk_desktop.storage.migrate import HEAD_REVISION, KNOWN_REVISIONS, alembic_history
from netwerk_desktop.storage.schema import metadata
from netwerk_desktop.workspace import Workspace
from tests.conftest import FIXTURES

FIRST_SCHEMA = FIXTURES / "db" / "schema_0001.sqlite3"


def test_known_revisions_match_the_alembic_history() -> None:
    assert list(KNOWN_REVISIONS) == alembic_history()


def test_migrations_build_exactly_the_models(workspace: Workspace) -> None:
    # Given a database built by running every migration
    engine = make_engine(workspace.location.database)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"render_as_batch": True})
            # Then it matches the models, table by table and column by column
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_first_schema_fixture_is_upgraded_with_its_data_kept(location: DataLocation) -> None:
    # Given the frozen database of the first release in a data folder
    location.ensure()
    shutil.copy(FIRST_SCHEMA, location.database)
    # When the app opens it
    with Workspace.open(location) as workspace:
        classes = workspace.classes.list_classes(include_archived=True)
        school_name = workspace.school.school_name
        backups = workspace.list_backups()
    # Then it is at the current schema, a backup of the old file was made if it was upgraded,
    # and every class and name survived exactly
    assert {c.name for c in classes} == {"2.g", "H4b", "3.x"}
    by_name = {c.name: c for c in classes}
    assert by_name["2.g"].student_count == 2  # Zeynep is inactive
    assert by_name["3.x"].archived
    assert school_name == "Nordhavn Gymnasium"
    if HEAD_REVISION != "0001":
        assert any(b.reason == "before-upgrade" for b in backups)
    names = (
        sqlite3.connect(location.database)
        .execute("SELECT display_name FROM student ORDER BY id")
        .fetchall()
    )
    assert [n[0] for n in names][:2] == ["Åse Ærø-Øberg", "Mikkel Sørensen"]


def test_a_database_from_a_newer_version_is_refused_untouched(location: DataLocation) -> None:
    location.ensure()
    shutil.copy(FIRST_SCHEMA, location.database)
    db = sqlite3.connect(location.database)
    db.execute("UPDATE alembic_version SET version_num = '9999'")
    db.commit()
    db.close()
    before = location.database.read_bytes()
    with pytest.raises(DatabaseNewer) as refused:
        Workspace.open(location)
    assert "newer" in str(refused.value)
    assert refused.value.params["found"] == "9999"
    assert location.database.read_bytes() == before
    # The lock was released: a fixed file can be opened straight away
    db = sqlite3.connect(location.database)
    db.execute(f"UPDATE alembic_version SET version_num = '{HEAD_REVISION}'")
    db.commit()
    db.close()
    Workspace.open(location).close()


def test_a_damaged_database_is_refused(location: DataLocation, tmp_path: Path) -> None:
    location.ensure()
    shutil.copy(FIRST_SCHEMA, location.database)
    data = bytearray(location.database.read_bytes())
    # Scribble over the middle pages (the header stays valid, the b-trees do not)
    for offset in range(4096 * 3, 4096 * 8):
        data[offset] = 0x5A
    location.database.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged):
        Workspace.open(location)


def test_a_foreign_sqlite_file_is_not_taken_for_ours(location: DataLocation) -> None:
    location.ensure()
    db = sqlite3.connect(location.database)
    db.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
    db.commit()
    db.close()
    with pytest.raises(DatabaseDamaged):
        Workspace.open(location)
