"""The application's use cases, with no Qt: what the desktop app and the command line both do."""
