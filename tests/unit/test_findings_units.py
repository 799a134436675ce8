"""Finding sentences and evidence in the clinic's display units; stored values stay metric.

Every US number below is worked by hand from 1 in = 2.54 cm and 1 mi = 1.609344 km.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest
from test_findings_wording import ALL_FINDINGS, EVERYTHING, FORBIDDEN

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess, assess_answers
from kneedesk.core.findings import Finding
from kneedesk.core.protocol import Protocol
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.core.visit_doc import PatientInfo, VisitDoc, VisitInfo

US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
METRIC_WORDS = re.compile(r"\b(km|cm|kg|N)\b")


def per_side(left: Any, right: Any) -> dict[str, Any]:
    return {"left": left, "right": right}


def every_text(finding: Finding) -> list[str]:
    return [finding.patient_text, finding.clinician_text, *(e.text() for e in finding.evidence)]


# --- ankle_mobility -----------------------------------------------------------------------


def test_knee_to_wall_in_inches(fire: Any) -> None:
    # Right painful. 12 cm = 4.724 in -> 4.7; 10 cm = 3.937 in -> 3.9.
    # Difference 2 cm = 0.787 in -> 0.8, against 2 cm -> 0.8 (equal, so one decimal is enough).
    finding = fire({"ankle.knee_to_wall": per_side(12.0, 10.0)}, units=US)["ankle_mobility"]
    assert "your toes could be 4.7 in on the left and 3.9 in on the right from the wall" in (
        finding.patient_text
    )
    assert "knee-to-wall 4.7 in on the left and 3.9 in on the right" in finding.clinician_text
    # 3.6 deg per cm x 2.54 cm per in = 9.144 deg per in.
    assert "1 in is about 9.1 deg" in finding.clinician_text
    (evidence,) = finding.evidence
    assert evidence.text() == "knee-to-wall side difference 0.8 in >= 0.8 in"


def test_knee_to_wall_evidence_keeps_the_stored_values(fire: Any) -> None:
    finding = fire({"ankle.knee_to_wall": per_side(12.0, 10.0)}, units=US)["ankle_mobility"]
    (evidence,) = finding.evidence
    assert (evidence.value, evidence.threshold, evidence.unit) == (pytest.approx(2.0), 2.0, "cm")
    data = evidence.to_dict()
    assert (data["value"], data["threshold"], data["unit"]) == (2.0, 2.0, "cm")
    # 2 / 2.54 = 0.7874 -> rounded to 0.79 in the JSON.
    assert (data["display_value"], data["display_threshold"], data["display_unit"]) == (
        0.79,
        0.79,
        "in",
    )
    assert data["text"] == evidence.text()


def test_close_lengths_get_enough_decimals_to_differ(fire: Any) -> None:
    # Left painful at 7.9 cm against the 8 cm minimum: 3.110 in against 3.150 in, which one
    # decimal would show as "3.1 in < 3.1 in".
    found = fire({"ankle.knee_to_wall": per_side(7.9, 7.9), "symptom_side": "left"}, units=US)
    (evidence,) = found["ankle_mobility"].evidence
    assert evidence.text() == "left: knee-to-wall 3.11 in < 3.15 in"


def test_knee_to_wall_metric_is_unchanged(fire: Any) -> None:
    finding = fire({"ankle.knee_to_wall": per_side(12.0, 10.0)})["ankle_mobility"]
    assert "12 cm on the left and 10 cm on the right" in finding.patient_text
    assert "1 cm is about 3.6 deg" in finding.clinician_text
    (evidence,) = finding.evidence
    assert evidence.text() == "knee-to-wall side difference 2 cm >= 2 cm"
    assert evidence.to_dict()["display_unit"] == "cm"


def test_degrees_are_written_against_the_number() -> None:
    from kneedesk.core.findings.model import Evidence

    evidence = Evidence("mobility.hamstrings_ake", "AKE deficit", 25.0, ">", 20.0, "°", "right")
    assert evidence.text() == "right: AKE deficit 25° > 20°"


# --- balance_asymmetry --------------------------------------------------------------------


def test_y_balance_difference_in_inches(fire: Any) -> None:
    # |66 - 58| = 8 cm = 3.150 in -> 3.1; threshold 4 cm = 1.575 in -> 1.6.
    found = fire({"balance.y_anterior": per_side(66.0, 58.0)}, units=US)
    finding = found["balance_asymmetry"]
    assert "your forward reach differed by 3.1 in between legs" in finding.patient_text
    # The 3-4 cm measurement error: 1.181 and 1.575 in.
    assert "measurement error is 1.2-1.6 in" in finding.clinician_text
    (evidence,) = finding.evidence
    assert evidence.text() == "Y-balance anterior reach difference 3.1 in > 1.6 in"
    assert (evidence.value, evidence.unit) == (8.0, "cm")


def test_y_balance_metric_is_unchanged(fire: Any) -> None:
    finding = fire({"balance.y_anterior": per_side(66.0, 58.0)})["balance_asymmetry"]
    assert "your forward reach differed by 8 cm between legs" in finding.patient_text
    assert "measurement error is 3-4 cm" in finding.clinician_text


# --- load_spike ---------------------------------------------------------------------------


def test_running_distances_in_miles(fire: Any) -> None:
    # 32 km = 19.884 mi -> 19.9; 10 km = 6.214 mi -> 6.2; the spike is 220% either way.
    # Weekly 30 km = 18.641 mi -> 18.6 after 20 km = 12.427 mi -> 12.4, 50% more.
    found = fire(
        {
            "load.longest_run_week": 32.0,
            "load.longest_run_prior_30d": 10.0,
            "load.weekly_distance": [30.0, 20.0, None, None],
        },
        units=US,
    )
    text = found["load_spike"].patient_text
    assert "Your longest run this week was 19.9 mi, 220% longer" in text
    assert "your longest in the month before (6.2 mi)" in text
    assert "You ran 18.6 mi this week after 12.4 mi the week before, 50% more." in text


def test_running_distances_metric_is_unchanged(fire: Any) -> None:
    found = fire({"load.longest_run_week": 32.0, "load.longest_run_prior_30d": 10.0})
    assert "Your longest run this week was 32 km, 220% longer" in found["load_spike"].patient_text
    assert "(10 km)" in found["load_spike"].patient_text


# --- every finding ------------------------------------------------------------------------


@pytest.fixture
def everything_us(fire: Any) -> dict[str, Finding]:
    return fire(EVERYTHING, units=US)


def test_us_units_fire_the_same_findings(fire: Any, everything_us: dict[str, Finding]) -> None:
    assert sorted(everything_us) == sorted(ALL_FINDINGS)
    metric = fire(EVERYTHING)
    for finding_id, finding in everything_us.items():
        assert finding.plan == metric[finding_id].plan
        assert finding.level == metric[finding_id].level
        stored = [(e.measure, e.value, e.threshold, e.unit) for e in finding.evidence]
        assert stored == [
            (e.measure, e.value, e.threshold, e.unit) for e in metric[finding_id].evidence
        ]


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_no_metric_unit_in_us_texts(everything_us: dict[str, Finding], finding_id: str) -> None:
    for text in every_text(everything_us[finding_id]):
        assert not METRIC_WORDS.search(text), (finding_id, text)


@pytest.mark.parametrize("finding_id", ALL_FINDINGS)
def test_us_wording_stays_honest(everything_us: dict[str, Finding], finding_id: str) -> None:
    finding = everything_us[finding_id]
    for text in (finding.patient_text, finding.clinician_text, finding.title):
        assert not FORBIDDEN.search(text), (finding_id, text)


@pytest.mark.parametrize("finding_id", ["hip_strength_deficit", "trunk_control", "low_cadence"])
def test_findings_without_lengths_read_the_same_in_any_units(
    fire: Any, everything_us: dict[str, Finding], finding_id: str
) -> None:
    # Strength is in % of body weight and LSI, so the dynamometer's unit (here lbf) never shows.
    metric = fire(EVERYTHING)[finding_id]
    assert every_text(everything_us[finding_id]) == every_text(metric)


# --- assess() -----------------------------------------------------------------------------

VISIT = {"symptom_side": "right", "ankle.knee_to_wall": per_side(12.0, 10.0)}


def test_assess_answers_takes_the_display_units(protocol: Protocol) -> None:
    metric = assess_answers(Answers(VISIT), protocol).to_dict()
    us = assess_answers(Answers(VISIT), protocol, units=US).to_dict()
    assert "10 cm on the right" in metric["findings"][0]["patient_text"]
    assert "3.9 in on the right" in us["findings"][0]["patient_text"]
    # Scores stay in stored units whatever the clinic shows.
    assert us["scores"] == metric["scores"]


def test_assess_takes_the_display_units() -> None:
    doc = VisitDoc(
        patient=PatientInfo("p1", "Ada", "Runner", date(1990, 5, 1), "female"),
        visit=VisitInfo(date(2026, 3, 20), "Dr Test"),
        answers=Answers(VISIT),
    )
    (finding,) = assess(doc, units=US).findings
    assert "3.9 in on the right" in finding.patient_text
    (finding,) = assess(doc).findings
    assert "10 cm on the right" in finding.patient_text
