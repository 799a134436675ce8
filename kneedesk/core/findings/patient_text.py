"""The findings' patient sentences of protocol v2 (clinical content v2, sections 5 and 8).

Templates with named fields, filled with `str.format`; values arrive already written for the
patient ("7 cm", "the single-leg squat"). The templates are English message ids (`N_`): they
are translated when they are filled (`patient_text`, `sided_text`). A template that names a
side has a whole sentence for each side in `SIDED_TEXT`, so a translation can make the side
agree with its noun ("su cadera izquierda", "Ihr linker Fuß"). Lengths are filled in the
clinic's units before they arrive, so nothing here names a unit. The findings still write
their own v1-era sentences where they differ; these are the wording they move to when the
v2 findings are built (kept in core, so the findings and the report read the same text).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kneedesk.core.i18n import N_, _

# Finding id -> its patient sentence (one template per finding).
PATIENT_TEXT: Mapping[str, str] = MappingProxyType(
    {
        "pfp_pattern": N_(
            "Your pain fits runner's knee (patellofemoral pain): pain around or behind the "
            "kneecap that bent-knee activities like stairs and squats bring on. It is common "
            "and usually not a sign of damage to the knee. Most people improve with the right "
            "load and exercise."
        ),
        "diagnosis_to_confirm": N_(
            "Your clinician is still working out what is causing your knee pain. Until then, "
            "your plan keeps things simple."
        ),
        "meaningful_worsening": N_(
            "Your {measure} went from {before} to {now} since your last visit. That is more "
            "than the usual ups and downs, so your clinician will go over your plan with you."
        ),
        "energy_bone_health": N_(
            "Bones need enough food energy to stay strong. Your clinician will talk with you "
            "about eating enough for your training, and may suggest seeing a doctor."
        ),
        "fear_of_movement": N_(
            "Your answers show you are worried that moving could harm your knee. Many people "
            "feel this way. Moving within the pain rules is unlikely to harm your knee, and it "
            "is part of getting better."
        ),
        "downhill_squat_load": N_(
            "Downhill running and deep loaded squats are linked with more load on the knee. "
            "Ease off them for now and bring them back slowly as the pain settles."
        ),
        "quadriceps_deficit": N_(
            "Your {side} thigh muscles pushed with {a}% of your body weight, your {other} "
            "with {b}%. Stronger thigh muscles can help your knee cope with stairs and running."
        ),
        "hip_strength_drop": N_(
            "Relative to your body weight, your {side} hip was {n}% weaker at {action} than "
            "at your last visit."
        ),
        "pelvic_control": N_(
            "In {tests}, your pelvis did not stay level when you stood on your {side} leg. "
            "This is linked with the thigh moving inward. Side-lying leg raises, side planks "
            "and standing on one leg train the muscles that help keep it level."
        ),
        "knee_collapse": N_(
            "In {tests}, your knee moved inward over your foot. This is linked with more load "
            "on the knee. Practising in front of a mirror can help you keep it in line."
        ),
        "trunk_control": N_(
            "You held a side plank for {x} seconds on your left side and {y} on your right. "
            "Side planks train the muscles at the side of your trunk and hip."
        ),
        "ankle_mobility": N_(
            "In the knee-to-wall test your toes could be {l} from the wall on the left and "
            "{r} on the right. A stiff ankle is linked with the knee moving inward when you "
            "bend on one leg."
        ),
        "foot_pronation": N_(
            "Your {side} foot rolls in more than most when you stand. Ready-made insoles can "
            "ease knee pain for a few weeks, used with your exercises."
        ),
        "mobility_deficit": N_(
            "Some muscles around your {side} hip and knee are tight. Gentle stretches can help."
        ),
        "balance_asymmetry": N_(
            "In the balance reach test, your forward reach was {d} shorter on your {side} leg. "
            "Balance practice can help you feel steadier on one leg."
        ),
        "low_cadence_end": N_("…at the same speed, can lower the load on your knee."),
        "fatigue_breakdown": N_(
            "Your running form changed when you got tired. Keep runs short enough that your "
            "form holds, and build endurance with your exercises."
        ),
    }
)

# The training-load finding's parts (section 8): each prints when its rule fired.
LOAD_TEXT: Mapping[str, str] = MappingProxyType(
    {
        "spike": N_(
            "Runs that are much longer than your recent longest run are linked with more "
            "running injuries. For now, keep each run no more than 10% longer than your "
            "longest run of the last month."
        ),
        "weekly": N_(
            "Big jumps from one week to the next may matter too, but the research is less clear."
        ),
        "break": N_("You started running again after a week off. Build back up one run at a time."),
        "changes_only": N_(
            "You recently changed your training ({labels}). We will talk about whether this "
            "plays a part."
        ),
    }
)

IN_PLAN = N_("{what} is in your plan.")
"""Printed only when one of the finding's plan items is in the final plan (section 1, rule 6)."""


