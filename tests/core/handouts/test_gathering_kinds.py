"""The event and network handouts, rendered by the handout engine and read back as text:
every name in every script, the words in each language, a page that is never empty."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from netwerk_desktop.handouts.errors import HandoutError, HandoutErrorCode
from netwerk_desktop.handouts.gathering_inputs import (
    ActionRow,
    AgendaRow,
    Badge,
    EventPosterInput,
    FollowUpCardsInput,
    FollowUpStep,
    GatheringInput,
    MeetingFacts,
    MeetingInvitationInput,
    MinutesInput,
    NameBadgesInput,
    ParentsLetterInput,
    PosterBlock,
    RoleCard,
    RoleCardsInput,
    SignupSheetInput,
)
from netwerk_desktop.handouts.gathering_render import KINDS, render_gathering
from tests.core.handouts import samples
from tests.core.handouts.poppler import needs_poppler, pdftotext

DAY = date(2027, 9, 24)
MEETING = MeetingFacts(
    "Netwerk-kontakter Øresund",
    datetime(2027, 10, 14, 14, 0),
    datetime(2027, 10, 14, 16, 30),
    True,
    "Nordby Gymnasium",
    "Nordby Gymnasium, aula",
)


def _inputs() -> dict[str, GatheringInput]:
    names = samples.NAMES
    return {
        "poster": EventPosterInput(
            "Fælles morgenmad",
            DAY,
            purpose="Alle lærer en fra en anden klasse at kende",
            starts_at=time(8, 0),
            place="Kantinen",
            classes=("1.a", "1.b"),
            blocks=(
                PosterBlock("content", "Velkomst", "Mette Lund", time(8, 0)),
                PosterBlock("activity", "Enten-eller", "", time(8, 15)),
                PosterBlock("informal", "Morgenmad ved blandede borde", "", time(8, 45)),
            ),
        ),
        "badges": NameBadgesInput("Fælles morgenmad", tuple(Badge(n, "1.a") for n in names)),
        "roles": RoleCardsInput(
            "Fælles morgenmad", DAY, (RoleCard("Tovholder", names[0]), RoleCard("Vært", names[7]))
        ),
        "letter": ParentsLetterInput("Fælles morgenmad", "Kære forældre,\n\nVi holder morgenmad."),
        "follow_up": FollowUpCardsInput(
            "Fælles morgenmad",
            tuple(
                FollowUpStep(kind, DAY, "1.a")
                for kind in ("thank_you", "partner_talk", "tally", "reunion")
            ),
        ),
        "invitation": MeetingInvitationInput(
            MEETING,
            (
                AgendaRow("welcome", "", 10, "", time(14, 0)),
                AgendaRow("talk", "Nye elever midt i året", 20, names[8], time(14, 10)),
                AgendaRow("exchange", "", 70, "", time(14, 30)),
                AgendaRow("tour", "Elevernes madklub", 30, "", time(15, 40)),
            ),
            (ActionRow("Dele oplæg", names[3], date(2027, 11, 1)),),
            "Elevernes madklub",
        ),
        "signup": SignupSheetInput(MEETING, tuple(Badge(n, "Nordby") for n in names)),
        "minutes": MinutesInput(
            MEETING, names, "Godt møde.", (ActionRow("Booke lokale", names[7], DAY, True),)
        ),
    }


def test_every_kind_has_a_sample() -> None:
    assert {type(content) for content in _inputs().values()} == set(KINDS)


@needs_poppler
@pytest.mark.parametrize("name", sorted(_inputs()))
def test_each_kind_prints_its_names_and_words(tmp_path: Path, name: str) -> None:
    content = _inputs()[name]
    path = tmp_path / f"{name}.pdf"
    rendered = render_gathering(content, samples.context("da"), path)
    text = pdftotext(path)
    assert rendered.pages >= 1 and text.strip()
    lines = text.splitlines()
    if name in ("badges", "signup", "minutes"):
        for person in samples.NAMES:
            assert person in text or person in lines, person
    if name == "poster":
        assert "Program" in text and "08.00" in text and "Tid sammen" in text
    if name == "invitation":
        assert "Dagsorden" in text and "Erfaringsudveksling" in text and "14.30" in text
        assert "علاء عبد الله" in text and "Åbne opgaver fra tidligere møder" in text
    if name == "follow_up":
        assert "Uge 1: hvem mødte du?" in text and "Hænder oppe" in text
    if name == "minutes":
        assert "Referat" in text and "klaret" in text


@needs_poppler
def test_the_words_follow_the_language(tmp_path: Path) -> None:
    content = _inputs()["invitation"]
    for language, word in (("en", "Exchange of experience"), ("nl", "Ervaringen uitwisselen")):
        path = tmp_path / f"{language}.pdf"
        render_gathering(content, samples.context(language), path)
        assert word in pdftotext(path)


def test_nothing_to_print_says_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(HandoutError) as caught:
        render_gathering(NameBadgesInput("x", ()), samples.context(), tmp_path / "x.pdf")
    assert caught.value.code is HandoutErrorCode.NOTHING_TO_PRINT
    assert not (tmp_path / "x.pdf").exists() or (tmp_path / "x.pdf").stat().st_size == 0
