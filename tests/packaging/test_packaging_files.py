"""The packaging files agree with each other and with pyproject.toml (no build needed).

The spec is run with stand-ins for PyInstaller's classes (spec_stand_ins.py), on each
platform's branch, so what it would bundle can be checked in a second. The slow build itself
is in test_bundle.py.
"""

from __future__ import annotations

import configparser
import hashlib
import re
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from external_tools import require_tool
from PIL import Image
from spec_stand_ins import Recorder, run_spec

import kneedesk

ROOT = Path(kneedesk.__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "org.kneedesk.KneeDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ISS = PACKAGING / "windows" / "kneedesk.iss"
ICONS = PACKAGING / "icons"


def project() -> dict[str, Any]:
    table: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"
    ]
    return table


@pytest.fixture
def linux_spec(monkeypatch: pytest.MonkeyPatch) -> tuple[Recorder, dict[str, Any]]:
    return run_spec(monkeypatch, "linux")


def bundled_resources(analysis: dict[str, Any]) -> set[str]:
    """Every resource file as the bundle will hold it, relative to kneedesk/resources."""
    found = set()
    for source, folder in analysis["datas"]:
        if Path(folder).parts[:2] == ("kneedesk", "resources"):
            found.add(Path(*Path(folder).parts[2:], Path(source).name).as_posix())
    return found


def test_spec_bundles_every_resource(linux_spec: tuple[Recorder, dict[str, Any]]) -> None:
    analysis = linux_spec[0].one("Analysis")
    on_disk = {
        p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.name != "__init__.py" and "__pycache__" not in p.parts
    }
    bundled = bundled_resources(analysis)
    assert bundled == on_disk
    for pattern in (
        r"protocols/.+\.toml",
        r"exercises/library\.toml",
        r"fonts/.+\.ttf",
        r"fonts/LICENSE-.+\.txt",
        r"icons/kneedesk\.svg",
        r"examples/.+\.json",
    ):
        assert any(re.fullmatch(pattern, name) for name in bundled), pattern


def test_spec_adds_the_mapped_resources_package_and_the_metadata(
    linux_spec: tuple[Recorder, dict[str, Any]],
) -> None:
    recorder, namespace = linux_spec
    pure = namespace["a"].pure
    assert ("kneedesk.resources", str(ROOT / "resources" / "__init__.py"), "PYMODULE") in pure
    analysis = recorder.one("Analysis")
    # kneedesk.__version__ reads the package metadata.
    assert ("/site/kneedesk.dist-info", "kneedesk.dist-info") in analysis["datas"]
    assert analysis["pathex"] == [str(ROOT)]
    # The command modules are imported by name, so all of kneedesk's modules are listed.
    assert "<submodules of kneedesk>" in analysis["hiddenimports"]
    assert {"arabic_reshaper", "bidi", "PySide6.QtOpenGL"} <= set(analysis["hiddenimports"])
    assert namespace["VERSION"] == project()["version"]


def test_spec_keeps_the_qt_modules_the_app_uses(
    linux_spec: tuple[Recorder, dict[str, Any]],
) -> None:
    excludes = set(linux_spec[0].one("Analysis")["excludes"])
    assert {"PyQt5", "PyQt6", "PySide2", "OpenGL", "pyqtgraph.opengl"} <= excludes
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml"} <= excludes
    assert {"PySide6.Qt3DCore", "PySide6.QtMultimedia"} <= excludes
    used = {"QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtPdf", "QtPdfWidgets"}
    used |= {"QtPrintSupport", "QtSvg", "QtOpenGL", "QtOpenGLWidgets"}
    assert not {f"PySide6.{m}" for m in used} & excludes


def test_every_qt_module_the_app_imports_is_kept(
    linux_spec: tuple[Recorder, dict[str, Any]],
) -> None:
    excludes = set(linux_spec[0].one("Analysis")["excludes"])
    imported = set()
    for path in (ROOT / "kneedesk").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no Qt import found"
    assert not {f"PySide6.{m}" for m in imported} & excludes


def test_spec_makes_the_app_and_the_console_executables(
    linux_spec: tuple[Recorder, dict[str, Any]],
) -> None:
    recorder = linux_spec[0]
    exes = {kw["name"]: kw for _, kw in recorder.calls["EXE"]}
    assert set(exes) == {"KneeDesk", "kneedesk-cli"}
    assert exes["KneeDesk"]["console"] is False
    assert exes["kneedesk-cli"]["console"] is True
    assert all(kw["icon"] is None and kw["version"] is None for kw in exes.values())
    assert recorder.one("COLLECT")["name"] == "KneeDesk"
    assert "BUNDLE" not in recorder.calls


def test_spec_on_windows_has_icon_and_file_version(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "win32")
    for _, kw in recorder.calls["EXE"]:
        assert kw["icon"] == str(ICONS / "kneedesk.ico")
        assert kw["version"] is not None
    strings = [args for args, _ in recorder.calls["StringStruct"]]
    assert {v for k, v in strings if k == "ProductVersion"} == {project()["version"]}
    names = {v for k, v in strings if k == "OriginalFilename"}
    assert names == {"KneeDesk.exe", "kneedesk-cli.exe"}
    numbers = recorder.calls["FixedFileInfo"][0][1]["filevers"]
    assert len(numbers) == 4
    assert ".".join(map(str, numbers[:3])) == project()["version"]


