"""Names sorted by the class's language."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.rosters import Language, name_sort_key


def sort(names: list[str], language: Language) -> list[str]:
    return sorted(names, key=lambda name: name_sort_key(name, language))


def test_danish_puts_ae_oe_aa_after_z() -> None:
    names = ["Åse Holm", "Zara Ali", "Ørjan Lund", "Æbbe Kjær", "Anna Berg", "Oliver Bak"]

    assert sort(names, "da") == [
        "Anna Berg",
        "Oliver Bak",
        "Zara Ali",
        "Æbbe Kjær",
        "Ørjan Lund",
        "Åse Holm",
    ]


def test_danish_inside_a_name_and_german_umlauts() -> None:
    names = ["Søren", "Soren", "Sören", "Sæbjørn", "Sally", "Syver", "Süleyman", "Sz"]

    # ä and ö sort as æ and ø, ü as y; æ, ø, å come after z.
    assert sort(names, "da") == [
        "Sally",
        "Soren",
        "Süleyman",
        "Syver",
        "Sz",
        "Sæbjørn",
        "Søren",
        "Sören",
    ]


def test_danish_aa_is_not_treated_as_aa_ring() -> None:
    assert sort(["Aage", "Åge", "Abel"], "da") == ["Aage", "Abel", "Åge"]


def test_english_and_dutch_fold_accents_to_the_base_letter() -> None:
    names = ["Zoë", "Émile", "Eva", "Ørjan", "Oscar", "Åse", "Anna", "Łukasz", "Lars", "Ärje"]
    expected = ["Anna", "Ärje", "Åse", "Émile", "Eva", "Lars", "Łukasz", "Ørjan", "Oscar", "Zoë"]

    assert sort(names, "en") == expected
    assert sort(names, "nl") == expected


def test_dutch_ij_ligature_folds_to_ij() -> None:
    names = ["Ĳsbrand", "Ivo", "Iris", "Isa", "Jan"]

    assert sort(names, "nl") == ["Ĳsbrand", "Iris", "Isa", "Ivo", "Jan"]


def test_case_and_accents_only_break_ties() -> None:
    assert sort(["emil", "Emil", "Émil", "Emma"], "en") == ["emil", "Emil", "Émil", "Emma"]
    # Danish puts the capital first, as Danish dictionaries do.
    assert sort(["emil", "Emil", "Emma"], "da") == ["Emil", "emil", "Emma"]


def test_words_and_punctuation() -> None:
    names = ["Anna", "Ann Berg", "Anne-Marie", "Annemarie", "D'Angelo", "Dan"]

    assert sort(names, "en") == ["Ann Berg", "Anna", "Anne-Marie", "Annemarie", "Dan", "D'Angelo"]


def test_other_scripts_after_latin_and_emoji_last() -> None:
    names = ["Ольга", "ليلى", "Zoë", "Αλέξης", "Anna", "🌻", "李娜", "Ahmed"]

    for language in ("da", "en", "nl"):
        assert sort(names, language) == [
            "Ahmed",
            "Anna",
            "Zoë",
            "Αλέξης",
            "Ольга",
            "ليلى",
            "李娜",
            "🌻",
        ]


def test_cyrillic_letters_with_diaeresis_fold() -> None:
    assert sort(["Фёдор", "Федот", "Фаина"], "en") == ["Фаина", "Фёдор", "Федот"]


@settings(max_examples=200)
@given(st.lists(st.text(max_size=12), max_size=12), st.sampled_from(["da", "en", "nl"]))
def test_the_order_is_total_and_independent_of_input_order(
    names: list[str], language: Language
) -> None:
    shuffled = names[:]
    random.Random(len(names)).shuffle(shuffled)

    assert sort(shuffled, language) == sort(names, language)
    keys = [name_sort_key(name, language) for name in set(names)]
    assert len(set(keys)) == len(keys)
