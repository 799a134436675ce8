"""Protocol v2 findings below the hip: ankle_mobility, foot_pronation, mobility_deficit and
balance_asymmetry (clinical content v2, 3.8 and 5)."""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Side, other_side
from kneedesk.core.bands import FPI6_SOURCE, fpi6_band
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, band_name, half_up
from kneedesk.core.findings.patient_text import patient_text, sided_text
from kneedesk.core.i18n import N_, _
from kneedesk.core.scoring import side_difference

KNEE_TO_WALL = "ankle.knee_to_wall"
Y_ANTERIOR = "balance.y_anterior"
# Clinic defaults (no study), clinical content v2, 5 and 12.6.
AKE_MAX_DEG = 20.0  # 90/90 active knee extension deficit above this
KNEE_FLEXION_DIFF_DEG = 10.0  # prone knee flexion this much or more below the other side
# Translators: a knee-to-wall distance, after "your toes could be"; may be joined with the
# other side.
FROM_WALL = {
    "left": N_("{amount} from the wall on the left"),
    "right": N_("{amount} from the wall on the right"),
}
MOBILITY_SOURCE = "Clinic defaults (no study); Willy et al., JOSPT 2019 (mobility impairments)"


def _stiffer_painful_side(ctx: Context, diff: float) -> Side | None:
    """The painful side when it is the stiffer one (smaller knee-to-wall); None otherwise.

    With both knees painful the stiffer side is a painful side; with the painful side not
    recorded there is no side-to-side comparison (3.1).
    """
    side = ctx.answers.symptom_side
    left, right = (ctx.answers.number(KNEE_TO_WALL, s) for s in SIDES)
    if side is None or left is None or right is None or diff == 0:
        return None
    stiffer: Side = "left" if left < right else "right"
    return stiffer if side in ("both", stiffer) else None


def ankle_mobility(ctx: Context) -> Finding | None:
    """Painful side under 8 cm, or 2 cm or more stiffer than the other side."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    diff = side_difference(a, KNEE_TO_WALL)
    if diff is not None and diff >= t.knee_to_wall_diff_cm:
        stiffer = _stiffer_painful_side(ctx, diff)
        if stiffer is not None:
            evidence.append(
                ctx.measured(
                    "ankle.knee_to_wall.difference",
                    _("knee-to-wall side difference, painful side stiffer"),
                    diff,
                    ">=",
                    t.knee_to_wall_diff_cm,
                    KNEE_TO_WALL,
                    stiffer,
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
    left, right = (a.number(KNEE_TO_WALL, s) for s in SIDES)
    if left is not None and right is not None:
        patient = patient_text(
            "ankle_mobility", l=ctx.amount(left, KNEE_TO_WALL), r=ctx.amount(right, KNEE_TO_WALL)
        )
    else:
        measured = [
            _(FROM_WALL[s]).format(amount=ctx.amount(v, KNEE_TO_WALL))
            for s in SIDES
            if (v := a.number(KNEE_TO_WALL, s)) is not None
        ]
        patient = _(
            "In the knee-to-wall test your toes could be {measured}. A stiff ankle "
            "is linked with the knee moving inward when you bend on one leg."
        ).format(measured=join_words(measured))
    return Finding(
        id="ankle_mobility",
        title=_("Ankle mobility"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced dorsiflexion on the painful side (8 cm and 2 cm are clinic defaults; 2 cm is "
            "at the test's MDC of 1.9 cm). Less dorsiflexion is linked with more medial knee "
            "displacement in squat and lateral step-down."
        ),
        source=(
            "Bennell et al., Aust J Physiother 1998; Macrum et al., J Sport Rehabil 2012; "
            "Rabin et al., JOSPT 2016; Powden et al., Man Ther 2015"
        ),
        patient_text=patient,
        plan=("ankle_mobility_lunge", "calf_raise"),
    )


def foot_pronation(ctx: Context) -> Finding | None:
    """FPI-6 of +6 or more on a painful side, or less pain in a foot orthosis trial."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    sides: list[Side] = []
    for s in ctx.painful_sides:
        total = a.number("foot.fpi6", s)
        if total is not None and total >= t.fpi_pronated_min:
            evidence.append(
                Evidence(
                    "foot.fpi6",
                    _("FPI-6 total ({band})").format(band=band_name(fpi6_band(total))),
                    total,
                    ">=",
                    float(t.fpi_pronated_min),
                    "points",
                    s,
                )
            )
            sides.append(s)
    trial = a.choice("adjunct.orthosis_trial")
    if trial == "less_pain":
        shown = ctx.answer("adjunct.orthosis_trial", trial)
        evidence.append(
            Evidence("adjunct.orthosis_trial", _("foot orthosis trial"), shown, "is", shown)
        )
    if not evidence:
        return None
    if sides:
        patient = sided_text("foot_pronation", list(sides))
    else:
        patient = _(
            "In a trial, ready-made insoles eased your knee pain. They can ease knee pain for a "
            "few weeks, used with your exercises."
        )
    return Finding(
        id="foot_pronation",
        title=_("Foot pronation"),
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_(
            "Greater-than-normal pronation or a positive orthosis trial: prefabricated foot "
            "orthoses may be offered with exercise, for up to 6 weeks."
        ),
        source=f"{FPI6_SOURCE}; Willy et al., JOSPT 2019; Collins et al., BJSM 2018",
        patient_text=patient,
        plan=("foot_orthoses_prefab",),
    )


