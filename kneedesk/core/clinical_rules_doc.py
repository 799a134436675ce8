"""docs/clinical-rules.md, written from the code: every protocol v2 rule on one page.

The thresholds and their sources come from `thresholds.THRESHOLD_INFO`, the bands from
`bands`, the derived states from `findings.states`, and each finding's level, source and plan
from the rule itself, run on a small visit that makes it fire (SAMPLES). So the page cannot
say something the code does not do; tests/unit/test_clinical_rules_doc.py fails while the
committed page is out of date (`make docs` rewrites it).
"""

from __future__ import annotations

import inspect
from typing import Any

from kneedesk.core.angles import ANGLES, CAMERA_CAUTION
from kneedesk.core.answers import Answers
from kneedesk.core.bands import (
    CHANGE_RULES,
    FPI6_BANDS,
    FPI6_SOURCE,
    SPIKE_BANDS,
    SPIKE_SOURCE,
    TSK11_BANDS,
    TSK11_SOURCE,
)
from kneedesk.core.findings import RULES_V2, Finding, evaluate, states
from kneedesk.core.findings.v2_lower import AKE_MAX_DEG, KNEE_FLEXION_DIFF_DEG
from kneedesk.core.plan_v2 import (
    EDUCATION_PFP,
    HIP_DEFAULT,
    KNEE_DEFAULT,
    KNEE_HIGH,
    KNEE_WITH_QUADS,
    MAX_EXERCISES,
)
from kneedesk.core.protocol import load_protocol
from kneedesk.core.thresholds import THRESHOLD_INFO, Thresholds

_BASE: dict[str, Any] = {
    "symptom_side": "right",
    "body_mass": 60.0,
    "history.pain_location": ["around_kneecap"],
    "history.aggravators": ["stairs_down"],
    **dict.fromkeys(
        (
            "dx.tibiofemoral",
            "dx.patellar_tendinopathy",
            "dx.itb_syndrome",
            "dx.hip_referred",
            "dx.apophysitis",
            "dx.bone_stress",
            "dx.patellar_instability",
        ),
        "not_suspected",
    ),
}
_SIDES = {"left": 100.0, "right": 50.0}
# (finding id, what this sample shows, answers, previous answers or None)
SAMPLES: tuple[tuple[str, str, dict[str, Any], dict[str, Any] | None], ...] = (
    ("refer_first", "", {"red_flags.locking": True}, None),
    ("pfp_pattern", "", {}, None),
    ("diagnosis_to_confirm", "", {"dx.itb_syndrome": "possible"}, None),
    ("meaningful_worsening", "", {"pain.usual": 6}, {"pain.usual": 3}),
    ("energy_bone_health", "", {"bsi.previous": True}, None),
    ("fear_of_movement", "", {"psych.tsk11_total": 30}, None),
    (
        "load_spike",
        "single-run spike",
        {"load.longest_run_week": 15.0, "load.longest_run_prior_30d": 10.0},
        None,
    ),
    ("load_spike", "weekly rise or return only", {"load.weekly_distance": [40, 20]}, None),
    ("training_changes", "", {"load.recent_changes": ["new_shoes"]}, None),
    ("downhill_squat_load", "", {"load.downhill": "a_lot"}, None),
    ("quadriceps_deficit", "", {"knee.extension_force": _SIDES}, None),
    ("hip_strength_deficit", "", {"hip.abduction_force": _SIDES}, None),
    ("pelvic_control", "", {"hip.trendelenburg": {"right": "positive"}}, None),
    ("knee_collapse", "", {"running.knee_inward": {"right": "mild"}}, None),
    ("trunk_control", "", {"hip.side_plank": {"left": 20.0}}, None),
    ("ankle_mobility", "", {"ankle.knee_to_wall": {"right": 5.0}}, None),
    ("foot_pronation", "", {"foot.fpi6": {"right": 8}}, None),
    ("mobility_deficit", "", {"mobility.thomas": {"right": "positive"}}, None),
    ("balance_asymmetry", "", {"balance.y_anterior": {"left": 60.0, "right": 50.0}}, None),
    ("low_cadence", "", {"running.cadence": 160}, None),
    ("fatigue_breakdown", "", {"running.fatigue_change": "worse_late"}, None),
)


def sample_finding(finding_id: str, answers: dict[str, Any], previous: Any) -> Finding:
    """The finding as the code gives it for a sample visit (ValueError if it does not fire)."""
    protocol = load_protocol("runners-knee", 2)
    before = None if previous is None else Answers({**_BASE, **previous})
    found = evaluate(Answers({**_BASE, **answers}), protocol, previous=before, age=30)
    for finding in found:
        if finding.id == finding_id:
            return finding
    raise ValueError(f"sample for {finding_id} does not fire it")


def _doc(function: Any) -> str:
    return " ".join((inspect.getdoc(function) or "").split())


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _thresholds() -> list[str]:
    default = Thresholds()
    lines = [
        "| Settings key | Default | Unit | What it decides | Source |",
        "|---|---|---|---|---|",
    ]
    for key, info in THRESHOLD_INFO.items():
        lines.append(
            f"| `{key}` | {getattr(default, key)} | {info.unit} | {_cell(info.help)} | "
            f"{_cell(info.source)} |"
        )
    return lines


