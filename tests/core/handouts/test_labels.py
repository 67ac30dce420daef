"""The three label files say the same things, each in its own language."""

from __future__ import annotations

from datetime import date

import pytest

from netwerk_desktop.handouts import LANGUAGES, HandoutError, HandoutErrorCode, load_labels
from netwerk_desktop.handouts.errors import LabelsFileError
from netwerk_desktop.handouts.labels import HandoutLabels, placeholders


def test_every_language_has_the_same_keys_and_placeholders() -> None:
    reference = load_labels("en")
    for language in LANGUAGES:
        labels = load_labels(language)
        assert labels.entries.keys() == reference.entries.keys(), language
        for key, value in reference.entries.items():
            other = labels.entries[key]
            assert type(other) is type(value), (language, key)
            assert placeholders(other) == placeholders(value), (language, key)
            assert other, (language, key)


def test_lists_have_the_same_length_and_twelve_months() -> None:
    for language in LANGUAGES:
        labels = load_labels(language)
        assert len(labels.texts("common.months")) == 12
        for key in ("partnership_cards.default_duties", "partnership_cards.default_questions"):
            assert len(labels.texts(key)) == len(load_labels("en").texts(key))


def test_no_built_in_number_but_the_two_allowed() -> None:
    # Phone numbers and addresses come from the school; only 112 and 116 111 are built in.
    for language in LANGUAGES:
        for value in load_labels(language).entries.values():
            texts = (value,) if isinstance(value, str) else value
            for text in texts:
                assert not any(char.isdigit() for char in text), (language, text)
                assert "@" not in text and "http" not in text


def test_dates_are_written_the_languages_way() -> None:
    day = date(2026, 3, 5)
    assert load_labels("da").date(day) == "5. marts 2026"
    assert load_labels("en").date(day) == "5 March 2026"
    assert load_labels("nl").date(day) == "5 maart 2026"


def test_an_unknown_language_is_an_error_a_teacher_can_read() -> None:
    with pytest.raises(HandoutError) as caught:
        load_labels("fr")
    assert caught.value.code is HandoutErrorCode.UNSUPPORTED_LANGUAGE
    assert caught.value.params == {"language": "fr"}
    assert "'fr'" in str(caught.value)


def test_a_missing_label_names_the_file_and_the_key() -> None:
    labels = HandoutLabels("da", {"a.b": "x {n}"}, "resources/content/da/handouts.toml")
    with pytest.raises(LabelsFileError, match=r"handouts.toml: key 'a.c': is missing"):
        labels.text("a.c")
    with pytest.raises(LabelsFileError, match="cannot fill in"):
        labels.text("a.b", m=1)
    assert labels.text("a.b", n=2) == "x 2"


def test_a_context_refuses_labels_of_another_language() -> None:
    from tests.core.handouts import samples

    context = samples.context("da")
    with pytest.raises(ValueError, match="labels are in 'da'"):
        type(context)(
            context.class_name, context.school_name, "nl", context.labels, context.printed_on
        )


def test_every_kind_the_teacher_guide_prints_has_a_label_in_every_language() -> None:
    # The teacher guide prints how the class works in each step; the label is looked up
    # strictly, so a missing one would fail to print rather than print the raw id.
    from netwerk_desktop.handouts import GuideKind, HandoutKind, kind_title

    for language in LANGUAGES:
        labels = load_labels(language)
        for kind in GuideKind:
            label = labels.text(f"teacher_guide.step_kinds.{kind.value}")
            assert label and label != kind.value, (language, kind)
        for handout in HandoutKind:
            assert kind_title(labels, handout) != handout.value, (language, handout)
        # Only the guide's kinds have labels: a stale one would hide a kind nobody prints
        step_kinds = {key for key in labels.entries if key.startswith("teacher_guide.step_kinds.")}
        assert step_kinds == {f"teacher_guide.step_kinds.{kind.value}" for kind in GuideKind}
