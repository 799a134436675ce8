"""The synthetic answers of the demo clinic: one runner's profile and each visit's screen."""

from __future__ import annotations

import random
from typing import Any

from kneedesk.core.derived import is_shown
from kneedesk.core.protocol import Protocol
from kneedesk.core.scoring import KUJALA


def _kujala_answers(protocol: Protocol, severity: float, rng: random.Random) -> dict[str, str]:
    """Kujala options: options are listed best first, so severity 0 is 100 points."""
    out: dict[str, str] = {}
    for item in protocol.items_scored_by(KUJALA):
        worst = len(item.options) - 1
        level = min(worst, max(0, round(severity * worst * 0.7 + rng.uniform(-0.45, 0.45))))
        out[item.id] = item.options[level].key
    return out


def visit_answers(
    protocol: Protocol,
    rng: random.Random,
    profile: dict[str, Any],
    progress: float,
    *,
    age: int | None = None,
    follow_up: bool = False,
) -> dict[str, Any]:
    """One visit's answers; `progress` runs from 0 (first visit) to 1 (recovered).

    Only the items the protocol has and shows at the patient's `age` are answered; the
    return-to-run checklist only at a `follow_up` (an earlier visit is signed).
    """
    side = profile["side"]
    other = "left" if side == "right" else "right"
    severity = max(0.0, profile["severity"] * (1.0 - 0.8 * progress))
    mass = profile["mass"]

    def per_side(good: float, deficit: float, spread: float = 0.03) -> dict[str, float]:
        weak = good * (1 - deficit * (1 - 0.85 * progress))
        values = {other: good, side: weak} if side != "both" else {"left": weak, "right": weak}
        return {s: round(v * rng.uniform(1 - spread, 1 + spread), 1) for s, v in values.items()}

    pain = max(0, round(7 * severity + rng.uniform(-0.5, 0.5)))
    base = profile["weekly"]
    weekly = [round(base * f * (0.7 + 0.3 * progress), 1) for f in profile["weeks"]]
    squat_bad = severity > 0.35
    answers: dict[str, Any] = {
        "body_mass": mass,
        "height": profile["height"],
        "leg_length": {"left": profile["leg"], "right": profile["leg"]},
        "symptom_side": side,
        "history.duration_weeks": profile["weeks_ago"] + int(progress * 12),
        "history.onset": profile["onset"],
        "history.pain_location": ["around_kneecap", "behind_kneecap"][: 1 + profile["deep"]],
        "history.aggravators": profile["aggravators"],
        "history.other_causes_excluded": True,
        **{item.id: False for item in protocol.items() if item.id.startswith("red_flags.")},
        **{
            item.id: "not_suspected"
            for item in protocol.items()
            if item.kind.value == "choice" and item.id.startswith("dx.")
        },
        **_kujala_answers(protocol, severity, rng),
        "pain.usual": max(0, pain - 2),
        "pain.worst_week": pain,
        "pain.running": max(0, pain - 1),
        "load.weekly_distance": weekly,
        "load.longest_run_week": round(weekly[0] * 0.4, 1),
        "load.longest_run_prior_30d": round(base * 0.35, 1),
        "load.runs_per_week": 4,
        "load.downhill": "a_lot" if profile["hills"] and progress < 0.5 else "some",
        "load.heavy_squat_sessions": profile["squats"],
        "load.recent_changes": profile["changes"] if progress == 0 else [],
        "hip.single_leg_squat": {other: "good", side: "poor" if squat_bad else "fair"}
        if side != "both"
        else {"left": "fair", "right": "fair"},
        "hip.step_down_height": "20_cm",
        "hip.abduction_force": per_side(mass * 9.81 * 0.31, 0.24),
        "hip.external_rotation_force": per_side(mass * 9.81 * 0.19, 0.2),
        "hip.extension_force": per_side(mass * 9.81 * 0.42, 0.12),
        "hip.side_plank": {k: round(v) for k, v in per_side(55, 0.3, 0.08).items()},
        "knee.extension_force": per_side(mass * 9.81 * 0.55, 0.15),
        "balance.y_anterior": per_side(profile["leg"] * 0.68, 0.08),
        "balance.y_posteromedial": per_side(profile["leg"] * 1.05, 0.05),
        "balance.y_posterolateral": per_side(profile["leg"] * 1.0, 0.05),
        "ankle.knee_to_wall": per_side(11.0, 0.22, 0.02),
        "ankle.calf_raises": {k: round(v) for k, v in per_side(28, 0.25, 0.05).items()},
        "knee.squat_pain": max(0, pain - 1),
    }
    if side != "both":
        checks = ["knee_medial_to_foot", "pelvis_tilt"] if squat_bad else ["trunk_lean"]
        answers["hip.step_down"] = {other: [], side: checks}
        answers["hip.single_leg_squat_signs"] = {
            other: [],
            side: ["knee_inward", "pelvic_drop"] if squat_bad else ["knee_inward"],
        }
        answers["hip.trendelenburg"] = {
            other: "negative",
            side: "positive" if squat_bad else "negative",
        }
    if profile["runs_observed"]:
        cadence = profile["cadence"] * (1 + 0.07 * progress)
        answers.update(
            {
                "running.cadence": round(cadence),
                "running.speed": 11.0,
                "running.overstride": "mild" if progress < 0.5 else "none",
                "running.trunk_lean": "upright",
                "running.foot_strike": "rearfoot",
                "running.fatigue_change": "worse_late" if progress < 0.3 else "none",
                "running.pelvic_drop": {"left": "none", "right": "none"}
                | ({side: "mild"} if side != "both" and progress < 0.6 else {}),
                "running.knee_inward": {"left": "none", "right": "none"}
                | ({side: "mild"} if side != "both" and progress < 0.6 else {}),
            }
        )
    if protocol.version >= 2:
        answers.update(_v2_answers(rng, profile, progress, severity, pain, per_side, follow_up))
    return {
        k: v
        for k, v in answers.items()
        if (item := protocol.get(k)) is not None and is_shown(item, age)
    }


