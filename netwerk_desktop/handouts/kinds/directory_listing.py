"""How an entry of the school's directory reads on paper, shared by the leaflet and the pocket
cards: its facts as short lines, "last checked" always last."""

from __future__ import annotations

from netwerk_desktop.handouts.inputs import DirectoryListing
from netwerk_desktop.handouts.labels import HandoutLabels


def ages(entry: DirectoryListing, labels: HandoutLabels) -> str:
    low, high = entry.age_min, entry.age_max
    if low is not None and high is not None:
        return labels.text("directory.ages", low=low, high=high)
    if low is not None:
        return labels.text("directory.age_from", low=low)
    if high is not None:
        return labels.text("directory.age_to", high=high)
    return ""


def badges(entry: DirectoryListing, labels: HandoutLabels) -> str:
    """Ages, free, just turn up, bring a friend: one line of short facts."""
    parts = [ages(entry, labels)]
    parts += [
        labels.text(f"directory.{key}")
        for key, on in (
            ("free", entry.free),
            ("drop_in", entry.drop_in),
            ("bring_friend", entry.bring_friend),
        )
        if on
    ]
    return " · ".join(part for part in parts if part)


def facts(entry: DirectoryListing, labels: HandoutLabels) -> list[tuple[str, str]]:
    """(label, value) for every field the school filled in, in reading order."""
    fields = (
        ("schedule", entry.schedule),
        ("place", entry.place),
        ("how_to_join", entry.how_to_join),
        ("cost", "" if entry.free and not entry.cost else entry.cost),
        ("languages", entry.languages),
        ("accessibility", entry.accessibility),
        ("contact", entry.contact),
    )
    return [(labels.text(f"directory.{key}"), value) for key, value in fields if value]


def checked(entry: DirectoryListing, labels: HandoutLabels) -> str:
    if entry.checked_on is None:
        return labels.text("directory.unchecked")
    return labels.text("directory.checked", date=labels.date(entry.checked_on))
