"""Opening a visit in the screen wizard, warm, against a floor timed the same way.

A logged-in main window over the demo clinic opens visits of two runners in turn, so each
open shows another visit than the one before: their signed visits (read-only, complete
answers) and a draft each (a few answers). Each run is timed from `MainWindow.open_visit`
to the end of the event processing after it (the store's reads, the wizard refilled or
built, the summary, the layout and the paint). The first open of each kind builds its
wizard and is reported apart (cold); later opens reuse the pages kept for that layout.

The floor, in turn with the app in the same process, is a bare window of the same size
whose kept pages hold as many `QLineEdit`s as the wizard's pages hold inputs, in as many
pages of a `QStackedWidget`: per run it reads the visit's answers with one plain query,
sets every field's text, turns to the page the wizard shows and paints. It is what any app
must do to show another visit in pages it keeps.

    .venv/bin/python benchmarks/visit_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

from common import (
    BENCH_PASSWORD,
    CACHE,
    DEMO_USERNAME,
    STAT_HEADERS,
    copy_db,
    demo_template,
    header,
    load_average,
    quick,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QLineEdit,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from video_bench import CLIPS, make_bench_clip  # noqa: E402

from kneedesk.core.angles import Point, View  # noqa: E402
from kneedesk.core.stills import AngleMark, Still, StillSource  # noqa: E402
from kneedesk.gui.main_window import MainWindow  # noqa: E402
from kneedesk.gui.screen.wizard import ScreenWizard  # noqa: E402
from kneedesk.media import encode_still, open_media  # noqa: E402
from kneedesk.store.store import Store  # noqa: E402

WINDOW = QSize(1366, 768)
BUDGET_MS = 100.0
WARM_UP = 2
STILLS = 10
FPPA = AngleMark("angle.fppa", (Point(800, 100), Point(820, 450), Point(800, 800)))


class FloorWindow(QMainWindow):
    """Kept pages of plain fields, refilled from one query per visit."""

    def __init__(self, store: Store, inputs_per_page: list[int]) -> None:
        super().__init__()
        self.store = store
        self.pages = QStackedWidget()
        self.fields: list[QLineEdit] = []
        for count in inputs_per_page:
            body = QWidget()
            layout = QVBoxLayout(body)
            for _ in range(count):
                field = QLineEdit(body)
                layout.addWidget(field)
                self.fields.append(field)
            layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(body)
            self.pages.addWidget(scroll)
        self.setCentralWidget(self.pages)
        self.resize(WINDOW)

    def show_visit(self, visit_id: int, page: int) -> None:
        rows = self.store.db.execute(
            "SELECT item_id, side, value FROM answers WHERE visit_id = ? ORDER BY item_id, side",
            [visit_id],
        ).fetchall()
        values = [str(value) for _, _, value in rows]
        for n, field in enumerate(self.fields):
            field.setText(values[n % len(values)] if values else "")
        self.pages.setCurrentIndex(min(page, self.pages.count() - 1))


def timed(app: QApplication, action: Callable[[], None]) -> float:
    """Milliseconds from the call to the end of the event processing after it."""
    started = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - started) * 1000


def inputs_per_page(wizard: ScreenWizard) -> list[int]:
    """How many input widgets each section page of the wizard holds."""
    return [sum(len(e.inputs()) for e in page.editors()) for page in wizard.section_pages]


def filmed_drafts(store: Store, patients: list[Any]) -> tuple[list[int], float]:
    """A draft for each patient with STILLS stills from the video benchmark's 1080p clip,
    and the database's growth per still (its pages, before and after)."""
    clip = open_media(make_bench_clip(CLIPS[0]))
    images = [encode_still(clip.frame(30 * n)) for n in range(STILLS)]
    clip.close()
    clinician = store.accounts.by_username(DEMO_USERNAME)
    assert clinician is not None

    def pages() -> int:
        return int(store.db.execute("PRAGMA page_count").fetchone()[0]) * int(
            store.db.execute("PRAGMA page_size").fetchone()[0]
        )

    before, ids = pages(), []
    for patient in patients:
        draft = store.visits.create_draft(patient.id, visit_date="2026-12-02")
        store.visits.save_answer(draft.id, "body_mass", "whole", 61.0 + patient.id % 9)
        store.stills.set_consent(draft.id, True, clinician.id)
        for n, image in enumerate(images):
            still = Still(
                uid=uuid.uuid4().hex,
                item_id=("hip.single_leg_squat", "hip.step_down")[n % 2],
                side=("left", "right")[n // 2 % 2],  # type: ignore[arg-type]
                view=View.FRONT,
                jpeg=image.jpeg,
                width=image.width,
                height=image.height,
                source=StillSource("video", "IMG_0412.MOV", "ab" * 32, 30 * n, 30.0, 300),
                marks=(
                    AngleMark("angle.fppa", (Point(800, 100), Point(820, 450), Point(800, 800))),
                ),
            )
            store.stills.add(draft.id, still, clinician.id)
        ids.append(draft.id)
    return ids, (pages() - before) / (STILLS * len(patients))


def main() -> int:
    """Open visits in turn with the floor; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=8 if quick() else 30)
    args = parser.parse_args()
    header("Opening a visit")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    path = copy_db(demo_template(), CACHE / "work" / "visit.kneedesk")
    store = Store.open(path)
    window = MainWindow(store)
    window.resize(WINDOW)
    window.show()
    window.login.ui.username.setText(DEMO_USERNAME)
    window.login.ui.password.setText(BENCH_PASSWORD)
    window.login.attempt()
    runners = [
        p
        for p in store.patients.search("", limit=40)
        if any(v.signed for v in store.visits.for_patient(p.id))
    ]
    first, second = runners[0], runners[1]
    signed = [
        next(v.id for v in reversed(store.visits.for_patient(p.id)) if v.signed)
        for p in (first, second)
    ]
    drafts = []
    for patient in (first, second):
        draft = next((v for v in store.visits.for_patient(patient.id) if not v.signed), None)
        if draft is None:
            draft = store.visits.create_draft(patient.id, visit_date="2026-12-01")
            store.visits.save_answer(draft.id, "body_mass", "whole", 61.0 + patient.id % 9)
        drafts.append(draft.id)
    filmed, still_bytes = filmed_drafts(store, runners[2:4])
    window.show_patient(first.id)
    app.processEvents()

    cold: dict[str, float] = {}
    results: dict[str, tuple[list[float], list[float]]] = {}
    floors: dict[str, FloorWindow] = {}
    for kind, ids in (("signed", signed), ("draft", drafts), ("stills", filmed)):
        cold[kind] = timed(app, lambda ids=ids: window.open_visit(ids[0]))
        wizard = window.visit.wizard
        assert wizard is not None
        floors[kind] = floor = FloorWindow(store, inputs_per_page(wizard))
        floor.show()
        app_ms: list[float] = []
        floor_ms: list[float] = []
        for n in range(args.runs + WARM_UP):
            visit_id = ids[(n + 1) % 2]
            shown = window.visit.wizard.current_section() if window.visit.wizard else 0

            def open_app(visit_id: int = visit_id) -> None:
                window.open_visit(visit_id)

            def open_floor(
                visit_id: int = visit_id, page: int = shown, floor: FloorWindow = floor
            ) -> None:
                floor.show_visit(visit_id, page)

            pair = ((open_app, app_ms), (open_floor, floor_ms))
            for action, times in pair if n % 2 == 0 else tuple(reversed(pair)):
                ms = timed(app, action)
                if n >= WARM_UP:
                    times.append(ms)
        results[kind] = (app_ms, floor_ms)
        floor.hide()
    window.close()
    store.close()

    labels = {
        "signed": "a signed visit (read-only, complete answers)",
        "draft": "a draft visit",
        "stills": f"a draft visit with {STILLS} video stills",
    }
    rows = []
    summary: dict[str, object] = {"runs": args.runs}
    for kind, (app_ms, floor_ms) in results.items():
        a, f = stats(app_ms), stats(floor_ms)
        rows.append(stat_row(f"App: open {labels[kind]}, warm", a))
        rows.append(
            stat_row(f"Floor: same fields refilled from one query, page painted ({kind})", f)
        )
        summary[kind] = {
            "median": a.median,
            "p95": a.p95,
            "floor_median": f.median,
            "floor_p95": f.p95,
            "ratio_median": a.median / f.median,
            "cold_ms": cold[kind],
        }
    print(f"{args.runs} opens each for the app and the floor, alternating. Milliseconds.\n")
    print(table(STAT_HEADERS, rows))
    print()
    for kind in results:
        data = summary[kind]
        assert isinstance(data, dict)
        print(
            f"Open {labels[kind]}: median {data['median']:.1f} ms "
            f"(budget {BUDGET_MS:.0f} ms warm: {verdict(data['median'] < BUDGET_MS)}); "
            f"floor {data['floor_median']:.1f} ms, ratio {data['ratio_median']:.2f}; "
            f"first open (building the wizard) {data['cold_ms']:.0f} ms"
        )
    print(
        f"A kept still (1600 x 900 JPEG from the 1080p clip) adds {still_bytes / 1000:.0f} KB "
        f"to the database on average (budget 300 KB: {verdict(still_bytes <= 300_000)})"
    )
    print(f"Load average at end: {load_average():.2f}")
    summary["still_bytes"] = still_bytes
    save("visit", {**summary, "rows": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
