"""A sample class for `--demo`, so a newcomer sees something at once: students, their first
partnerships and a class charter. The names and rules are made up."""

from __future__ import annotations

from netwerk_desktop.services.partnership_records import RotationChoices
from netwerk_desktop.workspace import Workspace

DEMO_CLASS = "Demo 2.g"
DEMO_STUDENTS = (
    "Amalie Kjær",
    "Ahmad Rahimi",
    "Freja Østergaard",
    "Mads Holm",
    "Sofie Lund",
    "Emil Bach",
    "Ida Winther",
    "Jonas Dahl",
    "Laura Brandt",
    "Noah Friis",
    "Clara Mortensen",
    "Oskar Vang",
    "Zeynep Yıldız",
    "Magnus Krogh",
    "Ella Skov",
    "Victor Aagaard",
    "Nora Eriksen",
    "William Berg",
    "Asta Møller",
    "Malik Haddad",
    "Karla Juhl",
    "Lucas Thorsen",
    "Julie Bak",
    "Anton Juul",
)
DEMO_CHARTER = (
    "Vi hilser på hinanden, når vi mødes om morgenen.",
    "Alle bliver inviteret, når vi holder fest for klassen.",
    "Vi lytter, når andre taler, og alle får lov at sige noget.",
    "Er nogen væk, skriver makkeren til dem, hvad vi har lavet.",
)


def fill_demo(workspace: Workspace) -> None:
    if workspace.classes.list_classes(include_archived=True):
        return
    created = workspace.classes.create(DEMO_CLASS, content_language="da")
    workspace.roster.add_students(created.id, list(DEMO_STUDENTS))
    proposal = workspace.planner.propose(created.id, RotationChoices(time_budget_s=0.5))
    workspace.partnerships.save_rotation(created.id, proposal.rotation, seed=proposal.seed)
    workspace.charter.save(created.id, DEMO_CHARTER, lesson_id="class-charter")
