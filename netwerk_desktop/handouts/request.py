"""A request to print one handout, and what rendering it gave back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from netwerk_desktop.handouts.inputs import HandoutInput, HandoutKind, PaperSize
from netwerk_desktop.handouts.labels import HandoutLabels, load_labels


@dataclass(frozen=True)
class HandoutContext:
    """What every handout of a class shares: who it is for, the language and the paper.

    `labels` must be in `language`; `HandoutContext.for_class` loads them for you.
    """

    class_name: str
    school_name: str
    language: str
    labels: HandoutLabels
    printed_on: date
    paper: PaperSize = PaperSize.A4

    def __post_init__(self) -> None:
        if self.labels.language != self.language:
            raise ValueError(
                f"HandoutContext: labels are in {self.labels.language!r} ({self.labels.source}), "
                f"but language is {self.language!r}"
            )

    @classmethod
    def for_class(
        cls,
        class_name: str,
        *,
        language: str,
        printed_on: date,
        school_name: str = "",
        paper: PaperSize = PaperSize.A4,
    ) -> HandoutContext:
        return cls(class_name, school_name, language, load_labels(language), printed_on, paper)


@dataclass(frozen=True)
class HandoutRequest:
    """One handout to render: the class context and the kind-specific content."""

    context: HandoutContext
    content: HandoutInput

    @property
    def kind(self) -> HandoutKind:
        return self.content.kind


@dataclass(frozen=True)
class RenderedHandout:
    """A finished PDF: its kind, title (also the PDF title), page count, and file if any."""

    kind: HandoutKind
    title: str
    pages: int
    path: Path | None = None


@dataclass(frozen=True)
class ClassSetResult:
    """The handouts a batch finished, in request order; `cancelled` if it stopped early."""

    handouts: tuple[RenderedHandout, ...]
    cancelled: bool = False
