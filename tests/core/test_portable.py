"""Portable use from a USB stick: where the data goes, how deep it may lie, and that the caches
and temporary files of the app and Qt follow it there."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from netwerk_desktop import portable
from netwerk_desktop.errors import PathTooLong
from netwerk_desktop.paths import DATA_DIR_ENV


@pytest.fixture
def app_on_stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "USB" / "NetwerkDesktop"
    folder.mkdir(parents=True)
    monkeypatch.setattr(portable, "app_folder", lambda: folder)
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return folder


def test_a_portable_file_beside_the_app_puts_the_data_beside_it(app_on_stick: Path) -> None:
    assert not portable.is_portable()
    (app_on_stick / portable.PORTABLE_MARKER).touch()
    location = portable.choose_location(None)
    assert location.data_dir == app_on_stick / "NetwerkData"


def test_asking_for_portable_works_without_the_file(app_on_stick: Path) -> None:
    assert portable.choose_location(None, portable=True).data_dir == app_on_stick / "NetwerkData"


def test_a_data_folder_named_by_the_teacher_wins(
    app_on_stick: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (app_on_stick / portable.PORTABLE_MARKER).touch()
    chosen = tmp_path / "elsewhere"
    assert portable.choose_location(str(chosen)).data_dir == chosen
    monkeypatch.setenv(DATA_DIR_ENV, str(chosen))
    assert not portable.uses_portable_folder(None)
    assert portable.choose_location(None).data_dir == chosen


def test_a_folder_too_deep_for_windows_is_refused_with_the_limit() -> None:
    deep = Path("E:/" + "Undervisning/" * 14 + "NetwerkData")
    portable.check_path_length(deep, platform="linux")  # fine on Linux
    with pytest.raises(PathTooLong) as refused:
        portable.check_path_length(deep, platform="win32")
    assert refused.value.params["limit"] == 260 - portable.LONGEST_INSIDE


def test_caches_config_and_temporary_files_follow_the_data(
    app_on_stick: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)
    location = portable.choose_location(None, portable=True).ensure()
    portable.keep_writes_inside(location)
    try:
        for variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR"):
            assert Path(os.environ[variable]).is_relative_to(location.data_dir)
        with tempfile.NamedTemporaryFile() as scratch:
            assert Path(scratch.name).is_relative_to(location.data_dir)
    finally:
        tempfile.tempdir = None
