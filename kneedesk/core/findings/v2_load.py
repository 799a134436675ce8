"""Protocol v2 findings about training load and running (clinical content v2, 3.6 and 5).

load_spike (Frandsen 2025 single-run bands; weekly rises and a return after a zero week as
information), training_changes, downhill_squat_load, low_cadence and fatigue_breakdown.
"""

from __future__ import annotations

from kneedesk.core.bands import SPIKE_SOURCE, spike_band
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.load import WEEKLY, bent_knee_pain, week_name
from kneedesk.core.findings.model import (
    Evidence,
    Finding,
    Level,
    band_name,
    half_up,
    half_up_past,
)
from kneedesk.core.findings.patient_text import PATIENT_TEXT, load_text, patient_text
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.scoring import cadence_target, single_run_spike, weekly_changes

WEEKLY_NOTE = N_(
    "Weekly >30%: information only (HR 1.59, not significant; no week-to-week association in 2025)."
)
BREAK_NOTE = N_("Return after a break: a running week straight after a week of 0 km.")
# The clinician's sentence for each single-run spike band.
SPIKE_NOTE = {
    "small": N_("Small single-run spike {n}% (HRR {hrr}, any overuse running injury)."),
    "moderate": N_("Moderate single-run spike {n}% (HRR {hrr}, any overuse running injury)."),
    "large": N_("Large single-run spike {n}% (HRR {hrr}, any overuse running injury)."),
}
NIELSEN = "Nielsen et al., JOSPT 2014"


def returns_after_break(distances: tuple[float | None, ...]) -> list[int]:
    """Weeks (index, most recent first) above 0 km straight after a week of 0 km (3.6)."""
    return [
        n
        for n, (recent, earlier) in enumerate(zip(distances, distances[1:], strict=False))
        if recent is not None and earlier is not None and recent > 0 and earlier == 0
    ]


def load_spike(ctx: Context) -> Finding | None:
    """Single-run spike >10% (attention, band named); weekly >30% or a return (information)."""
    a = ctx.answers
    t = ctx.thresholds
    evidence: list[Evidence] = []
    patient: list[str] = []
    clinician: list[str] = []
    week = a.number("load.longest_run_week")
    prior = a.number("load.longest_run_prior_30d")
    spike = single_run_spike(week, prior)
    band = spike_band(spike, t.single_run_spike_percent)
    if band is not None and spike is not None and week is not None and prior is not None:
        evidence.append(
            Evidence(
                "load.single_run_spike",
                _("single-run spike ({band} band)").format(band=band_name(band.name)),
                spike,
                ">",
                t.single_run_spike_percent,
                "%",
            )
        )
        shown = local_number(half_up_past(spike, t.single_run_spike_percent))
        note = SPIKE_NOTE.get(band.name)
        clinician.append(
            _(note).format(n=shown, hrr=local_number(str(band.hrr)))
            if note
            else f"{band.name.capitalize()} single-run spike {shown}% (HRR {band.hrr}, any "
            "overuse running injury)."
        )
        patient.append(
            _(
                "Your longest run this week was {week}, {n}% longer than your longest in the "
                "month before ({prior})."
            ).format(
                week=ctx.amount(week, "load.longest_run_week"),
                n=shown,
                prior=ctx.amount(prior, "load.longest_run_prior_30d"),
            )
        )
    distances = a.numbers(WEEKLY)
    rises = False
    for n, rise in enumerate(weekly_changes(distances)):
        if rise is not None and rise > t.weekly_increase_percent:
            rises = True
            recent, earlier = distances[n], distances[n + 1]
            evidence.append(
                Evidence(
                    "load.weekly_distance.change",
                    _("weekly distance change, {week}").format(week=week_name(ctx.protocol, n)),
                    rise,
                    ">",
                    t.weekly_increase_percent,
                    "%",
                )
            )
            patient.append(
                _("You ran {recent} {week} after {earlier} the week before, {n}% more.").format(
                    recent=ctx.amount(recent or 0, WEEKLY),
                    week=week_name(ctx.protocol, n),
                    earlier=ctx.amount(earlier or 0, WEEKLY),
                    n=local_number(half_up_past(rise, t.weekly_increase_percent)),
                )
            )
    if rises:
        clinician.append(_(WEEKLY_NOTE))
    returns = returns_after_break(distances)
    for n in returns:
        evidence.append(
            Evidence(
                "load.weekly_distance.return",
                # Translators: evidence label; {week} is e.g. "this week", "1 week ago".
                _("return after a 0 km week, {week}").format(week=week_name(ctx.protocol, n)),
                ctx.amount(distances[n] or 0, WEEKLY),
                "after",
                _("0 the week before"),
            )
        )
    if returns:
        clinician.append(_(BREAK_NOTE))
    if not evidence:
        return None
    spiked = band is not None
    advice = [load_text("spike")] if spiked else []
    advice += [load_text("weekly")] if rises else []
    advice += [load_text("break")] if returns else []
    sources = [SPIKE_SOURCE if spiked else "Frandsen et al., BJSM 2025"]
    sources += [NIELSEN] if rises else []
    return Finding(
        id="load_spike",
        title=_("Single run much longer than recently") if spiked else _("Training load rose"),
        level=Level.ATTENTION if spiked else Level.INFO,
        evidence=tuple(evidence),
        clinician_text=" ".join(clinician),
        source="; ".join(sources),
        patient_text=" ".join(patient + advice),
        plan=("run_reduce_rebuild",) if spiked else ("education_load",),
    )


