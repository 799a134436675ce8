"""Protocol v2 strength findings: hip_strength_deficit and quadriceps_deficit (clinical v2, 5).

A deficit is a limb symmetry index under 90% (only with one painful side, 3.7), or a drop in
force relative to body weight on the painful side since the last visit of at least the
test's measurement-error band (15% hip, 20% knee extension; 4.3). A drop's evidence shows the
force (N), body mass (kg) and %BW of both visits; the patient reads "relative to your body
weight" (wording rule 4).
"""

from __future__ import annotations

from dataclasses import dataclass

from kneedesk.core.answers import Answers, Side, other_side
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.hip import EXERCISE_FOR, HELD_BW, HIP_STRENGTH, LSI_LABEL, LSI_NOTE
from kneedesk.core.findings.model import Evidence, Finding, Level, half_up
from kneedesk.core.findings.patient_text import sided_text
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import percent_body_weight, percent_change, strength

KNEE = "knee.extension_force"
QUAD_PLAN = ("knee_extension_90_45", "wall_sit", "step_up")
THIGH_FORCE = {
    "left": N_("Your left thigh muscles pushed with {n}% of the force of your right."),
    "right": N_("Your right thigh muscles pushed with {n}% of the force of your left."),
}
THIGH_WEAKER_SINCE = {
    "left": N_(
        "Relative to your body weight, your left thigh muscles were {n}% weaker than at your "
        "last visit."
    ),
    "right": N_(
        "Relative to your body weight, your right thigh muscles were {n}% weaker than at your "
        "last visit."
    ),
}
KNEE_DROP_NOTE = {
    "left": N_(
        "Knee-extensor strength relative to body weight down {n}% on the left since the last "
        "visit (band {band}%)."
    ),
    "right": N_(
        "Knee-extensor strength relative to body weight down {n}% on the right since the last "
        "visit (band {band}%)."
    ),
}
# The evidence label of a drop, by the measure's name.
DROP_BW_LABEL = {
    "hip.abduction_force": N_(
        "hip abduction drop relative to body weight since last visit ({then} then; {now} now)"
    ),
    "hip.external_rotation_force": N_(
        "hip external rotation drop relative to body weight since last visit ({then} then; "
        "{now} now)"
    ),
    "hip.extension_force": N_(
        "hip extension drop relative to body weight since last visit ({then} then; {now} now)"
    ),
    KNEE: N_(
        "knee extension drop relative to body weight since last visit ({then} then; {now} now)"
    ),
}


@dataclass(frozen=True)
class Drop:
    """A painful-side loss of force relative to body weight since the previous visit."""

    side: Side
    percent: float  # positive = weaker, in % of the earlier %BW
    before_n: float
    before_kg: float
    before_bw: float
    now_n: float
    now_kg: float
    now_bw: float

    def label(self, item_id: str) -> str:
        """ "hip abduction drop relative to body weight since last visit (150 N, 70 kg,
        21.8% BW then; 150 N, 78 kg, 19.6% BW now)", in the active language."""

        def visit(n: float, kg: float, bw: float) -> str:
            return f"{half_up(n, 1)} N, {half_up(kg, 1)} kg, {half_up(bw, 1)}% BW"

        return _(DROP_BW_LABEL[item_id]).format(
            then=visit(self.before_n, self.before_kg, self.before_bw),
            now=visit(self.now_n, self.now_kg, self.now_bw),
        )


def bw_drop(now: Answers, previous: Answers | None, item_id: str, side: Side) -> Drop | None:
    """The %BW change of one side since the previous visit, when both visits have force and mass."""
    if previous is None:
        return None
    now_n, before_n = now.number(item_id, side), previous.number(item_id, side)
    now_kg, before_kg = now.number("body_mass"), previous.number("body_mass")
    now_bw = percent_body_weight(now_n, now_kg)
    before_bw = percent_body_weight(before_n, before_kg)
    change = percent_change(now_bw, before_bw)
    if change is None or now_bw is None or before_bw is None:
        return None
    assert now_n is not None
    assert before_n is not None
    assert now_kg is not None
    assert before_kg is not None
    return Drop(side, -change, before_n, before_kg, before_bw, now_n, now_kg, now_bw)


def hip_deficits(ctx: Context) -> list[tuple[str, float | None, float | None]]:
    """(item, LSI if under 90%, largest drop if at or over the band) of each weak hip muscle.

    Ordered for the plan (6.1): lowest LSI first, then largest drop.
    """
    t = ctx.thresholds
    found: list[tuple[str, float | None, float | None]] = []
    for item_id in HIP_STRENGTH:
        m = strength(ctx.answers, item_id, 2)
        low = m.lsi if m.lsi is not None and m.lsi < t.lsi_min_percent else None
        drops = [
            d.percent
            for s in ctx.painful_sides
            if (d := bw_drop(ctx.answers, ctx.previous, item_id, s)) is not None
            and d.percent >= t.mdc_hip_strength_percent
        ]
        if low is not None or drops:
            found.append((item_id, low, max(drops) if drops else None))
    found.sort(key=lambda f: (f[1] is None, f[1] or 0.0, -(f[2] or 0.0)))
    return found


def _bw_sentence(action: str, side: Side, m_bw: dict[Side, float | None]) -> str:
    mine, theirs = m_bw[side], m_bw[other_side(side)]
    if mine is None or theirs is None:
        return ""
    return _(HELD_BW[side]).format(
        action=action, mine=local_number(half_up(mine)), theirs=local_number(half_up(theirs))
    )


