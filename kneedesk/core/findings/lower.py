"""Findings from below the knee and from balance: ankle mobility and Y-balance asymmetry."""

from __future__ import annotations

from kneedesk.core.answers import SIDES
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, fmt_number
from kneedesk.core.scoring import side_difference, y_balance_composites

DEG_PER_CM = 3.6  # knee-to-wall: 1 cm is about 3.6 degrees of dorsiflexion


def ankle_mobility(ctx: Context) -> Finding | None:
    """Knee-to-wall differs between sides, or is short on the painful side."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    diff = side_difference(a, "ankle.knee_to_wall")
    if diff is not None and diff >= t.knee_to_wall_diff_cm:
        evidence.append(
            Evidence(
                "ankle.knee_to_wall.difference",
                "knee-to-wall side difference",
                diff,
                ">=",
                t.knee_to_wall_diff_cm,
                "cm",
            )
        )
    for s in ctx.painful_sides:
        value = a.number("ankle.knee_to_wall", s)
        if value is not None and value < t.knee_to_wall_min_cm:
            evidence.append(
                Evidence(
                    "ankle.knee_to_wall", "knee-to-wall", value, "<", t.knee_to_wall_min_cm, "cm", s
                )
            )
    if not evidence:
        return None
    measured = [
        f"{fmt_number(v)} cm on the {s}"
        for s in SIDES
        if (v := a.number("ankle.knee_to_wall", s)) is not None
    ]
    return Finding(
        id="ankle_mobility",
        title="Ankle mobility",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            f"Reduced or asymmetric ankle dorsiflexion (knee-to-wall {join_words(measured)}; "
            f"1 cm is about {DEG_PER_CM} deg). Thresholds are clinic defaults. A stiff ankle "
            "lets the knee travel further forward and inward."
        ),
        source="Knee-to-wall lunge test; thresholds are clinic defaults",
        patient_text=(
            f"In the knee-to-wall test your toes could be {join_words(measured)} from the wall. "
            "A stiff ankle is linked with the knee travelling further forward and inward, which "
            "adds load to the kneecap. Calf and ankle mobility work is in your plan."
        ),
        plan=("ankle_mobility_lunge", "calf_raise"),
    )


def balance_asymmetry(ctx: Context) -> Finding | None:
    """Y-balance anterior reach differs by more than 4 cm, or a low composite score."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    diff = side_difference(a, "balance.y_anterior")
    if diff is not None and diff > t.y_anterior_diff_cm:
        evidence.append(
            Evidence(
                "balance.y_anterior.difference",
                "Y-balance anterior reach difference",
                diff,
                ">",
                t.y_anterior_diff_cm,
                "cm",
            )
        )
    composites = y_balance_composites(a)
    for s in ctx.painful_sides:
        value = composites[s]
        if value is not None and value < t.y_composite_min_percent:
            evidence.append(
                Evidence(
                    "balance.y_composite",
                    "Y-balance composite",
                    value,
                    "<",
                    t.y_composite_min_percent,
                    "% of leg length",
                    s,
                )
            )
    if not evidence:
        return None
    parts = []
    if diff is not None and diff > t.y_anterior_diff_cm:
        parts.append(f"your forward reach differed by {fmt_number(diff)} cm between legs")
    low = [
        f"{fmt_number(v, 0)}% of your leg length on the {s}"
        for s in ctx.painful_sides
        if (v := composites[s]) is not None
    ]
    if any(e.measure == "balance.y_composite" for e in evidence):
        parts.append(f"your overall reach was {join_words(low)}")
    return Finding(
        id="balance_asymmetry",
        title="Single-leg balance",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "Y-balance asymmetry or low composite (a general injury screen, not specific to "
            "PFP; measurement error is 3-4 cm, so a difference near the threshold may be noise)."
        ),
        source="Plisky et al., JOSPT 2006",
        patient_text=(
            "In the balance reach test " + join_words(parts) + ". Poorer single-leg balance is "
            "linked with a higher chance of running injuries; balance practice is in your plan."
        ),
        plan=("single_leg_balance_reach",),
    )
