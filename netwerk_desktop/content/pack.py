"""A content pack: everything one language ships, plus what was borrowed from Danish."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.content.help import HelpTemplate
from netwerk_desktop.content.lesson import Lesson
from netwerk_desktop.content.library import Activity, Prompt, PromptTheme
from netwerk_desktop.languages import CONTENT_REFERENCE

# Danish is written first and is what every other language falls back to.
PRIMARY_LANGUAGE = CONTENT_REFERENCE


class PackStatus(StrEnum):
    """A draft pack is work in progress: missing files and items are warnings, not errors."""

    DRAFT = "draft"
    COMPLETE = "complete"


class FallbackKind(StrEnum):
    PACK = "pack"
    LESSON = "lesson"
    STEP = "step"
    PROMPT = "prompt"
    ACTIVITY = "activity"
    HELP = "help"


@dataclass(frozen=True)
class Fallback:
    """An item shown in `source_language` because the requested language lacks it. For a step,
    `item_id` is `lesson-id/step-id`."""

    kind: FallbackKind
    item_id: str
    language: str
    source_language: str = PRIMARY_LANGUAGE


@dataclass(frozen=True)
class ContentPack:
    language: str
    name: str
    version: int
    status: PackStatus
    lessons: tuple[Lesson, ...]
    prompts: tuple[Prompt, ...]
    activities: tuple[Activity, ...]
    help: HelpTemplate | None
    fallbacks: tuple[Fallback, ...] = ()

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def prompt(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self.prompts if p.id == prompt_id), None)

    def prompts_for(self, theme: PromptTheme) -> tuple[Prompt, ...]:
        return tuple(p for p in self.prompts if p.theme is theme)

    def activity(self, activity_id: str) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    @property
    def minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons)
