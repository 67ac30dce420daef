"""Every place in the navigation has a name of its own in every language (the Dutch words for
the activity catalogue and for events were once both "Activiteiten")."""

from __future__ import annotations

import pytest

from netwerk_desktop.languages import LANGUAGES
from tests.ui.presentation.support import settle
from ui.common.app_settings import Setting
from ui.shell.app import Launch


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_screens_share_a_name(launch: Launch, language: str) -> None:
    assert launch.running is not None
    running = launch.running
    running.settings.set_value(Setting.LANGUAGE, language)
    settle()
    names = [button.text().replace("&", "") for button in running.window.nav_buttons.values()]
    assert len(names) > 8 and all(names)
    assert len(set(names)) == len(names), names
