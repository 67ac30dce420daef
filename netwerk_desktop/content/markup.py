"""The text format of content packs: plain text, paragraphs separated by blank lines, **bold**.

A single line break inside a paragraph is only a wrap in the TOML file and reads as a space, so
writers can keep lines short. `**` opens and closes bold inside one paragraph; nothing else is
markup, so a stray `*` or `_` is just a character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

BOLD = "**"
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


Paragraph = tuple[Run, ...]


def _paragraph_sources(text: str) -> list[str]:
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks = (_WHITESPACE.sub(" ", chunk).strip() for chunk in _BLANK_LINE.split(normalised))
    return [chunk for chunk in chunks if chunk]


def _runs(source: str) -> Paragraph:
    parts = source.split(BOLD)
    if len(parts) % 2 == 0:
        # An unpaired marker stays literal; the checker reports it, the app still shows the text.
        parts[-2:] = [parts[-2] + BOLD + parts[-1]]
    runs = [Run(part, bold=index % 2 == 1) for index, part in enumerate(parts) if part]
    return tuple(runs)


def paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The paragraphs of a text field, each a sequence of plain and bold runs."""
    return tuple(runs for runs in (_runs(s) for s in _paragraph_sources(text)) if runs)


def plain_text(text: str) -> str:
    """The text without markup, paragraphs separated by one blank line."""
    return "\n\n".join("".join(run.text for run in para) for para in paragraphs(text))


def word_count(text: str) -> int:
    return len(plain_text(text).split())


def bold_is_balanced(text: str) -> bool:
    return all(source.count(BOLD) % 2 == 0 for source in _paragraph_sources(text))
