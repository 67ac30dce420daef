"""`lessons check [--root DIR]`, `lessons list [--lang L] [--json]`, `lessons show ID [--lang L]`.

The lesson series needs no data folder: these commands read the content packs only.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Iterator, Set
from pathlib import Path
from typing import Any

from netwerk_desktop.cli.context import CliContext, CliError
from netwerk_desktop.content import (
    PRIMARY_LANGUAGE,
    Charter,
    Closing,
    ContentPack,
    Discussion,
    EitherOr,
    FallbackKind,
    Lesson,
    PartnershipMeeting,
    Phase,
    Reflection,
    Sorting,
    Step,
    Talk,
    Tally,
    check_packs,
    load_pack,
    plain_text,
    transition_before,
)
from netwerk_desktop.errors import NetwerkError, NotFound

WIDTH = 100


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("lessons", help="check, list and show the lesson series")
    commands = parser.add_subparsers(dest="lessons_command", metavar="ACTION", required=True)
    root_help = "content folder with one folder per language (default: the built-in packs)"

    check = commands.add_parser("check", help="validate every content pack; exit 1 on any error")
    check.add_argument("--root", type=Path, help=root_help)
    check.set_defaults(run=check_command)

    listing = commands.add_parser("list", help="list the lessons of a language")
    listing.add_argument("--lang", default=PRIMARY_LANGUAGE, help="content language (default da)")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.add_argument("--root", type=Path, help=root_help)
    listing.set_defaults(run=list_command)

    show = commands.add_parser("show", help="print a lesson with its steps and teacher notes")
    show.add_argument("lesson_id", metavar="ID", help="lesson id, e.g. community")
    show.add_argument("--lang", default=PRIMARY_LANGUAGE, help="content language (default da)")
    show.add_argument("--root", type=Path, help=root_help)
    show.set_defaults(run=show_command)


# -- check ------------------------------------------------------------------------------------
def check_command(args: argparse.Namespace, ctx: CliContext) -> int:
    from netwerk_desktop.content.check import read_all
    from netwerk_desktop.services.handout_records import printed_material_issues

    issues = check_packs(args.root)
    readings, _ = read_all(args.root)
    for reading in readings:
        if reading.pack is not None:
            for lesson in reading.pack.all_lessons:
                file = reading.lesson_files[lesson.id]
                issues.extend(printed_material_issues(lesson, file))
    for issue in issues:
        print(issue)
    errors = sum(1 for issue in issues if issue.is_error)
    warnings = len(issues) - errors
    summary = f"{errors} error(s), {warnings} warning(s)"
    if errors:
        print(f"lessons check: {summary}", file=sys.stderr)
        return 1
    print(f"Content packs OK: {summary}.")
    return 0


# -- list -------------------------------------------------------------------------------------
def _load(args: argparse.Namespace) -> ContentPack:
    try:
        pack = load_pack(args.lang, args.root)
    except NetwerkError as exc:
        raise CliError(str(exc)) from exc
    if any(f.kind is FallbackKind.PACK for f in pack.fallbacks):
        print(f"note: no {args.lang!r} pack yet; showing {PRIMARY_LANGUAGE}", file=sys.stderr)
    return pack


def _borrowed(pack: ContentPack, kind: FallbackKind) -> set[str]:
    return {f.item_id for f in pack.fallbacks if f.kind is kind or f.kind is FallbackKind.PACK}


def _lesson_json(lesson: Lesson, language: str) -> dict[str, Any]:
    return {
        "id": lesson.id,
        "module": lesson.module,
        "number": lesson.number,
        "version": lesson.version,
        "language": language,
        "title": lesson.title,
        "summary": lesson.summary,
        "minutes": lesson.minutes,
        "planned_minutes": lesson.planned_minutes,
        "goals": list(lesson.goals),
        "student_goals": list(lesson.student_goals),
        "steps": [
            {
                "id": step.id,
                "kind": step.kind.value,
                "minutes": step.minutes,
                "split_after": step.split_after,
                "drop_if_late": step.drop_if_late,
            }
            for step in lesson.steps
        ],
    }


def list_command(args: argparse.Namespace, ctx: CliContext) -> int:
    pack = _load(args)
    borrowed = _borrowed(pack, FallbackKind.LESSON)
    is_whole_pack = any(f.kind is FallbackKind.PACK for f in pack.fallbacks)

    def language_of(lesson: Lesson) -> str:
        return PRIMARY_LANGUAGE if is_whole_pack or lesson.id in borrowed else pack.language

    if args.json:
        lessons = [_lesson_json(lesson, language_of(lesson)) for lesson in pack.all_lessons]
        print(json.dumps(lessons, ensure_ascii=False, indent=2))
        return 0
    for lesson in pack.lessons:
        print(_list_line(lesson, language_of(lesson), args.lang))
    for module in pack.modules:
        print(f"\nModule {module.id}: {module.title}")
        for lesson in module.lessons:
            print(_list_line(lesson, language_of(lesson), args.lang))
    return 0


def _list_line(lesson: Lesson, shown_in: str, asked: str) -> str:
    note = f"  ({shown_in})" if shown_in != asked else ""
    return f"{lesson.number:2d}  {lesson.id:<24} {lesson.minutes:3d} min  {lesson.title}{note}"


# -- show -------------------------------------------------------------------------------------
def _wrap(text: str, indent: int) -> Iterator[str]:
    pad = " " * indent
    for index, paragraph in enumerate(plain_text(text).split("\n\n")):
        if index:
            yield ""
        yield from textwrap.wrap(paragraph, WIDTH, initial_indent=pad, subsequent_indent=pad)


def _items(label: str, items: tuple[str, ...], indent: int) -> Iterator[str]:
    yield " " * indent + label
    for item in items:
        yield from textwrap.wrap(
            item, WIDTH, initial_indent=" " * indent + "  - ", subsequent_indent=" " * (indent + 4)
        )


def _phases(phases: tuple[Phase, ...]) -> str:
    return " · ".join(f"{phase.mode.value} {phase.minutes} min" for phase in phases)


def _content(step: Step) -> Iterator[str]:
    content = step.content
    if isinstance(content, Talk | Discussion) and content.case:
        yield "    Case:"
        yield from _wrap(content.case, 6)
    if isinstance(content, Discussion):
        yield from _wrap(f"Prompt: {content.prompt}", 4)
        if content.follow_up:
            yield from _wrap(f"Follow-up: {content.follow_up}", 4)
        yield f"    Phases: {_phases(content.phases)}"
    elif isinstance(content, EitherOr):
        yield "    Statements:"
        for number, statement in enumerate(content.statements, start=1):
            line = f"{number}. {statement.text}  [{statement.left} | {statement.right}]"
            yield from _wrap(line, 6)
            if statement.follow_up:
                yield from _wrap(f"Follow-up: {statement.follow_up}", 9)
    elif isinstance(content, Sorting):
        if content.axis:
            yield f"    Rank from: {content.axis.low}  ->  {content.axis.high}"
        else:
            yield f"    Categories: {' | '.join(content.categories)}"
        cards = tuple(
            card if (pile := content.answer_for(card)) is None else f"{card} [only: {pile}]"
            for card in content.cards
        )
        yield from _items("Cards:", cards, 4)
    elif isinstance(content, Reflection | PartnershipMeeting):
        yield from _items("Questions:", content.questions, 4)
    elif isinstance(content, Charter):
        yield from _items("Questions:", content.questions, 4)
        if content.examples:
            yield from _items("Example rules:", content.examples, 4)
        if content.phases:
            yield f"    Phases: {_phases(content.phases)}"
    elif isinstance(content, Tally):
        yield from _wrap(f"Question: {content.question} ({content.method.value})", 4)
        for option in content.options:
            yield f"      [{option.id}] {option.text}"
    elif isinstance(content, Closing):
        yield from _wrap(f"Before next time: {content.task}", 4)
        if content.activity:
            yield f"    Suggested activity: {content.activity}"


def render_lesson(lesson: Lesson, borrowed_steps: Set[str] = frozenset()) -> Iterator[str]:
    """The lesson as plain text for the terminal: steps, times, audience text, teacher notes."""
    where = f"Module {lesson.module}, lesson" if lesson.module else "Lesson"
    yield f"{where} {lesson.number}: {lesson.title}"
    transitions = lesson.planned_minutes - lesson.step_minutes
    yield (
        f"({lesson.id}, version {lesson.version}, {lesson.minutes} min: steps "
        f"{lesson.step_minutes} + transitions {transitions} = {lesson.planned_minutes})"
    )
    yield ""
    yield from _wrap(lesson.summary, 0)
    yield ""
    yield from _items("Goals:", lesson.goals, 0)
    yield from _items("For the students:", lesson.student_goals, 0)
    materials = tuple(
        m.text if m.printed_as is None else f"{m.text} [print: {m.printed_as.value}]"
        for m in lesson.materials
    )
    yield from _items("Materials:", materials, 0)
    yield "Preparation:"
    yield from _wrap(lesson.preparation, 2)
    start = 0
    for number, step in enumerate(lesson.steps, start=1):
        if number > 1:
            start += transition_before(step)  # the time it takes to get into the step
        end = start + step.minutes
        note = f"  ({PRIMARY_LANGUAGE})" if f"{lesson.id}/{step.id}" in borrowed_steps else ""
        yield ""
        marks = "".join(
            f"  [{mark}]"
            for mark, on in (("drop if late", step.drop_if_late), ("split after", step.split_after))
            if on
        )
        timing = f"{step.minutes} min ({start}-{end})"
        yield f"{number}. {step.id} - {step.kind.value} - {timing}{note}{marks}"
        yield f"    On screen: {step.audience.title}"
        yield from _wrap(step.audience.text, 6)
        yield from _content(step)
        yield "    Teacher notes:"
        yield from _wrap(step.teacher_notes, 6)
        if step.handout:
            writing = f" ({step.handout.writing.value})" if step.handout.writing else ""
            yield f"    Handout{writing}:"
            yield from _wrap(step.handout.instructions, 6)
            for question in step.handout.questions:
                yield from _wrap(f"- {question}", 6)
            if step.handout.lines:
                yield f"      ({step.handout.lines} writing lines)"
        start = end


def show_command(args: argparse.Namespace, ctx: CliContext) -> int:
    pack = _load(args)
    lesson = pack.lesson(args.lesson_id)
    if lesson is None:
        raise CliError(str(NotFound("lesson", args.lesson_id)))
    for line in render_lesson(lesson, _borrowed(pack, FallbackKind.STEP)):
        print(line)
    return 0
