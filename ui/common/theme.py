"""Light, dark and high-contrast looks, and the UI scale for smartboards, in one module.

The scale changes the font size and every metric in the stylesheet at run time (no restart):
at 100 % a touch target is at least 44 px high.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 11.0
TOUCH_TARGET_PX = 44


@dataclass(frozen=True)
class Colors:
    window: str
    surface: str
    raised: str
    text: str
    muted: str
    accent: str
    accent_text: str
    border: str
    danger: str
    focus: str


LIGHT = Colors(
    window="#f4f2ec",
    surface="#ffffff",
    raised="#faf9f6",
    text="#1d2125",
    muted="#5a6169",
    accent="#0b6e69",
    accent_text="#ffffff",
    border="#d6d2c8",
    danger="#a8322d",
    focus="#b35900",  # 4.3:1 on the window colour (WCAG 1.4.11 asks 3:1)
)
DARK = Colors(
    window="#191b1f",
    surface="#23262b",
    raised="#2b2f35",
    text="#eceef0",
    muted="#a6adb5",
    accent="#4fc1b8",
    accent_text="#0d1f1e",
    border="#3a3f46",
    danger="#ff8a80",
    focus="#ffd166",
)
HIGH_CONTRAST = Colors(
    window="#000000",
    surface="#000000",
    raised="#000000",
    text="#ffffff",
    muted="#ffffff",
    accent="#ffe400",
    accent_text="#000000",
    border="#ffffff",
    danger="#ff6b6b",
    focus="#00e5ff",
)


def colors_for(theme: str) -> Colors:
    if theme == "light":
        return LIGHT
    if theme == "dark":
        return DARK
    if theme == "high_contrast":
        return HIGH_CONTRAST
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(colors: Colors) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, colors.window),
        (role.WindowText, colors.text),
        (role.Base, colors.surface),
        (role.AlternateBase, colors.raised),
        (role.Text, colors.text),
        (role.Button, colors.raised),
        (role.ButtonText, colors.text),
        (role.Highlight, colors.accent),
        (role.HighlightedText, colors.accent_text),
        (role.ToolTipBase, colors.surface),
        (role.ToolTipText, colors.text),
        (role.PlaceholderText, colors.muted),
        (role.Link, colors.accent),
    ):
        palette.setColor(r, QColor(value))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(colors.muted))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(colors.muted))
    return palette


def arrow_image(color: str) -> str:
    """A drop-down arrow in the theme's text colour (stylesheets take images, not shapes)."""
    folder = Path(tempfile.gettempdir()) / "netwerk-desktop-theme"
    folder.mkdir(exist_ok=True)
    path = folder / f"arrow-{color.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="8" viewBox="0 0 12 8">'
            f'<path d="M1 1l5 5 5-5" fill="none" stroke="{color}" stroke-width="2"/></svg>',
            encoding="utf-8",
        )
    return path.as_posix()


def check_image(color: str) -> str:
    """A tick for check boxes in the theme's accent text colour."""
    folder = Path(tempfile.gettempdir()) / "netwerk-desktop-theme"
    folder.mkdir(exist_ok=True)
    path = folder / f"check-{color.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">'
            f'<path d="M2.5 7.5l3 3 6-7" fill="none" stroke="{color}" stroke-width="2.2"/></svg>',
            encoding="utf-8",
        )
    return path.as_posix()


