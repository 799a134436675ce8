"""Protocol v2 findings from the history and questionnaires (clinical content v2, 4.2 and 5).

refer_first, pfp_pattern (gated by the diagnosis status), diagnosis_to_confirm,
meaningful_worsening, energy_bone_health and fear_of_movement.
"""

from __future__ import annotations

from kneedesk.core.bands import TSK11_SOURCE, change_verdict, tsk11_band
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, half_up
from kneedesk.core.findings.patient_text import PATIENT_TEXT
from kneedesk.core.findings.states import DiagnosisStatus, diagnosis
from kneedesk.core.scoring import kujala

CPG = "Willy et al., JOSPT 2019"
RED_FLAG_PATIENT = (
    "Some of what you told us today needs checking before we start an exercise plan. "
    "Your clinician will arrange this with you."
)


def refer_first(ctx: Context) -> Finding | None:
    """Any red flag (v2 adds systemic, bony tenderness and hop pain): refer or rule out first."""
    flags = diagnosis(ctx.answers, ctx.protocol, ctx.age).red_flags
    if not flags:
        return None
    labels = [ctx.protocol.item(f).label for f in flags]
    return Finding(
        id="refer_first",
        title="Refer or rule out first",
        level=Level.PRIORITY,
        evidence=tuple(
            Evidence(f, label, "yes", "is", "yes") for f, label in zip(flags, labels, strict=True)
        ),
        clinician_text=(
            f"Red flag(s) present: {'; '.join(labels)}. Refer or investigate before starting "
            "a plan; the patient handout carries interim advice and no exercise plan."
        ),
        source=f"{CPG}; Stiell et al., JAMA 1996; Warden et al., JOSPT 2014",
        patient_text=RED_FLAG_PATIENT,
        plan=(),
    )


def pfp_pattern(ctx: Context) -> Finding | None:
    """The three CPG criteria are met and no red flag is open (status pfp)."""
    dx = diagnosis(ctx.answers, ctx.protocol, ctx.age)
    if dx.status is not DiagnosisStatus.PFP:
        return None
    evidence = [
        Evidence(
            "history.pain_location",
            "pain location",
            ctx.answer("history.pain_location", sorted(dx.locations)),
            "includes",
            "around or behind the kneecap",
        )
    ]
    if dx.squat_pain is not None and dx.squat_pain >= 1:
        evidence.append(Evidence("knee.squat_pain", "squat pain", dx.squat_pain, ">=", 1.0, "/10"))
    if dx.aggravators:
        evidence.append(
            Evidence(
                "history.aggravators",
                "aggravated by",
                ctx.answer("history.aggravators", sorted(dx.aggravators)),
                "includes",
                "bent-knee loading",
            )
        )
    evidence.append(
        Evidence(
            "history.other_causes_excluded",
            "other causes excluded (differential checklist)",
            "yes",
            "is",
            "yes",
        )
    )
    return Finding(
        id="pfp_pattern",
        title="Patellofemoral pain pattern",
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text="Meets the three CPG criteria (grade B); no red flag open.",
        source=f"{CPG}; Nunes et al., Phys Ther Sport 2013",
        patient_text=PATIENT_TEXT["pfp_pattern"],
        plan=("education_load",),
    )


def diagnosis_to_confirm(ctx: Context) -> Finding | None:
    """No red flag, but the CPG criteria are not all met (status to_confirm)."""
    dx = diagnosis(ctx.answers, ctx.protocol, ctx.age)
    if dx.status is not DiagnosisStatus.TO_CONFIRM:
        return None
    suspected = [f"{ctx.label(item_id)} ({value})" for item_id, value in dx.suspected]
    differential = join_words(suspected) if suspected else "none marked possible or likely"
    return Finding(
        id="diagnosis_to_confirm",
        title="Diagnosis to confirm",
        level=Level.INFO,
        evidence=tuple(
            Evidence("diagnosis.criteria", criterion, "not met", "is", "not met")
            for criterion in dx.unmet
        ),
        clinician_text=(
            f"PFP template not used: {join_words(list(dx.unmet))}. "
            f"Differential: {differential}. Confirm the diagnosis first."
        ),
        source=CPG,
        patient_text=PATIENT_TEXT["diagnosis_to_confirm"],
        plan=(),
    )


# (item, the patient's words, unit shown after the numbers, decimals)
_PAIN = (
    ("pain.usual", "usual pain"),
    ("pain.worst_week", "worst pain in the week"),
    ("pain.running", "pain while running"),
)


