from __future__ import annotations

from ui.common.placeholders import fill


def test_places_are_filled_in_the_order_the_translator_chose() -> None:
    assert fill("%2 har %1 elever", 28, "2.g") == "2.g har 28 elever"


def test_a_value_that_looks_like_a_place_is_not_filled_again() -> None:
    assert fill("%1 and %2", "%2", "B") == "%2 and B"


def test_a_place_without_a_value_stays_visible() -> None:
    assert fill("%1 of %2", 3) == "3 of %2"
