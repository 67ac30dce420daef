"""Search across the lessons (their steps, questions, statements and teacher notes), the
prompts and the activities of a content pack: every word typed must occur, in any case."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from netwerk_desktop.content import (
    Charter,
    ContentPack,
    Discussion,
    EitherOr,
    PartnershipMeeting,
    Reflection,
    Sorting,
    Step,
    Tally,
    plain_text,
)

SNIPPET = 90  # characters of text around the first word found
LIMIT = 80


class HitKind(StrEnum):
    LESSON = "lesson"  # a lesson, or a step in it
    PROMPT = "prompt"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class Hit:
    kind: HitKind
    key: str  # the lesson, prompt or activity id
    title: str
    lesson_number: int = 0
    step_number: int = 0  # from 1; 0: the lesson itself
    snippet: str = ""


def step_texts(step: Step) -> Iterator[str]:
    """Everything a step says, to the class and to the teacher."""
    yield step.audience.title
    yield step.audience.text
    yield step.teacher_notes
    if step.case:
        yield step.case
    content = step.content
    if isinstance(content, Discussion):
        yield content.prompt
        yield content.follow_up or ""
    elif isinstance(content, EitherOr):
        for statement in content.statements:
            yield from (statement.text, statement.left, statement.right, statement.follow_up or "")
    elif isinstance(content, Sorting):
        yield from content.cards
        yield from content.categories
    elif isinstance(content, Tally):
        yield content.question
        yield from (option.text for option in content.options)
    elif isinstance(content, PartnershipMeeting | Reflection | Charter):
        yield from content.questions


def snippet(texts: list[str], words: list[str]) -> str:
    """The words around the first one found, on one line."""
    for text in texts:
        flat = " ".join(plain_text(text).split())
        at = flat.casefold().find(words[0])
        if at >= 0:
            start = max(0, at - SNIPPET // 3)
            end = min(len(flat), start + SNIPPET)
            return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
    return ""


def matches(texts: list[str], words: list[str]) -> bool:
    haystack = " ".join(plain_text(text) for text in texts).casefold()
    return all(word in haystack for word in words)


def search_pack(pack: ContentPack, query: str, limit: int = LIMIT) -> list[Hit]:
    words = [word.casefold() for word in query.split()]
    if not words:
        return []
    hits: list[Hit] = []
    for lesson in pack.lessons:
        if matches([lesson.title], words):
            hits.append(Hit(HitKind.LESSON, lesson.id, lesson.title, lesson.number))
        for number, step in enumerate(lesson.steps, start=1):
            texts = list(step_texts(step))
            if matches(texts, words):
                hits.append(
                    Hit(
                        HitKind.LESSON,
                        lesson.id,
                        step.audience.title,
                        lesson.number,
                        number,
                        snippet(texts, words),
                    )
                )
    for prompt in pack.prompts:
        texts = [prompt.text, prompt.follow_up]
        if matches(texts, words):
            hits.append(Hit(HitKind.PROMPT, prompt.id, prompt.text, snippet=snippet(texts, words)))
    for activity in pack.activities:
        texts = [activity.title, activity.summary, *activity.steps, *activity.materials]
        if matches(texts, words):
            hits.append(
                Hit(
                    HitKind.ACTIVITY,
                    activity.id,
                    plain_text(activity.title),
                    snippet=snippet(texts, words),
                )
            )
    return hits[:limit]
