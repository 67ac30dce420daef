"""Loading the content pack for a class's language, with Danish filling any gaps. Packs are read
once per process; `clear_cache()` forgets them (tests, and a content folder edited on disk)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from netwerk_desktop.content.fallback import borrowed_pack, with_fallback
from netwerk_desktop.content.issues import ContentError, PackNotFound
from netwerk_desktop.content.pack import PRIMARY_LANGUAGE, ContentPack
from netwerk_desktop.content.reading.pack import PACK_FILE, read_pack
from netwerk_desktop.paths import resources_dir


def content_root() -> Path:
    """`resources/content`, in a checkout or inside the installed package."""
    return resources_dir() / "content"


def available_languages(root: Path | None = None) -> tuple[str, ...]:
    """Language codes that have a pack, Danish first."""
    folder = root or content_root()
    if not folder.is_dir():
        return ()
    found = sorted(p.name for p in folder.iterdir() if (p / PACK_FILE).is_file())
    return tuple(sorted(found, key=lambda code: code != PRIMARY_LANGUAGE))


@cache
def _own_pack(language: str, root: Path) -> ContentPack:
    reading = read_pack(root, language)
    if reading.pack is None or reading.has_errors:
        raise ContentError(language, reading.issues)
    return reading.pack


@cache
def _resolved_pack(language: str, root: Path) -> ContentPack:
    has_own = (root / language / PACK_FILE).is_file()
    if language == PRIMARY_LANGUAGE or not (root / PRIMARY_LANGUAGE / PACK_FILE).is_file():
        if not has_own:
            raise PackNotFound(language, str(root))
        return _own_pack(language, root)
    primary = _own_pack(PRIMARY_LANGUAGE, root)
    if not has_own:
        return borrowed_pack(language, primary)
    return with_fallback(_own_pack(language, root), primary)


def load_pack(language: str, root: Path | None = None) -> ContentPack:
    """The pack for `language`, completed from Danish; `pack.fallbacks` lists what was borrowed.

    A language without any pack gets the Danish pack (one PACK fallback). Raises ContentError
    when a pack has errors (`lessons check` lists them) and PackNotFound when not even the
    Danish pack exists. `root` is the content folder holding one folder per language.
    """
    folder = (root or content_root()).resolve()
    return _resolved_pack(language, folder)


def clear_cache() -> None:
    _own_pack.cache_clear()
    _resolved_pack.cache_clear()
