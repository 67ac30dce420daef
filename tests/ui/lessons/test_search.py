"""Search (Ctrl+F) finds the words across lessons, prompts and activities, and opens a result
where it lives."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from netwerk_desktop.content import load_pack
from tests.ui.helpers import when_dialog_opens
from ui.lessons.activities_screen import ActivitiesScreen
from ui.lessons.lessons_screen import LessonsScreen
from ui.lessons.search import HitKind, search_pack
from ui.lessons.search_dialog import SearchDialog
from ui.shell.app import Launch


def test_every_word_must_occur_and_each_kind_is_found() -> None:
    pack = load_pack("en")
    hits = search_pack(pack, "FRIEND worried")
    assert any(h.kind is HitKind.LESSON and h.step_number for h in hits)
    assert all(h.snippet or h.title for h in hits)
    assert search_pack(pack, "friend zzzznotaword") == []
    assert search_pack(pack, "   ") == []
    activity = pack.activities[0]
    found = search_pack(pack, activity.title)
    assert any(h.kind is HitKind.ACTIVITY and h.key == activity.id for h in found)
    prompt = pack.prompts[0]
    words = " ".join(prompt.text.split()[:3])
    assert any(h.kind is HitKind.PROMPT and h.key == prompt.id for h in search_pack(pack, words))


def search_and_open(qtbot: QtBot, launch: Launch, words: str, pick: HitKind) -> list[str]:
    """Ctrl+F, type, and open the first result of a kind (Down to the list, Enter)."""
    assert launch.running is not None
    shown: list[str] = []

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, SearchDialog)
        dialog.field.insert(words)  # typed ("…" is no key QTest can press)
        dialog.search()
        model = dialog.model
        rows = [model.index(r, 0) for r in range(model.rowCount())]
        shown.extend(str(index.data()) for index in rows)
        wanted = next(i for i in rows if i.data(Qt.ItemDataRole.UserRole + 1).kind is pick)
        dialog.results.setCurrentIndex(wanted)
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)

    problems = when_dialog_opens(act, kind=SearchDialog)
    window = launch.running.window
    window.activateWindow()  # back from the last dialog: shortcuts go to the active window
    qtbot.waitActive(window)
    focused = QApplication.focusWidget() or window  # the keys go where the focus is
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not isinstance(QApplication.activeModalWidget(), SearchDialog))
    assert not problems
    return shown


def test_ctrl_f_opens_a_lesson_step_an_activity_and_a_prompt_where_they_live(
    qtbot: QtBot, launch: Launch
) -> None:
    assert launch.running is not None
    window = launch.running.window
    pack = load_pack("en")
    # A lesson step
    shown = search_and_open(qtbot, launch, "worried friend", HitKind.LESSON)
    assert any(text.startswith("Lesson ") and ", step " in text for text in shown)
    lessons = window.current_screen()
    assert isinstance(lessons, LessonsScreen)
    qtbot.waitUntil(lambda: lessons.current_lesson_id() is not None, timeout=5000)
    hit = search_pack(pack, "worried friend")[0]
    assert lessons.current_lesson_id() == hit.key
    # An activity
    activity = pack.activities[1]
    search_and_open(qtbot, launch, activity.title, HitKind.ACTIVITY)
    activities = window.current_screen()
    assert isinstance(activities, ActivitiesScreen)
    qtbot.waitUntil(lambda: activities.detail.activity is not None, timeout=5000)
    assert activities.detail.activity is not None and activities.detail.activity.id == activity.id
    # A prompt: the prompt library at its theme
    prompt = pack.prompts[-1]
    search_and_open(qtbot, launch, " ".join(prompt.text.split()[:4]), HitKind.PROMPT)
    lessons = window.current_screen()
    assert isinstance(lessons, LessonsScreen)
    assert lessons.tabs.currentWidget() is lessons.prompt_library
    assert lessons.prompt_library.current_theme() is prompt.theme
