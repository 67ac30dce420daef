"""One home for the sentences a teacher reads when something goes wrong.

`describe(error)` turns any error the core raises into a sentence in the interface language
that says what to do next: data and values (`core_errors`), class lists that cannot be read
(`roster`), handouts that cannot be made yet (`handouts`), events and the teachers' network
(`gatherings`), the needs-and-offers board and the school's directory (`networks`), the school
server and a colleague's change saved first (`server`). What is
wrong on a partnership board is said by `partnerships`. The core holds no translated text;
only codes and facts.
"""

from __future__ import annotations

from netwerk_desktop.directory import DirectoryError
from netwerk_desktop.events.errors import EventError
from netwerk_desktop.handouts.errors import HandoutError
from netwerk_desktop.networks import BoardError
from netwerk_desktop.rosters import RosterError
from netwerk_desktop.server_errors import EditConflict, ServerError
from netwerk_desktop.services.handout_records import HandoutNotPossible
from netwerk_desktop.teachers_network.errors import NetworkError
from ui.common.messages.core_errors import describe_core_error
from ui.common.messages.gatherings import describe_event_error, describe_network_error
from ui.common.messages.handouts import describe_handout_error
from ui.common.messages.networks import describe_board_error, describe_directory_error
from ui.common.messages.roster import describe_roster_error
from ui.common.messages.server import describe_edit_conflict, describe_server_error

__all__ = ["describe", "describe_handout_error", "describe_roster_error"]


def describe(error: BaseException) -> str:
    if isinstance(error, RosterError):
        return describe_roster_error(error)
    if isinstance(error, EventError):
        return describe_event_error(error)
    if isinstance(error, NetworkError):
        return describe_network_error(error)
    if isinstance(error, ServerError):
        return describe_server_error(error)
    if isinstance(error, EditConflict):
        return describe_edit_conflict(error)
    if isinstance(error, HandoutNotPossible | HandoutError):
        return describe_handout_error(error)[0]
    if isinstance(error, BoardError):
        return describe_board_error(error)
    if isinstance(error, DirectoryError):
        return describe_directory_error(error)
    return describe_core_error(error)
