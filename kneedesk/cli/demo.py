"""`kneedesk demo`: a demo clinic of synthetic runners with visits that improve over weeks."""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.scoring import KUJALA
from kneedesk.store.errors import StoreError

if TYPE_CHECKING:
    from kneedesk.store.visit_rows import Side

# The store (and sqlite-utils with it) is imported when the demo clinic is made, not here:
# building the command line's parser imports this module for every command.

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "kneedesk-demo"
DEMO_FLAG = "demo_clinic"

# Synthetic people; any likeness is chance. Names cover the scripts the handout supports.
NAMES: tuple[tuple[str, str, str], ...] = (
    ("Zoë", "Ångström-Łukasiewicz", "female"),
    ("Minh Khai", "Nguyễn Thị", "female"),
    ("Иван", "Петров", "male"),
    ("小龍", "李", "male"),
    ("민수", "김", "male"),
    ("דוד", "כהן", "male"),
    ("محمد", "حداد", "male"),
    ("Ana", "Ruiz", "female"),
    ("Siobhán", "O'Connor", "female"),
    ("Jean-Luc", "Moreau", "male"),
    ("Aroha", "Ngata", "female"),
    ("Kwame", "Mensah", "male"),
    ("Priya", "Raghunathan", "female"),
    ("Lars", "Østergaard", "male"),
    ("María José", "García Márquez", "female"),
    ("Yuki", "Tanaka", "female"),
    ("Olumide", "Adébáyọ̀", "male"),
    ("Chloé", "Dubois", "female"),
    ("Mateus", "Gonçalves", "male"),
    ("Aino", "Järvinen", "female"),
    ("Tomasz", "Wiśniewski", "male"),
    ("Emma", "Schmidt", "female"),
    ("Ravi", "Patel", "male"),
    ("Sofia", "Rossi", "female"),
    ("Noah", "Williams", "male"),
    ("Fatima", "Zahra", "female"),
    ("Hiroshi", "Yamamoto", "male"),
    ("Elif", "Yılmaz", "female"),
    ("Jack", "Thompson", "male"),
    ("Ingrid", "Nilsson", "female"),
)


def _kujala_answers(protocol: Protocol, severity: float, rng: random.Random) -> dict[str, str]:
    """Kujala options: options are listed best first, so severity 0 is 100 points."""
    out: dict[str, str] = {}
    for item in protocol.items_scored_by(KUJALA):
        worst = len(item.options) - 1
        level = min(worst, max(0, round(severity * worst * 0.7 + rng.uniform(-0.45, 0.45))))
        out[item.id] = item.options[level].key
    return out


def _visit_answers(
    protocol: Protocol, rng: random.Random, profile: dict[str, Any], progress: float
) -> dict[str, Any]:
    """One visit's answers; `progress` runs from 0 (first visit) to 1 (recovered)."""
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
    return answers


def _profile(rng: random.Random, n: int) -> dict[str, Any]:
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
    }


def create_demo_clinic(
    path: Path | str,
    *,
    today: date | None = None,
    on_runner: Callable[[int, int], None] | None = None,
) -> bool:
    """Fill a database with the demo clinic; returns False if it was already there.

    `on_runner(done, total)` is called after each runner is added (from this thread).
    """
    from kneedesk.store.accounts import Role
    from kneedesk.store.store import Store

    protocol = load_protocol()
    today = today or date.today()
    with Store.open(path) as store:
        if store.settings.get(DEMO_FLAG):
            return False
        if store.accounts.by_username(DEMO_USERNAME) is None:
            store.accounts.create(
                username=DEMO_USERNAME,
                display_name="Demo Clinician",
                password=DEMO_PASSWORD,
                role=Role.ADMIN,
            )
        store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        store.settings.set_clinic(
            {
                "name": "Riverside Sports Clinic (demo)",
                "address": "12 River Road, Springfield",
                "phone": "555-0142",
            }
        )
        rng = random.Random(2026)
        me = store.current
        assert me is not None
        for n, (given, family, sex) in enumerate(NAMES):
            born = date(rng.randint(1968, 2004), rng.randint(1, 12), rng.randint(1, 28))
            patient = store.patients.create(
                chart_number=f"D-{1001 + n}",
                given_name=given,
                family_name=family,
                birth_date=born,
                sex=sex,
            )
            profile = _profile(rng, n)
            count = 1 + n % 6
            first = today - timedelta(weeks=3 * (count - 1) + rng.randint(0, 2))
            previous: Answers | None = None
            for k in range(count):
                progress = 0.0 if count == 1 else k / (count - 1)
                values = _visit_answers(protocol, rng, profile, progress)
                visit = store.visits.create_draft(
                    patient.id, visit_date=first + timedelta(weeks=3 * k), clinician_id=me.id
                )
                for item_id, value in values.items():
                    item = protocol.item(item_id)
                    if item.per_side:
                        for s, v in value.items():
                            slot: Side = "left" if s == "left" else "right"
                            store.visits.save_answer(visit.id, item_id, slot, v)
                    else:
                        store.visits.save_answer(visit.id, item_id, "whole", value)
                answers = Answers(values)
                if k < count - 1 or n % 3 != 0:  # every third patient has today's draft open
                    assessment = assess_answers(answers, protocol, previous=previous)
                    plan = [{"id": p, "dose": "", "note": ""} for p in assessment.plan]
                    store.visits.sign(
                        visit.id, me.id, [f.to_dict() for f in assessment.findings], plan
                    )
                previous = answers
            if on_runner is not None:
                on_runner(n + 1, len(NAMES))
        store.settings.set(DEMO_FLAG, True)
        store.sign_out()
    return True


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `kneedesk demo`."""
    parser = subparsers.add_parser(
        "demo",
        help="create the demo clinic (synthetic patients and visits)",
        description=(
            "Create a demo clinic with about 30 synthetic runners, 1 to 6 visits each, and "
            f"the account {DEMO_USERNAME!r} with password {DEMO_PASSWORD!r}. Running it again "
            "changes nothing."
        ),
    )
    parser.add_argument("--db", metavar="PATH", help="database file (default: the demo clinic's)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    from kneedesk.store.paths import default_data_dir

    path = Path(args.db) if args.db else default_data_dir() / "demo.kneedesk"
    if args.db:  # the default folder is made user-only when the database is opened
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        created = create_demo_clinic(path)
    except StoreError as exc:
        print(f"kneedesk demo: {exc.what} {exc.todo}".strip())  # noqa: T201
        return 1
    state = "created" if created else "already there"
    print(  # noqa: T201
        f"Demo clinic {state}: {path}\nLog in as {DEMO_USERNAME} with password {DEMO_PASSWORD}."
    )
    return 0