def _v2_answers(
    rng: random.Random,
    profile: dict[str, Any],
    progress: float,
    severity: float,
    pain: int,
    per_side: Any,
    follow_up: bool,
) -> dict[str, Any]:
    """The items protocol version 2 added: irritability, bone-stress screen, TSK-11, FPI-6,
    mobility, hop, adjuncts, the knee's lever arm and, at a follow-up, return to running."""
    side = profile["side"]
    sides = ("left", "right")
    answers: dict[str, Any] = {
        "irritability.provoked_by": "daily_bent_knee" if severity > 0.3 else "sport_only",
        "irritability.settle_time": "1_to_24h" if severity > 0.45 else "under_1h",
        "bsi.previous": False,
        "bsi.low_energy_signs": [],
        "psych.tsk11_total": max(11, min(44, round(18 + 25 * severity + rng.uniform(-2, 2)))),
        "knee.lever_arm": 0.38,
        "hip.lever_arm": round(profile["leg"] / 100 - 0.05, 2),
        "foot.fpi6": {s: profile["fpi6"] for s in sides},
        "mobility.hamstrings_ake": {s: profile["ake"] for s in sides},
        "mobility.knee_flexion_prone": {s: 140 for s in sides},
        "mobility.thomas": {s: "negative" for s in sides},
        "mobility.ober": {s: "negative" for s in sides},
        "patella.mobility": {s: "normal" for s in sides},
        "adjunct.taping_trial": "not_tried",
        "adjunct.orthosis_trial": "not_tried",
    }
    if progress >= 0.5:  # hopping once the knee has settled
        answers["hop.distance"] = {
            s: round(v) for s, v in per_side(profile["leg"] * 1.7, 0.12, 0.04).items()
        }
        answers["hop.pain"] = {s: 1 if s == side and pain > 2 else 0 for s in sides}
    if follow_up:
        settled = progress >= 0.7
        answers.update(
            {
                "rtr.pain_during": "no" if settled else "yes",
                "rtr.pain_24h": "no" if progress >= 0.5 else "yes",
                "rtr.single_leg_control": "yes" if settled else "no",
                "rtr.hop": ("yes" if settled else "no") if progress >= 0.5 else "not_tested",
                "rtr.strength": "yes" if progress >= 0.9 else "no",
                "rtr.stage": ("walk_run", "easy_continuous", "build_volume", "usual_training")[
                    min(3, int(progress * 4))
                ],
            }
        )
    return answers


def profile(rng: random.Random, n: int) -> dict[str, Any]:
    return {
        "side": ("right", "left", "right", "both")[n % 4],
        "severity": rng.uniform(0.35, 0.7),
        "mass": round(rng.uniform(52, 88), 1),
        "height": round(rng.uniform(158, 192)),
        "leg": round(rng.uniform(80, 98), 1),
        "weeks_ago": rng.randint(3, 30),
        "onset": rng.choice(("gradual", "after_load_change", "after_load_change")),
        "deep": rng.randint(0, 1),
        "aggravators": rng.sample(
            ["running", "stairs_down", "stairs_up", "squatting", "prolonged_sitting", "downhill"], 3
        ),
        "weekly": rng.uniform(20, 60),
        "weeks": (1.0, rng.uniform(0.65, 0.95), rng.uniform(0.7, 0.95), rng.uniform(0.7, 0.9)),
        "hills": rng.random() < 0.4,
        "squats": rng.choice((0, 1, 2, 3, 4)),
        "changes": rng.sample(
            ["new_shoes", "more_hills", "speed_work", "race_build_up", "returned_after_break"], 2
        ),
        "runs_observed": n % 5 != 4,
        "cadence": rng.uniform(156, 178),
        "fpi6": rng.choice((1, 3, 4, 5, 7, 10)),
        "ake": rng.choice((5, 10, 15, 25)),
    }