def stylesheet(colors: Colors, scale: int) -> str:
    f = scale / 100.0

    def px(value: float) -> str:
        return f"{round(value * f)}px"

    border = 2 if colors is HIGH_CONTRAST else 1
    return f"""
QWidget {{ color: {colors.text}; }}
QMainWindow, QDialog {{ background: {colors.window}; }}
QPushButton, QToolButton {{
    min-height: {px(TOUCH_TARGET_PX - 2 * 8)}; padding: {px(8)} {px(16)};
    border: {border}px solid {colors.border}; border-radius: {px(8)};
    background: {colors.raised};
}}
QPushButton:hover, QToolButton:hover {{ border-color: {colors.accent}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {colors.focus}; }}
QPushButton[primary="true"] {{
    background: {colors.accent}; color: {colors.accent_text}; border-color: {colors.accent};
    font-weight: 600;
}}
QPushButton[primary="true"]:focus {{ border: 2px solid {colors.focus}; }}
QPushButton[danger="true"] {{ color: {colors.danger}; }}
QPushButton:disabled, QToolButton:disabled {{
    color: {colors.muted}; background: {colors.window}; border-style: dashed;
}}
QListView::item {{ padding: {px(8)} {px(6)}; }}
QCheckBox::indicator, QAbstractItemView::indicator {{
    width: {px(18)}; height: {px(18)}; border: 2px solid {colors.muted};
    border-radius: {px(4)}; background: {colors.surface};
}}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    background: {colors.accent}; border-color: {colors.accent};
    image: url("{check_image(colors.accent_text)}");
}}
QCheckBox::indicator:focus {{ border-color: {colors.focus}; }}
QTableView::item {{ padding: {px(2)} {px(6)}; }}
QHeaderView::section {{
    background: {colors.raised}; color: {colors.text}; padding: {px(6)};
    border: none; border-bottom: {border}px solid {colors.border}; font-weight: 600;
}}
QTabWidget::pane {{ border: {border}px solid {colors.border}; border-radius: {px(6)}; }}
QTabBar::tab {{
    padding: {px(8)} {px(16)}; border: {border}px solid {colors.border}; border-bottom: none;
    border-top-left-radius: {px(6)}; border-top-right-radius: {px(6)}; background: {colors.raised};
}}
QTabBar::tab:selected {{ background: {colors.surface}; font-weight: 600; }}
QTabBar::tab:selected:focus {{ border: 2px solid {colors.focus}; border-bottom: none; }}
QComboBox {{
    min-height: {px(TOUCH_TARGET_PX - 2 * 10)}; padding: {px(4)} {px(8)};
    border: {border}px solid {colors.border}; border-radius: {px(6)};
    background: {colors.surface};
}}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right;
    width: {px(28)}; border: none;
}}
QComboBox::down-arrow {{
    image: url("{arrow_image(colors.text)}"); width: {px(12)}; height: {px(8)};
}}
QComboBox QAbstractItemView {{
    background: {colors.surface}; selection-background-color: {colors.accent};
    selection-color: {colors.accent_text};
}}
QLineEdit, QPlainTextEdit, QTextEdit, QListView, QTableView, QTreeView {{
    min-height: {px(TOUCH_TARGET_PX - 2 * 10)}; padding: {px(4)} {px(8)};
    border: {border}px solid {colors.border}; border-radius: {px(6)};
    background: {colors.surface};
    selection-background-color: {colors.accent}; selection-color: {colors.accent_text};
}}
QSpinBox, QDateEdit {{ min-height: {px(TOUCH_TARGET_PX - 2 * 10)}; }}
QSpinBox {{ min-height: {px(TOUCH_TARGET_PX - 4)}; }}  /* the tally counts are tapped */
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QListView:focus,
QTableView:focus, QTreeView:focus, QSpinBox:focus, QDateEdit:focus {{
    border: 2px solid {colors.focus};
}}
#navigation {{ background: {colors.surface}; border-right: {border}px solid {colors.border}; }}
#navigation QPushButton {{
    text-align: left; border: none; border-radius: {px(8)};
    padding: {px(10)} {px(14)}; margin: {px(2)} {px(8)}; background: transparent;
    min-height: {px(TOUCH_TARGET_PX - 2 * 10)};
}}
#navigation QPushButton:checked {{
    background: {colors.accent}; color: {colors.accent_text}; font-weight: 600;
}}
#navigation QPushButton:focus {{ border: 2px solid {colors.focus}; }}
#appTitle {{ font-size: {px(17)}; font-weight: 700; padding: {px(16)} {px(18)} {px(8)}; }}
QLabel[role="title"] {{ font-size: {px(26)}; font-weight: 700; }}
QLabel[role="subtitle"] {{ font-size: {px(17)}; font-weight: 600; }}
QLabel[role="muted"] {{ color: {colors.muted}; }}
QLabel[role="error"] {{ color: {colors.danger}; font-weight: 600; }}
QLabel[role="notice"] {{ font-weight: 700; }}
QFrame[card="true"] {{
    background: {colors.surface}; border: {border}px solid {colors.border};
    border-radius: {px(12)};
}}
QFrame[card="true"]:hover {{ border-color: {colors.accent}; }}
QFrame[card="true"]:focus {{ border: 2px solid {colors.focus}; }}
QFrame[card="true"] QLabel {{ background: transparent; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QStatusBar {{ background: {colors.surface}; border-top: {border}px solid {colors.border}; }}
QToolTip {{ border: 1px solid {colors.border}; padding: {px(4)}; }}
/* Lessons and Activities screens */
QLabel[role="lessonSection"] {{
    color: {colors.accent}; font-weight: 700; margin-top: {px(8)};
}}
QLabel[role="lessonSummary"] {{ font-size: {px(16)}; }}
QLabel[role="stepKind"] {{ font-size: {px(17)}; font-weight: 700; }}
QLabel[role="boardTitle"] {{ font-size: {px(19)}; font-weight: 700; }}
QFrame[boardPreview="true"] {{
    background: {colors.window}; border: {border}px solid {colors.border};
    border-left: {px(6)} solid {colors.accent}; border-radius: {px(6)};
}}
QFrame[boardPreview="true"] QLabel {{ background: transparent; }}
QFrame[lessonStep="true"]:hover {{ border-color: {colors.border}; }}
/* Partnerships screen */
QFrame[scoreTile="true"] {{
    background: {colors.surface}; border: {border}px solid {colors.border};
    border-radius: {px(8)};
}}
QFrame[scoreTile="true"][bad="true"] {{ border: 2px solid {colors.danger}; }}
QFrame[scoreTile="true"] QLabel {{ background: transparent; }}
QLabel[role="scoreValue"] {{ font-size: {px(22)}; font-weight: 700; }}
QLabel[role="scoreLabel"] {{ color: {colors.muted}; }}
"""


def apply_theme(app: QApplication, theme: str, scale: int) -> Colors:
    colors = colors_for(theme)
    style = QStyleFactory.create("Fusion")  # the same look on Windows, macOS and Linux
    if style is not None:
        app.setStyle(style)
    app.setPalette(palette_for(colors))
    font = QFont(app.font())
    # The system's UI font by its own name: "Sans Serif" is an alias, and the class view's
    # Noto Sans (loaded when a lesson starts) would take it over in the middle of the day.
    font.setFamily(QFontInfo(font).family())
    font.setPointSizeF(BASE_POINT_SIZE * scale / 100.0)
    app.setFont(font)
    app.setStyleSheet(stylesheet(colors, scale))
    return colors
