"""The patient handout: generated in process (warm), and `kneedesk report` as a whole process.

The patient is a demo runner with 6 signed visits, exported as visit documents. In process,
with reportlab already imported and the fonts registered by a first run, each run is
``render_handout(handout_data(latest, earlier))``. Its floor runs alternately with it, also
warm: the handout's words (its text extracted with pypdf from the first run's PDF, lines
joined into paragraphs at sentence ends) set as plain platypus Paragraphs in the handout's
registered TrueType body font and size, on the same paper with the same side margins, by a
SimpleDocTemplate: no letterhead, tables, drawings or charts (report_floor.plain_pdf).

As processes, ``kneedesk report`` on the latest visit alone and with its 5 earlier visits
(``--previous``, which adds the progress charts) against the floor: a process that imports
reportlab and writes a one-page PDF with one paragraph. Processes run alternately, after one
warm-up round.

    .venv/bin/python benchmarks/report_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path
from typing import Any

from common import (
    CACHE,
    STAT_HEADERS,
    ChildRun,
    cheap_hasher,
    demo_template,
    header,
    quick,
    run_child,
    save,
    stat_row,
    stats,
    table,
    verdict,
)
from pypdf import PdfReader
from report_floor import paragraphs, plain_pdf

from kneedesk.core.i18n import use_language
from kneedesk.core.visit_doc import VisitDoc, parse_visit_doc
from kneedesk.store.store import Store
from kneedesk.store.transfer import visit_document

BUDGET_MS = 300.0
CHART = "D-1012"  # a demo runner with 6 signed visits
WORK = CACHE / "work" / "report"


def documents() -> list[dict[str, Any]]:
    """The runner's visits as visit documents, oldest first."""
    with Store.open(demo_template(), hasher=cheap_hasher()) as store:
        patient = store.patients.by_chart_number(CHART)
        assert patient is not None
        visits = store.visits.for_patient(patient.id)
        if len(visits) != 6 or not all(v.signed for v in visits):
            raise SystemExit(f"the demo patient {CHART} no longer has 6 signed visits")
        return [visit_document(store, patient, v) for v in visits]


