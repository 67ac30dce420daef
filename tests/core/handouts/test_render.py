"""Rendering entry points: streams, class sets with progress and cancel, errors, lazy imports."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from netwerk_desktop.handouts import (
    CharterPosterInput,
    HandoutError,
    HandoutErrorCode,
    HandoutKind,
    PartnershipOverviewInput,
    copy_count,
    handout_title,
    render_class_set,
    render_handout,
)
from tests.core.handouts import samples


def _class_set() -> list:
    students = samples.NAMES * 3
    return [
        samples.request(samples.worksheet(students)),
        samples.request(samples.overview(students)),
        samples.request(samples.cards(students)),
        samples.request(samples.help_cards()),
    ]


def test_render_to_a_stream() -> None:
    buffer = io.BytesIO()
    handout = render_handout(samples.request(samples.charter()), buffer)
    assert handout.path is None and handout.kind is HandoutKind.CHARTER_POSTER
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) == handout.pages == 1


def test_class_set_reports_progress_per_copy(tmp_path: Path) -> None:
    # Given a class set for 30 students
    requests = _class_set()
    calls: list[tuple[int, int]] = []
    # When it is rendered
    result = render_class_set(
        requests, tmp_path, progress=lambda done, total: calls.append((done, total))
    )
    # Then every handout is a file, and progress counted every student's worksheet
    assert not result.cancelled
    assert [handout.kind for handout in result.handouts] == [r.kind for r in requests]
    total = sum(copy_count(request.content) for request in requests)
    assert total == 30 + 3
    assert calls == [(done, total) for done in range(1, total + 1)]
    for handout in result.handouts:
        assert handout.path is not None and handout.path.exists()
        assert handout.title == handout_title(requests[result.handouts.index(handout)])
    # Each student's worksheet is the named page and the nameless private page
    assert result.handouts[0].pages == 60


def test_cancel_stops_between_copies_and_leaves_no_half_file(tmp_path: Path) -> None:
    requests = _class_set()
    seen: list[int] = []
    result = render_class_set(
        requests,
        tmp_path,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 5,
    )
    assert result.cancelled and result.handouts == ()
    assert seen == [1, 2, 3, 4, 5]
    assert list(tmp_path.iterdir()) == []


def test_cancel_before_the_next_handout_keeps_the_finished_ones(tmp_path: Path) -> None:
    requests = _class_set()
    seen: list[int] = []
    result = render_class_set(
        requests,
        tmp_path,
        progress=lambda done, total: seen.append(done),
        cancelled=lambda: len(seen) >= 31,
    )
    assert result.cancelled
    assert [handout.kind for handout in result.handouts] == [HandoutKind.WORKSHEET]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["01-worksheet.pdf"]


def test_nothing_to_print_is_a_teacher_error_with_a_code(tmp_path: Path) -> None:
    with pytest.raises(HandoutError) as caught:
        render_handout(samples.request(PartnershipOverviewInput(groups=())), tmp_path / "x.pdf")
    assert caught.value.code is HandoutErrorCode.NOTHING_TO_PRINT
    assert str(caught.value) == (
        "The partnership-overview handout has nothing to print: groups is empty."
    )
    assert not (tmp_path / "x.pdf").exists()
    blank_rules = CharterPosterInput(rules=("  ",), agreed_on=samples.context().printed_on)
    with pytest.raises(HandoutError):
        render_handout(samples.request(blank_rules), tmp_path / "y.pdf")


def test_an_unwritable_target_is_a_teacher_error(tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "poster.pdf"
    with pytest.raises(HandoutError) as caught:
        render_handout(samples.request(samples.charter()), target)
    assert caught.value.code is HandoutErrorCode.OUTPUT_NOT_WRITABLE
    assert caught.value.params["path"] == str(target)


def test_importing_the_package_loads_neither_reportlab_nor_harfbuzz() -> None:
    code = (
        "import sys, netwerk_desktop.handouts;"
        "print(sorted(m for m in ('reportlab', 'uharfbuzz') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
