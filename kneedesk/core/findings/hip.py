"""Findings about the hip, pelvis and trunk: strength, knee collapse, pelvic and trunk control."""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Side, other_side
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, fmt_number
from kneedesk.core.findings.patient_text import PATIENT_TEXT
from kneedesk.core.scoring import SideMeasure, lsi, percent_body_weight, percent_change, strength

HIP_STRENGTH = {
    "hip.abduction_force": ("hip abduction", "pushing your leg out to the side", "abduction"),
    "hip.external_rotation_force": (
        "hip external rotation",
        "turning your leg outwards",
        "external_rotation",
    ),
    "hip.extension_force": ("hip extension", "pushing your leg backwards", "extension"),
}
EXERCISE_FOR = {
    "hip.abduction_force": "side_lying_hip_abduction",
    "hip.external_rotation_force": "clamshell_band",
    "hip.extension_force": "glute_bridge",
}
PLAIN_TEST = {
    "hip.trendelenburg": "the standing-on-one-leg test",
    "hip.step_down": "the step-down test",
    "hip.single_leg_squat_signs": "the one-leg squat",
    "running.pelvic_drop": "your running",
}
LSI_NOTE = "LSI < 90% is a return-to-sport convention, not a knee-pain norm"


def hip_strength_deficit(ctx: Context) -> Finding | None:
    """Hip strength on the painful side below the other side, or dropped since the last visit."""
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    plan: list[str] = []
    for item_id, (name, action, _) in HIP_STRENGTH.items():
        measure = strength(ctx.answers, item_id)
        fired = False
        side = measure.symptomatic_side
        if side is not None and measure.lsi is not None and measure.lsi < t.lsi_min_percent:
            fired = True
            evidence.append(
                Evidence(
                    f"{item_id}.lsi", f"{name} LSI", measure.lsi, "<", t.lsi_min_percent, "%", side
                )
            )
            patient.append(_side_sentence(action, side, measure))
        for s in ctx.painful_sides:
            drop = _drop_since_previous(ctx, item_id, s)
            if drop is not None and drop >= t.strength_drop_percent:
                fired = True
                evidence.append(
                    Evidence(
                        f"{item_id}.change",
                        f"{name} drop since last visit",
                        drop,
                        ">=",
                        t.strength_drop_percent,
                        "%",
                        s,
                    )
                )
                patient.append(
                    f"Your {s} hip was {fmt_number(drop, 0)}% weaker at {action} than at your "
                    "last visit."
                )
        if fired:
            plan.append(EXERCISE_FOR[item_id])
    if not evidence:
        return None
    weak = join_words(sorted({e.label.split(" LSI")[0].split(" drop")[0] for e in evidence}))
    return Finding(
        id="hip_strength_deficit",
        title="Hip strength deficit",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            f"Reduced {weak} strength on the painful side ({LSI_NOTE}). Hip weakness goes along "
            "with PFP (abduction 20-26% and external rotation about 36% lower in reported "
            "cohorts) but has not been shown to come before it: an association, not a proven "
            "risk factor."
        ),
        source="Neal et al., BJSM 2019;53:270; Ireland 2003; JOSPT 2010;40:641",
        patient_text=" ".join(patient)
        + " Weaker hip muscles are linked with knee pain like yours; strengthening them is part "
        "of your plan.",
        plan=tuple(plan),
    )


def _side_sentence(action: str, side: Side, measure: SideMeasure) -> str:
    """The patient's own numbers for one strength test, as %BW when body mass is known."""
    other = other_side(side)
    mine, theirs = measure.percent_bw[side], measure.percent_bw[other]
    if mine is not None and theirs is not None:
        return (
            f"At {action}, your {side} hip held {fmt_number(mine, 0)}% of your body weight, "
            f"your {other} {fmt_number(theirs, 0)}%."
        )
    ratio = measure.lsi or 0.0
    return (
        f"At {action}, your {side} hip was {fmt_number(100 - ratio, 0)}% weaker than your {other}."
    )


def _drop_since_previous(ctx: Context, item_id: str, side: Side) -> float | None:
    """Loss of strength since the previous visit in % (positive = weaker), using %BW if possible."""
    if ctx.previous is None:
        return None
    now = ctx.answers.number(item_id, side)
    before = ctx.previous.number(item_id, side)
    now_bw = percent_body_weight(now, ctx.answers.number("body_mass"))
    before_bw = percent_body_weight(before, ctx.previous.number("body_mass"))
    if now_bw is not None and before_bw is not None:
        now, before = now_bw, before_bw
    change = percent_change(now, before)
    return None if change is None else -change


