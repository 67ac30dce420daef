"""The content rules a machine can check: no phone numbers but 112 and 116 111, no web or e-mail
addresses, nothing that looks like a statistic, and suicidal thoughts named only where the
teacher alone reads.

The scan walks every string of a TOML file, including keys the schema does not know, so nothing
slips through a typo.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from netwerk_desktop.content.issues import IssueCode, IssueLog

ALLOWED_NUMBERS = frozenset({"112", "116111"})
PHONE_DIGITS = 6
# Short numbers starting with 1 are how many countries number their services (e.g. 113, 1813).
_SHORT_SERVICE = re.compile(r"^1\d{2,4}$")
_NUMBER = re.compile(r"(?<![\w+])\+?\d(?:[ -]?\d)*(?![\w])")
_DOMAINS = r"(?:dk|nl|be|de|se|no|eu|com|org|net|info|io|app|uk|edu|gov)"
_URL = re.compile(
    rf"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.{_DOMAINS}\b(?:/\S*)?", re.IGNORECASE
)
# The full address pattern backtracks; run it only where a scheme, www. or a domain ending is.
_URL_HINT = re.compile(rf"://|www\.|\.{_DOMAINS}\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s?%|\b(?:procent|percent|procentdel)\b", re.IGNORECASE)
# The teacher notes name suicidal thoughts plainly (da, en, nl); the class view, handouts and
# cards never do (safe messaging: the words belong to a conversation with an adult).
_TEACHER_ONLY = re.compile(r"selvmord|su[iï]cid|zelfmoord|zelfdoding", re.IGNORECASE)
TEACHER_FIELDS = frozenset({"teacher_notes", "preparation"})


def _strings(value: object, path: str, key: str) -> Iterator[tuple[str, str, str]]:
    """(path, field, text) for every string below `value`."""
    if isinstance(value, str):
        yield path, key, value
    elif isinstance(value, list):
        for index, item in enumerate(value, start=1):
            if isinstance(item, dict):
                item_id = item.get("id")
                label = item_id if isinstance(item_id, str) and item_id else str(index)
                inner = f"{path}.{key}[{label}]" if path else f"{key}[{label}]"
                for sub_key, sub_value in item.items():
                    yield from _strings(sub_value, inner, sub_key)
            else:
                yield from _strings(item, path, f"{key}[{index}]")
    elif isinstance(value, dict):
        inner = f"{path}.{key}" if path and key else (path or key)
        for sub_key, sub_value in value.items():
            yield from _strings(sub_value, inner, sub_key)


def _numbers(text: str) -> Iterator[tuple[IssueCode, str, bool]]:
    for match in _NUMBER.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if digits in ALLOWED_NUMBERS:
            continue
        if len(digits) >= PHONE_DIGITS or match.group().startswith("+"):
            yield IssueCode.PHONE_NUMBER, match.group(), True
        elif _SHORT_SERVICE.match(digits):
            yield IssueCode.PHONE_NUMBER, match.group(), False


def scan_text(text: str) -> Iterator[tuple[IssueCode, str, bool]]:
    """(code, offending text, is_error) for every rule the text breaks."""
    rest = text
    # Cheap membership tests first: most sentences have no '@', '/' or digit at all.
    if "@" in rest:
        for match in _EMAIL.finditer(rest):
            yield IssueCode.EMAIL_ADDRESS, match.group(), True
        rest = _EMAIL.sub(" ", rest)
    addresses = [match.group() for match in _URL.finditer(rest)] if _URL_HINT.search(rest) else []
    for address in addresses:
        yield IssueCode.WEB_ADDRESS, address, True
    if addresses:
        rest = _URL.sub(" ", rest)
    if _DIGIT.search(rest):
        yield from _numbers(rest)
    for match in _PERCENT.finditer(text):
        yield IssueCode.PERCENTAGE, match.group(), False


def check_rules(data: Mapping[str, object], file: str, log: IssueLog) -> None:
    for key, value in data.items():
        for path, field, text in _strings(value, "", key):
            for code, found, is_error in scan_text(text):
                if is_error:
                    log.error(code, file, path, field, value=found)
                else:
                    log.warning(code, file, path, field, value=found)
            if field not in TEACHER_FIELDS:
                for match in _TEACHER_ONLY.finditer(text):
                    log.error(IssueCode.TEACHER_ONLY, file, path, field, value=match.group())
