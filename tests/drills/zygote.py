"""A process that imports the app once and then forks a child per trial, kills it with SIGKILL
after the delay it is given, and reports. The child runs one command-line command against the
drill's data folder, exactly as `python -m netwerk_desktop ...` would.

Protocol, one JSON object per line: in {"argv": [...], "delay": seconds}; out {"killed": bool,
"status": exit status or null}. Forking a single-threaded process that holds no SQLite
connection is safe, and takes milliseconds instead of a fresh interpreter's second.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time


def main() -> None:
    import openpyxl  # noqa: F401

    import netwerk_desktop.cli as cli
    import netwerk_desktop.handouts
    import netwerk_desktop.services.handouts
    import netwerk_desktop.services.privacy
    import netwerk_desktop.workspace  # noqa: F401

    for line in sys.stdin:
        trial = json.loads(line)
        pid = os.fork()
        if pid == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            try:
                code = cli.main(trial["argv"])
            except BaseException:
                code = 99  # a traceback: the drill counts it as a failure
            os._exit(code)
        start = time.perf_counter()
        deadline = start + float(trial["delay"])
        finished, status = os.waitpid(pid, os.WNOHANG)
        while finished == 0 and time.perf_counter() < deadline:
            time.sleep(0.001)
            finished, status = os.waitpid(pid, os.WNOHANG)
        elapsed = time.perf_counter() - start
        killed = finished == 0
        if killed:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        code = os.waitstatus_to_exitcode(status)
        print(json.dumps({"killed": killed, "status": code, "seconds": elapsed}), flush=True)


if __name__ == "__main__":
    main()