def hip_strength_deficit(ctx: Context) -> Finding | None:
    """Hip LSI under 90%, or a painful-side %BW drop of 15% or more (the MDC band)."""
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    for item_id in HIP_STRENGTH:
        action = _(HIP_STRENGTH[item_id][1])
        m = strength(ctx.answers, item_id, 2)
        side = m.symptomatic_side
        if side is not None and m.lsi is not None and m.lsi < t.lsi_min_percent:
            evidence.append(
                Evidence(
                    f"{item_id}.lsi",
                    _(LSI_LABEL[item_id]),
                    m.lsi,
                    "<",
                    t.lsi_min_percent,
                    "%",
                    side,
                )
            )
            if sentence := _bw_sentence(action, side, dict(m.percent_bw)):
                patient.append(sentence)
        for s in ctx.painful_sides:
            drop = bw_drop(ctx.answers, ctx.previous, item_id, s)
            if drop is not None and drop.percent >= t.mdc_hip_strength_percent:
                evidence.append(
                    Evidence(
                        f"{item_id}.change",
                        drop.label(item_id),
                        drop.percent,
                        ">=",
                        t.mdc_hip_strength_percent,
                        "%",
                        s,
                    )
                )
                patient.append(
                    sided_text(
                        "hip_strength_drop",
                        [s],
                        n=local_number(half_up(drop.percent)),
                        action=action,
                    )
                )
    if not evidence:
        return None
    weak = join_words(sorted({_(HIP_STRENGTH[e.measure.rsplit(".", 1)[0]][0]) for e in evidence}))
    return Finding(
        id="hip_strength_deficit",
        title=_("Hip strength deficit"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced {weak} strength on the painful side ({note}; a drop counts from the "
            "measurement-error band, {band}%). Hip weakness "
            "goes with PFP but did not precede it. Female cohorts, different comparators: "
            "abduction 26% and ER 36% lower than controls (Ireland 2003); abduction about 20% "
            "(Magalhães 2010)."
        ).format(
            weak=weak,
            note=_(LSI_NOTE),
            band=local_number(half_up(t.mdc_hip_strength_percent, 1)),
        ),
        source=("Neal et al., BJSM 2019; Ireland et al., JOSPT 2003; Magalhães et al., JOSPT 2010"),
        patient_text=" ".join(
            [*patient, _("Weaker hip muscles are linked with knee pain like yours.")]
        ),
        plan=tuple(EXERCISE_FOR[deficit[0]] for deficit in hip_deficits(ctx)),
    )


def quadriceps_deficit(ctx: Context) -> Finding | None:
    """Knee-extension LSI under 90%, or a painful-side %BW drop of 20% or more."""
    t = ctx.thresholds
    m = strength(ctx.answers, KNEE, 2)
    side = m.symptomatic_side
    evidence: list[Evidence] = []
    patient: list[str] = []
    clinician: list[str] = []
    stairs = False  # the patient's sentence already says what stronger thigh muscles do
    if side is not None and m.lsi is not None and m.lsi < t.lsi_min_percent:
        evidence.append(
            Evidence(
                f"{KNEE}.lsi", _("knee extension LSI"), m.lsi, "<", t.lsi_min_percent, "%", side
            )
        )
        clinician.append(
            _("Knee-extensor LSI {lsi}% (a return-to-sport convention, not a PFP norm).").format(
                lsi=local_number(half_up(m.lsi, 1))
            )
        )
        mine, theirs = m.percent_bw[side], m.percent_bw[other_side(side)]
        if mine is not None and theirs is not None:
            patient.append(
                sided_text(
                    "quadriceps_deficit",
                    [side],
                    a=local_number(half_up(mine)),
                    b=local_number(half_up(theirs)),
                )
            )
            stairs = True
        else:
            patient.append(_(THIGH_FORCE[side]).format(n=local_number(half_up(m.lsi))))
    for s in ctx.painful_sides:
        drop = bw_drop(ctx.answers, ctx.previous, KNEE, s)
        if drop is not None and drop.percent >= t.mdc_knee_strength_percent:
            evidence.append(
                Evidence(
                    f"{KNEE}.change",
                    drop.label(KNEE),
                    drop.percent,
                    ">=",
                    t.mdc_knee_strength_percent,
                    "%",
                    s,
                )
            )
            clinician.append(
                _(KNEE_DROP_NOTE[s]).format(
                    n=local_number(half_up(drop.percent, 1)),
                    band=local_number(half_up(t.mdc_knee_strength_percent)),
                )
            )
            patient.insert(
                0, _(THIGH_WEAKER_SINCE[s]).format(n=local_number(half_up(drop.percent)))
            )
    if not evidence:
        return None
    if not stairs:
        patient.append(_("Stronger thigh muscles can help your knee cope with stairs and running."))
    return Finding(
        id="quadriceps_deficit",
        title=_("Thigh (quadriceps) strength deficit"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=" ".join(
            [
                *clinician,
                _(
                    "Lower quadriceps strength preceded PFP in military recruits; the CPG "
                    "covers hip and quadriceps deficits."
                ),
            ]
        ),
        source="Neal et al., BJSM 2019; Willy et al., JOSPT 2019",
        patient_text=" ".join(patient),
        plan=QUAD_PLAN,
    )
