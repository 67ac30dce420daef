from __future__ import annotations

import pytest

from netwerk_desktop.errors import InvalidValue
from netwerk_desktop.workspace import Workspace


def test_charter_versions(workspace: Workspace) -> None:
    c = workspace.classes.create("2.g")
    assert workspace.charter.current(c.id) is None
    first = workspace.charter.save(
        c.id, ["Vi hilser på hinanden", "  ", "Alle bliver inviteret"], "class-charter"
    )
    assert first.version == 1 and first.rules == ("Vi hilser på hinanden", "Alle bliver inviteret")
    assert workspace.charter.save(c.id, list(first.rules)).version == 1  # unchanged: no version
    second = workspace.charter.save(
        c.id, ["Vi hilser på hinanden", "Telefoner i tasken"], "follow-up"
    )
    assert second.version == 2
    assert [v.version for v in workspace.charter.history(c.id)] == [1, 2]
    assert workspace.charter.current(c.id) == second
    with pytest.raises(InvalidValue):
        workspace.charter.save(c.id, ["x" * 301])
    # deleting the class takes its charter along
    workspace.classes.delete(c.id)
    assert workspace.charter.history(c.id) == []
