"""The Teachers' network screen driven like a coordinator: a member only with consent, a
school, the plan saved from the dialog, an agenda item, an action that rolls into the next
agenda, and a network pack imported twice."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netwerk_desktop.teachers_network.records import ItemKind
from netwerk_desktop.workspace import Workspace
from tests.ui.helpers import when_dialog_opens
from ui.shell.app import RunningApp
from ui.teachers_network.network_screen import NetworkScreen
from ui.teachers_network.plan_dialog import PlanDialog


def _network(running: RunningApp, qtbot: QtBot) -> NetworkScreen:
    qtbot.mouseClick(running.window.nav_buttons["network"], Qt.MouseButton.LeftButton)
    screen = running.window.current_screen()
    assert isinstance(screen, NetworkScreen)
    return screen


def test_a_member_is_added_only_with_consent(
    running: RunningApp, qtbot: QtBot, workspace: Workspace
) -> None:
    screen = _network(running, qtbot)
    members = screen.members
    screen.tabs.setCurrentWidget(members)
    qtbot.keyClicks(members.name, "Mette Lund")
    qtbot.keyClicks(members.school, "Nordby Gymnasium")
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert members.error.isVisible() and "consent" in members.error.text()
    assert workspace.network.members() == []
    members.consented.setChecked(True)
    qtbot.mouseClick(members.add_button, Qt.MouseButton.LeftButton)
    assert [m.name for m in workspace.network.members()] == ["Mette Lund"]
    assert members.model.rowCount() == 1 and not members.error.isVisible()


def test_plan_agenda_and_actions_that_roll_over(
    running: RunningApp, qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    workspace.network.save_school("Nordby Gymnasium", tour="The food club")
    screen = _network(running, qtbot)

    def save(dialog: object) -> None:
        assert isinstance(dialog, PlanDialog)
        assert dialog.model.rowCount() == 3
        dialog.accept()

    problems = when_dialog_opens(save, kind=PlanDialog)
    qtbot.mouseClick(screen.plan_button, Qt.MouseButton.LeftButton)
    assert problems == []
    meetings = workspace.meetings.meetings()
    assert len(meetings) == 3 and screen.model.rowCount() == 3
    # The first meeting: hosted by the only school, with its tour on the agenda
    screen.list.setCurrentIndex(screen.model.index(0, 0))
    view = screen.view
    assert view.host.currentText() == "Nordby Gymnasium"
    kinds = [line.kind for line in workspace.meetings.meeting(meetings[0].id).agenda]
    assert ItemKind.TOUR in kinds and ItemKind.EXCHANGE in kinds
    # An action in the minutes rolls into the next agenda
    view.tabs.setCurrentWidget(view.minutes)
    qtbot.keyClicks(view.minutes.action_text, "Share the slides")
    qtbot.keyClicks(view.minutes.owner, "Mette")
    qtbot.keyClick(view.minutes.action_text, Qt.Key.Key_Return)
    assert view.minutes.action_list.count() == 1
    screen.list.setCurrentIndex(screen.model.index(1, 0))
    assert "Share the slides" in view.agenda.carried.text()
    # Ticking it off in the first meeting's minutes takes it off the next agenda
    screen.list.setCurrentIndex(screen.model.index(0, 0))
    view.minutes.action_list.item(0).setCheckState(Qt.CheckState.Checked)
    screen.list.setCurrentIndex(screen.model.index(1, 0))
    assert "Share the slides" not in view.agenda.carried.text()
    # A pack exported and imported twice changes nothing the second time
    pack = workspace.network_files.export_pack(tmp_path / "pack.json")
    screen.import_from(pack)
    assert "Already up to date: 3" in screen.message.text()
    assert len(workspace.meetings.meetings()) == 3
