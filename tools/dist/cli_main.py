"""The frozen app's command line: `netwerk-cli`, the same as `python -m netwerk_desktop`."""

import sys

from netwerk_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
