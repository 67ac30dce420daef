"""Shared fixtures: a real data folder on disk and a workspace opened on it."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

# Before pytest-qt makes the QApplication: no display on CI, and one 1920x1080 screen like a
# classroom PC's (the offscreen default is 800x600, too small for a real window).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _screens = Path(tempfile.mkdtemp(prefix="netwerk-qt-")) / "screens.json"
    _screens.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "Classroom PC",
                        "x": 0,
                        "y": 0,
                        "width": 1920,
                        "height": 1080,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screens}"
os.environ.pop("NETWERK_DATA_DIR", None)
os.environ.pop("NETWERK_DATABASE_URL", None)  # the tests choose their server themselves

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    return DataLocation(tmp_path / "data")


@pytest.fixture
def workspace(location: DataLocation) -> Iterator[Workspace]:
    opened = Workspace.open(location)
    yield opened
    opened.close()


class StatementCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *_args: Any) -> None:
        self.count += 1

    def of(self, path: Callable[[], object]) -> int:
        self.count = 0
        path()
        return self.count


@pytest.fixture
def statements() -> Iterator[StatementCounter]:
    counter = StatementCounter()
    event.listen(Engine, "before_cursor_execute", counter)
    yield counter
    event.remove(Engine, "before_cursor_execute", counter)


# The school server (PostgreSQL): skipped with a reason where no test cluster runs. ----------


@pytest.fixture
def server_database() -> Iterator[str]:
    from tests.postgres import ADMIN_URL, SKIP_REASON, fresh_database

    if not ADMIN_URL:
        pytest.skip(SKIP_REASON)
    with fresh_database() as name:
        yield name


@pytest.fixture
def server_workspace(location: DataLocation, server_database: str) -> Iterator[Workspace]:
    """The services on a fresh server database, connected as the IT's administrator."""
    from netwerk_desktop.server.workspace import ServerWorkspace
    from tests.postgres import database_url

    opened = ServerWorkspace.connect(location, database_url(server_database))
    yield opened
    opened.close()


# The service suite on both backends ------------------------------------------------------------

BACKENDS = ("sqlite", "postgresql")
SQLITE_ONLY = "about the SQLite file itself (backups, pragmas)"


def open_on_backend(
    request: pytest.FixtureRequest,
    location: DataLocation,
    now: Callable[[], datetime] = datetime.now,
) -> Iterator[Workspace]:
    """The workspace of a fixture parametrized over BACKENDS. A test marked
    `sqlite_only("why")` runs on SQLite alone: the backends share its path."""
    if request.param == "sqlite":
        opened = Workspace.open(location, now=now)
    else:
        marker = request.node.get_closest_marker("sqlite_only")
        if marker is not None:
            pytest.skip(marker.args[0] if marker.args else SQLITE_ONLY)
        from netwerk_desktop.server.workspace import ServerWorkspace
        from tests.postgres import database_url

        database = request.getfixturevalue("server_database")
        opened = ServerWorkspace.connect(location, database_url(database), now=now)
    yield opened
    opened.close()
