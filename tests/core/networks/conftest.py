"""The board's service on both backends (as the service suite): a class's board is class-owned
on the school server, and closing it takes the server's way of leaving no trace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.conftest import BACKENDS, open_on_backend


@pytest.fixture(params=BACKENDS)
def workspace(request: pytest.FixtureRequest, location: DataLocation) -> Iterator[Workspace]:
    yield from open_on_backend(request, location)
