"""`kneedesk --self-test`: a headless check that an install finds everything it needs.

Run after installing (or on a frozen bundle straight from `make package`), it proves that the
resources, fonts, database migrations, scoring, PDF writing and the Qt plugins are all there,
without a display and without touching the clinic's own data. Like the app's first start, it
creates the user's data folder (user-only) when there is none. It prints one line and exits
0 when every check passes; otherwise one line naming the step that failed, and exit 1.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from kneedesk import version

EXIT_OK = 0
EXIT_FAILED = 1

EXAMPLE = ("examples", "example-visit.json")
ICON = ("icons", "kneedesk.svg")
# Image formats the GUI reads: the app icon (SVG) and clinic logos (PNG, JPEG).
IMAGE_FORMATS = ("svg", "png", "jpeg")
# Right-to-left and East Asian names, to prove the shaping libraries and every font load.
SCRIPT_SAMPLES = ("\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u674e", "\ud55c")
PDF_RENDER_WIDTH = 400  # pixels; a multiple of 4, so an 8-bit image has no row padding
PDF_LOAD_TIMEOUT_MS = 10_000


class SelfTestError(Exception):
    """A check that failed: the step it belongs to and what went wrong."""

    def __init__(self, step: str, detail: str) -> None:
        super().__init__(f"{step}: {detail}")
        self.step = step
        self.detail = detail


@dataclass
class Results:
    """What the checks found, for the summary line."""

    schema: int = 0
    kujala: int | None = None
    findings: int = 0
    pdf: bytes = b""
    pages: int = 0
    qt_version: str = ""
    platform: str = ""

    def summary(self) -> str:
        """The part of the result line in brackets."""
        return (
            f"store schema {self.schema}, example Kujala {self.kujala}/100, "
            f"{self.findings} findings, handout {self.pages} pages, "
            f"Qt {self.qt_version} {self.platform}"
        )


@contextmanager
def step(name: str) -> Iterator[None]:
    """Turn any exception raised inside into a SelfTestError for this step."""
    try:
        yield
    except SelfTestError:
        raise
    except Exception as exc:
        text = " ".join(str(exc).split()) or "(no message)"
        raise SelfTestError(name, f"{type(exc).__name__}: {text}") from exc


def check(condition: bool, step_name: str, detail: str) -> None:
    """Fail the step with `detail` unless `condition` holds."""
    if not condition:
        raise SelfTestError(step_name, detail)


def check_resources() -> None:
    """The protocol, the exercise library, the examples, the icon and the fonts are bundled."""
    from kneedesk.core.exercises import load_exercises
    from kneedesk.core.protocol import load_protocol
    from kneedesk.report.fonts import FONT_FILES

    with step("resources"):
        root = files("kneedesk.resources")
        protocol = load_protocol("runners-knee", 1)
        check(bool(protocol.sections), "resources", "the protocol has no sections")
        check(bool(load_exercises()), "resources", "the exercise library is empty")
        for parts in (EXAMPLE, ICON):
            check(root.joinpath(*parts).is_file(), "resources", f"{'/'.join(parts)} is missing")
        fonts = root.joinpath("fonts")
        for name in FONT_FILES.values():
            check(fonts.joinpath(name).is_file(), "resources", f"font {name} is missing")
        licences = [p.name for p in fonts.iterdir() if p.name.startswith("LICENSE")]
        check(len(licences) >= 3, "resources", f"font licences missing (found {licences})")


def check_languages() -> None:
    """Each shipped language's catalogues are bundled and read: the report's (gettext), its
    dates (Babel's locale data) and the screens' (Qt's .qm)."""
    from datetime import date

    from kneedesk.core.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue
    from kneedesk.core.locale_format import long_date

    with step("languages"):
        root = files("kneedesk.resources")
        for code in LANGUAGES:
            if code == SOURCE_LANGUAGE:
                continue
            title = catalogue(code).gettext("The pain rules")
            check(title != "The pain rules", "languages", f"the {code} report catalogue is missing")
            check(
                long_date(date(2026, 11, 20), code) != "20 November 2026",
                "languages",
                f"no {code} date format (Babel's locale data is missing)",
            )
            qm = root.joinpath("translations", f"kneedesk_{code}.qm")
            check(qm.is_file(), "languages", f"{qm.name} is missing")


def check_store(results: Results) -> None:
    """A new database in a temporary folder opens, migrates to the current schema and closes."""
    from argon2 import PasswordHasher

    from kneedesk.store.db import SCHEMA_VERSION, schema_version
    from kneedesk.store.store import Store

    with step("store"), tempfile.TemporaryDirectory(prefix="kneedesk-self-test-") as folder:
        with Store.open(Path(folder) / "self-test.kneedesk") as store:
            results.schema = schema_version(store.file_db)
        check(
            results.schema == SCHEMA_VERSION,
            "store",
            f"schema {results.schema} after migrating, expected {SCHEMA_VERSION}",
        )
        # Clinician passwords need argon2's compiled library; cheap parameters suffice here.
        hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
        check(hasher.verify(hasher.hash("self-test"), "self-test"), "store", "argon2 failed")


def check_data_folder() -> None:
    """The user's data folder is there or is made (user-only) as on the app's first start.

    The same call the app's database opening makes, so a new account where the folder
    cannot be made fails here rather than at the clinic's first start. Nothing is written
    into the folder.
    """
    from kneedesk.store.paths import default_db_path, prepare_db_folder

    with step("data folder"):
        path = default_db_path()
        prepare_db_folder(path)
        folder = path.parent
        check(folder.is_dir(), "data folder", f"{folder} was not created")
        check(
            os.access(folder, os.W_OK | os.X_OK),
            "data folder",
            f"this account may not write in {folder}",
        )


def check_example(results: Results) -> Any:
    """The bundled example visit reads, scores and has findings; returns the visit document."""
    from kneedesk.core.assessment import assess
    from kneedesk.core.visit_doc import parse_visit_doc

    with step("example"):
        text = files("kneedesk.resources").joinpath(*EXAMPLE).read_text(encoding="utf-8")
        doc = parse_visit_doc(json.loads(text))
        assessment = assess(doc)
        results.kujala = assessment.scores.kujala.total
        results.findings = len(assessment.findings)
        check(results.kujala is not None, "example", "the example's Kujala total is missing")
        check(results.findings > 0, "example", "the example visit fired no finding")
    return doc


def check_handout(results: Results, doc: Any) -> None:
    """The patient handout renders with the bundled fonts, and names in any script shape."""
    from kneedesk.report.documents import handout_data
    from kneedesk.report.fonts import REGULAR_CHAIN, font_runs, register_fonts, visual_order
    from kneedesk.report.handout import render_handout

    with step("fonts"):
        register_fonts()
        used: set[str] = set()
        for sample in SCRIPT_SAMPLES:
            used.update(run.font for run in font_runs(visual_order(sample)))
        check(
            used == set(REGULAR_CHAIN),
            "fonts",
            f"sample names set in {sorted(used)}, expected {sorted(REGULAR_CHAIN)}",
        )
    with step("handout"):
        results.pdf = render_handout(handout_data(doc))
        check(results.pdf.startswith(b"%PDF-"), "handout", "the handout is not a PDF")


def check_qt_platform() -> str:
    """Choose the offscreen platform unless one is set, and find its plugin before Qt needs it.

    Without its platform plugin Qt aborts the process, which would print no result line.
    """
    from PySide6.QtCore import QCoreApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    platform = os.environ["QT_QPA_PLATFORM"].split(":")[0].split(";")[0]
    with step("qt plugins"):
        folders = [Path(p) / "platforms" for p in QCoreApplication.libraryPaths()]
        found = [f for d in folders if d.is_dir() for f in d.iterdir() if platform in f.name]
        searched = ", ".join(str(f) for f in folders) or "no plugin folder"
        check(bool(found), "qt plugins", f"no '{platform}' platform plugin in {searched}")
    return platform


def check_qt(results: Results) -> None:
    """Qt starts headless, reads the icon and logo formats, and renders the handout with QtPdf."""
    platform = check_qt_platform()
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QImageReader

    from kneedesk.gui.app import app_icon, make_application

    with step("qt"):
        app = make_application([sys.argv[0] if sys.argv else "kneedesk"])
        results.qt_version = qVersion()
        results.platform = app.platformName()
        check(
            results.platform == platform,
            "qt",
            f"platform {results.platform}, expected {platform}",
        )
    with step("qt plugins"):
        formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
        missing = [f for f in IMAGE_FORMATS if f not in formats]
        check(not missing, "qt plugins", f"no image format plugin for {', '.join(missing)}")
        icon = app_icon()
        check(icon is not None and not icon.isNull(), "qt plugins", "the app icon did not load")
    with step("pdf"):
        results.pages = render_first_page(results.pdf)
    with step("gui"):
        # Every window module and what it imports is in this install.
        importlib.import_module("kneedesk.gui.main_window")
    with step("charts"):
        draw_chart()


def draw_chart() -> None:
    """pyqtgraph (progress charts) draws a line offscreen."""
    import pyqtgraph as pg

    widget = pg.PlotWidget()
    try:
        widget.resize(320, 200)
        widget.plot([1.0, 2.0, 3.0], [3.0, 1.0, 2.0])
        check(not widget.grab().isNull(), "charts", "pyqtgraph drew nothing")
    finally:
        widget.deleteLater()


def render_first_page(pdf: bytes) -> int:
    """Load a PDF with QtPdf, check page 1 renders with ink on it, and return the page count."""
    from PySide6.QtCore import (
        QBuffer,
        QByteArray,
        QCoreApplication,
        QDeadlineTimer,
        QIODevice,
        QSize,
        Qt,
    )
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    deadline = QDeadlineTimer(PDF_LOAD_TIMEOUT_MS)
    loading = (QPdfDocument.Status.Loading, QPdfDocument.Status.Null)
    while document.status() in loading and not deadline.hasExpired():
        QCoreApplication.processEvents()
    status = document.status()
    check(status == QPdfDocument.Status.Ready, "pdf", f"QtPdf could not load the handout: {status}")
    pages = document.pageCount()
    check(pages > 0, "pdf", "QtPdf found no pages in the handout")
    points = document.pagePointSize(0)
    height = round(PDF_RENDER_WIDTH * points.height() / max(points.width(), 1.0))
    image = document.render(0, QSize(PDF_RENDER_WIDTH, height))
    check(not image.isNull(), "pdf", "QtPdf rendered no image of page 1")
    # Unpainted areas come back transparent: lay the page on white paper before measuring ink.
    paper = QImage(image.size(), QImage.Format.Format_Grayscale8)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    gray = paper
    ink = dark_fraction(bytes(gray.constBits())[: PDF_RENDER_WIDTH * gray.height()])
    check(0.001 < ink < 0.9, "pdf", f"page 1 looks blank ({ink:.2%} dark pixels)")
    document.close()
    buffer.close()
    return pages


def dark_fraction(gray: bytes) -> float:
    """The share of 8-bit gray pixels darker than mid-gray."""
    if not gray:
        return 0.0
    light = gray.translate(None, bytes(range(128)))
    return (len(gray) - len(light)) / len(gray)


def run_checks() -> Results:
    """Every check in order; raise SelfTestError at the first that fails."""
    results = Results()
    check_resources()
    check_languages()
    check_store(results)
    check_data_folder()
    doc = check_example(results)
    check_handout(results, doc)
    check_qt(results)
    return results


def run_self_test() -> tuple[int, str]:
    """Run the checks; return the exit status and the one line to print."""
    head = f"KneeDesk {version()} self-test:"
    try:
        results = run_checks()
    except SelfTestError as exc:
        return EXIT_FAILED, f"{head} FAILED at {exc.step}: {exc.detail}"
    except Exception as exc:  # a bug in a check itself still gets one line
        text = " ".join(str(exc).split())
        return EXIT_FAILED, f"{head} FAILED: {type(exc).__name__}: {text}"
    return EXIT_OK, f"{head} ok ({results.summary()})"


def main() -> int:
    """Print the result line and return the exit status."""
    status, line = run_self_test()
    stream = sys.stdout if status == EXIT_OK else sys.stderr
    if stream is not None:  # a windowed Windows executable has no console streams
        stream.write(line + "\n")
    return status
