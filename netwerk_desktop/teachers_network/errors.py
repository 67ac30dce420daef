"""What can be wrong in the teachers' network, as codes and facts (the UI says it in words)."""

from __future__ import annotations

from enum import StrEnum

from netwerk_desktop.events.errors import ProblemError


class NetworkProblem(StrEnum):
    NO_NAME = "no_name"
    TEXT_TOO_LONG = "text_too_long"  # `limit`: the most characters allowed
    NO_CONSENT = "no_consent"  # a member is kept only with the date they agreed
    CONSENT_IN_FUTURE = "consent_in_future"
    BAD_EMAIL = "bad_email"
    BAD_CADENCE = "bad_cadence"  # a slot with an impossible month, week or weekday, or none
    BAD_TIME_ZONE = "bad_time_zone"
    TOO_MANY_TALKS = "too_many_talks"  # `limit`: the most talks a meeting has
    BAD_AGENDA_ITEM = "bad_agenda_item"  # no title, or minutes out of range
    NO_HOST_NEEDED = "no_host_needed"  # a virtual meeting has no host
    CANNOT_HOST = "cannot_host"  # the school said it cannot host
    BAD_YEARS = "bad_years"  # `limit`: the most years planned at once
    NOT_A_PACK = "not_a_pack"  # the file is not a network pack (or is damaged)
    PACK_TOO_NEW = "pack_too_new"  # written by a newer version of the pack format


class NetworkError(ProblemError):
    where = "in the network"

    def __init__(self, problem: NetworkProblem, detail: str = "", limit: int = 0) -> None:
        super().__init__(problem, detail, limit)
        self.problem = problem