def _bands() -> list[str]:
    lines = [f"Single-run spike ({SPIKE_SOURCE}; any overuse running injury, not PFP):", ""]
    lines += ["| Band | Spike | HRR |", "|---|---|---|"]
    for spike in SPIKE_BANDS:
        upper = f" to {spike.up_to:g}%" if spike.up_to is not None else ""
        lines.append(f"| {spike.name} | >{spike.above:g}%{upper} | {spike.hrr} |")
    lines += ["", f"TSK-11 total ({TSK11_SOURCE}):", ""]
    lines += ["| From | Band |", "|---|---|"] + [f"| {lo} | {name} |" for lo, name in TSK11_BANDS]
    lines += ["", f"FPI-6 total ({FPI6_SOURCE}):", ""]
    lines += ["| From | Band |", "|---|---|"] + [f"| {lo:+d} | {name} |" for lo, name in FPI6_BANDS]
    lines += ["", "Meaningful change and measurement error between visits:", ""]
    lines += [
        '| Measure | Settings key | Band | Basis | Says "meaningful" | Source |',
        "|---|---|---|---|---|---|",
    ]
    default = Thresholds()
    for rule in CHANGE_RULES:
        amount = getattr(default, rule.threshold_key)
        band = f"±{amount:g}% of the earlier value" if rule.relative else f"±{amount:g} {rule.unit}"
        lines.append(
            f"| {rule.measure} | `{rule.threshold_key}` | {band} | {rule.basis.value} | "
            f"{'yes' if rule.meaningful else 'no: usual error'} | {_cell(rule.source)} |"
        )
    return lines


def _states() -> list[str]:
    return [
        f"Irritability ({states.IRRITABILITY_SOURCE}): {_doc(states.irritability)}",
        "",
        f"Diagnosis status: {_doc(states.diagnosis)} CPG criteria, in order: "
        + "; ".join(states.CRITERIA)
        + ".",
    ]


def _findings() -> list[str]:
    lines = [
        "| Finding | Level | Fires when | Plan ids | Source |",
        "|---|---|---|---|---|",
    ]
    rules = {rule.__name__: rule for rule in RULES_V2}
    for finding_id, shows, answers, previous in SAMPLES:
        finding = sample_finding(finding_id, answers, previous)
        level = f"{finding.level.value} ({shows})" if shows else finding.level.value
        plan = ", ".join(f"`{p}`" for p in finding.plan) or "none"
        lines.append(
            f"| `{finding_id}` | {level} | {_cell(_doc(rules[finding_id]))} | {plan} | "
            f"{_cell(finding.source)} |"
        )
    return lines


def _plan() -> list[str]:
    def ids(items: tuple[str, ...]) -> str:
        return ", ".join(f"`{i}`" for i in items)

    return [
        f"At most {MAX_EXERCISES} exercises are preselected (PFP path only):",
        "",
        f"1. Hip, 2: the weak muscles' exercises (lowest LSI, then largest drop), then "
        f"{ids(HIP_DEFAULT)}.",
        f"2. Knee, 2: {ids(KNEE_DEFAULT)}; with quadriceps_deficit {ids(KNEE_WITH_QUADS)}; at "
        f"high irritability {ids(KNEE_HIGH)}.",
        "3. Finding-specific, up to 2: fired findings by level (priority, attention, info), "
        "then table order; skip ids already chosen.",
        "",
        f"Running items: up to 2, in findings order. Education: {ids(EDUCATION_PFP)}. "
        "Adjuncts and weight education are offered, never preselected. To confirm: nothing "
        "preselected, the findings' items optional. Red flag: no plan. Starting doses follow "
        "the irritability stage (adolescents 8-16: moderate at most); clinic default (no "
        "study).",
    ]


def _angles() -> list[str]:
    lines = [
        "Measured on a video still from the points the clinician places; 2-D, from one "
        "camera. No angle fires a finding: the clinician uses it to answer the item, and the "
        "handout can print the still with its angle. Compared only with the same test, side "
        f'and camera view at earlier visits, with the note: "{CAMERA_CAUTION}".',
        "",
        "| angle | views | points, in order | definition | source |",
        "|---|---|---|---|---|",
    ]
    for kind in ANGLES.values():
        views = ", ".join(view.value for view in kind.views)
        points = ", ".join(kind.points) + (f", and the {kind.reference}" if kind.reference else "")
        lines.append(
            f"| `{kind.id}` {_cell(kind.label)} | {views} | {_cell(points)} | "
            f"{_cell(kind.definition)} | {_cell(kind.source)} |"
        )
    return lines


def render() -> str:
    """The whole page."""
    parts = [
        "# Clinical rules, protocol runners-knee v2",
        "",
        "Generated from the code by `docs/update_clinical_rules.py` (`make docs`); do not "
        "edit by hand. Thresholds are the defaults; a clinic can change each settings key.",
        "",
        "## Thresholds",
        "",
        *_thresholds(),
        "",
        "## Bands",
        "",
        *_bands(),
        "",
        "## Derived states",
        "",
        *_states(),
        "",
        "## Findings",
        "",
        f"Mobility clinic defaults (no study): AKE deficit above {AKE_MAX_DEG:g}°, prone knee "
        f"flexion {KNEE_FLEXION_DIFF_DEG:g}° or more below the other side.",
        "",
        *_findings(),
        "",
        "## Plan",
        "",
        *_plan(),
        "",
        "## Angles on video stills",
        "",
        *_angles(),
        "",
    ]
    return "\n".join(parts)
