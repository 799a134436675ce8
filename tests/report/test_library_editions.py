"""Library edition 2: signed plans keep printing the text they were signed with, new plans
print the v2 text, with lengths in the clinic's units."""

from __future__ import annotations

import dataclasses

import pytest
from pdf_helpers import ana, text_of

from kneedesk.core.exercises import LIBRARY_EDITION, load_exercises
from kneedesk.core.plan import PLAN_ITEMS, PlanKind, offered_items, suggested_plan
from kneedesk.core.plan_record import sealed_plan
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.report.handout import render_handout
from kneedesk.report.model import FinalPlan
from kneedesk.services.signed_content import signed_plan

US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
ROWS = [{"id": i, "dose": "", "note": ""} for i in ("wall_sit", "step_up", "education_load")]
V1_WALL_SIT = (
    "Slide down until your knees are bent to a comfortable angle, no lower than a chair seat."
)
V2_WALL_SIT = "Slide down until your knees are bent about halfway to a chair seat."


def handout_text(plan: FinalPlan, units: DisplayUnits | None = None) -> str:
    data = ana(1, units=units) if units else ana(1)
    return text_of(render_handout(dataclasses.replace(data, plan=plan)))


def test_a_plan_signed_before_edition_2_reprints_the_v1_text() -> None:
    for stored in (ROWS, {"items": ROWS, "review": "in 2 weeks"}):
        plan = signed_plan(stored)
        assert plan is not None
        assert plan.library == 1
        text = handout_text(plan)
        assert V1_WALL_SIT in text
        assert "Stand facing a stable step, 15-20 cm high to start." in text
        assert "about 10% a week" in text
        assert V2_WALL_SIT not in text


def test_a_plan_signed_now_prints_the_v2_text_in_the_clinics_units() -> None:
    plan = signed_plan(sealed_plan(ROWS, "in 2 weeks"))
    assert plan is not None
    assert plan.library == LIBRARY_EDITION == 2
    metric, us = handout_text(plan), handout_text(plan, US)
    assert V2_WALL_SIT in metric
    assert V1_WALL_SIT not in metric
    assert "Go a little lower, never below a chair seat" in metric
    assert "about 10% a week" not in metric
    assert "Use the pain rules in this handout" in metric
    assert "Stand facing a stable step, 10-15 cm high to start." in metric
    assert "Stand facing a stable step, 4-6 in high to start." in us
    assert "15-20 cm" not in us
    assert "10-15 cm" not in us


def test_edition_1_is_frozen_with_the_items_of_its_time() -> None:
    v1, v2 = load_exercises(1), load_exercises(2)
    assert len(v1) == 17
    assert set(v1) < set(v2) == set(PLAN_ITEMS)
    assert v1["wall_sit"].steps[1] == V1_WALL_SIT
    assert v1["ankle_mobility_lunge"].steps[0].endswith("a few centimetres from the wall.")
    with pytest.raises(ValueError, match="edition 3"):
        load_exercises(3)


def test_starting_doses_follow_the_irritability_stage() -> None:
    lib = load_exercises()
    wall_sit, knee_ext = lib["wall_sit"], lib["knee_extension_90_45"]
    assert wall_sit.dose_for("high") == "5 holds of 30-45 seconds, every day"
    assert wall_sit.dose_for("moderate") == wall_sit.dose
    assert "weight" in wall_sit.dose_for("low")
    assert knee_ext.dose_for("high").startswith("5 holds of 30-45 seconds on each side")
    assert lib["run_reduce_rebuild"].dose_for("high").startswith("No running for now")
    assert lib["side_lying_hip_abduction"].dose_for("high").endswith("every day")
    # Items without stage doses start at their one dose; an unknown stage too.
    assert lib["calf_raise"].dose_for("high") == lib["calf_raise"].dose
    assert wall_sit.dose_for(None) == wall_sit.dose
    for item in ("wall_sit", "step_up", "knee_extension_90_45", "glute_bridge"):
        assert set(lib[item].doses) == {"high", "moderate", "low"}, item
        assert len(lib[item].levels) >= 3, item


def test_one_leg_doses_say_on_each_side_and_steps_name_the_leg_you_are_training() -> None:
    for ex in load_exercises().values():
        for text in ex.texts():
            assert "painful leg" not in text, (ex.id, text)
            assert "each leg" not in text, (ex.id, text)
    lib = load_exercises()
    assert "the leg you are training on top" in lib["side_lying_hip_abduction"].steps[0]
    assert lib["side_lying_hip_abduction"].dose.startswith("3 sets of 10-15 on each side")
    assert "about a thumb's length from the wall" in lib["ankle_mobility_lunge"].steps[0]


def test_adjuncts_and_weight_education_are_offered_never_preselected() -> None:
    adjuncts = {i for i, p in PLAN_ITEMS.items() if p.kind is PlanKind.ADJUNCT}
    assert adjuncts == {"patellar_taping", "foot_orthoses_prefab"}
    named = [["foot_orthoses_prefab", "education_load"], ["education_weight"]]
    plan = suggested_plan(named, red_flag=False)
    assert "foot_orthoses_prefab" not in plan
    assert "education_weight" not in plan
    assert offered_items(named) == ("education_weight", "foot_orthoses_prefab")
    lib = load_exercises()
    assert lib["patellar_taping"].label.endswith("for up to 4 weeks")
    assert lib["foot_orthoses_prefab"].label.endswith("for up to 6 weeks")
    assert lib["education_exercise"].steps == (
        "Exercise is the treatment with the best evidence for this knee pain.",
        "It helps most when you do it regularly.",
        "Give it at least 6 weeks.",
    )


def test_a_ticked_adjunct_prints_with_its_label() -> None:
    text = handout_text(FinalPlan(items=("wall_sit", "patellar_taping")))
    assert "Kneecap taping" in text
    assert "Short-term help, used with your exercises, for up to 4 weeks" in text
