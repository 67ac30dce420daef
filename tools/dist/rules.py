"""What goes into the app folder, and what is left out, for tools/dist/netwerk.spec.

The folder carries the Qt modules the app imports (Core, Gui, Widgets, Pdf, PdfWidgets,
PrintSupport, Multimedia for the chime) with the plugins they need, the bundled fonts,
translations, content and Alembic migrations, and HarfBuzz's native library (inside uharfbuzz).
Everything else PySide6 ships stays out.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "netwerk_desktop" / "storage" / "migrations"

# Qt's own translations: only the languages the app speaks.
QT_LANGUAGES = ("da", "en", "nl")


def _data() -> list[tuple[str, str]]:
    """(source file, folder inside the app) for every resource the app reads at run time."""
    found: list[tuple[str, str]] = []
    for path in sorted(RESOURCES.rglob("*")):
        relative = path.relative_to(RESOURCES)
        if not path.is_file() or relative.parts[0] == "screenshots":
            continue
        if path.suffix in (".py", ".ts"):  # generator scripts; .ts compiles to the .qm beside it
            continue
        found.append((str(path), str(Path("netwerk_desktop/resources") / relative.parent)))
    for path in sorted(MIGRATIONS.rglob("*")):
        if path.is_file() and path.suffix in (".py", ".mako") and "__pycache__" not in path.parts:
            target = Path("netwerk_desktop/storage/migrations") / path.relative_to(MIGRATIONS).parent
            found.append((str(path), str(target)))
    return found


DATA = _data()


def hidden_imports() -> list[str]:
    """Modules imported by name at run time (the command line's topics, SQLAlchemy's dialect,
    Alembic's), which PyInstaller's scan of import statements cannot see."""
    from PyInstaller.utils.hooks import collect_submodules

    ours = collect_submodules("netwerk_desktop") + collect_submodules("ui")
    # The school server: SQLAlchemy's PostgreSQL dialect for psycopg 3, and psycopg's compiled
    # half (libpq inside), which psycopg imports by name.
    server = [
        "sqlalchemy.dialects.postgresql.psycopg",
        "alembic.ddl.postgresql",
        "psycopg",
        "psycopg_binary",
        "psycopg_binary.pq",
        "psycopg_binary._psycopg",
    ]
    return [*ours, "sqlalchemy.dialects.sqlite", "alembic.ddl.sqlite", *server]


# Python modules the app never imports but that dependencies mention.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "pytest",
    "hypothesis",
    "mypy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    # Pillow's image formats reportlab never meets here (the handouts embed no images);
    # leaving them out also leaves out their codec libraries.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
]


# Qt parts PySide6 brings along that the app never loads (measured: about 120 MB together).
_UNUSED_QT_LIBRARIES = (
    "libQt6Qml",  # Qt Quick and QML: the app is widgets only
    "libQt6Quick",
    "libQt6VirtualKeyboard",
    "libQt6EglFs",
    "libQt6FFmpegStub",  # the FFmpeg media backend: the chime needs QSoundEffect only
    "libQt6MultimediaWidgets",
    "libQt6OpenGL",
    "libavcodec",
    "libavformat",
    "libavutil",
    "libswresample",
    "libswscale",
)
_UNUSED_PLUGINS = {
    # QSoundEffect plays the chime without a media backend plugin (checked on PulseAudio).
    "multimedia": None,
    "platforminputcontexts": ("libqtvirtualkeyboardplugin.so",),
    # The GTK theme drags in GTK and its libraries; the app draws its own theme.
    "platformthemes": ("libqgtk3.so",),
    "platforms": (
        "libqeglfs.so",
        "libqlinuxfb.so",
        "libqminimalegl.so",
        "libqvkkhrdisplay.so",
        "libqvnc.so",
    ),
    "egldeviceintegrations": None,
    "imageformats": ("libqicns.so", "libqtga.so", "libqtiff.so", "libqwbmp.so", "libqwebp.so"),
}


def keep_binary(destination: str) -> bool:
    """False for a Qt library, plugin or translation the app does not use."""
    path = Path(destination)
    name, parts = path.name, path.parts
    if "translations" in parts and name.endswith(".qm"):
        return name.startswith("qtbase_") and any(
            name.endswith(f"_{code}.qm") for code in QT_LANGUAGES
        )
    if name.startswith(_UNUSED_QT_LIBRARIES):
        return False
    if "plugins" in parts and len(parts) >= 2:
        dropped = _UNUSED_PLUGINS.get(parts[-2], ())
        if dropped is None or name in dropped:
            return False
    return True


def prune_unreachable(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop shared libraries that nothing kept still needs (e.g. GTK and its stack, brought in
    for the GTK theme plugin that `keep_binary` leaves out). Roots: Python extensions, Qt's
    own libraries and plugins, libpython. Linux only (ELF NEEDED entries, read with readelf);
    elsewhere the list is returned as it is."""
    import re
    import shutil
    import subprocess

    if shutil.which("readelf") is None:
        return binaries
    needed: dict[str, set[str]] = {}
    for dest, source, _kind in binaries:
        out = subprocess.run(["readelf", "-d", source], capture_output=True, text=True).stdout
        needed[dest] = set(re.findall(r"\(NEEDED\).*\[(.+?)\]", out))
    by_name: dict[str, list[str]] = {}
    for dest, _source, _kind in binaries:
        by_name.setdefault(Path(dest).name, []).append(dest)

    def is_root(dest: str, kind: str) -> bool:
        return kind == "EXTENSION" or "PySide6" in Path(dest).parts or dest.startswith("libpython")

    reached: set[str] = set()
    stack = [dest for dest, _source, kind in binaries if is_root(dest, kind)]
    while stack:
        dest = stack.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in needed.get(dest, ()):
            stack.extend(by_name.get(name, ()))
    return [entry for entry in binaries if entry[0] in reached]
