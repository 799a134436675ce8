"""`kneedesk demo`: create the demo clinic (`kneedesk.services.demo`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_clinic
from kneedesk.store.errors import StoreError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `kneedesk demo`."""
    parser = subparsers.add_parser(
        "demo",
        help="create the demo clinic (synthetic patients and visits)",
        description=(
            "Create a demo clinic with about 30 synthetic runners, 1 to 6 visits each, and "
            f"the account {DEMO_USERNAME!r} with password {DEMO_PASSWORD!r}. Running it again "
            "changes nothing."
        ),
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: the demo clinic's)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from kneedesk.store.paths import default_data_dir

    path = Path(args.db) if args.db else default_data_dir() / "demo.kneedesk"
    if args.db:  # the default folder is made user-only when the database is opened
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        created = create_demo_clinic(path)
    except StoreError as exc:
        print(f"kneedesk demo: {exc.what} {exc.todo}".strip())  # noqa: T201
        return 1
    state = "created" if created else "already there"
    print(  # noqa: T201
        f"Demo clinic {state}: {path}\nLog in as {DEMO_USERNAME} with password {DEMO_PASSWORD}."
    )
    return 0
