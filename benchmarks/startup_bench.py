"""Start-up and idle memory of the app against a bare-Qt floor, and start-up against clinic size.

Each run is a fresh process (startup_app.py or startup_floor.py), started alternately so both
see the same machine load. Measured from the parent starting the process to:

- app, login painted: the login screen's first paint (what a clinician first sees);
- app, login ready: the login screen painted and the event loop free again;
- app, list ready: the patient list painted and the event loop free again, after logging in
  programmatically (cheap argon2 parameters) 1.5 s after the login screen was painted, as a
  clinician typing would; those 1.5 s are subtracted. The whole-file ``quick_check`` runs on
  a worker meanwhile (its end is reported too);
- app, login at once: the same, logging in as soon as the login screen was painted, so the
  login's audit row waits for the check's verdict;
- floor: a process that imports PySide6 and sqlite-utils, opens the same database and shows a
  QMainWindow with a 50-row QTableView, painted and the event loop free again.

Peak memory is the child's ru_maxrss after half a second idle on the list. The chart of
start-up against clinic size (1,000 to 100,000 patients) goes to docs/performance-startup.png.

    .venv/bin/python benchmarks/startup_bench.py [--runs N] [--no-chart]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from common import (
    ROOT,
    STAT_HEADERS,
    ChildRun,
    Stats,
    clinic_db,
    header,
    quick,
    run_child,
    save,
    stat_row,
    stats,
    table,
    verdict,
)

IDLE_MS = 500
SIZE = 10_000
CHART_SIZES = (1_000, 3_000, 10_000, 30_000, 100_000)
CHART = ROOT / "docs" / "performance-startup.png"
BUDGET = 1.5

TYPING_MS = 1500
VARIANTS: dict[str, tuple[str, dict[str, str | None]]] = {
    "app": ("benchmarks/startup_app.py", {"BENCH_LOGIN_DELAY_MS": str(TYPING_MS)}),
    "app_instant": ("benchmarks/startup_app.py", {}),
    "floor": ("benchmarks/startup_floor.py", {}),
}


def measure(db: Path, runs: int, variants: Sequence[str]) -> dict[str, list[ChildRun]]:
    """`runs` fresh processes of each variant, interleaved, after one warm-up of each."""
    results: dict[str, list[ChildRun]] = {name: [] for name in variants}
    for attempt in range(runs + 1):
        order = list(variants) if attempt % 2 == 0 else list(reversed(variants))
        for name in order:
            script, env = VARIANTS[name]
            run = run_child([script, str(db), str(IDLE_MS)], env=env)
            if attempt > 0:  # the first round warms the file cache and compiles bytecode
                results[name].append(run)
    return results


def mark(runs: list[ChildRun], key: str) -> Stats:
    """Statistics of one timestamp the children reported."""
    return stats([float(r.result[key]) for r in runs])


def net_ready(runs: list[ChildRun]) -> Stats:
    """Start-up to the list accepting input, without the clinician's typing."""
    return stats([float(r.result["list_ready"]) - TYPING_MS for r in runs])


def rss(runs: list[ChildRun]) -> Stats:
    """Statistics of the children's peak resident memory, in MB."""
    return stats([r.max_rss_mb for r in runs])


def main_table(db: Path, runs: int) -> dict[str, object]:
    """Start-up and memory on the 10,000-patient clinic, printed as a table."""
    results = measure(db, runs, ("app", "floor", "app_instant"))
    app, floor, instant = results["app"], results["floor"], results["app_instant"]
    ready, floor_ready = net_ready(app), mark(floor, "list_ready")
    app_rss, floor_rss = rss(app), rss(floor)
    size_mb = db.stat().st_size / 1e6
    print(f"Clinic: {SIZE:,} patients, {size_mb:.0f} MB file. Times from process start.\n")
    rows = [
        stat_row("App: login screen painted", mark(app, "login_painted")),
        stat_row("App: login screen accepting input", mark(app, "login_ready")),
        stat_row("App: whole-file check done (on a worker)", mark(app, "check_done")),
        stat_row("App: login to list accepting input", mark(app, "login_ms")),
        stat_row(f"App: list accepting input, less the {TYPING_MS} ms of typing", ready),
        stat_row("App, login at once: list accepting input", mark(instant, "list_ready")),
        stat_row("App, login at once: login to list accepting input",
                 mark(instant, "login_ms")),
        stat_row("Floor: bare window, 50-row table painted and accepting input", floor_ready),
        stat_row("App: peak RSS, idle on the list", app_rss, "MB"),
        stat_row("Floor: peak RSS, idle", floor_rss, "MB"),
    ]  # fmt: skip
    print(table(STAT_HEADERS, rows))
    time_ratio = ready.median / floor_ready.median
    login_ratio = mark(app, "login_painted").median / floor_ready.median
    instant_ratio = mark(instant, "list_ready").median / floor_ready.median
    mem_ratio = app_rss.median / floor_rss.median
    heavy = sorted({m for r in app for m in r.result.get("heavy_modules_loaded", [])})
    print(
        f"\nStart-up ratio app/floor (list accepting input, less the typing): "
        f"{time_ratio:.2f} (budget {BUDGET}: {verdict(time_ratio <= BUDGET)})"
        f"\nLogin screen painted / floor: {login_ratio:.2f}"
        f"\nLogin at once (waits for the check) / floor: {instant_ratio:.2f}"
        f"\nMemory ratio app/floor: {mem_ratio:.2f} "
        f"(budget {BUDGET}: {verdict(mem_ratio <= BUDGET)})"
        f"\nHeavy modules loaded at start-up: {', '.join(heavy) or 'none'}"
    )
    return {
        "patients": SIZE,
        "size_mb": size_mb,
        "runs": runs,
        "rows": rows,
        "time_ratio": time_ratio,
        "login_ratio": login_ratio,
        "login_at_once_ratio": instant_ratio,
        "memory_ratio": mem_ratio,
        "heavy_modules": heavy,
    }