def test_spec_on_macos_makes_an_app_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder, _ = run_spec(monkeypatch, "darwin")
    bundle = recorder.one("BUNDLE")
    assert bundle["name"] == "KneeDesk.app"
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["icon"] == str(ICONS / "kneedesk.icns")
    plist = bundle["info_plist"]
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == project()["version"]
    assert plist["NSHighResolutionCapable"] is True
    assert re.fullmatch(r"\d+\.\d+", plist["LSMinimumSystemVersion"])
    assert plist["NSHumanReadableCopyright"]
    readme = (PACKAGING / "macos" / "README.md").read_text(encoding="utf-8")
    for key in plist:
        assert f"`{key}`" in readme, f"packaging/macos/README.md does not explain {key}"


def test_icons_are_drawn_from_the_current_svg() -> None:
    svg = ROOT / "resources" / "icons" / "kneedesk.svg"
    recorded = (ICONS / "SOURCE.sha256").read_text(encoding="utf-8").split()[0]
    assert recorded == hashlib.sha256(svg.read_bytes()).hexdigest(), (
        "the icon changed: run `make icons` and commit packaging/icons/"
    )


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_linux_icon_sizes(size: int) -> None:
    with Image.open(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # Transparent corners (the tile is rounded) and an opaque middle.
        assert image.getpixel((0, 0))[3] == 0
        assert image.getpixel((size // 2, size // 2))[3] == 255


def test_windows_and_macos_icons() -> None:
    with Image.open(ICONS / "kneedesk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(ICONS / "kneedesk.icns") as icns:
        sizes = {(w, h) for w, h, _ in icns.info["sizes"]}
        assert {(16, 16), (32, 32), (128, 128), (256, 256), (512, 512)} <= sizes


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "KneeDesk"
    assert entry["Exec"] == "KneeDesk"  # the executable the spec names
    assert entry["Icon"] == APP_ID  # the hicolor PNGs' name
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    # The app tells Wayland the same id (QGuiApplication.setDesktopFileName).
    app_source = (ROOT / "kneedesk" / "gui" / "app.py").read_text(encoding="utf-8")
    assert f'DESKTOP_ID = "{APP_ID}"' in app_source


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def test_metainfo_has_the_required_keys() -> None:
    root = metainfo()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == project()["license"]
    assert root.findtext("name") == "KneeDesk"
    assert root.findtext("summary")
    assert root.find("description/p") is not None
    launchable = root.find("launchable")
    assert launchable is not None
    assert (launchable.get("type"), launchable.text) == ("desktop-id", DESKTOP.name)
    assert root.find("content_rating") is not None


def test_metainfo_lists_the_current_version_first() -> None:
    releases = metainfo().findall("releases/release")
    assert releases, "metainfo has no <release>"
    assert releases[0].get("version") == project()["version"], (
        "add the new release at the top of <releases> in packaging/linux/*.metainfo.xml"
    )
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date") or "")


@pytest.mark.parametrize(
    ("tool", "package", "args", "target"),
    [
        ("desktop-file-validate", "desktop-file-utils", [], DESKTOP),
        ("appstreamcli", "appstream", ["validate", "--no-net"], METAINFO),
    ],
)
def test_linux_files_pass_their_validators(
    tool: str, package: str, args: list[str], target: Path
) -> None:
    exe = require_tool(tool, package)
    done = subprocess.run(
        [exe, *args, str(target)], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8")


def iss_section(name: str) -> list[str]:
    """The non-comment lines of one [Section] of the Inno Setup script."""
    lines: list[str] = []
    current = ""
    for raw in iss_text().splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
        elif current == name and line and not line.startswith(";"):
            lines.append(line)
    return lines


def test_inno_setup_installs_per_user_and_needs_the_version() -> None:
    setup = dict(line.split("=", 1) for line in iss_section("Setup"))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\{#AppName}"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["SetupIconFile"] == r"..\icons\kneedesk.ico"
    text = iss_text()
    assert "#ifndef AppVersion" in text
    assert "#error" in text
    assert '#define AppExe "KneeDesk.exe"' in text


def test_inno_setup_shortcuts_and_files() -> None:
    assert iss_section("Files") == [
        r'Source: "..\..\dist\{#AppName}\*"; DestDir: "{app}"; '
        "Flags: ignoreversion recursesubdirs createallsubdirs"
    ]
    icons = iss_section("Icons")
    assert any(line.startswith('Name: "{autoprograms}') for line in icons)
    desktop = [line for line in icons if line.startswith('Name: "{autodesktop}')]
    assert len(desktop) == 1
    assert "Tasks: desktopicon" in desktop[0]
    task = iss_section("Tasks")
    assert len(task) == 1
    assert "Flags: unchecked" in task[0]


def test_inno_setup_never_deletes_the_clinic_data() -> None:
    assert "[UninstallDelete]" not in iss_text().replace("no [UninstallDelete]", "")
    for line in iss_section("InstallDelete"):
        assert 'Name: "{app}\\' in line, line
    assert r"%LOCALAPPDATA%\KneeDesk" in iss_text()


def test_make_package_uses_the_pinned_pyinstaller() -> None:
    extras = project()["optional-dependencies"]
    assert any(re.fullmatch(r"pyinstaller==\d+\.\d+\.\d+", dep) for dep in extras["package"])
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^package: .*\n\t\$\(PY\) packaging/build\.py", makefile, re.M)
    # The package extra comes from the lock, like everything make installs (test_lock.py).
    assert "-m pip install --quiet --require-hashes -r $(LOCK)" in makefile
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert {"build/", "dist/"} <= set(ignored)
