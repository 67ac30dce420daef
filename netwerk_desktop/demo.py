"""A sample class for `--demo`, so a newcomer sees something at once. The names are made up."""

from __future__ import annotations

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


def fill_demo(workspace: Workspace) -> None:
    if workspace.classes.list_classes(include_archived=True):
        return
    created = workspace.classes.create(DEMO_CLASS, content_language="da")
    workspace.roster.add_students(created.id, list(DEMO_STUDENTS))
