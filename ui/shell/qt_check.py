"""Before the tests (and on request): can Qt start on this machine? If a system library is
missing, say which Debian package provides it instead of showing a loader traceback.

`python -m ui.shell.qt_check` exits 0 when Qt works, 1 with the package to install otherwise.
"""

from __future__ import annotations

import os
import re
import shutil
import sys

# Shared libraries PySide6 loads, and the Debian package that provides each.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libpulse.so.0": "libpulse0",
    "libpulse-mainloop-glib.so.0": "libpulse-mainloop-glib0",
    "libasound.so.2": "libasound2",
}
# Tools the test suite uses to read PDFs back.
TEST_TOOLS = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
}

_MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")


def package_for(message: str) -> str | None:
    match = _MISSING.search(message)
    if not match:
        return None
    library = match.group(1)
    return DEBIAN_PACKAGES.get(library, f"the package that provides {library}")


def check_qt() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problems: list[str] = []
    try:
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtPdf import QPdfDocument  # noqa: F401 - the handout preview needs it
        from PySide6.QtWidgets import QApplication  # noqa: F401
    except ImportError as exc:
        package = package_for(str(exc))
        hint = f"install it with: sudo apt-get install {package}" if package else str(exc)
        return [f"Qt cannot start: {exc}\n  {hint}"]
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if app is None:
        problems.append("Qt could not create an application object.")
    return problems


def check_sound() -> str | None:
    """Sound is optional (the app stays silent without it); report, never fail."""
    try:
        from PySide6.QtMultimedia import QSoundEffect  # noqa: F401
    except ImportError as exc:
        package = package_for(str(exc))
        return f"note: timer sounds are off on this machine ({exc}); install {package} for sound"
    return None


def main(argv: list[str]) -> int:
    problems = check_qt()
    if "--tests" in argv:
        for tool, package in TEST_TOOLS.items():
            if shutil.which(tool) is None:
                problems.append(
                    f"The tests need {tool}: install it with: sudo apt-get install {package}"
                )
    for problem in problems:
        print(problem, file=sys.stderr)
    note = check_sound()
    if note:
        print(note, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
