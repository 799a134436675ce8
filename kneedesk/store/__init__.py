"""The clinic's records: one SQLite file, opened safely, with repositories for each kind of record.

No Qt here: the GUI receives repository objects and calls them from its writer thread.
"""

from kneedesk.store.db import close_db, open_db
from kneedesk.store.errors import StoreError
from kneedesk.store.store import Store

__all__ = ["Store", "StoreError", "close_db", "open_db"]
