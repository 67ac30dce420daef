"""`handouts/pdf_fonts.py` overrides reportlab's private `TTFont.addObjects` with a copy that
writes our ToUnicode map (so shaped Arabic extracts as text). A copy of a private method goes
stale silently when reportlab changes it; this test notices first.

When it fails: read the new `TTFont.addObjects`, carry its changes into
`ShapedTTFont.addObjects`, check the names round trip (tests/core/handouts/test_names.py),
then record the new version and fingerprint here.
"""

from __future__ import annotations

import hashlib
import inspect

import reportlab  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFont  # type: ignore[import-untyped]

from netwerk_desktop.handouts.pdf_fonts import pdf_fonts

COPIED_FROM_VERSION = "5.1.0"
COPIED_FROM_SHA256 = "33ac8d69ad7fe232ed36285a5e73913e3652b3c8adda826ac5d316a5c801036f"


def test_reportlab_is_the_version_the_copy_was_made_from() -> None:
    assert reportlab.Version == COPIED_FROM_VERSION, (
        f"reportlab {reportlab.Version}: review ShapedTTFont.addObjects (handouts/pdf_fonts.py)"
    )


def test_the_copied_method_is_unchanged_in_reportlab() -> None:
    source = inspect.getsource(TTFont.addObjects)
    assert hashlib.sha256(source.encode()).hexdigest() == COPIED_FROM_SHA256, (
        "TTFont.addObjects changed: carry the change into ShapedTTFont.addObjects"
    )


def test_our_fonts_still_override_it() -> None:
    font = next(iter(pdf_fonts().values()))
    assert isinstance(font, TTFont)
    assert type(font).addObjects is not TTFont.addObjects
