from __future__ import annotations

from collections.abc import Iterator

import pytest

from netwerk_desktop.content import clear_cache


@pytest.fixture(autouse=True)
def fresh_packs() -> Iterator[None]:
    # Packs are cached per process; each test writes its own and must not see another's.
    clear_cache()
    yield
    clear_cache()
