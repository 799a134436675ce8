"""Findings about the hip, pelvis and trunk: strength, knee collapse, pelvic and trunk control."""

from __future__ import annotations

from kneedesk.core.answers import SIDES, Side, other_side
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, fmt_number
from kneedesk.core.findings.patient_text import patient_text
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import SideMeasure, lsi, percent_body_weight, percent_change, strength

# Item -> (the test's name for the clinician, what the patient did, a key). The name and the
# action are message ids: pass them through `_` where they are used.
HIP_STRENGTH = {
    "hip.abduction_force": (
        N_("hip abduction"),
        # Translators: what the patient did in a strength test, after "At" or "weaker at"
        # ("At pushing your leg out to the side, your left hip held 20% of your body weight").
        N_("pushing your leg out to the side"),
        "abduction",
    ),
    "hip.external_rotation_force": (
        N_("hip external rotation"),
        # Translators: what the patient did in a strength test, after "At" or "weaker at".
        N_("turning your leg outwards"),
        "external_rotation",
    ),
    "hip.extension_force": (
        N_("hip extension"),
        # Translators: what the patient did in a strength test, after "At" or "weaker at".
        N_("pushing your leg backwards"),
        "extension",
    ),
}
# The strength measures' evidence labels, by item.
LSI_LABEL = {
    "hip.abduction_force": N_("hip abduction LSI"),
    "hip.external_rotation_force": N_("hip external rotation LSI"),
    "hip.extension_force": N_("hip extension LSI"),
}
DROP_LABEL = {
    "hip.abduction_force": N_("hip abduction drop since last visit"),
    "hip.external_rotation_force": N_("hip external rotation drop since last visit"),
    "hip.extension_force": N_("hip extension drop since last visit"),
}
EXERCISE_FOR = {
    "hip.abduction_force": "side_lying_hip_abduction",
    "hip.external_rotation_force": "clamshell_band",
    "hip.extension_force": "glute_bridge",
}
# The tests as the patient reads them after "In" ("In the step-down test, ..."); message ids.
PLAIN_TEST = {
    # Translators: a test, after "In" at the start of a sentence ("In {tests}, your pelvis
    # ..."); often joined with others: "the one-leg squat and the step-down test".
    "hip.trendelenburg": N_("the standing-on-one-leg test"),
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.step_down": N_("the step-down test"),
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.single_leg_squat_signs": N_("the one-leg squat"),
    # Translators: after "In" at the start of a sentence: "In your running, your pelvis ...".
    "running.pelvic_drop": N_("your running"),
}
LSI_NOTE = N_("LSI < 90% is a return-to-sport convention, not a knee-pain norm")
# A side's sentences in the patient's own numbers (whole sentences, so a translation can make
# the side agree with its noun).
HELD_BW = {
    "left": N_(
        "At {action}, your left hip held {mine}% of your body weight, your right {theirs}%."
    ),
    "right": N_(
        "At {action}, your right hip held {mine}% of your body weight, your left {theirs}%."
    ),
}
WEAKER_THAN_OTHER = {
    "left": N_("At {action}, your left hip was {n}% weaker than your right."),
    "right": N_("At {action}, your right hip was {n}% weaker than your left."),
}
WEAKER_SINCE = {
    "left": N_("Your left hip was {n}% weaker at {action} than at your last visit."),
    "right": N_("Your right hip was {n}% weaker at {action} than at your last visit."),
}
# Translators: {test} is a test as after "In" ("the one-leg squat"); the side of the leg
# follows in brackets.
TEST_LEG = {"left": N_("{test} (left leg)"), "right": N_("{test} (right leg)")}
# The tests of knee_collapse, as the patient reads them after "In"; message ids.
SEEN_TEST = {
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.single_leg_squat": N_("the one-leg squat"),
    # Translators: a test, after "In" at the start of a sentence; may be joined with others.
    "hip.step_down": N_("the step-down test"),
    # Translators: after "In" at the start of a sentence: "In running (left leg), your knee
    # moved inward over your foot".
    "running.knee_inward": N_("running"),
}
HOLD_SIDE = {
    # Translators: after "You held a side plank for", may be joined with the other side.
    "left": N_("{n} seconds on your left side"),
    # Translators: after "You held a side plank for", may be joined with the other side.
    "right": N_("{n} seconds on your right side"),
}


