"""Our one-line bidi levels give the same display order as the reference algorithm."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.handouts.bidi import base_level, embedding_levels, visual_order

bidi = pytest.importorskip("bidi", reason="python-bidi is the reference for these tests")

# Latin, Arabic letters, Arabic-Indic and European digits, spaces, separators and terminators,
# combining marks. Brackets are left out: mirrored pairs (rule N0) are not needed for names.
ALPHABET = "abcXYØæ" + "أحمدلاعء" + "٠١٢" + "0129" + "  .,-+%$/:'" + "\u064e\u0301"


def display(text: str, base: int | None = None) -> str:
    return "".join(text[index] for index in visual_order(embedding_levels(text, base)))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=16))
def test_display_order_matches_the_reference(text: str) -> None:
    assert display(text) == bidi.get_display(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=16))
def test_left_to_right_base_matches_the_reference(text: str) -> None:
    assert display(text, 0) == bidi.get_display(text, base_dir="L")


def test_examples() -> None:
    assert base_level("أحمد Ahmad") == 1
    assert base_level("Ahmad أحمد") == 0
    assert display("abc") == "abc"
    assert display("أحمد") == "دمحأ"
    assert display("Ahmad أحمد", 0) == "Ahmad دمحأ"
    assert display("أحمد Ahmad", 0) == "دمحأ Ahmad"
    assert display("رقم 12", 0) == "12 مقر"
    assert visual_order([]) == []
