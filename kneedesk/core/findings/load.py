"""Findings about training load and running: spikes, downhill and squat load, cadence, fatigue."""

from __future__ import annotations

from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.model import Evidence, Finding, Level, fmt_number
from kneedesk.core.findings.patient_text import load_text, patient_text
from kneedesk.core.i18n import N_, _, current_language, ngettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import cadence_target, single_run_spike, weekly_changes

WEEKLY = "load.weekly_distance"
# Bent-knee loading as the reference defines it (squats, stairs, prolonged sitting), plus
# the other deep-flexion aggravators on the form.
SPIKE_TEXT = N_(
    "Load rose faster than the runner's recent base. A single run more than 10% longer than the "
    "longest of the prior 30 days was linked with more injuries (HR 1.64 for >10-30%, 2.28 for "
    ">100%); weekly rises over 30% may add risk (HR 1.59, not significant). Load education alone "
    "helped about as much as adding exercise or gait retraining. The acute:chronic workload "
    "ratio is deliberately not used."
)
CHANGES_TEXT = N_(
    "No distance spike recorded, but training changed recently (shoes, surface, hills, speed or "
    "a return after a break); review these with the runner as part of load education, which "
    "alone helped about as much as adding exercise or gait retraining."
)
BENT_KNEE = frozenset(
    {
        "stairs_up",
        "stairs_down",
        "squatting",
        "prolonged_sitting",
        "downhill",
        "kneeling",
        "jumping",
    }
)


def week_name(protocol: Protocol, n: int) -> str:
    """Entry n of the weekly distances (most recent week first) as the form labels it.

    "this week" (the 7 days up to the visit), "1 week ago", ...: never "last week", which
    reads as either of the two most recent weeks.
    """
    labels = protocol.item(WEEKLY).entry_labels
    if n < len(labels):
        label = _(labels[n])
        # German nouns keep their capital ("vor 1 Woche"); only the first letter is lowered.
        return label[:1].lower() + label[1:] if current_language() == "de" else label.lower()
    return ngettext("{n} week ago", "{n} weeks ago", n).format(n=n)


