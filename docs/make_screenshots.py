"""Render the README's screenshots from the demo clinic, offscreen (run `make screenshots`).

Creates a fresh demo clinic in a temporary folder, drives the real main window and
saves PNGs into docs/screenshots/: every screen in the light appearance, a few in Spanish
with a handout in Spanish and German (`*-es.png`, `handout-de.png`), then the main screens
again in the dark one (`*-dark.png`). `--dark` makes only the dark ones.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kneedesk.core.protocol_model import Section  # noqa: E402
from kneedesk.gui.app import make_application  # noqa: E402
from kneedesk.gui.background import wait_for_background_work  # noqa: E402
from kneedesk.gui.languages import install_language  # noqa: E402
from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.gui.settings.dialog import SettingsDialog  # noqa: E402
from kneedesk.gui.theme import Scheme, apply_theme  # noqa: E402
from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME, create_demo_clinic  # noqa: E402
from kneedesk.services.report_render import render_report  # noqa: E402
from kneedesk.services.visit_report import visit_report  # noqa: E402
from kneedesk.store.reports import ReportKind  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
SIZE = (1366, 768)
# The settings dialog's tabs, in order, and the screenshot name of each.
SETTINGS_TABS = (
    "clinic",
    "units",
    "videos",
    "language",
    "thresholds",
    "security",
    "clinicians",
    "backups",
)


def settle(app: QApplication) -> None:
    """Let layouts and deferred updates finish before grabbing."""
    for _ in range(5):
        app.processEvents()


def settle_pages(app: QApplication, seconds: float = 2.0) -> None:
    """Let the PDF preview draw its pages (QtPdf renders them on its own thread)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def wait_for_backup(app: QApplication, window: MainWindow) -> None:
    """Let the background backup finish and its result reach the window."""
    wait_for_background_work()
    end = time.monotonic() + 10
    while window.backups.busy and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    settle(app)


def handout_pages(store: Store) -> None:
    """The handout of a demo patient's third signed visit, one PNG per page (pdftoppm)."""
    patient = next(
        p
        for p in store.patients.search("", limit=100)
        if sum(v.signed for v in store.visits.for_patient(p.id)) >= 3
    )
    third = [v for v in store.visits.for_patient(patient.id) if v.signed][2]
    pdf = render_report(visit_report(store, third.id).data, ReportKind.HANDOUT)
    for old in OUT.glob("handout-page-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "handout.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", str(source), str(Path(folder) / "page")], check=True
        )
        for page in sorted(Path(folder).glob("page-*.png")):
            number = int(page.stem.rsplit("-", 1)[1])
            shutil.copyfile(page, OUT / f"handout-page-{number}.png")


def first_page(pdf: bytes, name: str) -> None:
    """The first page of a PDF as docs/screenshots/<name>.png (pdftoppm, 80 dpi)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "document.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(source),
             str(OUT / name)],
            check=True,
        )  # fmt: skip


def shoot_languages(app: QApplication) -> None:
    """The screens in Spanish (the demo clinician chose it) and a follow-up's handout in
    Spanish and in German."""
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        db = Path(folder) / "demo.kneedesk"
        create_demo_clinic(db)
        with Store.open(db) as store:
            demo = store.accounts.by_username(DEMO_USERNAME)
            assert demo is not None
            store.accounts.set_language(demo.id, "es")
            patient = store.patients.search("Dubois")[0]
            last = store.visits.for_patient(patient.id)[-1]
            for language in ("es", "de"):
                report = visit_report(store, last.id, language)
                first_page(
                    render_report(report.data, ReportKind.HANDOUT, language), f"handout-{language}"
                )
            window = MainWindow(store)
            window.resize(*SIZE)
            window.show()
            window.login.ui.username.setText(DEMO_USERNAME)
            window.login.ui.password.setText(DEMO_PASSWORD)
            window.login.attempt()
            settle(app)
            drafting = store.patients.search("Ångström")[0]
            window.show_patient(drafting.id)
            window.open_visit(store.visits.for_patient(drafting.id)[-1].id)
            wizard = window.visit.wizard
            assert wizard is not None
            wizard.set_section(section_index(wizard.protocol.sections, "hip"))
            settle(app)
            window.grab().save(str(OUT / "screen-es.png"))
            wizard.set_section(len(wizard.protocol.sections))
            settle(app)
            window.grab().save(str(OUT / "summary-es.png"))
            window.close()
            wait_for_background_work()


def section_index(sections: Sequence[Section], section_id: str) -> int:
    """Where a section is in the wizard's list."""
    return next(i for i, s in enumerate(sections) if s.id == section_id)


