"""`python -m netwerk_desktop` runs the command line."""

import sys

from netwerk_desktop.cli import main

sys.exit(main())
