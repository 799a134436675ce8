"""KneeDesk: an offline movement-screen desk for runner's knee."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kneedesk")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"
