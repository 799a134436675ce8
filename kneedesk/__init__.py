"""KneeDesk: an offline movement-screen desk for runner's knee.

`kneedesk.__version__` is read from the installed package's metadata the first time it is
asked for, not on import: importing `importlib.metadata` (and the email parser it brings)
costs 20-40 ms, which every start of the app and of each command would otherwise pay.
"""

from __future__ import annotations

_version: str | None = None


def version() -> str:
    """The installed KneeDesk's version, as `pyproject.toml` gives it (read once)."""
    global _version  # a cache, filled on first use
    if _version is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as installed_version

        try:
            _version = installed_version("kneedesk")
        except PackageNotFoundError:  # running from a checkout that was never installed
            _version = "0.0.0"
    return _version


def __getattr__(name: str) -> str:
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
