"""Running the command line inside a test, as a shell would: exit code, stdout, stderr."""

from __future__ import annotations

import pytest

from netwerk_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse exits on --version, --help and bad usage
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