def test_leg(measure: str, side: str | None, tests: dict[str, str]) -> str:
    """ "the one-leg squat (left leg)" in the active language."""
    test = _(tests[measure])
    return _(TEST_LEG[side]).format(test=test) if side in TEST_LEG else test


def hip_strength_deficit(ctx: Context) -> Finding | None:
    """Hip strength on the painful side below the other side, or dropped since the last visit."""
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    plan: list[str] = []
    for item_id, (_name, msg_action, _key) in HIP_STRENGTH.items():
        action = _(msg_action)
        measure = strength(ctx.answers, item_id)
        fired = False
        side = measure.symptomatic_side
        if side is not None and measure.lsi is not None and measure.lsi < t.lsi_min_percent:
            fired = True
            evidence.append(
                Evidence(
                    f"{item_id}.lsi",
                    _(LSI_LABEL[item_id]),
                    measure.lsi,
                    "<",
                    t.lsi_min_percent,
                    "%",
                    side,
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
                        _(DROP_LABEL[item_id]),
                        drop,
                        ">=",
                        t.strength_drop_percent,
                        "%",
                        s,
                    )
                )
                patient.append(
                    _(WEAKER_SINCE[s]).format(n=local_number(fmt_number(drop, 0)), action=action)
                )
        if fired:
            plan.append(EXERCISE_FOR[item_id])
    if not evidence:
        return None
    weak = join_words(sorted({_(HIP_STRENGTH[e.measure.rsplit(".", 1)[0]][0]) for e in evidence}))
    return Finding(
        id="hip_strength_deficit",
        title=_("Hip strength deficit"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced {weak} strength on the painful side ({note}). Hip weakness goes along "
            "with PFP (abduction 20-26% and external rotation about 36% lower in reported "
            "cohorts) but has not been shown to come before it: an association, not a proven "
            "risk factor."
        ).format(weak=weak, note=_(LSI_NOTE)),
        source="Neal et al., BJSM 2019;53:270; Ireland 2003; JOSPT 2010;40:641",
        patient_text=" ".join(
            [
                *patient,
                _(
                    "Weaker hip muscles are linked with knee pain like yours; strengthening "
                    "them is part of your plan."
                ),
            ]
        ),
        plan=tuple(plan),
    )


def _side_sentence(action: str, side: Side, measure: SideMeasure) -> str:
    """The patient's own numbers for one strength test, as %BW when body mass is known."""
    other = other_side(side)
    mine, theirs = measure.percent_bw[side], measure.percent_bw[other]
    if mine is not None and theirs is not None:
        return _(HELD_BW[side]).format(
            action=action,
            mine=local_number(fmt_number(mine, 0)),
            theirs=local_number(fmt_number(theirs, 0)),
        )
    ratio = measure.lsi or 0.0
    return _(WEAKER_THAN_OTHER[side]).format(
        action=action, n=local_number(fmt_number(100 - ratio, 0))
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
                    _("single-leg squat"),
                    # Translators: evidence value, {rating} is e.g. "poor".
                    _("{rating}, knee inward").format(
                        rating=ctx.answer("hip.single_leg_squat", squat)
                    ),
                    "is",
                    _("fair or poor with knee inward"),
                    side=s,
                )
            )
            seen.append(test_leg("hip.single_leg_squat", s, SEEN_TEST))
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
                    _("step-down knee position points"),
                    float(points),
                    ">=",
                    1.0,
                    side=s,
                )
            )
            seen.append(test_leg("hip.step_down", s, SEEN_TEST))
        running = a.choice("running.knee_inward", s)
        if running in ("mild", "marked"):
            evidence.append(
                Evidence(
                    "running.knee_inward",
                    _("knee inward when running"),
                    ctx.answer("running.knee_inward", running),
                    "is",
                    _("mild or marked"),
                    side=s,
                )
            )
            seen.append(test_leg("running.knee_inward", s, SEEN_TEST))
    if not evidence:
        return None
    return Finding(
        id="knee_collapse",
        title=_("Knee moves inward under load"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Dynamic knee valgus seen in {tests}. Greater hip adduction while running preceded "
            "PFP in female runners; it adds load to the patellofemoral joint."
        ).format(tests=join_words(seen)),
        source="Noehren et al., MSSE 2013;45:1120; Crossley 2011; Piva 2006",
        patient_text=patient_text("knee_collapse", tests=join_words(seen)),
        plan=("single_leg_squat_mirror", "step_down_mirror"),
    )


