"""Bytes of a text roster to text: which encoding a school's export was written in.

Order: a byte order mark decides; bytes with NULs may be UTF-16 without a mark (checked by where
the zero bytes fall and by decoding cleanly); otherwise UTF-8, and Windows-1252 when the bytes
are not valid UTF-8. A file that is mostly UTF-8 with a few other bytes is refused rather than
guessed, because reading it as Windows-1252 would garble every name that was right.
Limitation: a Windows-1252 file whose bytes happen to be valid UTF-8 is read as UTF-8; with
letters from Danish, Dutch and other Western names this needs unusual pairs such as "Ã" followed
by a symbol.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from netwerk_desktop.rosters.errors import RosterError, RosterErrorCode
from netwerk_desktop.rosters.table import TextEncoding

_BOMS: tuple[tuple[bytes, TextEncoding], ...] = (
    (codecs.BOM_UTF8, TextEncoding.UTF_8),
    (codecs.BOM_UTF16_LE, TextEncoding.UTF_16_LE),
    (codecs.BOM_UTF16_BE, TextEncoding.UTF_16_BE),
)

_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Control characters that do not belong in text (tab, line breaks and form feed do).
_STRAY_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_UTF16_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# DOS editors end a file with Ctrl-Z.
_END_OF_FILE_MARK = "\x1a"


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: TextEncoding
    bom: bool


def decode_roster_text(data: bytes) -> DecodedText:
    """Decode a text roster or raise a RosterError that names the encoding and the line."""
    decoded = _decode(data)
    text = decoded.text.removesuffix(_END_OF_FILE_MARK)
    if _looks_binary(text):
        raise RosterError(RosterErrorCode.NOT_A_ROSTER)
    # A stray NUL in text stays in its cell: the preview marks that row (a control character).
    return DecodedText(text, decoded.encoding, decoded.bom)


def _decode(data: bytes) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(data[len(bom) :], encoding), encoding, bom=True)
    if b"\x00" in data:
        stray = _utf8_with_stray_nul(data)
        if stray is not None:
            return stray
        return _decode_utf16_without_bom(data)
    try:
        return DecodedText(data.decode("utf-8"), TextEncoding.UTF_8, bom=False)
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            raise RosterError(
                RosterErrorCode.MIXED_ENCODING,
                line=_line_at(data, error.start),
                encoding=TextEncoding.UTF_8.value,
            ) from None
    return DecodedText(_strict(data, TextEncoding.WINDOWS_1252), TextEncoding.WINDOWS_1252, False)


def _strict(data: bytes, encoding: TextEncoding) -> str:
    try:
        return data.decode(encoding.value)
    except UnicodeDecodeError as error:
        raise RosterError(
            RosterErrorCode.INVALID_TEXT,
            line=_line_at(data, error.start, encoding),
            encoding=encoding.value,
        ) from None


def _utf8_with_stray_nul(data: bytes) -> DecodedText | None:
    """Valid UTF-8 text with a rare NUL (a glitch of some export tools) and no other control
    character is UTF-8, not UTF-16; the NUL stays and the preview marks its row."""
    if data.count(0) * 8 >= len(data):
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _UTF16_CONTROL.search(text.replace("\x00", "")):
        return None
    return DecodedText(text, TextEncoding.UTF_8, bom=False)


def _decode_utf16_without_bom(data: bytes) -> DecodedText:
    """UTF-16 text of Latin names has a zero in every other byte; binary data does not decode."""
    if len(data) % 2 == 0:
        zeros_first, zeros_second = data[0::2].count(0), data[1::2].count(0)
        if zeros_second > 4 * zeros_first:
            candidate = TextEncoding.UTF_16_LE
        elif zeros_first > 4 * zeros_second:
            candidate = TextEncoding.UTF_16_BE
        else:
            candidate = None
        if candidate is not None:
            try:
                text = data.decode(candidate.value)
            except UnicodeDecodeError:
                text = None
            if text is not None and not _UTF16_CONTROL.search(text):
                return DecodedText(text, candidate, bom=False)
    raise RosterError(RosterErrorCode.NOT_A_ROSTER)


def _mostly_utf8(data: bytes) -> bool:
    sequences = _UTF8_MULTIBYTE.findall(data)
    if not sequences:
        return False
    in_sequences = sum(len(sequence) for sequence in sequences)
    stray = len(_HIGH_BYTE.findall(data)) - in_sequences
    return len(sequences) >= stray


def _looks_binary(text: str) -> bool:
    controls = len(_STRAY_CONTROL.findall(text))
    return controls > 2 and controls * 50 > len(text)


def _line_at(data: bytes, position: int, encoding: TextEncoding = TextEncoding.UTF_8) -> int:
    if encoding in (TextEncoding.UTF_16_LE, TextEncoding.UTF_16_BE):
        before = data[: position - position % 2].decode(encoding.value, errors="replace")
        return before.count("\n") + 1
    return data.count(b"\n", 0, position) + 1
