"""The vocabulary of plan items findings can suggest, and the default combined plan."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class PlanKind(StrEnum):
    """What sort of plan item it is."""

    EXERCISE = "exercise"
    RUNNING = "running"
    EDUCATION = "education"
    ADJUNCT = "adjunct"  # short-term help used with exercise (taping, insoles): offered only


@dataclass(frozen=True)
class PlanItem:
    """A thing the patient will do; exercises are described in full in the exercise library."""

    id: str
    kind: PlanKind
    title: str
    target: str  # hip, knee, trunk, ankle, balance, gait, load, mobility, foot
    offered_only: bool = False  # never preselected: the clinician ticks it when it fits


_ITEMS = (
    PlanItem("education_load", PlanKind.EDUCATION, "Understanding and managing knee load", "load"),
    PlanItem("side_lying_hip_abduction", PlanKind.EXERCISE, "Side-lying hip abduction", "hip"),
    PlanItem("clamshell_band", PlanKind.EXERCISE, "Clamshell with band", "hip"),
    PlanItem("glute_bridge", PlanKind.EXERCISE, "Bridge, progressing to single leg", "hip"),
    PlanItem("wall_sit", PlanKind.EXERCISE, "Wall sit", "knee"),
    PlanItem("step_up", PlanKind.EXERCISE, "Step-up", "knee"),
    PlanItem("step_down_mirror", PlanKind.EXERCISE, "Step-down in front of a mirror", "knee"),
    PlanItem("single_leg_squat_mirror", PlanKind.EXERCISE, "Single-leg squat control", "hip"),
    PlanItem("side_plank", PlanKind.EXERCISE, "Side plank", "trunk"),
    PlanItem("single_leg_stance", PlanKind.EXERCISE, "Single-leg stance", "balance"),
    PlanItem("single_leg_balance_reach", PlanKind.EXERCISE, "Single-leg balance reach", "balance"),
    PlanItem("calf_raise", PlanKind.EXERCISE, "Calf raise", "ankle"),
    PlanItem("ankle_mobility_lunge", PlanKind.EXERCISE, "Knee-to-wall ankle mobility", "ankle"),
    PlanItem("run_reduce_rebuild", PlanKind.RUNNING, "Reduce, then rebuild running", "load"),
    PlanItem(
        "avoid_downhill_deep_squats", PlanKind.RUNNING, "Ease off downhill and deep squats", "load"
    ),
    PlanItem("cadence_retraining", PlanKind.RUNNING, "A few more steps per minute", "gait"),
    PlanItem("shorter_runs_fatigue", PlanKind.RUNNING, "Shorter runs while form holds", "gait"),
    # Protocol v2 (clinical content v2, sections 6.4 and 6.5).
    PlanItem("education_exercise", PlanKind.EDUCATION, "Why exercise is the treatment", "load"),
    PlanItem("education_energy", PlanKind.EDUCATION, "Eating enough for your training", "load"),
    PlanItem("education_pain_fear", PlanKind.EDUCATION, "Moving with confidence", "load"),
    # Offered only at adult BMI >= 30, never preselected.
    PlanItem("education_weight", PlanKind.EDUCATION, "Body weight and your knee", "load", True),
    PlanItem("knee_extension_90_45", PlanKind.EXERCISE, "Seated knee extension", "knee"),
    PlanItem("hamstring_stretch", PlanKind.EXERCISE, "Back-of-thigh stretch", "mobility"),
    PlanItem(
        "quad_hip_flexor_stretch", PlanKind.EXERCISE, "Front-of-thigh and hip stretch", "mobility"
    ),
    # Adjuncts with exercise (JOSPT CPG 2019): offered when they fit, never preselected.
    PlanItem("patellar_taping", PlanKind.ADJUNCT, "Kneecap taping", "knee", True),
    PlanItem("foot_orthoses_prefab", PlanKind.ADJUNCT, "Ready-made insoles", "foot", True),
)

PLAN_ITEMS: dict[str, PlanItem] = {p.id: p for p in _ITEMS}

# Combined hip- and knee-targeted exercise is the guideline default (JOSPT 2019; Collins 2018).
DEFAULT_EXERCISES: tuple[str, ...] = (
    "side_lying_hip_abduction",
    "clamshell_band",
    "glute_bridge",
    "wall_sit",
    "step_up",
)


def plan_item(item_id: str) -> PlanItem:
    """The plan item with this id (KeyError if unknown)."""
    return PLAN_ITEMS[item_id]


def suggested_plan(finding_plans: Iterable[Iterable[str]], *, red_flag: bool) -> tuple[str, ...]:
    """Default combined plan plus each finding's items, in catalogue order, without repeats.

    With a red flag there is no plan: the clinician rules things out first. Items that are
    offered only (adjuncts, weight education) are never in it, whichever finding names them.
    """
    if red_flag:
        return ()
    ids: list[str] = ["education_load", *DEFAULT_EXERCISES]
    for items in finding_plans:
        ids.extend(items)
    order = {p.id: n for n, p in enumerate(_ITEMS)}
    chosen = {i for i in ids if not PLAN_ITEMS[i].offered_only}
    return tuple(sorted(chosen, key=order.__getitem__))


def offered_items(finding_plans: Iterable[Iterable[str]]) -> tuple[str, ...]:
    """The offered-only items these findings name, for the clinician to tick if they fit."""
    named = {i for items in finding_plans for i in items}
    return tuple(p.id for p in _ITEMS if p.offered_only and p.id in named)