def handout_words(pdf: bytes) -> tuple[list[str], int, int]:
    """The handout's text as paragraphs for the floor, with its number of words and pages."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
    return paragraphs(lines), sum(len(line.split()) for line in lines), len(reader.pages)


def in_process(docs: list[VisitDoc], runs: int, language: str = "en") -> dict[str, Any]:
    """Milliseconds for the handout data and the PDF, warm, and for the floor's PDF.

    The floor runs alternately with the app, after one warm-up run of each. With `language`,
    the handout is made in that language (its words looked up in the catalogue, its dates
    and numbers written by Babel).
    """
    with use_language(language):
        return _in_process(docs, runs)


def _in_process(docs: list[VisitDoc], runs: int) -> dict[str, Any]:
    from kneedesk.report.documents import handout_data
    from kneedesk.report.fonts import SANS
    from kneedesk.report.handout import render_handout
    from kneedesk.report.styles import HANDOUT_STYLES, MARGIN_X, PAGE_SIZES

    latest, earlier = docs[-1], docs[:-1]
    data = handout_data(latest, earlier)
    pdf = render_handout(data)  # imports, fonts, caches
    texts, words, pages = handout_words(pdf)
    body = HANDOUT_STYLES["body"]
    page = PAGE_SIZES[data.paper]

    def floor() -> bytes:
        return plain_pdf(
            texts,
            font=SANS,
            size=body["fontSize"],
            leading=body["leading"],
            pagesize=page,
            margin=MARGIN_X,
        )

    floor_pages = len(PdfReader(io.BytesIO(floor())).pages)  # and warms the floor
    data_ms: list[float] = []
    pdf_ms: list[float] = []
    total_ms: list[float] = []
    floor_ms: list[float] = []

    def app_run() -> None:
        started = time.perf_counter()
        data = handout_data(latest, earlier)
        built = time.perf_counter()
        pdf = render_handout(data)
        done = time.perf_counter()
        assert pdf.startswith(b"%PDF")
        data_ms.append((built - started) * 1000)
        pdf_ms.append((done - built) * 1000)
        total_ms.append((done - started) * 1000)

    def floor_run() -> None:
        started = time.perf_counter()
        pdf = floor()
        floor_ms.append((time.perf_counter() - started) * 1000)
        assert pdf.startswith(b"%PDF")

    for attempt in range(runs):
        for run in (app_run, floor_run) if attempt % 2 == 0 else (floor_run, app_run):
            run()
    return {
        "data": data_ms,
        "pdf": pdf_ms,
        "total": total_ms,
        "floor": floor_ms,
        "words": words,
        "paragraphs": len(texts),
        "pages": pages,
        "floor_pages": floor_pages,
        "font": f"{SANS} {body['fontSize']} pt",
        "paper": data.paper,
    }


def processes(files: list[Path], runs: int) -> dict[str, list[ChildRun]]:
    """`kneedesk report` (alone and with --previous) and the reportlab floor, alternately."""
    out = WORK / "out.pdf"
    commands = {
        "cli": ["-m", "kneedesk", "report", str(files[-1]), "--out", str(out)],
        "cli_previous": [
            "-m", "kneedesk", "report", str(files[-1]), "--out", str(out),
            "--previous", *map(str, files[:-1]),
        ],
        "floor": ["benchmarks/report_floor.py", str(out)],
    }  # fmt: skip
    results: dict[str, list[ChildRun]] = {name: [] for name in commands}
    for attempt in range(runs + 1):
        names = list(commands) if attempt % 2 == 0 else list(reversed(commands))
        for name in names:
            run = run_child(commands[name], result=False)
            if attempt > 0:
                results[name].append(run)
    return results


def main() -> int:
    """Run both parts and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5 if quick() else 20)
    parser.add_argument("--process-runs", type=int, default=3 if quick() else 10)
    args = parser.parse_args()
    header("Handout")
    raw = documents()
    WORK.mkdir(parents=True, exist_ok=True)
    files = []
    for n, doc in enumerate(raw):
        path = WORK / f"visit-{n + 1}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        files.append(path)
    docs = [parse_visit_doc(d) for d in raw]

    warm = in_process(docs, args.runs)
    spanish = in_process(docs, args.runs, "es")
    total, pdf, floor = stats(warm["total"]), stats(warm["pdf"]), stats(warm["floor"])
    rows = [
        stat_row(
            "In process, warm: handout data (scores, findings, progress)", stats(warm["data"])
        ),
        stat_row("In process, warm: PDF (render_handout)", pdf),
        stat_row("In process, warm: both", total),
        stat_row("In process, warm: both, in Spanish", stats(spanish["total"])),
        stat_row("Floor, warm: the handout's words as plain Paragraphs", floor),
    ]
    print(
        f"A runner with 6 visits (the handout has the progress charts): {warm['pages']} pages, "
        f"{warm['words']:,} words.\nFloor: those words in {warm['paragraphs']} Paragraphs of "
        f"{warm['font']} on {warm['paper']} paper ({warm['floor_pages']} pages).\n"
    )
    print(table(STAT_HEADERS, rows))
    pdf_ratio, warm_ratio = pdf.median / floor.median, total.median / floor.median
    print(
        f"\nWarm ratio app/floor: PDF {pdf_ratio:.2f}, handout data and PDF {warm_ratio:.2f}"
        f"\nWarm handout generation: median {total.median:.0f} ms "
        f"(budget {BUDGET_MS:.0f}: {verdict(total.median < BUDGET_MS)})\n"
    )

    runs = processes(files, args.process_runs)
    walls = {name: stats([r.wall_ms for r in rs]) for name, rs in runs.items()}
    proc_rows = [
        stat_row("kneedesk report VISIT.json --out X.pdf", walls["cli"]),
        stat_row("kneedesk report ... --previous (5 earlier visits)", walls["cli_previous"]),
        stat_row("Floor: import reportlab, one-page PDF, one paragraph", walls["floor"]),
    ]
    print("Whole processes, from start to exit:\n")
    print(table(STAT_HEADERS, proc_rows))
    ratio = walls["cli"].median / walls["floor"].median
    ratio_prev = walls["cli_previous"].median / walls["floor"].median
    print(f"\nProcess ratio report/floor: {ratio:.2f} (with --previous: {ratio_prev:.2f})")
    save(
        "report",
        {
            "rows": rows,
            "warm_pdf_ratio": pdf_ratio,
            "warm_ratio": warm_ratio,
            "process_rows": proc_rows,
            "ratio": ratio,
            "ratio_previous": ratio_prev,
        },
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
