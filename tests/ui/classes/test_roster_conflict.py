"""Two teachers on one class list (a school server): the second change made from an older
list is refused with who changed it, and Reload shows the colleague's change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.paths import DataLocation
from netwerk_desktop.server.roles import share_class
from netwerk_desktop.server.workspace import ServerWorkspace
from tests.postgres import database_url, new_teacher
from tests.ui.helpers import when_dialog_opens
from ui.classes.roster_panel import RosterPanel
from ui.common.app_settings import AppSettings


def test_a_change_from_an_older_class_list_offers_to_reload(
    qtbot: QtBot, server_database: str, tmp_path: Path
) -> None:
    pcs = []
    for pc in ("pc-anna", "pc-bo"):
        login, password = new_teacher(server_database)
        pcs.append(
            ServerWorkspace.connect(
                DataLocation(tmp_path / pc), database_url(server_database, login, password)
            )
        )
    anna, bo = pcs
    try:
        summary, _ = anna.classes.create_with_students("7A", ["Anna Holm", "Bo Berg"])
        share_class(anna.engine, summary.id, bo.teacher or "")
        panel = RosterPanel(bo, AppSettings(tmp_path / "bo.ini"))
        qtbot.addWidget(panel)
        panel.show_class(bo.classes.get(summary.id))
        # Anna adds a student while Bo has the list open
        anna.roster.add_student(summary.id, "Cai Lund")
        said: list[str] = []

        def reload(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            buttons = [b for b in box.findChildren(QPushButton) if b.text() == "Reload"]
            buttons[0].click()

        problems = when_dialog_opens(reload, kind=QMessageBox)
        panel.new_name.setText("Dina Ek")
        panel.add_typed_student()
        assert problems == []
        assert said and anna.teacher in said[0] and "class list of 7A" in said[0]
        # Nothing of Bo's was written over Anna's; after Reload Bo sees her change
        names = [panel.model.student(row).display_name for row in range(panel.model.rowCount())]
        assert sorted(names) == ["Anna Holm", "Bo Berg", "Cai Lund"]
        panel.add_typed_student()  # and now his own goes through
        assert "Dina Ek" in [s.display_name for s in anna.roster.list_students(summary.id)]
    finally:
        for workspace in pcs:
            workspace.close()
