"""The `kneedesk` entry point and composition root: the command line or the desktop app.

With a command (`kneedesk score ...`) the command line does headless work and Qt is never
loaded; with none it opens the desktop app; `--self-test` checks the install. Only this
module knows both sides, so the command line and the GUI never import each other (the
layers contract in pyproject.toml keeps them siblings).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run `kneedesk` with these arguments; return the process exit status."""
    from kneedesk.cli import build_parser, run

    args = build_parser().parse_args(argv)
    if args.self_test:
        from kneedesk.gui.selftest import main as self_test

        return self_test()
    if getattr(args, "func", None) is None:
        # Imported here so headless commands never load Qt. The store first: once PySide6 is
        # loaded, its import hook reads the source of each module importing after it, which
        # makes sqlite-utils and numpy (hundreds of modules) some 50 ms slower to import.
        import kneedesk.store.store  # noqa: F401
        from kneedesk.gui.app import run_gui

        return run_gui(args.app_db, demo=args.demo)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
