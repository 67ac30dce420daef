"""Teachers on the school server, each on their own classroom PC (own local data folder)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server.workspace import ServerWorkspace
from tests.postgres import database_url, new_teacher

TeacherFactory = Callable[..., ServerWorkspace]


@pytest.fixture
def teacher_on_server(server_database: str, tmp_path: Path) -> Iterator[TeacherFactory]:
    """Connects a new teacher (login role) from a classroom PC of their own."""
    opened: list[ServerWorkspace] = []

    def connect(pc: str, coordinator: bool = False) -> ServerWorkspace:
        login, password = new_teacher(server_database, coordinator)
        workspace = ServerWorkspace.connect(
            DataLocation(tmp_path / pc), database_url(server_database, login, password)
        )
        opened.append(workspace)
        return workspace

    yield connect
    for workspace in opened:
        workspace.close()
