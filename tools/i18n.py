"""Maintain the translations: `python -m tools.i18n update|release|missing|fill`.

- update: pyside6-lupdate collects every tr() string from ui/ into resources/i18n/netwerk_*.ts
  (existing translations are kept; new strings arrive unfinished), then release.
- release: pyside6-lrelease compiles each .ts into the .qm next to it.
- missing LANG: prints the unfinished entries as JSON {context: {source: ""}}.
- fill LANG FILE.json: sets translations from {context: {source: text or [plural forms]}} and
  marks them finished. English is the source language; its .ts is filled from the source text,
  except plurals, which need their forms written out.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from netwerk_desktop.languages import LANGUAGES
from netwerk_desktop.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent
I18N = resources_dir() / "i18n"


def ts_path(language: str) -> Path:
    return I18N / f"netwerk_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N / f"netwerk_{language}.qm"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    return [*files, "main.py"]


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language)),
            ],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
    fill_english()
    release()


def release() -> None:
    for language in LANGUAGES:
        compile_ts(ts_path(language), qm_path(language))


def compile_ts(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )


def _entries(root: ET.Element) -> list[tuple[str, ET.Element]]:
    found = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append((name, message))
    return found


def unfinished(language: str) -> dict[str, dict[str, str]]:
    tree = ET.parse(ts_path(language))
    result: dict[str, dict[str, str]] = {}
    for context, message in _entries(tree.getroot()):
        translation = message.find("translation")
        kind = None if translation is None else translation.get("type")
        if kind in ("obsolete", "vanished"):
            continue  # no longer in the code
        if translation is None or kind == "unfinished":
            source = message.findtext("source", "")
            result.setdefault(context, {})[source] = ""
    return result


def _write(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def fill(language: str, translations: dict[str, dict[str, str | list[str]]]) -> int:
    path = ts_path(language)
    tree = ET.parse(path)
    count = 0
    for context, message in _entries(tree.getroot()):
        source = message.findtext("source", "")
        wanted = translations.get(context, {}).get(source)
        if wanted is None or wanted == "" or wanted == []:
            continue
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = wanted if isinstance(wanted, list) else [wanted, wanted]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted if isinstance(wanted, str) else wanted[0]
        count += 1
    _write(tree.getroot(), path)
    return count


def fill_english() -> None:
    """English is the source: every non-plural entry translates to itself."""
    tree = ET.parse(ts_path("en"))
    for _context, message in _entries(tree.getroot()):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue  # plural forms must be written out
        translation.attrib.pop("type", None)
        translation.text = message.findtext("source", "")
    _write(tree.getroot(), ts_path("en"))


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command = argv[0]
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing" and len(argv) == 2:
        print(json.dumps(unfinished(argv[1]), ensure_ascii=False, indent=2))
    elif command == "fill" and len(argv) == 3:
        data = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"filled {fill(argv[1], data)} entries")
        release()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
