"""Command-line tools some checks use (poppler-utils, qpdf, desktop-file-utils, appstream).

`.ci/run` installs them, so in CI a missing tool is a failure, not a silent skip. On a
developer machine without them the check is skipped with a message naming the package.
"""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str, package: str) -> str:
    """The tool's path; fails under CI and skips elsewhere when it is not installed."""
    path = shutil.which(name)
    if path is not None:
        return path
    message = f"{name} is not installed (Debian package {package})"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; .ci/run should have installed it")
    pytest.skip(f"{message}; the pypdf checks still run")
