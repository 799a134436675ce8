"""The hand-written package list ships every package, and resources load through importlib."""

from __future__ import annotations

import tomllib
from importlib.resources import files
from pathlib import Path

import kneedesk
from kneedesk.core.protocol import load_protocol, parse_protocol

ROOT = Path(kneedesk.__file__).resolve().parent.parent


def setuptools_config() -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    table: dict[str, object] = config["tool"]["setuptools"]
    return table


def packages_on_disk() -> set[str]:
    """Every directory under kneedesk/ with an __init__.py, as a dotted name."""
    found = set()
    for init in (ROOT / "kneedesk").rglob("__init__.py"):
        found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def test_every_package_is_listed() -> None:
    listed = setuptools_config()["packages"]
    assert isinstance(listed, list)
    missing = sorted(packages_on_disk() - set(listed))
    assert missing == [], f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert "kneedesk.resources" in listed


def resource_folders() -> set[str]:
    """Every folder of data under resources/, as the dotted name it ships under."""
    return {
        f"kneedesk.resources.{folder.name}"
        for folder in (ROOT / "resources").iterdir()
        if folder.is_dir() and not folder.name.startswith(("_", "."))
    }


def test_every_resource_folder_is_listed() -> None:
    """setuptools warns about, and may one day drop, data folders that are not listed."""
    listed = setuptools_config()["packages"]
    assert isinstance(listed, list)
    missing = sorted(resource_folders() - set(listed))
    assert missing == [], f"add to [tool.setuptools] packages in pyproject.toml: {missing}"


def test_listed_packages_exist() -> None:
    listed = setuptools_config()["packages"]
    assert isinstance(listed, list)
    assert len(listed) == len(set(listed))
    stale = sorted(set(listed) - packages_on_disk() - resource_folders() - {"kneedesk.resources"})
    assert stale == []


def test_resources_directory_ships_as_kneedesk_resources() -> None:
    assert setuptools_config()["package-dir"] == {"kneedesk.resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()
    package_data = setuptools_config()["package-data"]
    assert isinstance(package_data, dict)
    assert "kneedesk.resources" in package_data


def test_protocol_loads_through_importlib_resources() -> None:
    resource = files("kneedesk.resources").joinpath("protocols", "runners-knee-v1.toml")
    assert resource.is_file()
    parsed = parse_protocol(resource.read_text(encoding="utf-8"), source=resource.name)
    assert (parsed.id, parsed.version) == ("runners-knee", 1)
    assert load_protocol("runners-knee", 1).item("kujala.limp") == parsed.item("kujala.limp")
