"""Translations are complete, compiled from their current sources, and cover every tr() string."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui import i18n_tool


def entries(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_no_unfinished_translations(language: str) -> None:
    assert i18n_tool.unfinished(language) == {}


@pytest.mark.parametrize("language", i18n_tool.LANGUAGES)
def test_compiled_file_matches_its_source(language: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"netwerk_{language}.qm"
    i18n_tool.compile_ts(i18n_tool.ts_path(language), fresh)
    assert fresh.read_bytes() == i18n_tool.qm_path(language).read_bytes(), (
        f"{i18n_tool.qm_path(language).name} is older than its .ts: run `make i18n`"
    )


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path: Path) -> None:
    scanned = tmp_path / "scan.ts"
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
    in_code = entries(scanned)
    for language in i18n_tool.LANGUAGES:
        in_file = entries(i18n_tool.ts_path(language))
        assert in_code <= in_file, f"not in {language}: {sorted(in_code - in_file)[:5]}; make i18n"
