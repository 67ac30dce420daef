"""Every string in the code has a finished translation, and the compiled files are current.

The check starts from the code (pyside6-lupdate over ui/ and main.py): entries a .ts file holds
for code that is not there (vanished strings, work in progress elsewhere) do not count.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tools import i18n as i18n_tool


def entries(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", "")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def in_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    scanned = tmp_path_factory.mktemp("i18n") / "scan.ts"
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyside6-lupdate"),
            *i18n_tool.sources(),
            "-locations",
            "none",
            "-ts",
            str(scanned),
        ],
        cwd=i18n_tool.ROOT,
        check=True,
        capture_output=True,
    )
    return set(entries(scanned))


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_every_string_in_the_code_is_translated(
    language: str, in_code: set[tuple[str, str]]
) -> None:
    in_file = entries(i18n_tool.ts_path(language))
    missing = sorted(in_code - set(in_file))
    assert not missing, f"not in {language}.ts (run make i18n): {missing[:5]}"
    unfinished = sorted(
        key
        for key in in_code
        if (t := in_file[key].find("translation")) is None
        or t.get("type") == "unfinished"
        or not ("".join(t.itertext()).strip())
    )
    assert not unfinished, f"untranslated in {language}: {unfinished[:5]}"


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_compiled_file_matches_its_source(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"netwerk_{language}.qm"
    i18n_tool.compile_ts(i18n_tool.ts_path(language), fresh)
    assert fresh.read_bytes() == i18n_tool.qm_path(language).read_bytes(), (
        f"{i18n_tool.qm_path(language).name} is older than its .ts: run `make i18n`"
    )


def test_plural_texts_use_tr_so_lupdate_finds_their_forms() -> None:
    # pyside6-lupdate 6.11 makes plural entries only from QObject.tr(text, "", n); a plural
    # QCoreApplication.translate(context, text, "", n) would be extracted as a plain string.
    import ast

    found = []
    for path in (i18n_tool.ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
                and len(node.args) >= 4
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert not found, f"plural translate() calls: {found}"