# Finding id -> side ("left", "right", or "both" for both legs) -> the sentence for that side.
SIDED_TEXT: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "quadriceps_deficit": MappingProxyType(
            {
                "left": N_(
                    "Your left thigh muscles pushed with {a}% of your body weight, your right "
                    "with {b}%. Stronger thigh muscles can help your knee cope with stairs and "
                    "running."
                ),
                "right": N_(
                    "Your right thigh muscles pushed with {a}% of your body weight, your left "
                    "with {b}%. Stronger thigh muscles can help your knee cope with stairs and "
                    "running."
                ),
            }
        ),
        "hip_strength_drop": MappingProxyType(
            {
                # Translators: {action} is e.g. "pushing your leg out to the side".
                "left": N_(
                    "Relative to your body weight, your left hip was {n}% weaker at {action} "
                    "than at your last visit."
                ),
                "right": N_(
                    "Relative to your body weight, your right hip was {n}% weaker at {action} "
                    "than at your last visit."
                ),
            }
        ),
        "pelvic_control": MappingProxyType(
            {
                # Translators: {tests} is e.g. "the one-leg squat and the step-down test".
                "left": N_(
                    "In {tests}, your pelvis did not stay level when you stood on your left "
                    "leg. This is linked with the thigh moving inward. Side-lying leg raises, "
                    "side planks and standing on one leg train the muscles that help keep it "
                    "level."
                ),
                "right": N_(
                    "In {tests}, your pelvis did not stay level when you stood on your right "
                    "leg. This is linked with the thigh moving inward. Side-lying leg raises, "
                    "side planks and standing on one leg train the muscles that help keep it "
                    "level."
                ),
                "both": N_(
                    "In {tests}, your pelvis did not stay level when you stood on your left "
                    "and right leg. This is linked with the thigh moving inward. Side-lying leg "
                    "raises, side planks and standing on one leg train the muscles that help "
                    "keep it level."
                ),
            }
        ),
        "foot_pronation": MappingProxyType(
            {
                "left": N_(
                    "Your left foot rolls in more than most when you stand. Ready-made insoles "
                    "can ease knee pain for a few weeks, used with your exercises."
                ),
                "right": N_(
                    "Your right foot rolls in more than most when you stand. Ready-made insoles "
                    "can ease knee pain for a few weeks, used with your exercises."
                ),
                "both": N_(
                    "Your left and right foot rolls in more than most when you stand. "
                    "Ready-made insoles can ease knee pain for a few weeks, used with your "
                    "exercises."
                ),
            }
        ),
        "mobility_deficit": MappingProxyType(
            {
                "left": N_(
                    "Some muscles around your left hip and knee are tight. Gentle stretches can "
                    "help."
                ),
                "right": N_(
                    "Some muscles around your right hip and knee are tight. Gentle stretches "
                    "can help."
                ),
                "both": N_(
                    "Some muscles around your left and right hip and knee are tight. Gentle "
                    "stretches can help."
                ),
            }
        ),
        "balance_asymmetry": MappingProxyType(
            {
                # Translators: {d} is a distance with its unit, e.g. "5 cm".
                "left": N_(
                    "In the balance reach test, your forward reach was {d} shorter on your left "
                    "leg. Balance practice can help you feel steadier on one leg."
                ),
                "right": N_(
                    "In the balance reach test, your forward reach was {d} shorter on your "
                    "right leg. Balance practice can help you feel steadier on one leg."
                ),
            }
        ),
    }
)


def patient_text(finding_id: str, **fields: str) -> str:
    """A finding's v2 patient sentence, in the active language, with its fields filled in
    (KeyError if none)."""
    return _(PATIENT_TEXT[finding_id]).format(**fields)


def load_text(key: str, **fields: str) -> str:
    """A part of the training-load finding's patient text, in the active language."""
    return _(LOAD_TEXT[key]).format(**fields)


def side_key(sides: list[str]) -> str:
    """ "left", "right" or "both" for the sides a sentence names (in any order)."""
    named = set(sides) & {"left", "right"}
    return "both" if len(named) == 2 else next(iter(named), "both")


def sided_text(finding_id: str, sides: list[str], **fields: str) -> str:
    """A finding's patient sentence for these sides, in the active language, filled in."""
    return _(SIDED_TEXT[finding_id][side_key(sides)]).format(**fields)
