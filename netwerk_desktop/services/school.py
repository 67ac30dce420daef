"""School-wide settings the core needs (handouts and the command line read them too)."""

from __future__ import annotations

from sqlalchemy import select

from netwerk_desktop.services.base import Service
from netwerk_desktop.services.changes import Change, Topic
from netwerk_desktop.storage.models import SchoolSetting

SCHOOL_NAME = "school_name"
PAPER_SIZE = "paper_size"

DEFAULTS: dict[str, str] = {
    SCHOOL_NAME: "",
    PAPER_SIZE: "A4",
}


class SchoolService(Service):
    def get(self, key: str) -> str:
        with self._reading() as session:
            value = session.scalar(select(SchoolSetting.value).where(SchoolSetting.key == key))
        return DEFAULTS.get(key, "") if value is None else value

    def set(self, key: str, value: str) -> None:
        with self._writing() as session:
            row = session.get(SchoolSetting, key)
            if row is None:
                session.add(SchoolSetting(key=key, value=value))
            elif row.value == value:
                return
            else:
                row.value = value
        self._publish(Change.of(Topic.SCHOOL))

    @property
    def school_name(self) -> str:
        return self.get(SCHOOL_NAME)

    def set_school_name(self, name: str) -> None:
        self.set(SCHOOL_NAME, name.strip())
