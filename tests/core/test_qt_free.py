"""The core must import and work with PySide6 and ui unavailable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import netwerk_desktop

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'ui'):
            raise ImportError('blocked in the Qt-free core test: ' + name)
        return None
sys.meta_path.insert(0, Block())
import importlib, pkgutil, netwerk_desktop
failed = []
for info in pkgutil.walk_packages(netwerk_desktop.__path__, 'netwerk_desktop.'):
    if info.name.endswith('__main__') or '.migrations' in info.name:
        continue
    importlib.import_module(info.name)
print('imported', len(sys.modules))
"""


def test_every_core_module_imports_without_qt() -> None:
    # Given a Python where importing PySide6 or ui fails
    # When every module of the core is imported
    root = Path(netwerk_desktop.__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], capture_output=True, text=True, cwd=root, timeout=120
    )
    # Then nothing needed Qt
    assert result.returncode == 0, result.stderr
    assert "imported" in result.stdout
