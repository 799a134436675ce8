"""When the return-to-run checklist allows the next running stage (clinical.md 7), with worked
cases: from stage 0 every tested item and both pain items must be yes; later stages need the
pain items, and the week at the stage is left to the clinician; stage 5 has no next stage."""

from __future__ import annotations

from typing import Any

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import load_protocol
from kneedesk.core.return_to_run import (
    STAGES,
    Readiness,
    next_stage_readiness,
    readiness_text,
)

V2 = load_protocol("runners-knee", 2)
LABELS = {o.key: o.label for o in V2.item("rtr.stage").options}
ALL_MET = {
    "rtr.pain_during": "yes",
    "rtr.pain_24h": "yes",
    "rtr.single_leg_control": "yes",
    "rtr.hop": "yes",
    "rtr.strength": "yes",
}


def ready(**answers: Any) -> Readiness:
    return next_stage_readiness(Answers({k.replace("__", "."): v for k, v in answers.items()}))


def at(stage: str, **changes: str | None) -> Readiness:
    answers: dict[str, Any] = {**ALL_MET, "rtr.stage": stage}
    for key, value in changes.items():
        item_id = f"rtr.{key}"
        if value is None:
            answers.pop(item_id)
        else:
            answers[item_id] = value
    return next_stage_readiness(Answers(answers))


def test_the_stages_are_the_protocols_options_in_order() -> None:
    assert tuple(LABELS) == STAGES


def test_not_running_to_walk_run_when_everything_tested_is_met() -> None:
    result = at("not_running")
    assert result == Readiness("not_running", "walk_run", (), week_rule=False)
    assert result.ready
    assert readiness_text(result, LABELS) == "Ready for the next stage: 1 Walk-run. You decide."


def test_items_not_tested_or_not_applicable_are_left_out_of_the_first_step() -> None:
    result = at("not_running", hop="not_tested", strength="not_applicable")
    assert result.ready


def test_a_tested_item_not_met_stops_the_first_step() -> None:
    result = at("not_running", single_leg_control="no", strength=None)
    assert not result.ready
    assert result.missing == (("rtr.single_leg_control", "no"), ("rtr.strength", None))
    assert readiness_text(result, LABELS) == (
        "Not yet ready for 1 Walk-run. Still missing: single-leg control (no), "
        "strength and hop symmetry (not answered)."
    )


def test_the_pain_items_must_be_yes_not_just_untested() -> None:
    result = at("not_running", pain_during="not_tested")
    assert result.missing == (("rtr.pain_during", "not_tested"),)
    assert "pain 2/10 or less (not tested)" in readiness_text(result, LABELS)


@pytest.mark.parametrize(
    ("stage", "next_name"),
    [
        ("walk_run", "2 Easy continuous"),
        ("easy_continuous", "3 Build volume"),
        ("build_volume", "4 Usual training"),
        ("usual_training", "5 Full"),
    ],
)
def test_later_stages_need_the_pain_rules_and_a_week_the_clinician_judges(
    stage: str, next_name: str
) -> None:
    # Hop and strength not met: they do not hold back a later step.
    result = at(stage, hop="no", strength="no", single_leg_control=None)
    assert result.ready
    assert result.week_rule
    text = readiness_text(result, LABELS)
    assert text.startswith(f"Ready for the next stage: {next_name}, if the pain rules have held")
    assert "for a week" in text
    assert text.endswith("You decide.")


def test_a_later_stage_with_pain_the_next_morning_is_not_ready() -> None:
    result = at("easy_continuous", pain_24h="no")
    assert not result.ready
    assert readiness_text(result, LABELS) == (
        "Not yet ready for 3 Build volume. Still missing: not worse the next morning (no)."
    )


def test_full_has_no_next_stage() -> None:
    result = at("full")
    assert result.next_stage is None
    assert not result.ready
    assert readiness_text(result, LABELS) == "5 Full is the last stage: there is no next stage."


def test_without_a_stage_nothing_is_worked_out() -> None:
    result = ready(rtr__pain_during="yes")
    assert result == Readiness(None, None)
    assert readiness_text(result, LABELS).startswith("Tick the running stage")
