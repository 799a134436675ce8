"""The `kneedesk` command line: one module per group of subcommands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import kneedesk

# Each module defines `register(subparsers)`, which adds its subcommands and sets
# `func` (taking the parsed namespace, returning an exit status) on each parser.
COMMAND_MODULES: tuple[str, ...] = (
    "kneedesk.cli.score",
    "kneedesk.cli.report",
    "kneedesk.cli.demo",
    "kneedesk.cli.store_cmds",
    "kneedesk.cli.server",
)


class _VersionAction(argparse.Action):
    """`--version`: the version is read only when asked for (see `kneedesk.version`)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="show the program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"kneedesk {kneedesk.version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="kneedesk",
        description=(
            "KneeDesk: an offline movement-screen desk for runner's knee. "
            "With no command it opens the desktop app; commands do headless work."
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--db",
        dest="app_db",
        metavar="PATH",
        help="open the app on this database file instead of the user's",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on the demo clinic (created on first use), with its login shown",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check headless that this install finds its resources, fonts and Qt plugins, "
        "print one line and exit (0 when every check passes)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


EXIT_USAGE = 2


def run(args: argparse.Namespace) -> int:
    """Run the subcommand the parsed arguments name; return the process exit status."""
    status: int = args.func(args)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run one headless command; return the process exit status.

    The desktop app and `--self-test` are started by `kneedesk.__main__`, which owns both
    sides: the command line never imports the GUI.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "func", None) is None or args.self_test:
        parser.print_usage(sys.stderr)
        sys.stderr.write(
            "kneedesk: this runs commands only; start `kneedesk` (python -m kneedesk) "
            "for the desktop app and --self-test\n"
        )
        return EXIT_USAGE
    return run(args)
