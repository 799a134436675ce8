"""The findings' patient sentences of protocol v2 (clinical content v2, sections 5 and 8).

Templates with named fields, filled with `str.format`; values arrive already written for the
patient ("7 cm", "left", "the single-leg squat"). Lengths are filled in the clinic's units
before they arrive, so nothing here names a unit. The findings still write their own v1-era
sentences where they differ; these are the wording they move to when the v2 findings are built
(kept in core, so the findings and the report read the same text).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# Finding id -> its patient sentence (one template per finding).
PATIENT_TEXT: Mapping[str, str] = MappingProxyType(
    {
        "pfp_pattern": (
            "Your pain fits runner's knee (patellofemoral pain): pain around or behind the "
            "kneecap that bent-knee activities like stairs and squats bring on. It is common "
            "and usually not a sign of damage to the knee. Most people improve with the right "
            "load and exercise."
        ),
        "diagnosis_to_confirm": (
            "Your clinician is still working out what is causing your knee pain. Until then, "
            "your plan keeps things simple."
        ),
        "meaningful_worsening": (
            "Your {measure} went from {before} to {now} since your last visit. That is more "
            "than the usual ups and downs, so your clinician will go over your plan with you."
        ),
        "energy_bone_health": (
            "Bones need enough food energy to stay strong. Your clinician will talk with you "
            "about eating enough for your training, and may suggest seeing a doctor."
        ),
        "fear_of_movement": (
            "Your answers show you are worried that moving could harm your knee. Many people "
            "feel this way. Moving within the pain rules is unlikely to harm your knee, and it "
            "is part of getting better."
        ),
        "downhill_squat_load": (
            "Downhill running and deep loaded squats are linked with more load on the knee. "
            "Ease off them for now and bring them back slowly as the pain settles."
        ),
        "quadriceps_deficit": (
            "Your {side} thigh muscles pushed with {a}% of your body weight, your {other} "
            "with {b}%. Stronger thigh muscles can help your knee cope with stairs and running."
        ),
        "hip_strength_drop": (
            "Relative to your body weight, your {side} hip was {n}% weaker at {action} than "
            "at your last visit."
        ),
        "pelvic_control": (
            "In {tests}, your pelvis did not stay level when you stood on your {side} leg. "
            "This is linked with the thigh moving inward. Side-lying leg raises, side planks "
            "and standing on one leg train the muscles that help keep it level."
        ),
        "knee_collapse": (
            "In {tests}, your knee moved inward over your foot. This is linked with more load "
            "on the knee. Practising in front of a mirror can help you keep it in line."
        ),
        "trunk_control": (
            "You held a side plank for {x} seconds on your left side and {y} on your right. "
            "Side planks train the muscles at the side of your trunk and hip."
        ),
        "ankle_mobility": (
            "In the knee-to-wall test your toes could be {l} from the wall on the left and "
            "{r} on the right. A stiff ankle is linked with the knee moving inward when you "
            "bend on one leg."
        ),
        "foot_pronation": (
            "Your {side} foot rolls in more than most when you stand. Ready-made insoles can "
            "ease knee pain for a few weeks, used with your exercises."
        ),
        "mobility_deficit": (
            "Some muscles around your {side} hip and knee are tight. Gentle stretches can help."
        ),
        "balance_asymmetry": (
            "In the balance reach test, your forward reach was {d} shorter on your {side} leg. "
            "Balance practice can help you feel steadier on one leg."
        ),
        "low_cadence_end": "…at the same speed, can lower the load on your knee.",
        "fatigue_breakdown": (
            "Your running form changed when you got tired. Keep runs short enough that your "
            "form holds, and build endurance with your exercises."
        ),
    }
)

# The training-load finding's parts (section 8): each prints when its rule fired.
LOAD_TEXT: Mapping[str, str] = MappingProxyType(
    {
        "spike": (
            "Runs that are much longer than your recent longest run are linked with more "
            "running injuries. For now, keep each run no more than 10% longer than your "
            "longest run of the last month."
        ),
        "weekly": (
            "Big jumps from one week to the next may matter too, but the research is less clear."
        ),
        "break": ("You started running again after a week off. Build back up one run at a time."),
        "changes_only": (
            "You recently changed your training ({labels}). We will talk about whether this "
            "plays a part."
        ),
    }
)

IN_PLAN = "{what} is in your plan."
"""Printed only when one of the finding's plan items is in the final plan (section 1, rule 6)."""


def patient_text(finding_id: str, **fields: str) -> str:
    """A finding's v2 patient sentence with its fields filled in (KeyError if none)."""
    return PATIENT_TEXT[finding_id].format(**fields)
