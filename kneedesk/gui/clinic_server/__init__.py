"""Clinic server mode on this workstation: its settings, the connection test, the start-up."""