def load_spike(ctx: Context) -> Finding | None:
    """A single long run, a jump in weekly distance, or recent changes in training."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    week = a.number("load.longest_run_week")
    prior = a.number("load.longest_run_prior_30d")
    spike = single_run_spike(week, prior)
    if (
        spike is not None
        and week is not None
        and prior is not None
        and spike > t.single_run_spike_percent
    ):
        evidence.append(
            Evidence(
                "load.single_run_spike",
                _("single-run spike"),
                spike,
                ">",
                t.single_run_spike_percent,
                "%",
            )
        )
        patient.append(
            _(
                "Your longest run this week was {week}, {n}% longer than your longest in the "
                "month before ({prior})."
            ).format(
                week=ctx.amount(week, "load.longest_run_week"),
                n=local_number(fmt_number(spike, 0)),
                prior=ctx.amount(prior, "load.longest_run_prior_30d"),
            )
        )
    distances = a.numbers(WEEKLY)
    for n, rise in enumerate(weekly_changes(distances)):
        if rise is not None and rise > t.weekly_increase_percent:
            recent, earlier = distances[n], distances[n + 1]
            evidence.append(
                Evidence(
                    "load.weekly_distance.change",
                    # Translators: evidence label; {week} is e.g. "this week", "1 week ago".
                    _("weekly distance change, {week}").format(week=week_name(ctx.protocol, n)),
                    rise,
                    ">",
                    t.weekly_increase_percent,
                    "%",
                )
            )
            patient.append(
                # Translators: {week} is e.g. "this week", "1 week ago".
                _("You ran {recent} {week} after {earlier} the week before, {n}% more.").format(
                    recent=ctx.amount(recent or 0, WEEKLY),
                    week=week_name(ctx.protocol, n),
                    earlier=ctx.amount(earlier or 0, WEEKLY),
                    n=local_number(fmt_number(rise, 0)),
                )
            )
    changes = sorted(a.choices("load.recent_changes"))
    if changes:
        labels = [ctx.option_label("load.recent_changes", c) for c in changes]
        evidence.append(
            Evidence(
                "load.recent_changes",
                _("recent changes"),
                ctx.answer("load.recent_changes", changes),
                "includes",
                _("any"),
            )
        )
        changed = join_words(labels)
        # With a rise in load the changes are context; on their own, something to discuss.
        patient.append(
            _("You recently changed your training ({labels}).").format(labels=changed)
            if evidence[:-1]
            else load_text("changes_only", labels=changed)
        )
    if not evidence:
        return None
    spiked = any(e.measure != "load.recent_changes" for e in evidence)
    return Finding(
        id="load_spike",
        title=_("Training load rose quickly") if spiked else _("Recent training changes"),
        level=Level.ATTENTION if spiked else Level.INFO,
        evidence=tuple(evidence),
        clinician_text=_(SPIKE_TEXT) if spiked else _(CHANGES_TEXT),
        source="Garmin-RUNSAFE cohort, BJSM 2025; Nielsen et al., JOSPT 2014; Esculier, BJSM 2018",
        patient_text=" ".join(patient + _load_advice(evidence)),
        plan=("run_reduce_rebuild",),
    )


def _load_advice(evidence: list[Evidence]) -> list[str]:
    """The v2 advice after the numbers: single-run spike, then the weekly rise (section 8)."""
    measures = {e.measure for e in evidence}
    advice: list[str] = []
    if "load.single_run_spike" in measures:
        advice.append(load_text("spike"))
    if f"{WEEKLY}.change" in measures:
        advice.append(load_text("weekly"))
    return advice


def bent_knee_pain(ctx: Context) -> list[Evidence]:
    """Evidence that bent-knee loading hurts: squat pain or bent-knee aggravators."""
    a = ctx.answers
    found: list[Evidence] = []
    squat = a.number("knee.squat_pain")
    if squat is not None and squat >= 1:
        found.append(Evidence("knee.squat_pain", _("squat pain"), squat, ">=", 1.0, "/10"))
    aggravators = sorted(a.choices("history.aggravators") & BENT_KNEE)
    if aggravators:
        found.append(
            Evidence(
                "history.aggravators",
                _("aggravated by"),
                ctx.answer("history.aggravators", aggravators),
                "includes",
                _("bent-knee loading"),
            )
        )
    return found


def downhill_squat_load(ctx: Context) -> Finding | None:
    """A lot of downhill or frequent heavy squats while bent-knee loading hurts."""
    a = ctx.answers
    t = ctx.thresholds
    loads: list[Evidence] = []
    words: list[str] = []
    if a.choice("load.downhill") == "a_lot":
        shown = ctx.answer("load.downhill", "a_lot")
        loads.append(Evidence("load.downhill", _("downhill running"), shown, "is", shown))
        # Translators: after "You are doing"; may be joined with "3 heavy squat or lunge
        # sessions a week".
        words.append(_("a lot of downhill running"))
    sessions = a.number("load.heavy_squat_sessions")
    if sessions is not None and sessions >= t.heavy_squat_sessions:
        loads.append(
            Evidence(
                "load.heavy_squat_sessions",
                _("heavy squat sessions"),
                sessions,
                ">=",
                float(t.heavy_squat_sessions),
                "per week",
            )
        )
        # Translators: after "You are doing"; {n} is a whole number.
        words.append(
            _("{n} heavy squat or lunge sessions a week").format(
                n=local_number(fmt_number(sessions, 0))
            )
        )
    pain = bent_knee_pain(ctx)
    if not loads or not pain:
        return None
    return Finding(
        id="downhill_squat_load",
        title=_("Downhill and deep squat load"),
        level=Level.ATTENTION,
        evidence=tuple(loads + pain),
        clinician_text=_(
            "High bent-knee load (downhill running, deep loaded squats) while bent-knee loading "
            "is painful; reduce for now and reintroduce gradually."
        ),
        source="JOSPT CPG 2019 (Willy et al.); La Trobe/TREK patient education",
        patient_text=_(
            "You are doing {load}, and bending the knee under load hurts. "
            "Downhill running and deep loaded squats add load to the kneecap: ease off them for "
            "now and bring them back gradually as the pain settles."
        ).format(load=join_words(words)),
        plan=("avoid_downhill_deep_squats",),
    )


def low_cadence(ctx: Context) -> Finding | None:
    """Cadence at or below 170 steps/min, or overstriding."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    cadence = a.number("running.cadence")
    target = cadence_target(cadence)
    if cadence is not None and target is not None and cadence <= t.cadence_max_spm:
        evidence.append(
            Evidence("running.cadence", _("cadence"), cadence, "<=", t.cadence_max_spm, "steps/min")
        )
        patient.append(
            _(
                "You ran at {cadence} steps a minute. Taking a few more, shorter "
                "steps - about {low} to {high} a minute "
                "at the same speed - can lower the load on your knee."
            ).format(
                cadence=local_number(fmt_number(cadence, 0)),
                low=local_number(fmt_number(target[0], 0)),
                high=local_number(fmt_number(target[1], 0)),
            )
        )
    overstride = a.choice("running.overstride")
    if overstride in ("mild", "marked"):
        evidence.append(
            Evidence(
                "running.overstride",
                _("overstride"),
                ctx.answer("running.overstride", overstride),
                "is",
                _("mild or marked"),
            )
        )
        patient.append(
            _("Your foot landed well ahead of your body; shorter steps bring it closer under you.")
        )
    if not evidence:
        return None
    return Finding(
        id="low_cadence",
        title=_("Low cadence or overstriding"),
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=_(
            "A 5-10% higher step rate lowers knee load (about -14% patellofemoral force at +10%). "
            "The 170 steps/min threshold is expert opinion and 180 is not a validated target; "
            "retrain against the runner's own cadence with a metronome at the same speed."
        ),
        source="Heiderscheit et al., MSSE 2011; Lenhart et al., MSSE 2014; Bramah 2018",
        patient_text=" ".join([*patient, _("A metronome app makes this easy to practise.")]),
        plan=("cadence_retraining",),
    )


def fatigue_breakdown(ctx: Context) -> Finding | None:
    """Running mechanics get worse when tired."""
    if ctx.answers.choice("running.fatigue_change") != "worse_late":
        return None
    return Finding(
        id="fatigue_breakdown",
        title=_("Form breaks down with fatigue"),
        level=Level.ATTENTION,
        evidence=(
            Evidence(
                "running.fatigue_change",
                _("mechanics when tired"),
                _("worse"),
                "is",
                _("worse when tired"),
            ),
        ),
        clinician_text=_(
            "Mechanics deteriorate late in the run; keep runs within the duration that form "
            "holds and build strength endurance."
        ),
        source="Clinical observation; JOSPT CPG 2019 (gait retraining for runners)",
        patient_text=patient_text("fatigue_breakdown"),
        plan=("shorter_runs_fatigue", "step_up"),
    )