def patient_ids(store: Store) -> list[int]:
    """Every demo patient, in chart order."""
    return [
        p.id for p in sorted(store.patients.search("", limit=100), key=lambda p: p.chart_number)
    ]


def main(argv: Sequence[str]) -> int:
    """Make every screenshot (with `--dark`, only the dark ones)."""
    OUT.mkdir(exist_ok=True)
    app = make_application(sys.argv[:1])
    schemes = [Scheme.DARK] if "--dark" in argv else [Scheme.LIGHT, Scheme.DARK]
    for scheme in schemes:
        apply_theme(app, scheme)  # as the system's light or dark setting would
        shoot(app, scheme)
        if scheme is Scheme.LIGHT:
            shoot_languages(app)
            install_language("en")
    for png in sorted(OUT.glob("*.png")):
        print(png.relative_to(OUT.parent.parent))  # noqa: T201
    return 0


def shoot(app: QApplication, scheme: Scheme) -> None:
    """Drive a fresh demo clinic through the main screens and save each in this appearance
    (the handout, printed on paper, is the same in both: light only)."""
    dark = scheme is Scheme.DARK

    def save(widget: QWidget, name: str) -> None:
        widget.grab().save(str(OUT / (f"{name}-dark.png" if dark else f"{name}.png")))

    with tempfile.TemporaryDirectory() as folder:
        # Settings of its own: a size this account's clinicians left the window at is not
        # the size of the pictures.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        db = Path(folder) / "demo.kneedesk"
        create_demo_clinic(db)
        with Store.open(db) as store:
            window = MainWindow(store, login_hint=f"Demo clinic: {DEMO_USERNAME} / {DEMO_PASSWORD}")
            window.resize(*SIZE)
            window.show()
            settle(app)
            save(window, "login")
            window.login.ui.username.setText(DEMO_USERNAME)
            window.login.ui.password.setText(DEMO_PASSWORD)
            window.login.attempt()
            settle(app)
            # A clinic that backs up daily: no "not backed up" reminder in the pictures.
            window.backups.back_up_now()
            wait_for_backup(app, window)
            window.statusBar().clearMessage()  # its temporary folder is not for the pictures
            window.patients.table.selectRow(2)
            settle(app)
            save(window, "patient-list")

            patient = store.patients.search("Dubois")[0]
            window.show_patient(patient.id)
            settle(app)
            save(window, "patient-record")
            window.record.show_progress().finish()
            settle(app)
            save(window, "progress")
            window.record.tabs.setCurrentIndex(0)

            window.show_reports(store.visits.for_patient(patient.id)[-1].id)
            assert window.reports is not None
            window.reports.wait_for_render()
            settle_pages(app)
            save(window, "report-view")

            drafting = store.patients.search("Ångström")[0]
            window.show_patient(drafting.id)
            draft = store.visits.for_patient(drafting.id)[-1]
            window.open_visit(draft.id)
            wizard = window.visit.wizard
            assert wizard is not None
            for section, name in (("differential", "differential"), ("hip", "hip")):
                wizard.set_section(section_index(wizard.protocol.sections, section))
                settle(app)
                save(window, f"wizard-{name}")
            wizard.set_section(len(wizard.protocol.sections))
            settle(app)
            save(window, "summary")

            settings = SettingsDialog(store, window, backups=window.backups)
            settings.resize(900, 640)
            settings.show()
            assert settings.ui.tabs.count() == len(SETTINGS_TABS)
            for index, name in enumerate(SETTINGS_TABS):
                settings.ui.tabs.setCurrentIndex(index)
                settle(app)
                save(settings, f"settings-{name}")
            settings.reject()

            if not dark:
                handout_pages(store)

            # A follow-up left as a draft: the return-to-run checklist, pre-filled from its tests.
            follow_up = next(
                visits[-1].id
                for visits in map(store.visits.for_patient, patient_ids(store))
                if len(visits) > 1 and not visits[-1].signed
            )
            window.open_visit(follow_up)
            wizard = window.visit.wizard
            assert wizard is not None
            wizard.set_section(section_index(wizard.protocol.sections, "return_to_run"))
            settle(app)
            save(window, "wizard-return-to-run")

            window.lock()
            settle(app)
            save(window, "lock-screen")
            window.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
