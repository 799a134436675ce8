"""The patient handout says what it must, with the patient's own numbers, and nothing more."""

from __future__ import annotations

import dataclasses
import re

import pytest
from pdf_helpers import CLINIC, ana, doc, normalise, pages_text, text_of, without

from kneedesk.core.exercises import load_exercises
from kneedesk.core.findings import FINDING_IDS
from kneedesk.core.plan import PLAN_ITEMS, PlanKind
from kneedesk.report import handout_text as txt
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.model import FinalPlan

SECTIONS = (
    txt.SECTION_FOUND,
    txt.SECTION_PAIN_RULES,
    txt.SECTION_PLAN,
    txt.SECTION_GOOD_TO_KNOW,
    txt.SECTION_COME_BACK,
)
FORBIDDEN = re.compile(r"\b(causes?|caused|causing|cure[sd]?|guarantee[sd]?)\b", re.IGNORECASE)
EXERCISE_NAMES = [
    load_exercises()[i].name for i, p in PLAN_ITEMS.items() if p.kind is PlanKind.EXERCISE
]


def test_every_section_and_the_letterhead_are_present(three_visit_handout: bytes) -> None:
    text = text_of(three_visit_handout)
    for heading in (*SECTIONS, txt.SECTION_PROGRESS, txt.TITLE):
        assert heading in text
    assert "Ana Ruiz" in text
    assert "8 January 2027" in text
    assert CLINIC.name in text
    assert CLINIC.phone in text


def test_the_patients_own_numbers_are_printed(first_visit_handout: bytes) -> None:
    text = text_of(first_visit_handout)
    assert "your right hip held 23% of your body weight, your left 30%" in text
    assert "Your longest run this week was 18 km" in text
    assert "You ran at 164 steps a minute" in text
    for tile in ("74", "4/10", "5/10", "42 km"):  # the "today" tiles
        assert tile in text


def _markers() -> dict[str, str]:
    """For every finding, a sentence of its patient text that carries no patient numbers."""
    markers: dict[str, str] = {}
    for name in ("example-visit.json", "example-bilateral.json", "example-red-flag.json"):
        for finding in handout_data(doc(name)).assessment.findings:
            sentences = re.split(r"(?<=[.!?]) ", finding.patient_text)
            markers.setdefault(finding.id, sentences[-1])
    return markers


MARKERS = _markers()


def test_markers_cover_every_finding() -> None:
    assert set(MARKERS) == set(FINDING_IDS)


@pytest.mark.parametrize("visits", [1, 2, 3])
def test_each_patient_sentence_appears_exactly_when_its_finding_fires(visits: int) -> None:
    data = ana(visits)
    text = text_of(render_handout(data))
    fired = {f.id: f for f in data.assessment.findings}
    assert fired, "the demo visits should fire findings"
    for finding in fired.values():
        assert normalise(finding.patient_text) in text, finding.id
        assert txt.FINDING_TITLES[finding.id] in text
    for finding_id in set(FINDING_IDS) - set(fired):
        assert normalise(MARKERS[finding_id]) not in text, finding_id


def test_no_overclaiming_words(three_visit_handout: bytes, first_visit_handout: bytes) -> None:
    red = render_handout(handout_data(doc("example-red-flag.json"), clinic=CLINIC))
    for pdf in (three_visit_handout, first_visit_handout, red):
        assert FORBIDDEN.search(text_of(pdf)) is None


def test_first_visit_has_no_progress_section(first_visit_handout: bytes) -> None:
    text = text_of(first_visit_handout)
    assert txt.SECTION_PROGRESS not in text
    assert "since your first visit" not in text


def test_progress_states_change_and_marks_meaningful_change(three_visit_handout: bytes) -> None:
    text = text_of(three_visit_handout)
    assert "74 → 93 since your first visit (+19), a meaningful improvement" in text
    assert "+5 since your last visit" in text


def test_progress_intro_words_the_rule_that_marks_the_changes(three_visit_handout: bytes) -> None:
    # A change of exactly the threshold is marked meaningful, so the intro says "or more".
    text = text_of(three_visit_handout)
    assert "10 points or more for the knee score or 2 points or more for pain" in text
    assert "bigger than" not in text


def _no_empty_headings(text: str) -> None:
    headings = [h for h in (*SECTIONS, txt.SECTION_RUNNING, txt.SECTION_PROGRESS) if h in text]
    positions = sorted(text.index(h) for h in headings)
    for here, there in zip(positions, positions[1:], strict=False):
        assert there - here > 60, text[here:there]


def test_visit_without_running_or_load_data_reads_sensibly() -> None:
    bare = without(doc("example-visit.json"), ["running.", "load."])
    data = handout_data(bare, clinic=CLINIC)
    text = text_of(render_handout(data))
    for word in ("None", "nan", "null", "NaN"):
        assert re.search(rf"\b{word}\b", text) is None, word
    assert txt.TILE_DISTANCE not in text
    assert "steps a minute" not in text
    _no_empty_headings(text)


def test_first_and_later_visits_have_no_empty_headings(
    first_visit_handout: bytes, three_visit_handout: bytes
) -> None:
    for pdf in (first_visit_handout, three_visit_handout):
        text = text_of(pdf)
        assert re.search(r"\b(None|nan)\b", text) is None
        _no_empty_headings(text)


def test_long_plan_flows_onto_more_pages_without_losing_text() -> None:
    data = dataclasses.replace(ana(1), plan=FinalPlan(items=tuple(PLAN_ITEMS)))
    pages = pages_text(render_handout(data))
    assert len(pages) >= 6
    text = normalise(" ".join(pages))
    for item_id in PLAN_ITEMS:
        ex = load_exercises()[item_id]
        assert normalise(ex.name) in text, item_id
        assert normalise(ex.steps[-1]) in text, item_id  # the last line of each block too
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))


def test_clinician_changes_to_the_plan_are_printed() -> None:
    plan = FinalPlan(
        items=("wall_sit", "dry_needling"),
        doses={"wall_sit": "2 holds of 20 seconds, every other day"},
        note="Start gently after your race on Sunday.",
    )
    text = text_of(render_handout(dataclasses.replace(ana(1), plan=plan, review="in 3 weeks")))
    assert "2 holds of 20 seconds, every other day" in text
    assert "Start gently after your race on Sunday." in text
    assert "Dry needling" in text
    assert "Your next visit: in 3 weeks (around 30 October 2026)." in text
    assert "Clamshell with band" not in text


def test_red_flag_handout_has_no_exercise_plan() -> None:
    data = handout_data(doc("example-red-flag.json"), clinic=CLINIC)
    assert data.assessment.red_flag
    text = text_of(render_handout(data))
    assert txt.RED_FLAG_NEXT_STEPS in text
    assert txt.SECTION_PLAN not in text
    assert txt.SECTION_PAIN_RULES not in text
    for name in EXERCISE_NAMES:
        assert name not in text, name


def test_altered_record_warning_is_on_every_page() -> None:
    pdf = render_handout(dataclasses.replace(ana(3), altered=True))
    pages = pages_text(pdf)
    assert len(pages) > 1
    for page in pages:
        assert "ALTERED RECORD - verify before use" in normalise(page)


def test_no_altered_warning_on_an_intact_record(three_visit_handout: bytes) -> None:
    assert "ALTERED RECORD" not in text_of(three_visit_handout)


def test_us_units_are_used_for_distance() -> None:
    from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem

    data = ana(1, units=DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE))
    text = text_of(render_handout(data))
    assert "26 mi" in text  # 42 km in the last week
