"""The visit's typed scores: the numbers of a known example, None where nothing was measured,
and `kneedesk score`'s JSON made from them."""

from __future__ import annotations

import copy
import json
from importlib.resources import files
from typing import Any

import pytest

from kneedesk.core.assessment import assess
from kneedesk.core.findings.states import DiagnosisStatus, Stage
from kneedesk.core.score_results import Scores, StepDownSide
from kneedesk.core.visit_doc import VisitDoc, parse_visit_doc

EXAMPLES = files("kneedesk.resources").joinpath("examples")


def raw(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text("utf-8"))
    return data


def doc(name: str, drop: tuple[str, ...] = ()) -> VisitDoc:
    data = copy.deepcopy(raw(name))
    data["answers"] = {k: v for k, v in data["answers"].items() if not k.startswith(drop)}
    data.pop("not_tested", None)
    return parse_visit_doc(data)


def scores(name: str, previous: str | None = None, drop: tuple[str, ...] = ()) -> Scores:
    return assess(doc(name, drop), None if previous is None else doc(previous)).scores


def test_the_example_visit_scores() -> None:
    s = scores("example-visit.json")
    assert s.kujala.total == 74
    assert s.kujala.missing == ()
    assert s.pain.usual.value == 4
    assert s.koos_pf.value == pytest.approx(61.4)
    abduction = s.strength["hip.abduction_force"]
    assert (abduction.force_n.left, abduction.force_n.right) == (182, 141)
    # 182 N / (61.5 kg x 9.81) x 100; 182 N x 0.82 m / 61.5 kg; painful right / left x 100
    assert abduction.percent_bw.left == pytest.approx(182 / (61.5 * 9.81) * 100)
    assert abduction.torque_nm_per_kg.left == pytest.approx(182 * 0.82 / 61.5)
    assert abduction.lsi == pytest.approx(141 / 182 * 100)
    assert s.side_plank.lsi == pytest.approx(35 / 48 * 100)
    assert s.step_down.sides.left == StepDownSide(1, "good")
    assert s.step_down.sides.right == StepDownSide(2, "medium")
    assert s.step_down.height == "20_cm"
    assert s.y_balance.anterior_difference_cm == 5
    assert s.load.weekly_distance_km == (42, 30, 31, 28)
    assert s.load.weekly_change_percent[0] == 40
    assert s.load.single_run_spike_percent == pytest.approx((18 / 14 - 1) * 100)
    assert s.cadence.retraining_range == (172, 180)  # 164 x 1.05 = 172.2, x 1.10 = 180.4
    assert s.side_lsi["hip.abduction_force"] == abduction.lsi
    assert s.v2 is None  # a v1 visit has no v2 states or bands


def test_unmeasured_scores_are_none() -> None:
    s = scores("example-visit.json", drop=("kujala.limp", "hip.", "load.", "running.cadence"))
    assert s.kujala.total is None
    assert s.kujala.missing == ("kujala.limp",)
    abduction = s.strength["hip.abduction_force"]
    assert abduction.force_n.left is None
    assert abduction.percent_bw.left is None
    assert abduction.torque_nm_per_kg.right is None
    assert abduction.lsi is None
    assert s.side_plank.seconds.left is None
    assert s.step_down.sides.left is None
    assert s.step_down.height is None
    assert s.load.single_run_spike_percent is None
    assert s.cadence.steps_per_min is None
    assert s.cadence.retraining_range is None
    assert s.pain.usual.previous is None
    assert s.pain.usual.change is None


def test_change_since_the_previous_visit() -> None:
    s = scores("example-followup.json", previous="example-visit.json")
    assert (s.kujala.previous_total, s.kujala.total, s.kujala.change) == (74, 88, 14)
    assert s.kujala.meaningful_change
    assert (s.pain.usual.previous, s.pain.usual.value, s.pain.usual.change) == (4, 2, -2)
    assert s.pain.usual.meaningful_improvement is True


def test_v2_states_and_bands() -> None:
    v2 = scores("example-visit-v2.json").v2
    assert v2 is not None
    assert v2.age == 32
    assert v2.irritability is not None
    assert v2.irritability.stage is Stage.MODERATE
    assert v2.diagnosis.status is DiagnosisStatus.PFP
    assert v2.tsk11.total == 31
    assert v2.tsk11.band == "moderate"
    assert (v2.fpi6.left.band, v2.fpi6.right.band) == ("normal", "pronated")
    assert v2.spike_band is not None
    assert v2.spike_band.name == "small"
    assert dict(v2.change_vs_previous) == {}  # no earlier visit to compare with


def test_json_is_rounded_but_the_scores_are_not() -> None:
    a = assess(doc("example-visit.json"))
    out = a.to_dict()["scores"]
    abduction = a.scores.strength["hip.abduction_force"]
    assert abduction.lsi != 77.5  # the findings compare the unrounded LSI...
    assert out["strength"]["hip.abduction_force"]["lsi"] == 77.5  # ...the output reports 0.1
    assert out["strength"]["hip.abduction_force"]["torque_nm_per_kg"]["left"] == 2.43
    assert out["kujala"]["change"] is None
    assert out["step_down"] == {
        "left": {"score": 1, "rating": "good"},
        "right": {"score": 2, "rating": "medium"},
        "height": "20_cm",
    }
    followup = assess(doc("example-followup.json"), doc("example-visit.json")).to_dict()
    assert followup["scores"]["kujala"]["change"] == 14.0
    assert isinstance(followup["scores"]["kujala"]["change"], float)


def test_v2_json_keeps_its_keys_and_order() -> None:
    out = assess(doc("example-v2-followup.json"), doc("example-visit-v2.json")).to_dict()
    assert list(out["scores"]) == [
        "kujala",
        "pain",
        "koos_pf",
        "strength",
        "side_plank",
        "step_down",
        "y_balance",
        "knee_to_wall",
        "load",
        "cadence",
        "age",
        "irritability",
        "diagnosis",
        "spike_band",
        "returns_after_break",
        "tsk11",
        "fpi6",
        "change_vs_previous",
    ]
    assert out["scores"]["fpi6"]["left"] == {"total": 4, "band": "normal"}
    assert set(out["scores"]["change_vs_previous"]["abduction_bw"]) == {"left", "right"}
    assert set(out["scores"]["change_vs_previous"]["pain_usual"]) == {"value"}


def test_scores_cannot_be_changed_by_a_reader() -> None:
    s = scores("example-visit.json")
    with pytest.raises(AttributeError):
        s.kujala.total = 100  # type: ignore[misc]
    with pytest.raises(TypeError):
        s.strength["hip.abduction_force"] = s.strength["hip.extension_force"]  # type: ignore[index]
