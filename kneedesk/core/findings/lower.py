"""Findings from below the knee and from balance: ankle mobility and Y-balance asymmetry."""

from __future__ import annotations

from kneedesk.core.answers import SIDES
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, fmt_number
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import side_difference, y_balance_composites

DEG_PER_CM = 3.6  # knee-to-wall: 1 cm is about 3.6 degrees of dorsiflexion
KNEE_TO_WALL = "ankle.knee_to_wall"
Y_ANTERIOR = "balance.y_anterior"
# Translators: a knee-to-wall distance and its side, e.g. "9 cm on the left"; the sides may be
# joined: "9 cm on the left and 12 cm on the right".
ON_SIDE = {"left": N_("{amount} on the left"), "right": N_("{amount} on the right")}
# Translators: after "your overall reach was"; may be joined with the other side.
LEG_LENGTH_ON_SIDE = {
    "left": N_("{n}% of your leg length on the left"),
    "right": N_("{n}% of your leg length on the right"),
}


def ankle_mobility(ctx: Context) -> Finding | None:
    """Knee-to-wall differs between sides, or is short on the painful side."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    diff = side_difference(a, KNEE_TO_WALL)
    if diff is not None and diff >= t.knee_to_wall_diff_cm:
        evidence.append(
            ctx.measured(
                "ankle.knee_to_wall.difference",
                _("knee-to-wall side difference"),
                diff,
                ">=",
                t.knee_to_wall_diff_cm,
                KNEE_TO_WALL,
            )
        )
    for s in ctx.painful_sides:
        value = a.number(KNEE_TO_WALL, s)
        if value is not None and value < t.knee_to_wall_min_cm:
            evidence.append(
                ctx.measured(
                    KNEE_TO_WALL,
                    _("knee-to-wall"),
                    value,
                    "<",
                    t.knee_to_wall_min_cm,
                    KNEE_TO_WALL,
                    s,
                )
            )
    if not evidence:
        return None
    measured = [
        _(ON_SIDE[s]).format(amount=ctx.amount(v, KNEE_TO_WALL))
        for s in SIDES
        if (v := a.number(KNEE_TO_WALL, s)) is not None
    ]
    # Degrees per display unit: 3.6 per cm, about 9.1 per inch.
    # Translators: the knee-to-wall conversion, "1 cm is about 3.6 deg" ({unit}: cm or in).
    per_unit = _("1 {unit} is about {n} deg").format(
        unit=ctx.display_unit(KNEE_TO_WALL),
        n=local_number(fmt_number(DEG_PER_CM / ctx.shown(1.0, KNEE_TO_WALL)[0])),
    )
    return Finding(
        id="ankle_mobility",
        title=_("Ankle mobility"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced or asymmetric ankle dorsiflexion (knee-to-wall {measured}; "
            "{per_unit}). Thresholds are clinic defaults. Less dorsiflexion is linked with more "
            "medial knee displacement in squat and lateral step-down."
        ).format(measured=join_words(measured), per_unit=per_unit),
        source="Knee-to-wall lunge test; thresholds are clinic defaults",
        patient_text=_(
            "In the knee-to-wall test your toes could be {measured} from the wall. "
            "A stiff ankle is linked with the knee moving inward when you bend on one leg. "
            "Calf and ankle mobility work is in your plan."
        ).format(measured=join_words(measured)),
        plan=("ankle_mobility_lunge", "calf_raise"),
    )


def balance_asymmetry(ctx: Context) -> Finding | None:
    """Y-balance anterior reach differs by more than 4 cm, or a low composite score."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    diff = side_difference(a, Y_ANTERIOR)
    if diff is not None and diff > t.y_anterior_diff_cm:
        evidence.append(
            ctx.measured(
                "balance.y_anterior.difference",
                _("Y-balance anterior reach difference"),
                diff,
                ">",
                t.y_anterior_diff_cm,
                Y_ANTERIOR,
            )
        )
    composites = y_balance_composites(a)
    for s in ctx.painful_sides:
        value = composites[s]
        if value is not None and value < t.y_composite_min_percent:
            evidence.append(
                Evidence(
                    "balance.y_composite",
                    _("Y-balance composite"),
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
        # Translators: after "In the balance reach test"; may be joined with "your overall
        # reach was ...".
        parts.append(
            _("your forward reach differed by {d} between legs").format(
                d=ctx.amount(diff, Y_ANTERIOR)
            )
        )
    low = [
        _(LEG_LENGTH_ON_SIDE[s]).format(n=local_number(fmt_number(v, 0)))
        for s in ctx.painful_sides
        if (v := composites[s]) is not None
    ]
    if any(e.measure == "balance.y_composite" for e in evidence):
        # Translators: after "In the balance reach test"; {low} is e.g. "85% of your leg length
        # on the left".
        parts.append(_("your overall reach was {low}").format(low=join_words(low)))
    error = f"{ctx.number(3.0, Y_ANTERIOR)}-{ctx.amount(4.0, Y_ANTERIOR)}"
    return Finding(
        id="balance_asymmetry",
        title=_("Single-leg balance"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Y-balance asymmetry or low composite (a general injury screen, not specific to "
            "PFP; measurement error is {error}, so a difference near the threshold may be noise)."
        ).format(error=error),
        source="Plisky et al., JOSPT 2006",
        patient_text=_(
            "In the balance reach test {parts}. Poorer single-leg balance is "
            "linked with a higher chance of running injuries; balance practice is in your plan."
        ).format(parts=join_words(parts)),
        plan=("single_leg_balance_reach",),
    )
