"""Shared test set-up. Qt must run offscreen before anything imports it."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
