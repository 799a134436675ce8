"""The clinician summary: measurements with units and LSI, scores, findings, plan, history."""

from __future__ import annotations

import dataclasses

from pdf_helpers import CLINIC, ana, doc, text_of

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.report.documents import handout_data
from kneedesk.report.model import NOT_RECOMMENDED_LABEL, FinalPlan
from kneedesk.report.summary import render_summary


def test_sections_and_patient_details(three_visit_summary: bytes) -> None:
    text = text_of(three_visit_summary)
    for heading in ("Scores", "Measurements", "Findings", "Plan", "Visit history", "Signature"):
        assert heading in text
    assert "Ana Ruiz (id P-2026-0142)" in text
    assert "2 March 1994, female" in text


def test_measurements_show_units_sides_and_lsi() -> None:
    text = text_of(render_summary(ana(1)))
    assert "Hip abduction force N 182 141 77%" in text
    assert "Knee-to-wall distance cm 11.5 9 78%" in text
    assert "Body mass 61.5 kg" in text


def test_measurements_follow_display_units() -> None:
    data = ana(1, units=DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE))
    text = text_of(render_summary(data))
    assert "Hip abduction force lbf 40.9 31.7 77%" in text
    assert "Body mass 135.6 lb" in text


def test_findings_carry_evidence_and_source(three_visit_summary: bytes) -> None:
    text = text_of(render_summary(ana(1)))
    assert "right: hip abduction LSI 77.5% < 90%" in text
    assert "Source: Neal et al., BJSM 2019;53:270" in text


def test_kujala_missing_items_are_named() -> None:
    data = handout_data(doc("example-visit.json", **{"kujala.limp": None}), clinic=CLINIC)
    text = text_of(render_summary(data))
    assert "no total: 1 item(s) missing (Limp)" in text


def test_red_flags_are_prominent() -> None:
    data = handout_data(doc("example-red-flag.json"), clinic=CLINIC)
    text = text_of(render_summary(data))
    assert "RED FLAG: refer or rule out first" in text
    assert "Adolescent hip signs" in text


def test_non_recommended_treatments_are_labelled() -> None:
    plan = FinalPlan(items=("wall_sit", "electrotherapy", "patellar_bracing"))
    text = text_of(render_summary(dataclasses.replace(ana(1), plan=plan)))
    assert f"Electrotherapy ({NOT_RECOMMENDED_LABEL})" in text
    assert f"Patellar brace ({NOT_RECOMMENDED_LABEL})" in text
    assert f"Wall sit ({NOT_RECOMMENDED_LABEL})" not in text


def test_visit_history_lists_every_visit(three_visit_summary: bytes) -> None:
    text = text_of(three_visit_summary)
    assert "9 Oct 2026 20 Nov 2026 8 Jan 2027" in text
    assert "Kujala score (points) 74 88 93 +19 (meaningful)" in text


def test_signature_line(three_visit_summary: bytes) -> None:
    assert "Clinician: Marta Ibáñez, physiotherapist" in text_of(three_visit_summary)
    signed = dataclasses.replace(ana(1), signed_by="Marta Ibáñez")
    assert "Signed electronically by Marta Ibáñez" in text_of(render_summary(signed))


def test_visit_history_after_v1_visits_says_not_asked_for_v2_only_measures() -> None:
    # Clinical content v2, 10.1: a v2 visit's history beside v1 visits; TSK-11 was not asked.
    now = doc("example-v2-followup.json")
    data = handout_data(now, [doc("example-visit.json")], clinic=CLINIC)
    text = text_of(render_summary(data))
    history = text[text.index("Visit history") :]
    assert "Fear of movement (TSK-11) (points) not asked (v1 visit) 31" in history
    assert "Running stage (0 not running, 5 full) not asked (v1 visit) 1" in history
