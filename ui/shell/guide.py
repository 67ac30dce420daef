"""The built-in guide: how the series works, how a lesson runs on one screen or two, and the
keys. Read it here, print it or save it as PDF, or put it on the projector (a staff meeting,
a new colleague). Its words are the app's own, through tr, in the app's language."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.common.app_settings import AppSettings
from ui.common.printable import print_text, save_as_pdf
from ui.common.retranslating import Retranslating
from ui.presentation.framing import text_frame
from ui.presentation.keys import HELP_ROWS
from ui.presentation.on_screen import FrameOnScreen, show_on_class_screen

translate = QCoreApplication.translate  # literal calls, so pyside6-lupdate finds every string


def sections() -> list[tuple[str, str]]:
    """(heading, paragraph) in the app's language."""
    return [
        (
            translate("Guide", "How the series works"),
            translate(
                "Guide",
                "Seven lessons and a follow-up later in the year, about community, class "
                "culture, partnerships, loneliness and what to do when you or a friend is not "
                "thriving. Every lesson opens the same calm way, with partners greeting each "
                "other, and ends with something to do before next time. Home shows each "
                "class's next lesson; Handouts has everything to print for it.",
            ),
        ),
        (
            translate("Guide", "Partnerships"),
            translate(
                "Guide",
                "Every student has a partner, and two pairs make a partnership group. Make new "
                "ones a few times a year on Partnerships: the app mixes the class so that "
                "students meet new classmates, and keeps the rules you set.",
            ),
        ),
        (
            translate("Guide", "Running a lesson"),
            translate(
                "Guide",
                "Start the next lesson with the button on its class card. The class view shows "
                "only what the class may see; your notes, the timer and the steps are in the "
                "presenter view. Esc leaves the lesson, and the place is kept for next time.",
            ),
        ),
        (
            translate("Guide", "Two screens"),
            translate(
                "Guide",
                "With a projector as a second screen, the class view goes there and the "
                "presenter view stays on yours. If it picks the wrong screen, choose another "
                "in the presenter view. If the projector is unplugged, the lesson goes on.",
            ),
        ),
        (
            translate("Guide", "One screen (a mirrored smartboard)"),
            translate(
                "Guide",
                "The class sees everything on the screen. Work from the bar at the bottom of "
                "the class view: move on, the timer, black and calm screens, counts and charter "
                "rules, the keys. Your notes stay hidden until you choose to show them to the "
                "class; private notes are never shown on one screen.",
            ),
        ),
    ]


def key_lines() -> list[tuple[str, str]]:
    return [
        (
            QCoreApplication.translate("PresentationKeys", keys),
            QCoreApplication.translate("PresentationKeys", meaning),
        )
        for keys, meaning in HELP_ROWS
    ]


def guide_title() -> str:
    return translate("Guide", "How Netwerk Desktop works")


def keys_heading() -> str:
    return translate("Guide", "The keys during a lesson")


def guide_html() -> str:
    parts = [f"<h1>{html.escape(guide_title())}</h1>"]
    for heading, text in sections():
        parts.append(f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}</p>")
    rows = "".join(
        f"<tr><td style='padding:2px 16px 2px 0'><b>{html.escape(keys)}</b></td>"
        f"<td>{html.escape(meaning)}</td></tr>"
        for keys, meaning in key_lines()
    )
    parts.append(f"<h3>{html.escape(keys_heading())}</h3><table cellspacing='0'>{rows}</table>")
    return "".join(parts)


class GuideDialog(Retranslating, QDialog):
    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self._settings = settings
        self.view = QTextBrowser()
        self.view.setObjectName("guideText")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.show_button = QPushButton()
        self.show_button.setObjectName("showGuide")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printGuide")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("saveGuidePdf")
        for button in (self.show_button, self.print_button, self.pdf_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.clicked.connect(self.show_to_class)
        self.print_button.clicked.connect(lambda: print_text(self, guide_html()))
        self.pdf_button.clicked.connect(lambda: save_as_pdf(self, guide_html(), "Netwerk.pdf"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(guide_title())
        self.view.setHtml(guide_html())
        self.show_button.setText(self.tr("Show on the projector"))
        self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))

    def show_to_class(self) -> FrameOnScreen | None:
        """The guide on the screen the class (or the staff meeting) sees, page by page."""
        text = "\n\n".join(f"**{heading}**\n\n{paragraph}" for heading, paragraph in sections())
        keys = [f"{keys}: {meaning}" for keys, meaning in key_lines()]
        frame = text_frame(guide_title(), text, keys)
        shown = show_on_class_screen(self.parentWidget() or self, frame, self._settings)
        if shown is not None:
            self.accept()
        return shown
