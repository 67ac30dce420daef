"""The text format: paragraphs separated by blank lines, **bold**, line breaks as spaces."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netwerk_desktop.content import Run, paragraphs, plain_text, word_count
from netwerk_desktop.content.markup import bold_is_balanced

WORD = st.text(alphabet="abcdeæøå,.!?", min_size=1, max_size=8)
RUN = st.tuples(st.lists(WORD, min_size=1, max_size=5).map(" ".join), st.booleans())


def test_paragraphs_and_wrapped_lines() -> None:
    text = "First line\nwraps here.\n\n  \nSecond **bold** part.\n"
    assert paragraphs(text) == (
        (Run("First line wraps here."),),
        (Run("Second "), Run("bold", bold=True), Run(" part.")),
    )
    assert plain_text(text) == "First line wraps here.\n\nSecond bold part."
    assert word_count(text) == 7


def test_an_unpaired_marker_stays_literal() -> None:
    assert paragraphs("a **b") == ((Run("a **b"),),)
    assert not bold_is_balanced("a **b")
    # Markers pair within a paragraph, not across paragraphs
    assert not bold_is_balanced("**a\n\nb**")


@settings(max_examples=60)
@given(st.lists(st.lists(RUN, min_size=1, max_size=4), min_size=1, max_size=4))
def test_marked_up_runs_read_back(source: list[list[tuple[str, bool]]]) -> None:
    # Given paragraphs of runs written with ** around the bold ones
    text = "\n\n".join(
        "".join(f"**{words}**" if bold else words for words, bold in para) + " " for para in source
    )
    # Then reading gives the same words, bold where they were marked
    parsed = paragraphs(text)
    assert len(parsed) == len(source)
    for para, runs in zip(source, parsed, strict=True):
        assert "".join(run.text for run in runs).strip() == "".join(w for w, _ in para).strip()
        bold_words = [run.text for run in runs if run.bold]
        assert bold_words == [words for words, bold in para if bold]
    assert bold_is_balanced(text)
    assert word_count(text) == len(plain_text(text).split())
