"""The suggested plan of protocol v2: composition and cap (clinical content v2, 6.1), adjuncts
(6.4) and starting doses by irritability (6.2).

At most 6 exercises are preselected: 2 hip, 2 knee and up to 2 for the findings. Running
items (up to 2) and education follow; adjuncts and weight education are offered, never
preselected; everything else the findings or the default sets name is an unticked optional
item. On the "to confirm" path nothing is preselected; with a red flag there is no plan.
The GUI and the handout read `SuggestedPlan`; they decide nothing here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kneedesk.core.exercises import load_exercises
from kneedesk.core.findings.model import Finding, Level
from kneedesk.core.findings.states import DiagnosisStatus, Irritability, Stage
from kneedesk.core.plan import PLAN_ITEMS, PlanKind

MAX_EXERCISES = 6
HIP_DEFAULT = ("side_lying_hip_abduction", "glute_bridge", "clamshell_band")
KNEE_DEFAULT = ("wall_sit", "step_up")
KNEE_WITH_QUADS = ("knee_extension_90_45", "wall_sit", "step_up")
KNEE_HIGH = ("wall_sit", "knee_extension_90_45")  # step_up optional at high irritability
EDUCATION_PFP = ("education_load", "education_exercise")
LEVEL_ORDER = (Level.PRIORITY, Level.ATTENTION, Level.INFO)
ADOLESCENT_AGES = (8, 16)  # the protocol's adolescent band (age-shown items 8-16)
ADULT_AGE = 18
WEIGHT_BMI_MIN = 30.0  # education_weight is offered at adult BMI 30 or more (12.8)


class Group(StrEnum):
    """Why an item is in the suggested plan."""

    HIP = "hip"
    KNEE = "knee"
    FINDING = "finding"
    RUNNING = "running"
    EDUCATION = "education"
    OFFERED = "offered"  # adjuncts, weight education: the clinician ticks them if they fit
    OPTIONAL = "optional"  # unticked; printed only if ticked


@dataclass(frozen=True)
class Suggestion:
    """One plan item as suggested: preselected (ticked) or not, with its starting dose."""

    item_id: str
    kind: PlanKind
    group: Group
    preselected: bool
    dose: str  # the starting dose at this visit's irritability stage (6.2)
    findings: tuple[str, ...] = ()  # ids of the fired findings that name it


@dataclass(frozen=True)
class SuggestedPlan:
    """The whole suggestion: preselected items first, in plan order, then offered and optional."""

    status: DiagnosisStatus
    stage: Stage | None
    dose_stage: Stage | None  # the stage the doses are for (adolescents: moderate at most)
    items: tuple[Suggestion, ...]
    suggest_taping_trial: bool  # 6.4: high or moderate irritability and no taping trial yet

    @property
    def preselected(self) -> tuple[str, ...]:
        """Ids of the ticked items."""
        return tuple(s.item_id for s in self.items if s.preselected)

    @property
    def offered(self) -> tuple[str, ...]:
        """Ids of the items offered only (adjuncts, weight education)."""
        return tuple(s.item_id for s in self.items if s.group is Group.OFFERED)

    @property
    def optional(self) -> tuple[str, ...]:
        """Ids of the unticked optional items."""
        return tuple(s.item_id for s in self.items if s.group is Group.OPTIONAL)

    def to_dict(self) -> dict[str, object]:
        """As JSON data for `kneedesk score`."""
        return {
            "diagnosis_status": self.status.value,
            "irritability": None if self.stage is None else self.stage.value,
            "dose_stage": None if self.dose_stage is None else self.dose_stage.value,
            "suggest_taping_trial": self.suggest_taping_trial,
            "items": [
                {
                    "id": s.item_id,
                    "kind": s.kind.value,
                    "group": s.group.value,
                    "preselected": s.preselected,
                    "dose": s.dose,
                    "findings": list(s.findings),
                }
                for s in self.items
            ],
        }


def dose_stage(stage: Stage | None, age: int | None) -> Stage | None:
    """6.2: the stage doses are given for; adolescents start at moderate or lower."""
    low, high = ADOLESCENT_AGES
    if stage is Stage.LOW and age is not None and low <= age <= high:
        return Stage.MODERATE
    return stage


def _by_priority(findings: Sequence[Finding]) -> list[Finding]:
    """Fired findings by level (priority, attention, info), then in table order."""
    return sorted(findings, key=lambda f: LEVEL_ORDER.index(f.level))


def _is(item_id: str, kind: PlanKind) -> bool:
    return PLAN_ITEMS[item_id].kind is kind and not PLAN_ITEMS[item_id].offered_only


def _take(candidates: Iterable[str], chosen: list[str], n: int) -> list[str]:
    picked: list[str] = []
    for item_id in candidates:
        if len(picked) == n:
            break
        if item_id not in chosen and item_id not in picked:
            picked.append(item_id)
    return picked


def compose_plan(
    findings: Sequence[Finding],
    status: DiagnosisStatus,
    irritability: Irritability | None,
    *,
    taping_trial: str | None = None,
    age: int | None = None,
    bmi: float | None = None,
) -> SuggestedPlan:
    """6.1-6.4: what to tick, what to offer and what to list unticked, with starting doses."""
    stage = None if irritability is None else irritability.stage
    for_doses = dose_stage(stage, age)
    fired = {f.id: f for f in findings}
    named: dict[str, list[str]] = {}
    for f in findings:
        for item_id in f.plan:
            named.setdefault(item_id, []).append(f.id)
    chosen: dict[str, Group] = {}
    offered: list[str] = []
    if status is DiagnosisStatus.PFP:
        exercises: list[str] = []
        hip_first = (
            list(fired["hip_strength_deficit"].plan) if "hip_strength_deficit" in fired else []
        )
        for group, picked in (
            (Group.HIP, _take([*hip_first, *HIP_DEFAULT], exercises, 2)),
            (Group.KNEE, _take(_knee_order(stage, "quadriceps_deficit" in fired), exercises, 2)),
        ):
            exercises += picked
            chosen.update(dict.fromkeys(picked, group))
        specific = [i for f in _by_priority(findings) for i in f.plan if _is(i, PlanKind.EXERCISE)]
        room = MAX_EXERCISES - len(exercises)
        chosen.update(dict.fromkeys(_take(specific, exercises, min(2, room)), Group.FINDING))
        running = [i for f in findings for i in f.plan if _is(i, PlanKind.RUNNING)]
        chosen.update(dict.fromkeys(_take(running, [], 2), Group.RUNNING))
        chosen.update(dict.fromkeys(EDUCATION_PFP, Group.EDUCATION))
        if taping_trial == "less_pain":
            offered.append("patellar_taping")
        if "foot_orthoses_prefab" in named:
            offered.append("foot_orthoses_prefab")
    adult = age is not None and age >= ADULT_AGE
    if (
        status is not DiagnosisStatus.RED_FLAG
        and adult
        and bmi is not None
        and bmi >= WEIGHT_BMI_MIN
    ):
        offered.append("education_weight")
    optional: list[str] = []
    if status is DiagnosisStatus.PFP:
        optional = [*HIP_DEFAULT, *KNEE_WITH_QUADS, *named]
    elif status is DiagnosisStatus.TO_CONFIRM:
        optional = list(named)
    optional = [
        i
        for i in dict.fromkeys(optional)
        if i not in chosen and i not in offered and not PLAN_ITEMS[i].offered_only
    ]
    library = load_exercises()
    stage_key = None if for_doses is None else for_doses.value

    def suggestion(item_id: str, group: Group, ticked: bool) -> Suggestion:
        entry = library.get(item_id)
        dose = "" if entry is None else entry.dose_for(stage_key)
        findings_naming = tuple(named.get(item_id, ()))
        return Suggestion(item_id, PLAN_ITEMS[item_id].kind, group, ticked, dose, findings_naming)

    items = [suggestion(i, g, True) for i, g in chosen.items()]
    items += [suggestion(i, Group.OFFERED, False) for i in offered]
    items += [suggestion(i, Group.OPTIONAL, False) for i in optional]
    suggest_taping = (
        status is DiagnosisStatus.PFP
        and stage in (Stage.HIGH, Stage.MODERATE)
        and taping_trial in (None, "not_tried")
    )
    return SuggestedPlan(status, stage, for_doses, tuple(items), suggest_taping)


def _knee_order(stage: Stage | None, quads: bool) -> tuple[str, ...]:
    """6.1 step 2: knee exercises in the order they are chosen."""
    if stage is Stage.HIGH:
        return KNEE_HIGH
    return KNEE_WITH_QUADS if quads else KNEE_DEFAULT
