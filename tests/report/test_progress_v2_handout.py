"""The handout's progress for v2 visits: thigh strength, the tests' bands and their words."""

from __future__ import annotations

from datetime import date
from typing import Any

from pdf_helpers import normalise, pages_text

from kneedesk.core.answers import Answers
from kneedesk.core.progress import Series, VisitPoint, progress_series
from kneedesk.core.protocol import load_protocol
from kneedesk.report.handout_progress import change_sentence, progress_section
from kneedesk.report.model import Clinic
from kneedesk.report.styles import handout_styles
from kneedesk.report.templates import PageInfo, content_width, render_pdf

DAYS = (date(2026, 9, 1), date(2026, 10, 1))


def visit(
    abduction: tuple[float, float],
    knee: tuple[float, float],
    wall: tuple[float, float],
    pain: float,
) -> dict[str, Any]:
    return {
        "body_mass": 70.0,
        "pain.usual": pain,
        "hip.abduction_force": dict(zip(("left", "right"), abduction, strict=True)),
        "knee.extension_force": dict(zip(("left", "right"), knee, strict=True)),
        "ankle.knee_to_wall": dict(zip(("left", "right"), wall, strict=True)),
    }


def v2_series(version: int = 2) -> tuple[Series, ...]:
    answers = [
        visit((100, 100), (300, 300), (8.0, 8.0), 6),
        visit((114, 116), (359, 361), (9.8, 10.0), 4),
    ]
    visits = [VisitPoint(d, Answers(a)) for d, a in zip(DAYS, answers, strict=True)]
    return progress_series(visits, load_protocol("runners-knee", version))


def handout_text(series: tuple[Series, ...]) -> str:
    story = progress_section(
        series, content_width("a4"), handout_styles(), kujala_mcid=10, pain_mcid=2
    )
    info = PageInfo(Clinic("Clinic"), "Progress", "Ana", ("Visit",), "a4")
    return normalise(" ".join(pages_text(render_pdf(story, info, subject="Patient handout"))))


def by_id(series: tuple[Series, ...], series_id: str) -> Series:
    return next(s for s in series if s.id == series_id)


def test_strength_and_ankle_sentences_use_the_band_words() -> None:
    series = v2_series()
    abduction = by_id(series, "abduction_bw")
    left, right = (change_sentence(abduction, line) for line in abduction.lines)
    assert left.endswith("(+14% of before), within the test's usual error.")
    assert right.endswith("(+16% of before), improved, more than the test's usual error.")
    wall = by_id(series, "knee_to_wall")
    assert change_sentence(wall, wall.lines[0]).endswith("(+1.8), within the test's usual error.")
    assert change_sentence(wall, wall.lines[1]).endswith(
        "(+2), improved, more than the test's usual error."
    )
    pain = by_id(series, "pain")
    assert change_sentence(pain, pain.lines[0]).endswith("(-2), a meaningful improvement.")
    assert "meaningful" not in change_sentence(abduction, abduction.lines[1])


def test_the_printed_handout_adds_thigh_strength_and_the_band_sentence() -> None:
    text = handout_text(v2_series())
    assert "Thigh strength: straightening the knee" in text
    assert "the shaded band shows the test's usual error" in text
    # 300 N -> 359 N and 361 N at 70 kg: +19.7% and +20.3%, told apart at the 20% band.
    assert "Left: 44% → 52% since your first visit (+8) (+19.7% of before), within" in text
    assert "(+20.3% of before), improved, more than the test's usual error" in text


def test_v1_handout_keeps_its_wording() -> None:
    text = handout_text(v2_series(version=1))
    assert "Thigh strength" not in text
    assert "usual error" not in text
    assert "a meaningful improvement" in text  # pain 6 -> 4, as v1 words it
