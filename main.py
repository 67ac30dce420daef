"""Netwerk Desktop: starts the app. All the work happens in ui.shell.app."""

import sys

from ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
