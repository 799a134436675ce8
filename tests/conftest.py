"""Shared test set-up. Qt must run offscreen before anything imports it."""

import atexit
import os
import shutil
import tempfile

os.environ["QT_QPA_PLATFORM"] = "offscreen"

# This computer's audit key (kneedesk.store.anchor_key) lives in a folder of the test run, so
# no test reads or makes the real one; set before any test copies the environment for a child.
_KEY_FOLDER = tempfile.mkdtemp(prefix="kneedesk-test-key-")
atexit.register(shutil.rmtree, _KEY_FOLDER, ignore_errors=True)
os.environ["KNEEDESK_KEY_FILE"] = os.path.join(_KEY_FOLDER, "audit.key")

# So do the settings a child process of a test saves (window places and layouts per clinician,
# kneedesk.gui.window_geometry): never in the user's own KneeDesk.ini, where a test's layout
# would be what the user's next start, or the next test's child, is given.
_CONFIG_FOLDER = tempfile.mkdtemp(prefix="kneedesk-test-config-")
atexit.register(shutil.rmtree, _CONFIG_FOLDER, ignore_errors=True)
os.environ["XDG_CONFIG_HOME"] = _CONFIG_FOLDER
# And what the app keeps in the user's data folder (answers waiting for the clinic server).
_DATA_FOLDER = tempfile.mkdtemp(prefix="kneedesk-test-data-")
atexit.register(shutil.rmtree, _DATA_FOLDER, ignore_errors=True)
os.environ["XDG_DATA_HOME"] = _DATA_FOLDER

import pytest  # noqa: E402

# Helper modules that check what they do with assert: give their failures pytest's details.
pytest.register_assert_rewrite(
    "backups_helpers", "clipping", "hostile_helpers", "settings_helpers", "visit_reports"
)

# Clinic server mode: the throwaway PostgreSQL cluster and a fresh database per test.
from pg_fixtures import pg_database, pg_server, pg_verify_database  # noqa: E402, F401
