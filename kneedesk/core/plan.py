"""The vocabulary of plan items findings can suggest, and the default combined plan."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from kneedesk.core.i18n import N_, _


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
    _title: str  # English, marked with N_; people read `title`
    target: str  # hip, knee, trunk, ankle, balance, gait, load, mobility, foot
    offered_only: bool = False  # never preselected: the clinician ticks it when it fits

    @property
    def title(self) -> str:
        """The item's title in the active language."""
        return _(self._title)


_ITEMS = (
    PlanItem(
        "education_load", PlanKind.EDUCATION, N_("Understanding and managing knee load"), "load"
    ),
    PlanItem("side_lying_hip_abduction", PlanKind.EXERCISE, N_("Side-lying hip abduction"), "hip"),
    PlanItem("clamshell_band", PlanKind.EXERCISE, N_("Clamshell with band"), "hip"),
    PlanItem("glute_bridge", PlanKind.EXERCISE, N_("Bridge, progressing to single leg"), "hip"),
    PlanItem("wall_sit", PlanKind.EXERCISE, N_("Wall sit"), "knee"),
    PlanItem("step_up", PlanKind.EXERCISE, N_("Step-up"), "knee"),
    PlanItem("step_down_mirror", PlanKind.EXERCISE, N_("Step-down in front of a mirror"), "knee"),
    PlanItem("single_leg_squat_mirror", PlanKind.EXERCISE, N_("Single-leg squat control"), "hip"),
    PlanItem("side_plank", PlanKind.EXERCISE, N_("Side plank"), "trunk"),
    PlanItem("single_leg_stance", PlanKind.EXERCISE, N_("Single-leg stance"), "balance"),
    PlanItem(
        "single_leg_balance_reach", PlanKind.EXERCISE, N_("Single-leg balance reach"), "balance"
    ),
    PlanItem("calf_raise", PlanKind.EXERCISE, N_("Calf raise"), "ankle"),
    PlanItem("ankle_mobility_lunge", PlanKind.EXERCISE, N_("Knee-to-wall ankle mobility"), "ankle"),
    PlanItem("run_reduce_rebuild", PlanKind.RUNNING, N_("Reduce, then rebuild running"), "load"),
    PlanItem(
        "avoid_downhill_deep_squats",
        PlanKind.RUNNING,
        N_("Ease off downhill and deep squats"),
        "load",
    ),
    PlanItem("cadence_retraining", PlanKind.RUNNING, N_("A few more steps per minute"), "gait"),
    PlanItem("shorter_runs_fatigue", PlanKind.RUNNING, N_("Shorter runs while form holds"), "gait"),
    # Protocol v2 (clinical content v2, sections 6.4 and 6.5).
    PlanItem("education_exercise", PlanKind.EDUCATION, N_("Why exercise is the treatment"), "load"),
    PlanItem("education_energy", PlanKind.EDUCATION, N_("Eating enough for your training"), "load"),
    PlanItem("education_pain_fear", PlanKind.EDUCATION, N_("Moving with confidence"), "load"),
    # Offered only at adult BMI >= 30, never preselected.
    PlanItem("education_weight", PlanKind.EDUCATION, N_("Body weight and your knee"), "load", True),
    PlanItem("knee_extension_90_45", PlanKind.EXERCISE, N_("Seated knee extension"), "knee"),
    PlanItem("hamstring_stretch", PlanKind.EXERCISE, N_("Back-of-thigh stretch"), "mobility"),
    PlanItem(
        "quad_hip_flexor_stretch",
        PlanKind.EXERCISE,
        N_("Front-of-thigh and hip stretch"),
        "mobility",
    ),
    # Adjuncts with exercise (JOSPT CPG 2019): offered when they fit, never preselected.
    PlanItem("patellar_taping", PlanKind.ADJUNCT, N_("Kneecap taping"), "knee", True),
    PlanItem("foot_orthoses_prefab", PlanKind.ADJUNCT, N_("Ready-made insoles"), "foot", True),
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
