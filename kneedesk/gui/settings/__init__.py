"""Clinic settings: the Settings dialog (`kneedesk.gui.settings.dialog.SettingsDialog`) and
its tabs. The stored values are read as one `kneedesk.store.clinic_settings.ClinicSettings`."""
