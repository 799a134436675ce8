"""Protocol v2 findings from the history and questionnaires (clinical content v2, 4.2 and 5).

refer_first, pfp_pattern (gated by the diagnosis status), diagnosis_to_confirm,
meaningful_worsening, energy_bone_health and fear_of_movement.
"""

from __future__ import annotations

from kneedesk.core.bands import TSK11_SOURCE, change_verdict, tsk11_band
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, band_name, half_up
from kneedesk.core.findings.patient_text import patient_text
from kneedesk.core.findings.states import DiagnosisStatus, criterion_text, diagnosis
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import kujala

CPG = "Willy et al., JOSPT 2019"
RED_FLAG_PATIENT = N_(
    "Some of what you told us today needs checking before we start an exercise plan. "
    "Your clinician will arrange this with you."
)


def refer_first(ctx: Context) -> Finding | None:
    """Any red flag (v2 adds systemic, bony tenderness and hop pain): refer or rule out first."""
    flags = diagnosis(ctx.answers, ctx.protocol, ctx.age).red_flags
    if not flags:
        return None
    labels = [_(ctx.protocol.item(f).label) for f in flags]
    return Finding(
        id="refer_first",
        title=_("Refer or rule out first"),
        level=Level.PRIORITY,
        evidence=tuple(
            Evidence(f, label, _("yes"), "is", _("yes"))
            for f, label in zip(flags, labels, strict=True)
        ),
        clinician_text=_(
            "Red flag(s) present: {flags}. Refer or investigate before starting "
            "a plan; the patient handout carries interim advice and no exercise plan."
        ).format(flags="; ".join(labels)),
        source=f"{CPG}; Stiell et al., JAMA 1996; Warden et al., JOSPT 2014",
        patient_text=_(RED_FLAG_PATIENT),
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
            _("pain location"),
            ctx.answer("history.pain_location", sorted(dx.locations)),
            "includes",
            _("around or behind the kneecap"),
        )
    ]
    if dx.squat_pain is not None and dx.squat_pain >= 1:
        evidence.append(
            Evidence("knee.squat_pain", _("squat pain"), dx.squat_pain, ">=", 1.0, "/10")
        )
    if dx.aggravators:
        evidence.append(
            Evidence(
                "history.aggravators",
                _("aggravated by"),
                ctx.answer("history.aggravators", sorted(dx.aggravators)),
                "includes",
                _("bent-knee loading"),
            )
        )
    evidence.append(
        Evidence(
            "history.other_causes_excluded",
            _("other causes excluded (differential checklist)"),
            _("yes"),
            "is",
            _("yes"),
        )
    )
    return Finding(
        id="pfp_pattern",
        title=_("Patellofemoral pain pattern"),
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_("Meets the three CPG criteria (grade B); no red flag open."),
        source=f"{CPG}; Nunes et al., Phys Ther Sport 2013",
        patient_text=patient_text("pfp_pattern"),
        plan=("education_load",),
    )


def diagnosis_to_confirm(ctx: Context) -> Finding | None:
    """No red flag, but the CPG criteria are not all met (status to_confirm)."""
    dx = diagnosis(ctx.answers, ctx.protocol, ctx.age)
    if dx.status is not DiagnosisStatus.TO_CONFIRM:
        return None
    suspected = [f"{ctx.label(item_id)} ({_suspicion(value)})" for item_id, value in dx.suspected]
    differential = join_words(suspected) if suspected else _("none marked possible or likely")
    return Finding(
        id="diagnosis_to_confirm",
        title=_("Diagnosis to confirm"),
        level=Level.INFO,
        evidence=tuple(
            Evidence(
                "diagnosis.criteria", criterion_text(criterion), _("not met"), "is", _("not met")
            )
            for criterion in dx.unmet
        ),
        clinician_text=_(
            "PFP template not used: {unmet}. Differential: {differential}. Confirm the "
            "diagnosis first."
        ).format(
            unmet=join_words([criterion_text(c) for c in dx.unmet]), differential=differential
        ),
        source=CPG,
        patient_text=patient_text("diagnosis_to_confirm"),
        plan=(),
    )


def _suspicion(value: str) -> str:
    """A differential entry's stored answer ("possible", "likely") in words."""
    if value == "possible":
        # Translators: a differential diagnosis marked possible: "patellar tendinopathy
        # (possible)".
        return pgettext("differential", "possible")
    if value == "likely":
        return pgettext("differential", "likely")
    return value


