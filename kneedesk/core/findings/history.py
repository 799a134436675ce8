"""Findings from the history: red flags and the patellofemoral pain pattern."""

from __future__ import annotations

from kneedesk.core.findings.context import Context
from kneedesk.core.findings.model import Evidence, Finding, Level
from kneedesk.core.findings.patient_text import patient_text
from kneedesk.core.i18n import _

RED_FLAG_PREFIX = "red_flags."
PFP_LOCATIONS = frozenset({"around_kneecap", "behind_kneecap"})
BENT_KNEE_AGGRAVATORS = frozenset({"stairs_up", "stairs_down", "squatting", "prolonged_sitting"})


def red_flags(ctx: Context) -> list[str]:
    """Ids of the red-flag items answered yes."""
    return [
        item.id
        for item in ctx.protocol.items()
        if item.id.startswith(RED_FLAG_PREFIX) and ctx.answers.flag(item.id) is True
    ]


def refer_first(ctx: Context) -> Finding | None:
    """Any red flag: refer or rule out before treating this as runner's knee."""
    flags = red_flags(ctx)
    if not flags:
        return None
    labels = [_(ctx.protocol.item(f).label) for f in flags]
    return Finding(
        id="refer_first",
        title=_("Refer or rule out first"),
        level=Level.PRIORITY,
        evidence=tuple(
            Evidence(measure=f, label=label, value=_("yes"), comparison="is", threshold=_("yes"))
            for f, label in zip(flags, labels, strict=True)
        ),
        clinician_text=_(
            "Red flag(s) present: {flags}. Refer or investigate before starting "
            "a runner's knee plan; the patient handout carries no exercise plan."
        ).format(flags="; ".join(labels)),
        source="JOSPT CPG 2019 (Willy et al.): exclude other causes; Ottawa knee rules",
        patient_text=_(
            "Some of what you told us today needs checking before we start an exercise plan. "
            "Your clinician will talk with you about the next steps."
        ),
        plan=(),
    )


def pfp_pattern(ctx: Context) -> Finding | None:
    """The three diagnostic criteria of patellofemoral pain are met."""
    a = ctx.answers
    locations = a.choices("history.pain_location") & PFP_LOCATIONS
    squat_pain = a.number("knee.squat_pain")
    aggravators = a.choices("history.aggravators") & BENT_KNEE_AGGRAVATORS
    excluded = a.flag("history.other_causes_excluded")
    loading = (squat_pain is not None and squat_pain >= 1) or bool(aggravators)
    if not (locations and loading and excluded):
        return None
    evidence = [
        Evidence(
            "history.pain_location",
            _("pain location"),
            ctx.answer("history.pain_location", locations),
            "includes",
            _("around or behind kneecap"),
        )
    ]
    if squat_pain is not None and squat_pain >= 1:
        evidence.append(Evidence("knee.squat_pain", _("squat pain"), squat_pain, ">=", 1.0, "/10"))
    if aggravators:
        evidence.append(
            Evidence(
                "history.aggravators",
                _("aggravated by"),
                ctx.answer("history.aggravators", aggravators),
                "includes",
                _("bent-knee loading"),
            )
        )
    evidence.append(
        Evidence(
            "history.other_causes_excluded", _("other causes excluded"), _("yes"), "is", _("yes")
        )
    )
    return Finding(
        id="pfp_pattern",
        title=_("Patellofemoral pain pattern"),
        level=Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_(
            "Meets the three diagnostic criteria for patellofemoral pain: pain around or behind "
            "the patella, reproduced by bent-knee loading, other diagnoses excluded. Squat pain is "
            "the recommended test (LR+ 1.8, LR- 0.2)."
        ),
        source="JOSPT CPG 2019 (Willy et al.), diagnosis grade B; Nunes 2013",
        patient_text=patient_text("pfp_pattern"),
        plan=("education_load",),
    )