def mobility_deficit(ctx: Context) -> Finding | None:
    """On a painful side: AKE over 20 deg, prone flexion 10 deg or more below the other side,
    Thomas or Ober positive, or a hypomobile patella (clinic defaults)."""
    a = ctx.answers
    evidence: list[Evidence] = []
    for s in ctx.painful_sides:
        ake = a.number("mobility.hamstrings_ake", s)
        if ake is not None and ake > AKE_MAX_DEG:
            evidence.append(
                Evidence("mobility.hamstrings_ake", _("AKE deficit"), ake, ">", AKE_MAX_DEG, "°", s)
            )
        mine = a.number("mobility.knee_flexion_prone", s)
        theirs = a.number("mobility.knee_flexion_prone", other_side(s))
        if mine is not None and theirs is not None and theirs - mine >= KNEE_FLEXION_DIFF_DEG:
            evidence.append(
                Evidence(
                    "mobility.knee_flexion_prone.difference",
                    _("prone knee flexion below the other side ({mine}° vs {theirs}°)").format(
                        mine=half_up(mine), theirs=half_up(theirs)
                    ),
                    round(theirs - mine, 9),
                    ">=",
                    KNEE_FLEXION_DIFF_DEG,
                    "°",
                    s,
                )
            )
        for item_id, key in (
            ("mobility.thomas", "positive"),
            ("mobility.ober", "positive"),
            ("patella.mobility", "hypomobile"),
        ):
            if a.choice(item_id, s) == key:
                shown = ctx.answer(item_id, key)
                label = ctx.label(item_id)
                evidence.append(Evidence(item_id, label, shown, "is", shown, side=s))
    if not evidence:
        return None
    sides = [s for s in SIDES if any(e.side == s for e in evidence)]
    return Finding(
        id="mobility_deficit",
        title=_("Mobility deficit"),
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_(
            "Mobility deficit on the painful side: {evidence}. "
            "Thresholds are clinic defaults (no study)."
        ).format(evidence="; ".join(e.text() for e in evidence)),
        source=MOBILITY_SOURCE,
        patient_text=sided_text("mobility_deficit", list(sides)),
        plan=("hamstring_stretch", "quad_hip_flexor_stretch"),
    )


def balance_asymmetry(ctx: Context) -> Finding | None:
    """Y-balance anterior reach differs by more than 4 cm (the composite no longer fires)."""
    a = ctx.answers
    t = ctx.thresholds
    diff = side_difference(a, Y_ANTERIOR)
    if diff is None or diff <= t.y_anterior_diff_cm:
        return None
    left, right = (a.number(Y_ANTERIOR, s) for s in SIDES)
    assert left is not None
    assert right is not None
    shorter: Side = "left" if left < right else "right"
    return Finding(
        id="balance_asymmetry",
        title=_("Single-leg balance"),
        level=Level.INFO,
        evidence=(
            ctx.measured(
                "balance.y_anterior.difference",
                _("Y-balance anterior reach difference"),
                diff,
                ">",
                t.y_anterior_diff_cm,
                Y_ANTERIOR,
                shorter,
            ),
        ),
        clinician_text=_(
            "4 cm is near measurement error (about 3 cm); the cut-off is from the SEBT in "
            "high-school basketball players (the YBT reaches shorter anteriorly); not shown in "
            "runners."
        ),
        source=(
            "Plisky et al., JOSPT 2006; Plisky et al., N Am J Sports Phys Ther 2009; "
            "Shaffer et al., Mil Med 2013"
        ),
        patient_text=sided_text("balance_asymmetry", [shorter], d=ctx.amount(diff, Y_ANTERIOR)),
        plan=("single_leg_balance_reach",),
    )