def training_changes(ctx: Context) -> Finding | None:
    """Recent changes in training without a load spike: for discussion, no volume cut."""
    changes = sorted(ctx.answers.choices("load.recent_changes"))
    if not changes or load_spike(ctx) is not None:
        return None
    labels = join_words([ctx.option_label("load.recent_changes", c) for c in changes])
    return Finding(
        id="training_changes",
        title=_("Recent training changes"),
        level=Level.INFO,
        evidence=(
            Evidence(
                "load.recent_changes",
                _("recent changes"),
                ctx.answer("load.recent_changes", changes),
                "includes",
                _("any"),
            ),
        ),
        clinician_text=_(
            "Recent training changes ({labels}) without a load spike: discuss in load "
            "education; no volume cut."
        ).format(labels=labels),
        source="Esculier et al., BJSM 2018",
        patient_text=load_text("changes_only", labels=labels),
        plan=("education_load",),
    )


def downhill_squat_load(ctx: Context) -> Finding | None:
    """A lot of downhill or frequent heavy squats while bent-knee loading hurts (as v1)."""
    a = ctx.answers
    t = ctx.thresholds
    loads: list[Evidence] = []
    if a.choice("load.downhill") == "a_lot":
        shown = ctx.answer("load.downhill", "a_lot")
        loads.append(Evidence("load.downhill", _("downhill running"), shown, "is", shown))
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
        source="Willy et al., JOSPT 2019",
        patient_text=patient_text("downhill_squat_load"),
        plan=("avoid_downhill_deep_squats",),
    )


def low_cadence(ctx: Context) -> Finding | None:
    """Cadence at or below 170 steps/min, or overstriding (as v1; targets rounded half up)."""
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
        end = _(PATIENT_TEXT["low_cadence_end"]).removeprefix("\u2026")
        patient.append(
            # Translators: {end} is the sentence's end, "at the same speed, can lower the load
            # on your knee." (translated on its own).
            _(
                "You ran at {cadence} steps a minute. Taking a few more, shorter steps, "
                "about {low} to {high} a minute {end}"
            ).format(
                cadence=local_number(half_up(cadence)),
                low=local_number(half_up(target[0])),
                high=local_number(half_up(target[1])),
                end=end,
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
            "A 5-10% higher step rate at the same speed lowers knee loads in the lab (about "
            "-14% patellofemoral force at +10%). The 170 steps/min threshold is expert opinion "
            "and 180 is not a validated target."
        ),
        source="Heiderscheit et al., MSSE 2011; Lenhart et al., MSSE 2014",
        patient_text=" ".join([*patient, _("A metronome app makes this easy to practise.")]),
        plan=("cadence_retraining",),
    )


def fatigue_breakdown(ctx: Context) -> Finding | None:
    """Running mechanics get worse when tired (information in v2)."""
    if ctx.answers.choice("running.fatigue_change") != "worse_late":
        return None
    return Finding(
        id="fatigue_breakdown",
        title=_("Form breaks down with fatigue"),
        level=Level.INFO,
        evidence=(
            Evidence(
                "running.fatigue_change",
                _("mechanics when tired"),
                ctx.answer("running.fatigue_change", "worse_late"),
                "is",
                ctx.answer("running.fatigue_change", "worse_late"),
            ),
        ),
        clinician_text=_(
            "Mechanics deteriorate late in the run. PFP runners showed more hip adduction late "
            "in a long run; keep runs within the duration that form holds."
        ),
        source="Dierks et al., MSSE 2011",
        patient_text=patient_text("fatigue_breakdown"),
        plan=("shorter_runs_fatigue",),  # v2 (clinical content 5): strength is in the plan
    )