def pelvic_control(ctx: Context) -> Finding | None:
    """The pelvis drops on the free side: Trendelenburg, step-down, single-leg squat or running."""
    a = ctx.answers
    evidence: list[Evidence] = []
    for s in ctx.painful_sides:
        if a.choice("hip.trendelenburg", s) == "positive":
            evidence.append(
                Evidence(
                    "hip.trendelenburg",
                    _("Trendelenburg"),
                    _("positive"),
                    "is",
                    _("positive"),
                    side=s,
                )
            )
        if "pelvis_tilt" in a.choices("hip.step_down", s):
            evidence.append(
                Evidence(
                    "hip.step_down",
                    _("step-down pelvis tilt"),
                    _("ticked"),
                    "is",
                    _("ticked"),
                    side=s,
                )
            )
        if "pelvic_drop" in a.choices("hip.single_leg_squat_signs", s):
            evidence.append(
                Evidence(
                    "hip.single_leg_squat_signs",
                    _("single-leg squat pelvic drop"),
                    _("seen"),
                    "is",
                    _("seen"),
                    side=s,
                )
            )
        drop = a.choice("running.pelvic_drop", s)
        if drop in ("mild", "marked"):
            evidence.append(
                Evidence(
                    "running.pelvic_drop",
                    _("pelvic drop when running"),
                    ctx.answer("running.pelvic_drop", drop),
                    "is",
                    _("mild or marked"),
                    side=s,
                )
            )
    if not evidence:
        return None
    tests = join_words(sorted({e.label for e in evidence}))
    plain = join_words(list(dict.fromkeys(_(PLAIN_TEST[e.measure]) for e in evidence)))
    return Finding(
        id="pelvic_control",
        title=_("Pelvic control"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Pelvic drop on single-leg loading ({tests}). More contralateral pelvic drop while "
            "running is linked with running injury."
        ).format(tests=tests),
        source="Bramah et al., AJSM 2018;46:3023",
        patient_text=_(
            "In {tests}, the other side of your pelvis dropped while you stood on your painful "
            "leg. A pelvis that drops is linked with the thigh turning inward, which adds "
            "load to the front of the knee. Side-lying leg raises, side planks and standing on "
            "one leg train the muscles that hold it level."
        ).format(tests=plain),
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
                    "hip.side_plank.lsi",
                    _("side plank LSI"),
                    ratio,
                    "<",
                    t.lsi_min_percent,
                    "%",
                    side,
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
                    _("single-leg squat trunk lean"),
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
                    _("step-down trunk lean"),
                    _("ticked"),
                    "is",
                    _("ticked"),
                    side=s,
                )
            )
    if a.choice("running.trunk_lean") == "marked_forward":
        evidence.append(
            Evidence(
                "running.trunk_lean",
                _("running trunk lean"),
                _("marked forward"),
                "is",
                _("marked forward"),
            )
        )
    if not evidence:
        return None
    holds = [
        _(HOLD_SIDE[s]).format(n=local_number(fmt_number(v, 0)))
        for s in SIDES
        if (v := a.number("hip.side_plank", s)) is not None
    ]
    patient = [_("Your trunk muscles help keep your hips and knees in line.")]
    if holds:
        patient.append(_("You held a side plank for {holds}.").format(holds=join_words(holds)))
    patient.append(_("Side plank practice builds the endurance linked with steadier running."))
    return Finding(
        id="trunk_control",
        title=_("Trunk control"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Reduced trunk endurance or control (healthy adults hold a side plank about 55 s, "
            "SD 25-28 s; the 30 s threshold is a clinic default). Trunk lean shifts load onto "
            "the stance knee."
        ),
        source="Side plank hold norm (healthy adults); Bramah et al., AJSM 2018;46:3023",
        patient_text=" ".join(patient),
        plan=("side_plank",),
    )
