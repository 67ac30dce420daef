"""The teacher's words for the kinds of blocks, the five tips and the follow-up steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netwerk_desktop.events.records import BlockKind, FollowUpKind, Tip

CONTEXT = "EventNames"


def block_kind_name(kind: BlockKind) -> str:
    names = {
        BlockKind.CONTENT: QCoreApplication.translate("EventNames", "Input or talk"),
        BlockKind.ACTIVITY: QCoreApplication.translate("EventNames", "Workshop or activity"),
        BlockKind.INFORMAL: QCoreApplication.translate("EventNames", "Informal time"),
    }
    return names[kind]


def tip_text(tip: Tip) -> str:
    texts = {
        Tip.VISION: QCoreApplication.translate(
            "EventNames", "A clear purpose, aimed at connection, in one sentence"
        ),
        Tip.INFORMAL: QCoreApplication.translate(
            "EventNames", "Room for spontaneous meetings: breaks, a meal, time without a plan"
        ),
        Tip.MIX: QCoreApplication.translate(
            "EventNames", "A varied programme: input, activities and informal time"
        ),
        Tip.TEAM: QCoreApplication.translate(
            "EventNames", "A committed team with clear roles, colleagues and students"
        ),
        Tip.FOLLOW_UP: QCoreApplication.translate(
            "EventNames", "Follow-up afterwards, so the new contacts last"
        ),
        Tip.OWN: "",
    }
    return texts[tip]


def follow_up_name(kind: FollowUpKind) -> str:
    names = {
        FollowUpKind.THANK_YOU: QCoreApplication.translate(
            "EventNames", "Day 1: say thank you to the class and the team"
        ),
        FollowUpKind.PARTNER_TALK: QCoreApplication.translate(
            "EventNames", "Week 1: partner talk “Who did you meet?”"
        ),
        FollowUpKind.TALLY: QCoreApplication.translate(
            "EventNames", "Week 1: anonymous count “I talked with someone new”"
        ),
        FollowUpKind.REUNION: QCoreApplication.translate(
            "EventNames", "Month 1: a reunion activity in the event groups"
        ),
    }
    return names[kind]


def isolated(name: str) -> str:
    """A name set apart from the text around it (Unicode first-strong isolate), so an Arabic
    name in a left-to-right line keeps its place and the class name after it stays in order."""
    return f"\u2068{name}\u2069"
