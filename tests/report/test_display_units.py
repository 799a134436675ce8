"""The handout and the summary print the findings in the clinic's units.

The first example visit: longest run 18 km (= 11.185 mi) after 14 km (= 8.699 mi);
knee-to-wall 11.5 cm (= 4.528 in) left and 9 cm (= 3.543 in) right, a 2.5 cm (= 0.984 in)
difference against 2 cm (= 0.787 in); Y-balance anterior 62 and 57 cm, 5 cm (= 1.969 in)
apart against 4 cm (= 1.575 in).
"""

from __future__ import annotations

import pytest
from pdf_helpers import ana, text_of

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.report.handout import render_handout
from kneedesk.report.model import HandoutData
from kneedesk.report.summary import render_summary

US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)


@pytest.fixture(scope="module")
def us_visit() -> HandoutData:
    return ana(1, units=US)


def test_handout_data_passes_the_units_to_the_findings(us_visit: HandoutData) -> None:
    findings = {f.id: f for f in us_visit.assessment.findings}
    assert "Your longest run this week was 11.2 mi" in findings["load_spike"].patient_text
    assert "(8.7 mi)" in findings["load_spike"].patient_text
    assert "4.5 in on the left and 3.5 in on the right" in findings["ankle_mobility"].patient_text


def test_handout_prints_the_patients_numbers_in_us_units(us_visit: HandoutData) -> None:
    text = text_of(render_handout(us_visit))
    assert "Your longest run this week was 11.2 mi" in text
    assert "your toes could be 4.5 in on the left and 3.5 in on the right" in text
    assert "Your longest run this week was 18 km" not in text


def test_summary_prints_evidence_in_us_units(us_visit: HandoutData) -> None:
    text = text_of(render_summary(us_visit))
    assert "knee-to-wall side difference 1 in >= 0.8 in" in text
    assert "Y-balance anterior reach difference 2 in > 1.6 in" in text
    assert "1 in is about 9.1 deg" in text


def test_metric_is_the_default() -> None:
    findings = {f.id: f for f in ana(1).assessment.findings}
    assert "Your longest run this week was 18 km" in findings["load_spike"].patient_text
    (difference,) = (
        e for e in findings["ankle_mobility"].evidence if e.measure.endswith("difference")
    )
    assert difference.text() == "knee-to-wall side difference 2.5 cm >= 2 cm"
