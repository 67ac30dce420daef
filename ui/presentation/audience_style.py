"""The audience view's look: two calm, high-contrast themes and type sizes for the back row.

Sizes are set for 1920x1080 and scale with the window: there, no text is below 40 px and
titles are at least 72 px. The projector keeps its own look whatever the app's theme or UI
scale is; the teacher picks light (bright rooms) or dark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase

from netwerk_desktop.paths import resources_dir

REFERENCE = (1920, 1080)
FLOOR_PX = 40  # the smallest text at 1920x1080
TITLE_MIN_PX = 72
TITLE_MAX_PX = 88
# Qt draws glyphs up to 64 px from a cache and larger ones as outlines, every time, which is
# many times slower; so only titles (which must be 72 px) are larger than that.
BODY_MAX_PX = 64
STATEMENT_MAX_PX = 64
TIMER_PX = 64
LAYERS = ("audienceContent", "audienceCalm")  # the class view's layers the look applies to


@dataclass(frozen=True)
class AudienceTheme:
    key: str
    background: str
    text: str
    muted: str
    accent: str
    box: str  # questions, cards, chips
    box_border: str
    cue: str  # time is up: warm, not alarming
    bar: str
    bar_earlier: str
    calm: str  # the calm screen's shapes


LIGHT = AudienceTheme(
    key="light",
    background="#f6f4ee",
    text="#14181c",
    muted="#3f474f",
    accent="#0a625d",
    box="#e3ecea",
    box_border="#9fbdb8",
    cue="#a34d00",
    bar="#0a625d",
    bar_earlier="#8aa9a5",
    calm="#d9e6e3",
)
DARK = AudienceTheme(
    key="dark",
    background="#11161b",
    text="#f3f5f6",
    muted="#c3cad1",
    accent="#63d0c5",
    box="#1c2a2f",
    box_border="#3b5a5c",
    cue="#ffb454",
    bar="#63d0c5",
    bar_earlier="#5b7d7b",
    calm="#1a2a2d",
)
THEMES = {theme.key: theme for theme in (LIGHT, DARK)}


def theme_for(key: str) -> AudienceTheme:
    return THEMES.get(key, LIGHT)


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for a window of a given size (the reference is 1920x1080)."""

    scale: float

    @classmethod
    def for_window(cls, width: int, height: int) -> Sizes:
        return cls(max(0.25, min(width / REFERENCE[0], height / REFERENCE[1])))

    def px(self, value: float) -> int:
        return max(1, round(value * self.scale))

    @property
    def floor(self) -> int:
        return self.px(FLOOR_PX)

    @property
    def title_min(self) -> int:
        return self.px(TITLE_MIN_PX)

    @property
    def title_max(self) -> int:
        return self.px(TITLE_MAX_PX)

    @property
    def body_max(self) -> int:
        return self.px(BODY_MAX_PX)

    @property
    def statement_max(self) -> int:
        return self.px(STATEMENT_MAX_PX)

    @property
    def timer(self) -> int:
        return self.px(TIMER_PX)

    @property
    def margin(self) -> int:
        return self.px(56)

    @property
    def gap(self) -> int:
        return self.px(24)


@cache
def family() -> str:
    """Noto Sans, shipped with the app, so text measures and looks the same on every PC."""
    for name in ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    return "Noto Sans" if "Noto Sans" in QFontDatabase.families() else QFont().family()


def font(px: int, bold: bool = False) -> QFont:
    chosen = QFont(family())
    chosen.setPixelSize(px)
    chosen.setBold(bold)
    chosen.setHintingPreference(QFont.HintingPreference.PreferVerticalHinting)
    return chosen


def stylesheet(theme: AudienceTheme, sizes: Sizes) -> str:
    """The look of what the class view shows (its content and calm layers only: the teacher's
    controls on it keep the app's look)."""
    radius = sizes.px(18)
    border = max(2, sizes.px(3))
    rules = {
        "QWidget": f"color: {theme.text}; background: transparent;",
        'QLabel[tone="muted"]': f"color: {theme.muted};",
        'QLabel[tone="accent"]': f"color: {theme.accent};",
        'QLabel[tone="cue"]': f"color: {theme.cue};",
        'QFrame[box="true"]': (
            f"background: {theme.box}; border: {border}px solid {theme.box_border};"
            f" border-radius: {radius}px;"
        ),
        'QLabel[chip="true"]': (
            f"background: {theme.box}; border: {border}px solid {theme.box_border};"
            f" border-radius: {radius}px; padding: {sizes.px(4)}px {sizes.px(22)}px;"
            f" color: {theme.muted};"
        ),
        'QLabel[chip="current"]': (
            f"background: {theme.accent}; border: {border}px solid {theme.accent};"
            f" border-radius: {radius}px; padding: {sizes.px(4)}px {sizes.px(22)}px;"
            f" color: {theme.background};"
        ),
    }
    return "\n".join(
        f"{', '.join(f'#{layer} {selector}' for layer in LAYERS)} {{ {rule} }}"
        for selector, rule in rules.items()
    )