def by_size(sizes: Sequence[int], runs: int) -> list[dict[str, float]]:
    """Median start-up of the app (less the typing), with a login at once, and the floor."""
    points = []
    for size in sizes:
        db = clinic_db(size)
        results = measure(db, runs, ("app", "floor", "app_instant"))
        point = {
            "patients": size,
            "size_mb": db.stat().st_size / 1e6,
            "app": net_ready(results["app"]).median,
            "login": mark(results["app"], "login_ready").median,
            "check": mark(results["app"], "check_done").median,
            "app_instant": mark(results["app_instant"], "list_ready").median,
            "floor": mark(results["floor"], "list_ready").median,
        }
        points.append(point)
    print(f"\nStart-up against clinic size (median of {runs} runs each, ms):\n")
    print(
        table(
            ("Patients", "File MB", "Login ready", "Check done", "App", "Login at once",
             "Floor", "App/floor"),
            (
                (
                    f"{p['patients']:,}", f"{p['size_mb']:.0f}", f"{p['login']:.0f}",
                    f"{p['check']:.0f}", f"{p['app']:.0f}", f"{p['app_instant']:.0f}",
                    f"{p['floor']:.0f}", f"{p['app'] / p['floor']:.2f}",
                )
                for p in points
            ),
        )
    )  # fmt: skip
    return points


def draw_chart(points: list[dict[str, float]], path: Path) -> None:
    """Plot start-up (ms) against patients (log axis) and export it as a PNG with pyqtgraph."""
    import math
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    import pyqtgraph as pg
    import pyqtgraph.exporters
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    pg.setConfigOptions(antialias=True, background="w", foreground="k")
    plot = pg.PlotWidget()
    plot.resize(900, 520)
    item = plot.getPlotItem()
    item.setTitle("Start-up to the patient list accepting input (median ms, same run)")
    item.setLabel("bottom", "Patients in the clinic (log scale)")
    item.setLabel("left", "Milliseconds from process start")
    item.showGrid(x=True, y=True, alpha=0.3)
    item.addLegend(offset=(10, 10))
    xs = [math.log10(p["patients"]) for p in points]
    item.getAxis("bottom").setTicks(
        [[(x, f"{p['patients']:,.0f}") for x, p in zip(xs, points, strict=True)]]
    )
    styles = (
        ("app", "KneeDesk (less 1.5 s of typing the password)", (200, 60, 40), "o"),
        ("app_instant", "KneeDesk, login at once (waits for the file check)", (40, 110, 200), "s"),
        ("floor", "Floor: bare QMainWindow + 50-row QTableView", (90, 90, 90), "t"),
    )
    for key, label, colour, symbol in styles:
        item.plot(
            xs, [p[key] for p in points], name=label, pen=pg.mkPen(colour, width=2),
            symbol=symbol, symbolBrush=colour, symbolPen=colour,
        )  # fmt: skip
    top = max(p[key] for p in points for key, *_ in styles)
    item.setYRange(0, top * 1.25, padding=0)
    item.setXRange(min(xs) - 0.15, max(xs) + 0.15, padding=0)
    plot.show()
    app.processEvents()
    exporter = pyqtgraph.exporters.ImageExporter(item)
    exporter.parameters()["width"] = 900
    exporter.export(str(path))
    plot.close()
    print(f"\nChart written to {path.relative_to(ROOT)}")


def main() -> int:
    """Run the start-up table, then the size sweep and its chart."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3 if quick() else 12)
    parser.add_argument("--chart-runs", type=int, default=2 if quick() else 5)
    parser.add_argument("--no-chart", action="store_true")
    args = parser.parse_args()
    header("Start-up and memory")
    summary = main_table(clinic_db(SIZE), args.runs)
    points: list[dict[str, float]] = []
    if not args.no_chart:
        sizes = (1_000, 10_000) if quick() else CHART_SIZES
        points = by_size(sizes, args.chart_runs)
        draw_chart(points, CHART)
    save("startup", {**summary, "by_size": points})
    return 0


if __name__ == "__main__":
    sys.exit(main())
