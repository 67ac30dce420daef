"""Filling the gaps of a pack from the Danish one, and saying which items were borrowed.

A class keeps working while a translation is under way: a lesson, step, prompt or activity the
language lacks is shown in Danish, in the place the Danish pack gives it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from netwerk_desktop.content.lesson import Lesson
from netwerk_desktop.content.module import Module
from netwerk_desktop.content.pack import ContentPack, Fallback, FallbackKind

T = TypeVar("T")


def merge_in_order(
    primary: Sequence[T], own: Sequence[T], key: Callable[[T], str]
) -> tuple[list[T], list[str]]:
    """Primary's order with own items in place of primary's; own-only items stay after the item
    they follow. Returns the items and the ids taken from primary."""
    own_by_id = {key(item): item for item in own}
    primary_ids = {key(item) for item in primary}
    merged: list[T] = []
    borrowed: list[str] = []
    for item in primary:
        item_id = key(item)
        if item_id in own_by_id:
            merged.append(own_by_id[item_id])
        else:
            merged.append(item)
            borrowed.append(item_id)
    for index, item in enumerate(own):
        if key(item) in primary_ids:
            continue
        previous = [key(o) for o in own[:index]]
        position = 0
        for i, placed in enumerate(merged):
            if key(placed) in previous:
                position = i + 1
        merged.insert(position, item)
    return merged, borrowed


def _lesson_with_fallback(
    lesson: Lesson, primary: Lesson, language: str, source: str
) -> tuple[Lesson, list[Fallback]]:
    if lesson.version != primary.version:
        return lesson, []  # a different version has its own steps; mixing them would mislead
    steps, borrowed = merge_in_order(primary.steps, lesson.steps, lambda step: step.id)
    fallbacks = [
        Fallback(FallbackKind.STEP, f"{lesson.id}/{step_id}", language, source)
        for step_id in borrowed
    ]
    return replace(lesson, steps=tuple(steps)), fallbacks


def _lessons_with_fallback(
    own: Sequence[Lesson], primary: Sequence[Lesson], language: str, source: str
) -> tuple[list[Lesson], list[Fallback]]:
    """A run of lessons (the series, or a module's) completed from the primary's."""
    fallbacks: list[Fallback] = []
    primary_lessons = {lesson.id: lesson for lesson in primary}
    own_lessons: list[Lesson] = []
    for lesson in own:
        if lesson.id in primary_lessons:
            lesson, borrowed = _lesson_with_fallback(
                lesson, primary_lessons[lesson.id], language, source
            )
            fallbacks.extend(borrowed)
        own_lessons.append(lesson)
    lessons, missing = merge_in_order(primary, own_lessons, lambda lesson: lesson.id)
    fallbacks.extend(Fallback(FallbackKind.LESSON, item, language, source) for item in missing)
    lessons.sort(key=lambda lesson: lesson.number)
    return lessons, fallbacks


def _modules_with_fallback(
    pack: ContentPack, primary: ContentPack
) -> tuple[list[Module], list[Fallback]]:
    own = {module.id: module for module in pack.modules}
    modules: list[Module] = []
    fallbacks: list[Fallback] = []
    for ref in primary.modules:
        module = own.get(ref.id)
        if module is None:
            modules.append(ref)
            fallbacks.append(Fallback(FallbackKind.MODULE, ref.id, pack.language, primary.language))
            continue
        lessons, borrowed = _lessons_with_fallback(
            module.lessons, ref.lessons, pack.language, primary.language
        )
        modules.append(replace(module, lessons=tuple(lessons)))
        fallbacks.extend(borrowed)
    modules.extend(m for m in pack.modules if primary.module(m.id) is None)
    return modules, fallbacks


def with_fallback(pack: ContentPack, primary: ContentPack) -> ContentPack:
    """`pack` completed from `primary`, with `fallbacks` listing every borrowed item."""
    language = pack.language
    fallbacks: list[Fallback] = []

    def borrowed_items(kind: FallbackKind, ids: list[str]) -> list[Fallback]:
        return [Fallback(kind, item_id, language, primary.language) for item_id in ids]

    lessons, borrowed = _lessons_with_fallback(
        pack.lessons, primary.lessons, language, primary.language
    )
    fallbacks.extend(borrowed)
    modules, borrowed = _modules_with_fallback(pack, primary)
    fallbacks.extend(borrowed)

    prompts, missing = merge_in_order(primary.prompts, pack.prompts, lambda prompt: prompt.id)
    fallbacks.extend(borrowed_items(FallbackKind.PROMPT, missing))
    activities, missing = merge_in_order(primary.activities, pack.activities, lambda a: a.id)
    fallbacks.extend(borrowed_items(FallbackKind.ACTIVITY, missing))

    help_template = pack.help
    if help_template is None and primary.help is not None:
        help_template = primary.help
        fallbacks.extend(borrowed_items(FallbackKind.HELP, ["help"]))

    return replace(
        pack,
        lessons=tuple(lessons),
        prompts=tuple(prompts),
        activities=tuple(activities),
        help=help_template,
        fallbacks=tuple(fallbacks),
        modules=tuple(modules),
    )


def borrowed_pack(language: str, primary: ContentPack) -> ContentPack:
    """The whole primary pack standing in for a language that has no pack at all."""
    return replace(
        primary,
        language=language,
        fallbacks=(Fallback(FallbackKind.PACK, language, language, primary.language),),
    )
