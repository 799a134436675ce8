"""Protocol v2 findings about training load and running (clinical content v2, 3.6 and 5).

load_spike (Frandsen 2025 single-run bands; weekly rises and a return after a zero week as
information), training_changes, downhill_squat_load, low_cadence and fatigue_breakdown.
"""

from __future__ import annotations

from kneedesk.core.bands import SPIKE_SOURCE, spike_band
from kneedesk.core.findings.context import Context, join_words
from kneedesk.core.findings.load import WEEKLY, bent_knee_pain, week_name
from kneedesk.core.findings.model import Evidence, Finding, Level, half_up, half_up_past
from kneedesk.core.findings.patient_text import LOAD_TEXT, PATIENT_TEXT
from kneedesk.core.scoring import cadence_target, single_run_spike, weekly_changes

WEEKLY_NOTE = (
    "Weekly >30%: information only (HR 1.59, not significant; no week-to-week association in 2025)."
)
BREAK_NOTE = "Return after a break: a running week straight after a week of 0 km."
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
                f"single-run spike ({band.name} band)",
                spike,
                ">",
                t.single_run_spike_percent,
                "%",
            )
        )
        clinician.append(
            f"{band.name.capitalize()} single-run spike "
            f"{half_up_past(spike, t.single_run_spike_percent)}% (HRR {band.hrr}, any "
            "overuse running injury)."
        )
        patient.append(
            f"Your longest run this week was {ctx.amount(week, 'load.longest_run_week')}, "
            f"{half_up_past(spike, t.single_run_spike_percent)}% longer than your longest in the "
            "month before "
            f"({ctx.amount(prior, 'load.longest_run_prior_30d')})."
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
                    f"weekly distance change, {week_name(ctx.protocol, n)}",
                    rise,
                    ">",
                    t.weekly_increase_percent,
                    "%",
                )
            )
            patient.append(
                f"You ran {ctx.amount(recent or 0, WEEKLY)} {week_name(ctx.protocol, n)} after "
                f"{ctx.amount(earlier or 0, WEEKLY)} the week before, "
                f"{half_up_past(rise, t.weekly_increase_percent)}% more."
            )
    if rises:
        clinician.append(WEEKLY_NOTE)
    returns = returns_after_break(distances)
    for n in returns:
        evidence.append(
            Evidence(
                "load.weekly_distance.return",
                f"return after a 0 km week, {week_name(ctx.protocol, n)}",
                ctx.amount(distances[n] or 0, WEEKLY),
                "after",
                "0 the week before",
            )
        )
    if returns:
        clinician.append(BREAK_NOTE)
    if not evidence:
        return None
    spiked = band is not None
    advice = [LOAD_TEXT["spike"]] if spiked else []
    advice += [LOAD_TEXT["weekly"]] if rises else []
    advice += [LOAD_TEXT["break"]] if returns else []
    sources = [SPIKE_SOURCE if spiked else "Frandsen et al., BJSM 2025"]
    sources += [NIELSEN] if rises else []
    return Finding(
        id="load_spike",
        title="Single run much longer than recently" if spiked else "Training load rose",
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
        title="Recent training changes",
        level=Level.INFO,
        evidence=(
            Evidence(
                "load.recent_changes",
                "recent changes",
                ctx.answer("load.recent_changes", changes),
                "includes",
                "any",
            ),
        ),
        clinician_text=(
            f"Recent training changes ({labels}) without a load spike: discuss in load "
            "education; no volume cut."
        ),
        source="Esculier et al., BJSM 2018",
        patient_text=LOAD_TEXT["changes_only"].format(labels=labels),
        plan=("education_load",),
    )


def downhill_squat_load(ctx: Context) -> Finding | None:
    """A lot of downhill or frequent heavy squats while bent-knee loading hurts (as v1)."""
    a = ctx.answers
    t = ctx.thresholds
    loads: list[Evidence] = []
    if a.choice("load.downhill") == "a_lot":
        shown = ctx.answer("load.downhill", "a_lot")
        loads.append(Evidence("load.downhill", "downhill running", shown, "is", shown))
    sessions = a.number("load.heavy_squat_sessions")
    if sessions is not None and sessions >= t.heavy_squat_sessions:
        loads.append(
            Evidence(
                "load.heavy_squat_sessions",
                "heavy squat sessions",
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
        title="Downhill and deep squat load",
        level=Level.ATTENTION,
        evidence=tuple(loads + pain),
        clinician_text=(
            "High bent-knee load (downhill running, deep loaded squats) while bent-knee loading "
            "is painful; reduce for now and reintroduce gradually."
        ),
        source="Willy et al., JOSPT 2019",
        patient_text=PATIENT_TEXT["downhill_squat_load"],
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
            Evidence("running.cadence", "cadence", cadence, "<=", t.cadence_max_spm, "steps/min")
        )
        patient.append(
            f"You ran at {half_up(cadence)} steps a minute. Taking a few more, shorter steps, "
            f"about {half_up(target[0])} to {half_up(target[1])} a minute "
            + PATIENT_TEXT["low_cadence_end"].removeprefix("\u2026")
        )
    overstride = a.choice("running.overstride")
    if overstride in ("mild", "marked"):
        evidence.append(
            Evidence(
                "running.overstride",
                "overstride",
                ctx.answer("running.overstride", overstride),
                "is",
                "mild or marked",
            )
        )
        patient.append(
            "Your foot landed well ahead of your body; shorter steps bring it closer under you."
        )
    if not evidence:
        return None
    return Finding(
        id="low_cadence",
        title="Low cadence or overstriding",
        level=Level.ATTENTION,
        evidence=tuple(evidence),
        clinician_text=(
            "A 5-10% higher step rate at the same speed lowers knee loads in the lab (about "
            "-14% patellofemoral force at +10%). The 170 steps/min threshold is expert opinion "
            "and 180 is not a validated target."
        ),
        source="Heiderscheit et al., MSSE 2011; Lenhart et al., MSSE 2014",
        patient_text=" ".join(patient) + " A metronome app makes this easy to practise.",
        plan=("cadence_retraining",),
    )


def fatigue_breakdown(ctx: Context) -> Finding | None:
    """Running mechanics get worse when tired (information in v2)."""
    if ctx.answers.choice("running.fatigue_change") != "worse_late":
        return None
    return Finding(
        id="fatigue_breakdown",
        title="Form breaks down with fatigue",
        level=Level.INFO,
        evidence=(
            Evidence(
                "running.fatigue_change",
                "mechanics when tired",
                ctx.answer("running.fatigue_change", "worse_late"),
                "is",
                ctx.answer("running.fatigue_change", "worse_late"),
            ),
        ),
        clinician_text=(
            "Mechanics deteriorate late in the run. PFP runners showed more hip adduction late "
            "in a long run; keep runs within the duration that form holds."
        ),
        source="Dierks et al., MSSE 2011",
        patient_text=PATIENT_TEXT["fatigue_breakdown"],
        plan=("shorter_runs_fatigue",),  # v2 (clinical content 5): strength is in the plan
    )
