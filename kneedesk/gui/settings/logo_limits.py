"""Limits of the logo the clinic forms accept (the settings themselves are typed in
`kneedesk.store.clinic_settings`)."""

from __future__ import annotations

MAX_LOGO_PIXELS = 600
MAX_LOGO_FILE_BYTES = 5 * 1024 * 1024
