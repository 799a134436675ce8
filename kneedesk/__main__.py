"""The `kneedesk` entry point: subcommands for headless work (the GUI comes later)."""

import sys

from kneedesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
