"""The service suite runs on both backends: a local SQLite data folder (the fast path) and
the school's PostgreSQL (when a test cluster runs; skipped with a reason otherwise)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace


@pytest.fixture(params=["sqlite", "postgresql"])
def workspace(request: pytest.FixtureRequest, location: DataLocation) -> Iterator[Workspace]:
    if request.param == "sqlite":
        opened = Workspace.open(location)
        yield opened
        opened.close()
        return
    if request.node.get_closest_marker("sqlite_only") is not None:
        pytest.skip("about the SQLite file itself (backups, pragmas)")
    yield request.getfixturevalue("server_workspace")
