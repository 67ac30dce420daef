"""Content text (paragraphs and **bold**) as Qt rich text, escaped, for labels and text views."""

from __future__ import annotations

import html

from netwerk_desktop.content import paragraphs


def content_html(text: str, paragraph_gap_em: float = 0.6) -> str:
    """The content format as HTML paragraphs; everything else in the text is shown literally."""
    parts = []
    for paragraph in paragraphs(text):
        inner = "".join(
            f"<b>{html.escape(run.text)}</b>" if run.bold else html.escape(run.text)
            for run in paragraph
        )
        parts.append(f"<p style='margin:0 0 {paragraph_gap_em}em 0'>{inner}</p>")
    return "".join(parts)
