"""The service suite runs on both backends: a local SQLite data folder (the fast path) and
the school's PostgreSQL (when a test cluster runs; skipped with a reason otherwise)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from tests.conftest import BACKENDS, open_on_backend


@pytest.fixture(params=BACKENDS)
def workspace(request: pytest.FixtureRequest, location: DataLocation) -> Iterator[Workspace]:
    yield from open_on_backend(request, location)
