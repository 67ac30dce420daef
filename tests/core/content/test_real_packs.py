"""The packs the app ships: the same check as `lessons check`, and the loader on real files."""

from __future__ import annotations

from netwerk_desktop.content import (
    PRIMARY_LANGUAGE,
    HelpFieldKey,
    StepKind,
    available_languages,
    check_packs,
    content_root,
    find_step,
    load_pack,
    paragraphs,
)
from netwerk_desktop.content.reading.lesson import CLOSING_KIND, LESSON_MINUTES, OPENING_KIND


def test_lessons_check_passes_on_the_shipped_packs() -> None:
    # The same call `python -m netwerk_desktop lessons check` makes
    errors = [str(issue) for issue in check_packs() if issue.is_error]
    assert errors == []


def test_danish_is_there_and_first() -> None:
    languages = available_languages()
    assert languages[0] == PRIMARY_LANGUAGE
    assert (content_root() / "da" / "pack.toml").is_file()


def test_every_shipped_pack_loads_and_keeps_the_series_rules() -> None:
    low, high = LESSON_MINUTES
    for language in available_languages():
        pack = load_pack(language)
        assert pack.lessons, language
        for lesson in pack.lessons:
            assert low <= lesson.minutes <= high
            assert lesson.steps[0].kind is OPENING_KIND
            assert lesson.steps[-1].kind is CLOSING_KIND
            for step in lesson.steps:
                assert find_step(lesson, step.id) is step
                assert paragraphs(step.teacher_notes)


def test_the_first_danish_lesson() -> None:
    lesson = load_pack("da").lesson("community")
    assert lesson is not None
    assert (lesson.number, lesson.minutes) == (1, 60)
    assert lesson.steps[0].kind is StepKind.PARTNERSHIP_MEETING
    assert find_step(lesson, "colleagues") is not None
    assert find_step(lesson, "a-step-from-an-older-version") is None


def test_the_danish_help_template_is_all_placeholders_and_two_numbers() -> None:
    template = load_pack("da").help
    assert template is not None
    assert sorted(e.number for e in template.entries if e.number) == ["112", "116 111"]
    school = [e for e in template.entries if not e.is_builtin]
    assert school and all(f.is_placeholder for e in school for f in e.fields)
    counsellor = template.entry("counsellor")
    assert counsellor is not None
    assert [f.key for f in counsellor.fields] == list(HelpFieldKey)
