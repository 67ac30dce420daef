"""The teacher's path when the school server goes away mid-lesson: the presenter keeps
stepping, the presenter view says the steps are saved on this PC, and when the server is back
they are all there once."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from netwerk_desktop.content import load_pack
from netwerk_desktop.storage.lesson_models import StepVisit
from netwerk_desktop.workspace import Workspace
from tests.postgres import server_control
from tests.ui.presentation.support import Clock
from ui.presentation.controller import PresentationController
from ui.presentation.presenter_view import PresenterView


@pytest.mark.skipif(
    "NETWERK_TEST_PG_CTL" not in os.environ,
    reason="stopping the server needs the test cluster of tools/with_postgres.sh",
)
def test_the_lesson_goes_on_while_the_server_is_away(
    qapp: QApplication, qtbot: QtBot, server_workspace: Workspace
) -> None:
    pack = load_pack("da")
    lesson = pack.lessons[0]
    summary = server_workspace.classes.create("7A", content_language="da")
    clock = Clock()
    controller = PresentationController(server_workspace, summary, lesson, pack, clock)
    presenter = PresenterView(controller)
    qtbot.addWidget(presenter)
    presenter.show()
    run = controller.begin()
    errors: list[object] = []
    controller.save_failed.connect(errors.append)
    clock.advance(30)
    controller.next()
    controller.flush_saves()
    start_index = controller.index
    server_control("stop")
    try:
        # When the teacher goes on through five steps
        while controller.index < start_index + 5:
            clock.advance(40)
            controller.next()
        controller.flush_saves()  # what the event loop does a moment later
        presenter.server_state.check()
        # Then the presenter view says where the steps are, and nothing went wrong
        assert "Saved on this PC" in presenter.server_state.text()
        assert errors == []
    finally:
        server_control("start")
    assert server_workspace.send_pending_writes() == 0
    presenter.server_state.check()
    assert "everything is saved there" in presenter.server_state.text()
    with server_workspace.engine.connect() as connection:
        visits = connection.scalar(
            select(func.count()).select_from(StepVisit).where(StepVisit.run_id == run.run_id)
        )
    assert visits == controller.index  # one visit per step left, each once
