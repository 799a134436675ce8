"""The clinic's records: one SQLite file, opened safely, with repositories for each kind of record.

No Qt here: the GUI receives repository objects and calls them from its writer thread.

`Store`, `StoreError`, `open_db` and `close_db` are imported from their modules when first
asked for, so that importing a light module of the package (`kneedesk.store.paths`, say)
does not load sqlite-utils: the command line builds its parser without it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kneedesk.store.db import close_db, open_db
    from kneedesk.store.errors import StoreError
    from kneedesk.store.store import Store

__all__ = ["Store", "StoreError", "close_db", "open_db"]

_HOMES = {
    "Store": "kneedesk.store.store",
    "StoreError": "kneedesk.store.errors",
    "close_db": "kneedesk.store.db",
    "open_db": "kneedesk.store.db",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(home), name)
