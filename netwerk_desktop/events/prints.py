"""An event's handouts from its plan: the programme poster, group cards (the partnership-card
kind), first-name badges, role cards, the letter to parents and the follow-up cards."""

from __future__ import annotations

from collections import Counter
from datetime import date
from enum import StrEnum
from pathlib import Path

from netwerk_desktop.events.records import Attendee, EventPlan
from netwerk_desktop.handouts.gathering_inputs import (
    Badge,
    EventPosterInput,
    FollowUpCardsInput,
    FollowUpStep,
    GatheringInput,
    NameBadgesInput,
    ParentsLetterInput,
    PosterBlock,
    RoleCard,
    RoleCardsInput,
)
from netwerk_desktop.handouts.labels import HandoutLabels
from netwerk_desktop.handouts.request import HandoutContext


class EventPrint(StrEnum):
    """The value is the id the command line uses."""

    POSTER = "poster"
    GROUP_CARDS = "group-cards"
    BADGES = "badges"
    ROLE_CARDS = "role-cards"
    PARENTS_LETTER = "parents-letter"
    FOLLOW_UP_CARDS = "follow-up-cards"


def badge_names(attendees: tuple[Attendee, ...]) -> list[Badge]:
    """First names only; two students of the same first name get their surname's initial."""
    firsts = [a.name.split()[0] if a.name.split() else a.name for a in attendees]
    repeated = {name for name, count in Counter(firsts).items() if count > 1}
    badges = []
    for attendee, first in zip(attendees, firsts, strict=True):
        name = first
        parts = attendee.name.split()
        if first in repeated and len(parts) > 1:
            name = f"{first} {parts[-1][0]}."
        badges.append(Badge(name, attendee.class_name))
    return badges


def default_parents_letter(plan: EventPlan, labels: HandoutLabels) -> str:
    place = labels.text("parents_letter.at_place", place=plan.place) if plan.place else ""
    return (
        labels.text(
            "parents_letter.template",
            date=labels.date(plan.held_on),
            event=plan.title,
            place=place,
            purpose=plan.purpose,
        )
        .replace("\n\n\n\n", "\n\n")
        .strip()
    )


def event_input(plan: EventPlan, kind: EventPrint, labels: HandoutLabels) -> GatheringInput:
    if kind is EventPrint.POSTER:
        return EventPosterInput(
            title=plan.title,
            held_on=plan.held_on,
            purpose=plan.purpose,
            starts_at=plan.starts_at,
            place=plan.place,
            classes=tuple(c.name for c in plan.classes),
            blocks=tuple(
                PosterBlock(b.kind.value, b.title, b.lead, b.starts_at) for b in plan.blocks
            ),
        )
    if kind is EventPrint.BADGES:
        return NameBadgesInput(plan.title, tuple(badge_names(plan.attendees)))
    if kind is EventPrint.ROLE_CARDS:
        return RoleCardsInput(
            plan.title, plan.held_on, tuple(RoleCard(m.role, m.name) for m in plan.team)
        )
    if kind is EventPrint.PARENTS_LETTER:
        return ParentsLetterInput(
            plan.title, plan.parents_letter or default_parents_letter(plan, labels)
        )
    if kind is EventPrint.FOLLOW_UP_CARDS:
        return FollowUpCardsInput(
            plan.title,
            tuple(FollowUpStep(f.kind.value, f.due_on, f.class_name) for f in plan.follow_ups),
        )
    raise ValueError(f"{kind} is printed with the partnership cards")


def print_event(
    plan: EventPlan, kind: EventPrint, out: Path, *, school_name: str, printed_on: date
) -> str:
    """Write one handout of the event to `out` (PDF); returns its title. Raises HandoutError
    when there is nothing to print (no groups, no team ...)."""
    from netwerk_desktop.handouts.gathering_render import render_gathering

    context = HandoutContext.for_class(
        plan.title, language=plan.language, printed_on=printed_on, school_name=school_name
    )
    if kind is EventPrint.GROUP_CARDS:
        return _group_cards(plan, context, out)
    return render_gathering(event_input(plan, kind, context.labels), context, out).title


def _group_cards(plan: EventPlan, context: HandoutContext, out: Path) -> str:
    from netwerk_desktop.handouts import (
        HandoutRequest,
        Partnership,
        PartnershipCardsInput,
        PartnershipGroup,
        render_handout,
    )

    groups = tuple(
        PartnershipGroup(
            group.number,
            tuple(Partnership(tuple(a.name for a in pair)) for pair in group.pairs),
        )
        for group in plan.groups
    )
    return render_handout(HandoutRequest(context, PartnershipCardsInput(groups)), out).title