def meaningful_worsening(ctx: Context) -> Finding | None:
    """Against the previous visit: Kujala -10 or less, a pain +2 or more, KOOS-PF -16.4 or less."""
    if ctx.previous is None:
        return None
    t = ctx.thresholds
    evidence: list[Evidence] = []
    changes: list[tuple[str, str, str]] = []  # (measure, before, now) in the patient's words
    before_k = kujala(ctx.previous, ctx.protocol).total
    now_k = kujala(ctx.answers, ctx.protocol).total
    if change_verdict("kujala", before_k, now_k, t) == "worse":
        assert before_k is not None
        assert now_k is not None
        evidence.append(
            Evidence(
                "kujala.change",
                f"Kujala change ({before_k} to {now_k})",
                float(now_k - before_k),
                "<=",
                -t.kujala_mcid,
                "points",
            )
        )
        changes.append(("Kujala knee score", str(before_k), str(now_k)))
    for item_id, words in _PAIN:
        before, now = ctx.previous.number(item_id), ctx.answers.number(item_id)
        if change_verdict("pain", before, now, t) == "worse":
            assert before is not None
            assert now is not None
            evidence.append(
                Evidence(
                    f"{item_id}.change",
                    f"{words} change ({half_up(before)}/10 to {half_up(now)}/10)",
                    now - before,
                    ">=",
                    t.pain_mcid,
                    "points",
                )
            )
            changes.append((words, f"{half_up(before)}/10", f"{half_up(now)}/10"))
    before_koos = ctx.previous.number("koos_pf.score")
    now_koos = ctx.answers.number("koos_pf.score")
    if change_verdict("koos_pf", before_koos, now_koos, t) == "worse":
        assert before_koos is not None
        assert now_koos is not None
        shown = (half_up(before_koos, 1), half_up(now_koos, 1))
        evidence.append(
            Evidence(
                "koos_pf.score.change",
                f"KOOS-PF change ({shown[0]} to {shown[1]})",
                round(now_koos - before_koos, 9),
                "<=",
                -t.koos_pf_mcid,
                "points",
            )
        )
        changes.append(("KOOS-PF knee score", *shown))
    if not evidence:
        return None
    # One sentence for every measure: "Your A went from x to y, your B went from ... since".
    first, *rest = changes
    tail = "".join(f", and your {m} went from {b} to {n}" for m, b, n in rest)
    return Finding(
        id="meaningful_worsening",
        title="Meaningful worsening since the last visit",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "Worse by at least the minimal important change since the last visit "
            f"({join_words([e.label for e in evidence])}): review the plan."
        ),
        source="Crossley et al., Arch Phys Med Rehabil 2004; Crossley et al., BJSM 2018",
        patient_text=PATIENT_TEXT["meaningful_worsening"].format(
            measure=first[0], before=first[1], now=first[2] + tail
        ),
        plan=(),
    )


def energy_bone_health(ctx: Context) -> Finding | None:
    """A previous bone stress injury or any sign of low energy availability."""
    a = ctx.answers
    evidence: list[Evidence] = []
    if a.flag("bsi.previous") is True:
        evidence.append(Evidence("bsi.previous", "previous bone stress injury", "yes", "is", "yes"))
    signs = sorted(a.choices("bsi.low_energy_signs"))
    if signs:
        evidence.append(
            Evidence(
                "bsi.low_energy_signs",
                "signs of low energy availability",
                ctx.answer("bsi.low_energy_signs", signs),
                "includes",
                "any",
            )
        )
    if not evidence:
        return None
    return Finding(
        id="energy_bone_health",
        title="Energy availability and bone health",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "Bone stress risk: "
            + "; ".join(e.text() for e in evidence)
            + ". Screen for low energy availability and consider a medical opinion; these do "
            "not block the plan on their own."
        ),
        source="Warden et al., JOSPT 2014; Mountjoy et al., BJSM 2023",
        patient_text=PATIENT_TEXT["energy_bone_health"],
        plan=("education_energy",),
    )


def fear_of_movement(ctx: Context) -> Finding | None:
    """TSK-11 total at or above 29 (clinic default: the moderate band)."""
    total = ctx.answers.number("psych.tsk11_total")
    t = ctx.thresholds
    if total is None or total < t.tsk11_min:
        return None
    band = tsk11_band(total)
    return Finding(
        id="fear_of_movement",
        title="Fear of movement",
        level=Level.ATTENTION,
        evidence=(
            Evidence(
                "psych.tsk11_total",
                f"TSK-11 total ({band})",
                total,
                ">=",
                float(t.tsk11_min),
                "points",
            ),
        ),
        clinician_text=(
            f"TSK-11 {half_up(total)} ({band} band): fear of movement. The cut-off of "
            f"{t.tsk11_min} is a clinic default (no study), from Achilles and chronic-pain "
            "cohorts; address it in education and graded exposure."
        ),
        source=f"Woby et al., Pain 2005; {TSK11_SOURCE}",
        patient_text=PATIENT_TEXT["fear_of_movement"],
        plan=("education_pain_fear",),
    )
