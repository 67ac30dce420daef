"""An event day for two or three classes, on a data folder with a clock the test moves."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set_day(self, day: date) -> None:
        self.now = datetime.combine(day, self.now.time())


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2027, 9, 1, 8, 0))


@pytest.fixture
def school(location: DataLocation, clock: Clock) -> Iterator[Workspace]:
    with Workspace.open(location, now=clock) as workspace:
        for name, count in (("1.a", 9), ("1.b", 8), ("1.c", 7)):
            created = workspace.classes.create(name, "2027/28", "da")
            workspace.roster.add_students(
                created.id, [f"{name} elev {i}" for i in range(1, count + 1)]
            )
        yield workspace


def class_ids(workspace: Workspace) -> list[int]:
    return [c.id for c in sorted(workspace.classes.list_classes(), key=lambda c: c.name)]
