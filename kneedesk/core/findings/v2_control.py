"""Protocol v2 movement-control findings: pelvic_control, knee_collapse, trunk_control.

The rules are as v1 except trunk_control (information; forward lean when running is not
faulted, Teng 2014). Sentences follow v2: sides named left/right, "linked with", "can help".
"""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Side
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.hip import PLAIN_TEST
from kneedesk.core.findings.hip import knee_collapse as v1_knee_collapse
from kneedesk.core.findings.hip import pelvic_control as v1_pelvic_control
from kneedesk.core.findings.model import Evidence, Finding, Level, half_up
from kneedesk.core.findings.patient_text import PATIENT_TEXT
from kneedesk.core.scoring import symptomatic_lsi

PLAIN_KNEE_TEST = {
    "hip.single_leg_squat": "the one-leg squat",
    "hip.step_down": "the step-down test",
    "running.knee_inward": "your running",
}


def _side_words(sides: list[Side | None]) -> str:
    named = [s for s in SIDES if s in sides]
    return join_words(list(named)) if named else "standing"


def knee_collapse(ctx: Context) -> Finding | None:
    """The knee moves inward over the foot on a painful side (rule as v1)."""
    v1 = v1_knee_collapse(ctx)
    if v1 is None:
        return None
    tests = join_words(
        list(dict.fromkeys(f"{PLAIN_KNEE_TEST[e.measure]} ({e.side} leg)" for e in v1.evidence))
    )
    return Finding(
        id="knee_collapse",
        title=v1.title,
        level=Level.ATTENTION,
        evidence=v1.evidence,
        clinician_text=(
            f"Visually rated valgus in {tests}. 3-D hip adduction while running preceded PFP in "
            "female runners; visual valgus is a related, different measure."
        ),
        source=(
            "Noehren et al., MSSE 2013; Crossley et al., AJSM 2011; Piva et al., BMC "
            "Musculoskelet Disord 2006"
        ),
        patient_text=PATIENT_TEXT["knee_collapse"].format(tests=tests),
        plan=v1.plan,
    )


def pelvic_control(ctx: Context) -> Finding | None:
    """The pelvis does not stay level on a painful side (rule as v1)."""
    v1 = v1_pelvic_control(ctx)
    if v1 is None:
        return None
    tests = join_words(list(dict.fromkeys(PLAIN_TEST[e.measure] for e in v1.evidence)))
    side = _side_words([e.side for e in v1.evidence])
    labels = join_words(sorted({e.label for e in v1.evidence}))
    return Finding(
        id="pelvic_control",
        title=v1.title,
        level=Level.ATTENTION,
        evidence=v1.evidence,
        clinician_text=(
            f"Pelvis not kept level on single-leg loading ({labels}). More contralateral pelvic "
            "drop while running is linked with running injury."
        ),
        source="Bramah et al., AJSM 2018; Piva et al., BMC Musculoskelet Disord 2006",
        patient_text=PATIENT_TEXT["pelvic_control"].format(tests=tests, side=side),
        plan=v1.plan,
    )


def trunk_control(ctx: Context) -> Finding | None:
    """Side plank under 30 s (clinic default) or LSI under 90%; lateral trunk lean (information)."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    side = a.single_symptom_side
    ratio = symptomatic_lsi(a, "hip.side_plank")
    if side is not None and ratio is not None and ratio < t.lsi_min_percent:
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
                    "single-leg squat lateral trunk lean",
                    "seen",
                    "is",
                    "seen",
                    side=s,
                )
            )
        if "trunk_lean" in a.choices("hip.step_down", s):
            evidence.append(
                Evidence(
                    "hip.step_down",
                    "step-down lateral trunk lean",
                    "ticked",
                    "is",
                    "ticked",
                    side=s,
                )
            )
    if not evidence:
        return None
    holds = {s: a.number("hip.side_plank", s) for s in SIDES}
    left, right = holds["left"], holds["right"]
    if left is not None and right is not None:
        patient = PATIENT_TEXT["trunk_control"].format(x=half_up(left), y=half_up(right))
    else:
        named = [
            f"{half_up(v)} seconds on your {s} side" for s, v in holds.items() if v is not None
        ]
        held = f"You held a side plank for {join_words(named)}. " if named else ""
        patient = held + "Side planks train the muscles at the side of your trunk and hip."
    return Finding(
        id="trunk_control",
        title="Trunk control",
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=(
            f"Reduced trunk endurance or lateral control (side plank under "
            f"{half_up(t.side_plank_min_s)} s is a clinic default; no norm). Forward lean is "
            "not faulted: it lowers patellofemoral stress when running."
        ),
        source="Clinic default (no study); Teng et al., JOSPT 2014",
        patient_text=patient,
        plan=("side_plank",),
    )
