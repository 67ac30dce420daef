"""Netwerk Desktop: starts the app. All the work happens in ui.app."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
