"""The built app folder, run as a teacher's PC runs it: no Python, no source tree, no venv."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.core.handouts.poppler import needs_poppler, pdffonts, pdftotext
from tests.dist.conftest import clean_environment

# Names a class list can hold, in several scripts; every handout must give them back as text.
NAMES = ["Åse Ødegård", "Zeynep Yılmaz", "لمى الحسيني", "Ελένη Παππά", "Анна Орлова", "Mikkel Bo"]
# Kinds made from the command line with what a fresh class has (partnerships made first);
# the charter poster needs a charter, which the self-test's demo class has.
CLI_KINDS = {
    "worksheet": ["--lesson", "community", "--per-student"],
    "teacher-guide": ["--lesson", "community"],
    "partnership-overview": [],
    "partnership-cards": [],
    "help-cards": ["--per-student"],
    "discussion-cards": ["--theme", "community"],
    "network-map": ["--per-student"],
}


def run(
    folder: Path, program: str, *args: str, home: Path, timeout: int = 180, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(folder / program), *args],
        env=clean_environment(home, **env),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=home,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def assert_fonts_embedded(pdf: Path) -> None:
    fonts = pdffonts(pdf)
    assert fonts, f"{pdf.name}: no fonts"
    assert all(font.embedded for font in fonts), f"{pdf.name}: {fonts}"
    assert {re.sub(r"^[A-Z]{6}\+", "", font.name) for font in fonts} <= {
        "NotoSans-Regular",
        "NotoSans-Bold",
        "NotoSansArabic-Regular",
        "NotoSansArabic-Bold",
    }


def test_both_programs_say_their_version(app_folder: Path, tmp_path: Path) -> None:
    for program in ("netwerk", "netwerk-cli"):
        out = ok(run(app_folder, program, "--version", home=tmp_path))
        assert re.fullmatch(r"Netwerk Desktop \d+\.\d+\.\d+\n", out)


@needs_poppler
def test_the_command_line_from_a_class_list_to_every_handout(
    app_folder: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"

    def cli(*args: str) -> str:
        return ok(run(app_folder, "netwerk-cli", "--data-dir", str(data), *args, home=tmp_path))

    cli("classes", "add", "2.g", "--year", "2026/27", "--lang", "da")
    book = Workbook()
    sheet = book.active
    sheet.append(["Navn"])
    for name in NAMES:
        sheet.append([name])
    book.save(tmp_path / "elevliste.xlsx")
    cli("roster", "import", "--class", "2.g", str(tmp_path / "elevliste.xlsx"))
    assert sorted(cli("roster", "list", "--class", "2.g").split("\n")[:-1]) == sorted(NAMES)
    cli("groups", "make", "--class", "2.g")
    assert "integrity: ok" in cli("check")
    for kind, extra in CLI_KINDS.items():
        pdf = tmp_path / f"{kind}.pdf"
        cli("handouts", "make", "--class", "2.g", "--kind", kind, *extra, "--out", str(pdf))
        assert_fonts_embedded(pdf)
        if kind in ("worksheet", "partnership-overview", "partnership-cards"):
            text = pdftotext(pdf)
            for name in NAMES:
                assert name in text, f"{kind}: {name} does not come back from the PDF"


@needs_poppler
def test_the_app_shows_every_screen_makes_every_handout_and_loads_the_chime(
    app_folder: Path, tmp_path: Path, sound_server: str | None
) -> None:
    report_dir = tmp_path / "self-test"
    extra = {"XDG_RUNTIME_DIR": sound_server} if sound_server else {}
    ok(run(app_folder, "netwerk", "--demo", "--self-test", str(report_dir), home=tmp_path, **extra))
    report = json.loads((report_dir / "self-test.json").read_text(encoding="utf-8"))
    assert set(report["screens"]) >= {"home", "classes", "lessons", "partnerships", "handouts"}
    for key, screen in report["screens"].items():
        assert (report_dir / screen["file"]).stat().st_size > 10_000, key
        assert screen["colours"] > 8, f"{key} looks blank"
    for kind, made in report["handouts"].items():
        assert made.endswith(".pdf"), f"{kind}: {made}"
        assert_fonts_embedded(report_dir / "handouts" / made)
    # QtMultimedia and its audio backend are in the folder; with a sound server, it plays
    assert "QtMultimedia cannot load" not in report["chime"]
    if sound_server:
        assert report["chime"] == "Ready"


def test_portable_mode_writes_nothing_outside_its_folder(app_folder: Path, tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (Debian's strace): cannot list the files written")
    stick = tmp_path / "stick" / "NetwerkDesktop"
    stick.parent.mkdir(parents=True)
    linked = subprocess.run(["cp", "-al", str(app_folder), str(stick)], capture_output=True)
    if linked.returncode != 0:  # another file system: copy
        shutil.rmtree(stick, ignore_errors=True)
        shutil.copytree(app_folder, stick, symlinks=True)
    (stick / "portable").touch()
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    home.chmod(0o555)  # a read-only profile, as on a locked-down shared PC
    trace = tmp_path / "trace"
    for program, args in (
        ("netwerk-cli", ["classes", "add", "2.g", "--year", "2026/27"]),
        ("netwerk", ["--self-test", str(stick / "NetwerkData" / "self-test")]),
    ):
        ok(
            subprocess.run(
                [
                    "strace",
                    "-f",
                    "-qq",
                    "-e",
                    "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,"
                    "unlinkat,symlink,symlinkat,link,linkat",
                    "-o",
                    str(trace),
                    str(stick / program),
                    *args,
                ],
                env=clean_environment(home, TMPDIR=str(temp)),
                capture_output=True,
                text=True,
                timeout=300,
                cwd=stick,
            )
        )
        written = _written_paths(trace.read_text(encoding="utf-8", errors="replace"))
        outside = sorted(path for path in written if not _inside(path, stick))
        assert outside == [], f"{program} wrote outside its folder: {outside[:20]}"
    assert (stick / "NetwerkData" / "netwerk.sqlite3").is_file()
    assert list(home.iterdir()) == [] and list(temp.iterdir()) == []


_WRITE_FLAGS = re.compile(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC")
_PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _written_paths(trace: str) -> set[str]:
    written: set[str] = set()
    for line in trace.splitlines():
        call = re.match(r"\d+\s+(\w+)\(", line)
        if call is None or "= -1" in line:
            continue  # a failed call wrote nothing
        name = call.group(1)
        paths = _PATH.findall(line)
        if name in ("open", "openat") and not _WRITE_FLAGS.search(line):
            continue
        written.update(paths if name.startswith(("rename", "link", "symlink")) else paths[:1])
    return written


def _inside(path: str, folder: Path) -> bool:
    """Relative paths are relative to the app folder (the programs run there); devices and
    the kernel's own files are not files on a disk."""
    if not path.startswith("/") or path.startswith(("/dev/", "/proc/", "/sys/")):
        return True
    return Path(path).resolve().is_relative_to(folder.resolve())