# (item, the patient's words); the words are message ids, after "Your" ("Your usual pain went
# from 3/10 to 6/10").
_PAIN = (
    # Translators: after "Your": "Your usual pain went from 3/10 to 6/10".
    ("pain.usual", N_("usual pain")),
    # Translators: after "Your": "Your worst pain in the week went from 3/10 to 6/10".
    ("pain.worst_week", N_("worst pain in the week")),
    # Translators: after "Your": "Your pain while running went from 3/10 to 6/10".
    ("pain.running", N_("pain while running")),
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
                _("Kujala change ({before} to {now})").format(before=before_k, now=now_k),
                float(now_k - before_k),
                "<=",
                -t.kujala_mcid,
                "points",
            )
        )
        # Translators: after "Your": "Your Kujala knee score went from 80 to 65".
        changes.append((_("Kujala knee score"), str(before_k), str(now_k)))
    for item_id, words in _PAIN:
        before, now = ctx.previous.number(item_id), ctx.answers.number(item_id)
        if change_verdict("pain", before, now, t) == "worse":
            assert before is not None
            assert now is not None
            evidence.append(
                Evidence(
                    f"{item_id}.change",
                    _("{measure} change ({before}/10 to {now}/10)").format(
                        measure=_(words), before=half_up(before), now=half_up(now)
                    ),
                    now - before,
                    ">=",
                    t.pain_mcid,
                    "points",
                )
            )
            changes.append(
                (
                    _(words),
                    local_number(f"{half_up(before)}/10"),
                    local_number(f"{half_up(now)}/10"),
                )
            )
    before_koos = ctx.previous.number("koos_pf.score")
    now_koos = ctx.answers.number("koos_pf.score")
    if change_verdict("koos_pf", before_koos, now_koos, t) == "worse":
        assert before_koos is not None
        assert now_koos is not None
        shown = (half_up(before_koos, 1), half_up(now_koos, 1))
        evidence.append(
            Evidence(
                "koos_pf.score.change",
                _("KOOS-PF change ({before} to {now})").format(before=shown[0], now=shown[1]),
                round(now_koos - before_koos, 9),
                "<=",
                -t.koos_pf_mcid,
                "points",
            )
        )
        # Translators: after "Your": "Your KOOS-PF knee score went from 80 to 60".
        changes.append((_("KOOS-PF knee score"), local_number(shown[0]), local_number(shown[1])))
    if not evidence:
        return None
    # One sentence for every measure: "Your A went from x to y, your B went from ... since".
    first, *rest = changes
    # Translators: continues "Your {measure} went from {before} to {now}" with a further
    # measure, before "since your last visit".
    more = _(", and your {measure} went from {before} to {now}")
    tail = "".join(more.format(measure=m, before=b, now=n) for m, b, n in rest)
    return Finding(
        id="meaningful_worsening",
        title=_("Meaningful worsening since the last visit"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Worse by at least the minimal important change since the last visit "
            "({changes}): review the plan."
        ).format(changes=join_words([e.label for e in evidence])),
        source="Crossley et al., Arch Phys Med Rehabil 2004; Crossley et al., BJSM 2018",
        patient_text=patient_text(
            "meaningful_worsening", measure=first[0], before=first[1], now=first[2] + tail
        ),
        plan=(),
    )


def energy_bone_health(ctx: Context) -> Finding | None:
    """A previous bone stress injury or any sign of low energy availability."""
    a = ctx.answers
    evidence: list[Evidence] = []
    if a.flag("bsi.previous") is True:
        evidence.append(
            Evidence("bsi.previous", _("previous bone stress injury"), _("yes"), "is", _("yes"))
        )
    signs = sorted(a.choices("bsi.low_energy_signs"))
    if signs:
        evidence.append(
            Evidence(
                "bsi.low_energy_signs",
                _("signs of low energy availability"),
                ctx.answer("bsi.low_energy_signs", signs),
                "includes",
                _("any"),
            )
        )
    if not evidence:
        return None
    return Finding(
        id="energy_bone_health",
        title=_("Energy availability and bone health"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "Bone stress risk: {evidence}. Screen for low energy availability and consider a "
            "medical opinion; these do not block the plan on their own."
        ).format(evidence="; ".join(e.text() for e in evidence)),
        source="Warden et al., JOSPT 2014; Mountjoy et al., BJSM 2023",
        patient_text=patient_text("energy_bone_health"),
        plan=("education_energy",),
    )


def fear_of_movement(ctx: Context) -> Finding | None:
    """TSK-11 total at or above 29 (clinic default: the moderate band)."""
    total = ctx.answers.number("psych.tsk11_total")
    t = ctx.thresholds
    if total is None or total < t.tsk11_min:
        return None
    band = band_name(tsk11_band(total))
    return Finding(
        id="fear_of_movement",
        title=_("Fear of movement"),
        level=Level.ATTENTION,
        evidence=(
            Evidence(
                "psych.tsk11_total",
                _("TSK-11 total ({band})").format(band=band),
                total,
                ">=",
                float(t.tsk11_min),
                "points",
            ),
        ),
        clinician_text=_(
            "TSK-11 {total} ({band} band): fear of movement. The cut-off of "
            "{cutoff} is a clinic default (no study), from Achilles and chronic-pain "
            "cohorts; address it in education and graded exposure."
        ).format(total=local_number(half_up(total)), band=band, cutoff=t.tsk11_min),
        source=f"Woby et al., Pain 2005; {TSK11_SOURCE}",
        patient_text=patient_text("fear_of_movement"),
        plan=("education_pain_fear",),
    )
