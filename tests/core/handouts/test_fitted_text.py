"""Fitting text into boxes: never wider than the box, nothing lost, shrink before wrap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.handouts.fitted_text import LEADING, fit, fit_box, wrap
from netwerk_desktop.handouts.fonts import Style
from tests.core.handouts import samples

LETTERS = "aeoWMmilæøåĳłğİıДЖжΑλέNguyễnأحمدلاع"
names = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=24), min_size=1, max_size=4).map(
    " ".join
)


@settings(max_examples=150, deadline=None)
@given(names, st.floats(min_value=20, max_value=300), st.sampled_from(list(Style)))
def test_fitted_lines_are_never_wider_than_the_box(text: str, width: float, style: Style) -> None:
    fitted = fit(text, width, 14, 8, 2, style)
    for line in fitted.lines:
        assert line.width(fitted.size) <= width + 1e-6


@settings(max_examples=150, deadline=None)
@given(names, st.floats(min_value=20, max_value=300), st.floats(min_value=10, max_value=60))
def test_box_fitting_stays_in_the_box(text: str, width: float, height: float) -> None:
    fitted = fit_box(text, width, height, 14, 8)
    assert all(line.width(fitted.size) <= width + 1e-6 for line in fitted.lines)
    if fitted.size > 5:  # at the 5 pt floor a huge name may need more lines than the box has
        assert len(fitted.lines) * fitted.size * LEADING <= height + 1e-6


@settings(max_examples=150, deadline=None)
@given(names, st.floats(min_value=30, max_value=300))
def test_wrapping_keeps_every_character(text: str, width: float) -> None:
    lines = wrap(text, width, 11)
    assert "".join(line.text for line in lines).replace(" ", "") == text.replace(" ", "")


def test_a_name_that_fits_keeps_its_size_and_one_that_does_not_shrinks_first() -> None:
    name = samples.NAMES[0]
    assert fit(name, 400, 14, 8).size == 14
    narrow = fit(name, 100, 14, 8)
    assert len(narrow.lines) == 1 and 8 <= narrow.size < 14
    wrapped = fit(samples.LONG_NAME, 100, 14, 8, 3)
    assert len(wrapped.lines) > 1
