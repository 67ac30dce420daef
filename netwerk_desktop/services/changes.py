"""What a service changed, so each screen can decide what to redraw (no polling, no reload-all).

The core publishes plain Change values; the UI adapts the feed into a Qt signal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    CLASSES = "classes"
    ROSTER = "roster"
    SCHOOL = "school"
    PROGRESS = "progress"
    CHARTER = "charter"
    PARTNERSHIPS = "partnerships"
    EVENTS = "events"  # community events and their follow-up
    NETWORK = "network"  # the teachers' network
    BOARD = "board"  # a class's needs-and-offers board
    DIRECTORY = "directory"  # the school's directory of local communities and help
    DATA = "data"  # everything may have changed (a restore)
    JOURNAL = "journal"  # writes kept on this PC while the school server is away, or sent


@dataclass(frozen=True)
class Change:
    topics: frozenset[Topic]
    class_id: int | None = None

    @classmethod
    def of(cls, *topics: Topic, class_id: int | None = None) -> Change:
        return cls(frozenset(topics), class_id)

    def touches(self, topic: Topic) -> bool:
        return topic in self.topics or Topic.DATA in self.topics


Listener = Callable[[Change], None]


class ChangeFeed:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