def knee_collapse(ctx: Context) -> Finding | None:
    """The knee moves inward over the foot in single-leg tasks or running on the painful side."""
    a = ctx.answers
    evidence: list[Evidence] = []
    seen: list[str] = []
    for s in ctx.painful_sides:
        squat = a.choice("hip.single_leg_squat", s)
        if squat in ("fair", "poor") and "knee_inward" in a.choices(
            "hip.single_leg_squat_signs", s
        ):
            evidence.append(
                Evidence(
                    "hip.single_leg_squat",
                    "single-leg squat",
                    f"{ctx.answer('hip.single_leg_squat', squat)}, knee inward",
                    "is",
                    "fair or poor with knee inward",
                    side=s,
                )
            )
            seen.append(f"the one-leg squat ({s} leg)")
        knee_points = a.choices("hip.step_down", s) & {
            "knee_medial_to_second_toe",
            "knee_medial_to_foot",
        }
        if knee_points:
            key = sorted(knee_points)[0]
            points = ctx.protocol.item("hip.step_down").option(key).points or 0
            evidence.append(
                Evidence(
                    "hip.step_down",
                    "step-down knee position points",
                    float(points),
                    ">=",
                    1.0,
                    side=s,
                )
            )
            seen.append(f"the step-down test ({s} leg)")
        running = a.choice("running.knee_inward", s)
        if running in ("mild", "marked"):
            evidence.append(
                Evidence(
                    "running.knee_inward",
                    "knee inward when running",
                    ctx.answer("running.knee_inward", running),
                    "is",
                    "mild or marked",
                    side=s,
                )
            )
            seen.append(f"running ({s} leg)")
    if not evidence:
        return None
    return Finding(
        id="knee_collapse",
        title="Knee moves inward under load",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "Dynamic knee valgus seen in " + join_words(seen) + ". Greater hip adduction while "
            "running preceded PFP in female runners; it adds load to the patellofemoral joint."
        ),
        source="Noehren et al., MSSE 2013;45:1120; Crossley 2011; Piva 2006",
        patient_text=(PATIENT_TEXT["knee_collapse"].format(tests=join_words(seen))),
        plan=("single_leg_squat_mirror", "step_down_mirror"),
    )


def pelvic_control(ctx: Context) -> Finding | None:
    """The pelvis drops on the free side: Trendelenburg, step-down, single-leg squat or running."""
    a = ctx.answers
    evidence: list[Evidence] = []
    for s in ctx.painful_sides:
        if a.choice("hip.trendelenburg", s) == "positive":
            evidence.append(
                Evidence("hip.trendelenburg", "Trendelenburg", "positive", "is", "positive", side=s)
            )
        if "pelvis_tilt" in a.choices("hip.step_down", s):
            evidence.append(
                Evidence("hip.step_down", "step-down pelvis tilt", "ticked", "is", "ticked", side=s)
            )
        if "pelvic_drop" in a.choices("hip.single_leg_squat_signs", s):
            evidence.append(
                Evidence(
                    "hip.single_leg_squat_signs",
                    "single-leg squat pelvic drop",
                    "seen",
                    "is",
                    "seen",
                    side=s,
                )
            )
        drop = a.choice("running.pelvic_drop", s)
        if drop in ("mild", "marked"):
            evidence.append(
                Evidence(
                    "running.pelvic_drop",
                    "pelvic drop when running",
                    ctx.answer("running.pelvic_drop", drop),
                    "is",
                    "mild or marked",
                    side=s,
                )
            )
    if not evidence:
        return None
    tests = join_words(sorted({e.label for e in evidence}))
    plain = join_words(list(dict.fromkeys(PLAIN_TEST[e.measure] for e in evidence)))
    return Finding(
        id="pelvic_control",
        title="Pelvic control",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            f"Pelvic drop on single-leg loading ({tests}). More contralateral pelvic drop while "
            "running is linked with running injury."
        ),
        source="Bramah et al., AJSM 2018;46:3023",
        patient_text=(
            f"In {plain}, the other side of your pelvis dropped while you stood on your painful "
            "leg. A pelvis that drops is linked with the thigh turning inward, which adds "
            "load to the front of the knee. Side-lying leg raises, side planks and standing on "
            "one leg train the muscles that hold it level."
        ),
        plan=("side_lying_hip_abduction", "side_plank", "single_leg_stance"),
    )


def trunk_control(ctx: Context) -> Finding | None:
    """Short or asymmetric side plank, or trunk lean in single-leg tasks or running."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    side = a.single_symptom_side
    if side is not None:
        ratio = lsi(a.number("hip.side_plank", side), a.number("hip.side_plank", other_side(side)))
        if ratio is not None and ratio < t.lsi_min_percent:
            evidence.append(
                Evidence(
                    "hip.side_plank.lsi", "side plank LSI", ratio, "<", t.lsi_min_percent, "%", side
                )
            )
    for s in SIDES:
        hold = a.number("hip.side_plank", s)
        if hold is not None and hold < t.side_plank_min_s:
            evidence.append(
                Evidence("hip.side_plank", "side plank", hold, "<", t.side_plank_min_s, "s", s)
            )
    for s in ctx.painful_sides:
        if "trunk_lean" in a.choices("hip.single_leg_squat_signs", s):
            evidence.append(
                Evidence(
                    "hip.single_leg_squat_signs",
                    "single-leg squat trunk lean",
                    "seen",
                    "is",
                    "seen",
                    side=s,
                )
            )
        if "trunk_lean" in a.choices("hip.step_down", s):
            evidence.append(
                Evidence("hip.step_down", "step-down trunk lean", "ticked", "is", "ticked", side=s)
            )
    if a.choice("running.trunk_lean") == "marked_forward":
        evidence.append(
            Evidence(
                "running.trunk_lean", "running trunk lean", "marked forward", "is", "marked forward"
            )
        )
    if not evidence:
        return None
    holds = [
        f"{fmt_number(v, 0)} seconds on your {s} side"
        for s in SIDES
        if (v := a.number("hip.side_plank", s)) is not None
    ]
    plank = f" You held a side plank for {join_words(holds)}." if holds else ""
    return Finding(
        id="trunk_control",
        title="Trunk control",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "Reduced trunk endurance or control (healthy adults hold a side plank about 55 s, "
            "SD 25-28 s; the 30 s threshold is a clinic default). Trunk lean shifts load onto "
            "the stance knee."
        ),
        source="Side plank hold norm (healthy adults); Bramah et al., AJSM 2018;46:3023",
        patient_text=(
            "Your trunk muscles help keep your hips and knees in line." + plank + " Side plank "
            "practice builds the endurance linked with steadier running."
        ),
        plan=("side_plank",),
    )
