"""Progress across protocol versions (clinical content v2, 10.1 and 10.5): a v2-only measure
of a v1 visit reads "not asked (v1 visit)" on the chart, its hover and its change table."""

from __future__ import annotations

from datetime import date
from typing import Any

from pytestqt.qtbot import QtBot

from kneedesk.core.answers import Answers
from kneedesk.core.progress import Series, VisitPoint, progress_series
from kneedesk.core.protocol import load_protocol
from kneedesk.gui.progress.chart import ChartWidget

DAYS = (date(2026, 9, 1), date(2026, 10, 1), date(2026, 11, 1))
NOT_ASKED = "not asked (v1 visit)"


def _answers(pain: float, tsk: float | None) -> dict[str, Any]:
    out: dict[str, Any] = {"pain.usual": pain}
    if tsk is not None:
        out["psych.tsk11_total"] = tsk
    return out


def series(versions: tuple[int, ...], tsk: tuple[float | None, ...]) -> tuple[Series, ...]:
    points = [
        VisitPoint(day, Answers(_answers(6 - k, tsk[k])), version)
        for k, (day, version) in enumerate(zip(DAYS, versions, strict=True))
    ]
    return progress_series(points, load_protocol("runners-knee", 2))


def chart(qtbot: QtBot, all_series: tuple[Series, ...], series_id: str) -> ChartWidget:
    s = next(x for x in all_series if x.id == series_id)
    widget = ChartWidget(s, DAYS)
    qtbot.addWidget(widget)
    widget.resize(560, 420)
    return widget


def test_tsk_of_v1_visits_reads_not_asked_in_the_change_table(qtbot: QtBot) -> None:
    widget = chart(qtbot, series((1, 1, 2), (None, None, 31)), "tsk11")
    words = widget.changes.text_of("total")
    assert f"measured once; earlier visits: {NOT_ASKED}" in words
    assert "missing" not in words
    assert "not measured" not in words


def test_since_last_against_a_v1_visit_reads_not_asked(qtbot: QtBot) -> None:
    widget = chart(qtbot, series((2, 1, 2), (33, None, 25)), "tsk11")
    words = widget.changes.text_of("total")
    assert "Since first visit: \u22128 points" in words
    assert f"Since last visit: {NOT_ASKED}" in words
    assert "not measured" not in words


def test_hovering_a_v1_visit_on_a_v2_only_chart_says_not_asked(qtbot: QtBot) -> None:
    widget = chart(qtbot, series((1, 1, 2), (None, None, 31)), "tsk11")
    assert widget.hover_text_at(0, 0) == f"{NOT_ASKED}\n1 Sep 2026"
    # The pointer over the v1 visit's ring at the chart's floor finds it.
    hit = widget.nearest_point(widget.scene_pos_of(0, 1))
    assert hit == (0, 1)
    widget.show_hover(*hit)
    assert widget.hover.text == f"{NOT_ASKED}\n1 Oct 2026"
    xs, _ = widget.not_asked.getData()
    assert len(xs) == 2
    assert f"1 Sep 2026 {NOT_ASKED}, 1 Oct 2026 {NOT_ASKED}, 1 Nov 2026 31 points" in (
        widget.describe()
    )


def test_shared_measures_of_v1_visits_are_marked_not_not_asked(qtbot: QtBot) -> None:
    widget = chart(qtbot, series((1, 1, 2), (None, None, 31)), "pain")
    usual = next(k for k, line in enumerate(widget.series.lines) if line.key == "usual")
    assert widget.hover_text_at(usual, 0).endswith("1 Sep 2026 (v1 visit)")
    assert widget.hover_text_at(usual, 2).endswith("1 Nov 2026")
    assert NOT_ASKED not in widget.describe()
    assert not len(widget.not_asked.getData()[0])


def test_visits_of_one_version_have_no_not_asked_words() -> None:
    # Versions unknown (callers comparing one version): nothing is "not asked".
    points = [VisitPoint(day, Answers(_answers(5, None))) for day in DAYS]
    tsk = next(
        s for s in progress_series(points, load_protocol("runners-knee", 2)) if s.id == "tsk11"
    )
    assert not any(p.not_asked for p in tsk.lines[0].points)


def test_only_the_v2_only_series_are_not_asked_at_v1_visits() -> None:
    v1 = load_protocol("runners-knee", 1)
    shown = series((1, 1, 2), (None, None, 31))
    not_asked = {s.id for s in shown if any(p.not_asked for p in s.lines[0].points)}
    assert not_asked == {"tsk11", "rtr_stage"}
    assert v1.get("psych.tsk11_total") is None
    assert v1.get("rtr.stage") is None
