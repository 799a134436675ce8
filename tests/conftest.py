"""Shared test set-up. Qt must run offscreen before anything imports it."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402

# Helper modules that check what they do with assert: give their failures pytest's details.
pytest.register_assert_rewrite(
    "backups_helpers", "clipping", "hostile_helpers", "settings_helpers", "visit_reports"
)
