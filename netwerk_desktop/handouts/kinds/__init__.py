"""One module per handout kind; each lays out pages from its input and the class context.

The event and network kinds (event_poster, name_badges, role_cards, parents_letter,
follow_up_cards, meeting_invitation, signup_sheet, meeting_minutes) are listed in
`handouts.gathering_render`; event group cards use partnership_cards. The kinds of the
networks work (the board and the school's directory) are found through `registered`, by the
type of their input; `render` asks it before its own list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from netwerk_desktop.handouts.inputs import (
    BoardPosterInput,
    BoardSlipsInput,
    BoardTallyInput,
    DirectoryCardsInput,
    DirectoryLeafletInput,
    IntroductionCardsInput,
)
from netwerk_desktop.handouts.page import Page, Sheet
from netwerk_desktop.handouts.request import HandoutContext


@dataclass(frozen=True)
class KindModule:
    """What render needs of a kind: its title, its pages, and how many copies it makes."""

    title: Callable[[Any, HandoutContext], str]
    layout: Callable[[Any, HandoutContext, Sheet], Iterator[list[Page]]]
    copy_count: Callable[[Any], int]


def registered(content: object) -> KindModule | None:
    """The kind module for this input, if it is one of the registered kinds."""
    from netwerk_desktop.handouts.kinds import (
        board_poster,
        board_slips,
        board_tally,
        directory_cards,
        directory_leaflet,
        introduction_cards,
    )

    modules = {
        BoardSlipsInput: board_slips,
        IntroductionCardsInput: introduction_cards,
        BoardPosterInput: board_poster,
        BoardTallyInput: board_tally,
        DirectoryLeafletInput: directory_leaflet,
        DirectoryCardsInput: directory_cards,
    }
    module = modules.get(type(content))
    if module is None:
        return None
    return KindModule(module.title, module.layout, module.copy_count)