def test_install_adds_a_menu_entry_and_uninstall_takes_it_away(
    app_folder: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([str(app_folder / "install.sh")], env=env, check=True, capture_output=True)
    entry = home / ".local/share/applications/netwerk-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert f'Exec="{app_folder}/netwerk"' in text
    assert (home / ".local/share/icons/hicolor/256x256/apps/netwerk-desktop.png").is_file()
    assert (home / ".local/bin/netwerk-cli").resolve() == (app_folder / "netwerk-cli").resolve()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(entry)], check=True)
    subprocess.run([str(app_folder / "uninstall.sh")], env=env, check=True, capture_output=True)
    assert not entry.exists() and not (home / ".local/bin/netwerk-cli").exists()
    assert (app_folder / "netwerk").is_file()  # the app and its data stay


def test_the_built_command_line_sets_up_and_uses_a_school_server(
    app_folder: Path, tmp_path: Path
) -> None:
    from tests.postgres import ADMIN_URL, SKIP_REASON, admin_execute, database_url, libpq

    if not ADMIN_URL:
        pytest.skip(SKIP_REASON)
    database = f"netwerk_frozen_{tmp_path.name.lower().replace('-', '_')}"[:60]
    admin_execute(f"CREATE DATABASE {database}")
    try:
        it = ("--data-dir", str(tmp_path / "it"), "--server", libpq(database_url(database)))
        assert "schema" in ok(run(app_folder, "netwerk-cli", *it, "server", "init", home=tmp_path))
        add = ("server", "add-teacher", "frozen_teacher", "--password-stdin")
        added = subprocess.run(
            [str(app_folder / "netwerk-cli"), *it, *add],
            input="a frozen password\n",
            env=clean_environment(tmp_path),
            capture_output=True,
            text=True,
            timeout=180,
        )
        assert added.returncode == 0, added.stderr
        teacher = libpq(database_url(database, "frozen_teacher", "a frozen password"))
        pc = ("--data-dir", str(tmp_path / "pc"), "--server", teacher)
        status = ok(run(app_folder, "netwerk-cli", *pc, "server", "status", home=tmp_path))
        assert "Login: frozen_teacher" in status
    finally:
        admin_execute(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
