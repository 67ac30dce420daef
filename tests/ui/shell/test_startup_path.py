"""Start-up stays light: the first screen is painted before SQLAlchemy is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from netwerk_desktop.paths import DataLocation
from netwerk_desktop.workspace import Workspace
from ui.shell.app import start
app = QApplication([])
workspace = Workspace.open(DataLocation(__import__('pathlib').Path(sys.argv[1])))
running = start(app, workspace)
running.window.show()
app.processEvents()
cards = running.window.screen_for('home').grid.cards()
print(len(cards), 'sqlalchemy' in sys.modules, 'alembic' in sys.modules, 'reportlab' in sys.modules)
workspace.warm_up()
print('sqlalchemy' in sys.modules)
workspace.close()
"""


def test_home_is_painted_with_data_before_sqlalchemy_loads(tmp_path: Path) -> None:
    from netwerk_desktop.paths import DataLocation
    from netwerk_desktop.workspace import Workspace

    data = tmp_path / "data"
    with Workspace.open(DataLocation(data)) as workspace:
        for name in ("1.a", "2.b", "3.c"):
            workspace.classes.create(name)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.split("\n")[:2]
    assert first == "3 False False False"  # three cards, nothing heavy imported
    assert second == "True"  # and the services load when asked
