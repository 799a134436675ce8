"""The handout and summary of a protocol v2 visit follow its diagnosis status (clinical.md
4.2, 5.1, 6, 7); v1 visits keep printing as before."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

import pytest
from pdf_helpers import CLINIC, doc, text_of

from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.core.visit_doc import parse_visit_doc
from kneedesk.report.chain_v2 import Seen, chain_state_v2
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.model import FinalPlan, HandoutData
from kneedesk.report.summary import render_summary

PFP = "example-visit-v2.json"
PFP_WORDS = re.compile(r"kneecap|runner's knee|patellofemoral", re.IGNORECASE)
US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)


def data(name: str = PFP, *, earlier: tuple[str, ...] = (), **changes: Any) -> HandoutData:
    return handout_data(doc(name, **changes), [doc(e) for e in earlier], clinic=CLINIC)


def text(d: HandoutData) -> str:
    return text_of(render_handout(d))


@pytest.fixture(scope="module")
def pfp_text() -> str:
    return text(data())


@pytest.fixture(scope="module")
def to_confirm_text() -> str:
    return text(data("example-v2-to-confirm.json"))


def test_pfp_visit_has_the_runners_knee_title_chain_plan_and_good_to_know(pfp_text: str) -> None:
    assert "Your runner's knee plan" in pfp_text
    assert "Where your pain is" in pfp_text  # the v2 chain target
    assert "The knee travels further forward" not in pfp_text  # no v1 "forward" box
    assert "Good to know" in pfp_text
    assert "Seated knee extension" in pfp_text  # quadriceps_deficit fired: knee step first
    # moderate irritability: the moderate starting dose, not the default one
    assert "3 sets of 10-15 slow slides down and up, 3 times a week" in pfp_text


def test_to_confirm_visit_has_no_chain_plan_or_pfp_words(to_confirm_text: str) -> None:
    assert "Your knee plan" in to_confirm_text
    assert "Your runner's knee plan" not in to_confirm_text
    assert not PFP_WORDS.search(to_confirm_text)
    assert "Where your pain is" not in to_confirm_text
    assert "Good to know" not in to_confirm_text
    assert "How much:" not in to_confirm_text  # nothing preselected
    assert "Still to be worked out" in to_confirm_text


def test_to_confirm_prints_the_items_the_clinician_chose() -> None:
    d = data("example-v2-to-confirm.json")
    chosen = dataclasses.replace(d, plan=FinalPlan(items=("wall_sit",)))
    shown = text(chosen)
    assert "while they check what is causing your pain" in shown
    assert "Wall sit" in shown
    assert not PFP_WORDS.search(shown)


@pytest.mark.parametrize(("birth", "adolescent"), [("2012-04-20", True), ("1990-01-01", False)])
def test_red_flag_visit_has_interim_advice_and_no_plan(birth: str, adolescent: bool) -> None:
    raw = doc("example-v2-red-flag.json").to_dict()
    raw["patient"]["birth_date"] = birth
    shown = text(handout_data(parse_visit_doc(raw), clinic=CLINIC))
    assert "Your knee: what happens next" in shown
    assert "Stop running, jumping and sport for now." in shown
    assert "your knee locks and you cannot straighten it;" in shown
    assert "How much:" not in shown
    assert "Your plan" not in shown
    assert "Where your pain is" not in shown
    assert ("you start to limp" in shown) is adolescent
    # No tests are explained on this handout, so it does not promise them.
    assert "what your tests showed" not in shown
    assert "what to do until your knee has been checked" in shown


def test_chain_states_follow_the_v2_rules() -> None:
    only_trunk = chain_state_v2(["trunk_control"])
    assert only_trunk.boxes["hip"] is Seen.POSSIBLE
    assert only_trunk.boxes["thigh"] is Seen.NOT_SEEN
    hip = chain_state_v2(["hip_strength_deficit"])
    assert (hip.boxes["hip"], hip.boxes["thigh"], hip.boxes["knee_in"]) == (
        Seen.SEEN,
        Seen.POSSIBLE,
        Seen.POSSIBLE,
    )
    ankle = chain_state_v2(["ankle_mobility", "training_changes"])
    assert ankle.boxes["knee_in"] is Seen.POSSIBLE
    assert ankle.boxes["thigh"] is Seen.NOT_SEEN
    assert not ankle.load_active  # training changes light nothing
    assert set(ankle.boxes) == {"hip", "thigh", "knee_in", "ankle"}


def test_in_your_plan_only_when_one_of_the_findings_items_is_in_the_final_plan() -> None:
    d = data()
    assert "Side plank is in your plan." in text_of(render_handout(d))
    items = tuple(i for i in d.final_plan.items if i != "side_plank")
    without = dataclasses.replace(d, plan=FinalPlan(items=items))
    shown = text_of(render_handout(without))
    trunk = shown.split("Trunk strength", 1)[1].split("Ankle movement", 1)[0]
    assert "in your plan" not in trunk


def test_us_unit_v2_handout_shows_no_metric_units() -> None:
    shown = text(handout_data(doc(PFP), clinic=CLINIC, units=US))
    assert not re.search(r"\d\s*(cm|km|kg)\b|\b(cm|km|kg)\b", shown), re.findall(
        r".{30}\b(?:cm|km|kg)\b.{10}", shown
    )


def test_follow_up_with_the_checklist_prints_the_return_to_run_box(pfp_text: str) -> None:
    shown = text(data("example-v2-followup.json", earlier=(PFP,)))
    assert "Getting back to running" in shown
    assert "Your running now: walk-run" in shown
    assert "Next step: easy running for 20 minutes" in shown
    assert "Getting back to running" not in pfp_text


def test_summary_states_diagnosis_status_unmet_criteria_and_irritability() -> None:
    shown = text_of(render_summary(data("example-v2-to-confirm.json")))
    assert "Diagnosis status: To confirm" in shown
    assert "CPG criteria not met: other causes excluded" in shown
    assert "Irritability: moderate" in shown
    assert "Kelley 2013" in shown


def test_follow_up_summary_names_the_running_stage_scale_once() -> None:
    shown = text_of(render_summary(data("example-v2-followup.json", earlier=(PFP,))))
    assert "Running stage (0 not running, 5 full)" in shown
    assert "(stage (" not in shown


def test_v1_visit_keeps_the_v1_handout() -> None:
    shown = text(handout_data(doc("example-visit.json"), clinic=CLINIC))
    assert "The knee travels further forward" in shown  # the v1 chain box
    assert "Where your pain is" not in shown
    assert "Getting back to running" not in shown
