"""Protocol v2 movement-control findings: pelvic_control, knee_collapse, trunk_control.

The rules are as v1 except trunk_control (information; forward lean when running is not
faulted, Teng 2014). Sentences follow v2: sides named left/right, "linked with", "can help".
"""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Side
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.hip import HOLD_SIDE, PLAIN_TEST, test_leg
from kneedesk.core.findings.hip import knee_collapse as v1_knee_collapse
from kneedesk.core.findings.hip import pelvic_control as v1_pelvic_control
from kneedesk.core.findings.model import Evidence, Finding, Level, half_up
from kneedesk.core.findings.patient_text import patient_text, sided_text
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import symptomatic_lsi

PLAIN_KNEE_TEST = {
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.single_leg_squat": N_("the one-leg squat"),
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.step_down": N_("the step-down test"),
    # Translators: after "In" at the start of a sentence: "In your running, your pelvis ...".
    "running.knee_inward": N_("your running"),
}


def _sides(sides: list[Side | None]) -> list[Side]:
    return [s for s in SIDES if s in sides]


def knee_collapse(ctx: Context) -> Finding | None:
    """The knee moves inward over the foot on a painful side (rule as v1)."""
    v1 = v1_knee_collapse(ctx)
    if v1 is None:
        return None
    tests = join_words(
        list(dict.fromkeys(test_leg(e.measure, e.side, PLAIN_KNEE_TEST) for e in v1.evidence))
    )
    return Finding(
        id="knee_collapse",
        title=v1.title,
        level=Level.ATTENTION,
        evidence=v1.evidence,
        clinician_text=_(
            "Visually rated valgus in {tests}. 3-D hip adduction while running preceded PFP in "
            "female runners; visual valgus is a related, different measure."
        ).format(tests=tests),
        source=(
            "Noehren et al., MSSE 2013; Crossley et al., AJSM 2011; Piva et al., BMC "
            "Musculoskelet Disord 2006"
        ),
        patient_text=patient_text("knee_collapse", tests=tests),
        plan=v1.plan,
    )


def pelvic_control(ctx: Context) -> Finding | None:
    """The pelvis does not stay level on a painful side (rule as v1)."""
    v1 = v1_pelvic_control(ctx)
    if v1 is None:
        return None
    tests = join_words(list(dict.fromkeys(_(PLAIN_TEST[e.measure]) for e in v1.evidence)))
    sides = _sides([e.side for e in v1.evidence])
    if sides:
        patient = sided_text("pelvic_control", list(sides), tests=tests)
    else:
        # Translators: in "when you stood on your standing leg" (no side recorded).
        patient = patient_text("pelvic_control", tests=tests, side=pgettext("leg", "standing"))
    labels = join_words(sorted({e.label for e in v1.evidence}))
    return Finding(
        id="pelvic_control",
        title=v1.title,
        level=Level.ATTENTION,
        evidence=v1.evidence,
        clinician_text=_(
            "Pelvis not kept level on single-leg loading ({labels}). More contralateral pelvic "
            "drop while running is linked with running injury."
        ).format(labels=labels),
        source="Bramah et al., AJSM 2018; Piva et al., BMC Musculoskelet Disord 2006",
        patient_text=patient,
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
                "hip.side_plank.lsi", _("side plank LSI"), ratio, "<", t.lsi_min_percent, "%", side
            )
        )
    for s in SIDES:
        hold = a.number("hip.side_plank", s)
        if hold is not None and hold < t.side_plank_min_s:
            evidence.append(
                Evidence("hip.side_plank", _("side plank"), hold, "<", t.side_plank_min_s, "s", s)
            )
    for s in ctx.painful_sides:
        if "trunk_lean" in a.choices("hip.single_leg_squat_signs", s):
            evidence.append(
                Evidence(
                    "hip.single_leg_squat_signs",
                    _("single-leg squat lateral trunk lean"),
                    _("seen"),
                    "is",
                    _("seen"),
                    side=s,
                )
            )
        if "trunk_lean" in a.choices("hip.step_down", s):
            evidence.append(
                Evidence(
                    "hip.step_down",
                    _("step-down lateral trunk lean"),
                    _("ticked"),
                    "is",
                    _("ticked"),
                    side=s,
                )
            )
    if not evidence:
        return None
    holds = {s: a.number("hip.side_plank", s) for s in SIDES}
    left, right = holds["left"], holds["right"]
    if left is not None and right is not None:
        patient = patient_text(
            "trunk_control", x=local_number(half_up(left)), y=local_number(half_up(right))
        )
    else:
        named = [
            _(HOLD_SIDE[s]).format(n=local_number(half_up(v)))
            for s, v in holds.items()
            if v is not None
        ]
        parts = [_("You held a side plank for {holds}.").format(holds=join_words(named))]
        parts = parts if named else []
        parts.append(_("Side planks train the muscles at the side of your trunk and hip."))
        patient = " ".join(parts)
    return Finding(
        id="trunk_control",
        title=_("Trunk control"),
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced trunk endurance or lateral control (side plank under "
            "{limit} s is a clinic default; no norm). Forward lean is "
            "not faulted: it lowers patellofemoral stress when running."
        ).format(limit=local_number(half_up(t.side_plank_min_s))),
        source="Clinic default (no study); Teng et al., JOSPT 2014",
        patient_text=patient,
        plan=("side_plank",),
    )
