"""The discussion prompt library and the community-building activity catalogue."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PromptTheme(StrEnum):
    CLASS_CULTURE = "class_culture"
    COMMUNITY = "community"
    LONELINESS = "loneliness"
    LANGUISH = "languish"
    WORRIED_FRIEND = "worried_friend"
    NOT_THRIVING = "not_thriving"
    ONLINE_LIFE = "online_life"
    PARTNERSHIPS = "partnerships"


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: PromptTheme
    text: str
    follow_up: str


class ActivityKind(StrEnum):
    ICEBREAKER = "icebreaker"
    COLLABORATION = "collaboration"
    MOVEMENT = "movement"
    CLASS_EVENT = "class_event"


class Space(StrEnum):
    CLASSROOM = "classroom"
    OUTDOORS = "outdoors"
    HALL = "hall"


class ProgrammeElement(StrEnum):
    """The part of the programme an activity serves."""

    COMMUNITY = "community"
    CLASS_CULTURE = "class_culture"
    PARTNERSHIPS = "partnerships"
    NETWORKS = "networks"


@dataclass(frozen=True)
class MinuteRange:
    low: int
    high: int

    def contains(self, minutes: int) -> bool:
        return self.low <= minutes <= self.high

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class GroupSize:
    """People per group, or the whole class working as one group (then low and high are None)."""

    low: int | None
    high: int | None

    @property
    def whole_class(self) -> bool:
        return self.low is None

    def fits(self, people: int) -> bool:
        if self.low is None or self.high is None:
            return True
        return self.low <= people <= self.high

    def __str__(self) -> str:
        if self.low is None or self.high is None:
            return "whole class"
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    summary: str
    kind: ActivityKind
    minutes: MinuteRange
    group_size: GroupSize
    spaces: tuple[Space, ...]
    materials: tuple[str, ...]
    steps: tuple[str, ...]
    variations: tuple[str, ...]
    serves: tuple[ProgrammeElement, ...]
