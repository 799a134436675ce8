"""The bundled protocol matches the clinical reference: its items with their kind, side, unit
and range, the option keys, and the Kujala and step-down points. Bad protocol files are
rejected in test_protocol_validation.py.
"""

from __future__ import annotations

import pytest

from kneedesk.core.protocol import Kind, Protocol

N, INT, C, M, Y, K, L = (
    Kind.NUMBER,
    Kind.INTEGER,
    Kind.CHOICE,
    Kind.MULTI_CHOICE,
    Kind.YES_NO,
    Kind.CHECKLIST,
    Kind.LIST,
)

# (id, kind, per side, stored unit, min, max) for every item of the screen, copied from
# the clinical reference section 3. None = no unit or no range for that kind.
ITEMS: list[tuple[str, Kind, bool, str | None, float | None, float | None]] = [
    # 3.1 patient and visit
    ("body_mass", N, False, "kg", 20, 300),
    ("height", N, False, "cm", 100, 230),
    ("leg_length", N, True, "cm", 50, 130),
    ("symptom_side", C, False, None, None, None),
    # 3.2 history and red flags
    ("history.duration_weeks", INT, False, "weeks", 0, 520),
    ("history.onset", C, False, None, None, None),
    ("history.pain_location", M, False, None, None, None),
    ("history.aggravators", M, False, None, None, None),
    ("history.other_causes_excluded", Y, False, None, None, None),
    ("red_flags.trauma", Y, False, None, None, None),
    ("red_flags.locking", Y, False, None, None, None),
    ("red_flags.effusion", Y, False, None, None, None),
    ("red_flags.infection", Y, False, None, None, None),
    ("red_flags.night_pain", Y, False, None, None, None),
    ("red_flags.neurovascular", Y, False, None, None, None),
    ("red_flags.adolescent_hip", Y, False, None, None, None),
    # 3.3 patient-reported outcomes
    ("kujala.limp", C, False, None, None, None),
    ("kujala.support", C, False, None, None, None),
    ("kujala.walking", C, False, None, None, None),
    ("kujala.stairs", C, False, None, None, None),
    ("kujala.squatting", C, False, None, None, None),
    ("kujala.running", C, False, None, None, None),
    ("kujala.jumping", C, False, None, None, None),
    ("kujala.sitting", C, False, None, None, None),
    ("kujala.pain", C, False, None, None, None),
    ("kujala.swelling", C, False, None, None, None),
    ("kujala.kneecap_movement", C, False, None, None, None),
    ("kujala.thigh_atrophy", C, False, None, None, None),
    ("kujala.flexion_deficit", C, False, None, None, None),
    # NPRS ratings are whole numbers 0-10.
    ("pain.usual", INT, False, "/10", 0, 10),
    ("pain.worst_week", INT, False, "/10", 0, 10),
    ("pain.running", INT, False, "/10", 0, 10),
    ("koos_pf.score", N, False, "points", 0, 100),
    # 3.4 training load (the reference gives no ranges for distances: the file's own)
    ("load.weekly_distance", L, False, "km", 0, 500),
    ("load.longest_run_week", N, False, "km", 0, 200),
    ("load.longest_run_prior_30d", N, False, "km", 0, 200),
    ("load.runs_per_week", INT, False, "runs", 0, 21),
    ("load.downhill", C, False, None, None, None),
    ("load.heavy_squat_sessions", INT, False, "sessions", 0, 14),
    ("load.recent_changes", M, False, None, None, None),
    # 3.5 hip and pelvic control: per side unless noted
    ("hip.single_leg_squat", C, True, None, None, None),
    ("hip.single_leg_squat_signs", M, True, None, None, None),
    ("hip.step_down", K, True, None, None, None),
    ("hip.step_down_height", C, False, None, None, None),
    ("hip.trendelenburg", C, True, None, None, None),
    ("hip.abduction_force", N, True, "N", 0, 1000),
    ("hip.external_rotation_force", N, True, "N", 0, 1000),
    ("hip.extension_force", N, True, "N", 0, 1000),
    ("hip.lever_arm", N, False, "m", 0.2, 1.2),
    ("hip.side_plank", N, True, "s", 0, 600),
    ("knee.extension_force", N, True, "N", 0, 1500),
    # 3.6 balance, ankle, knee (the reference gives no range for reaches or knee-to-wall)
    ("balance.y_anterior", N, True, "cm", 0, 200),
    ("balance.y_posteromedial", N, True, "cm", 0, 200),
    ("balance.y_posterolateral", N, True, "cm", 0, 200),
    ("ankle.knee_to_wall", N, True, "cm", 0, 30),
    ("ankle.calf_raises", INT, True, "reps", 0, 200),
    # "0-10 pain during a double-leg squat": a numeric rating, whole numbers like pain.*
    ("knee.squat_pain", INT, False, "/10", 0, 10),
    # 3.7 running
    ("running.cadence", N, False, "steps/min", 120, 230),
    ("running.speed", N, False, "km/h", 3, 30),
    ("running.pelvic_drop", C, True, None, None, None),
    ("running.knee_inward", C, True, None, None, None),
    ("running.overstride", C, False, None, None, None),
    ("running.trunk_lean", C, False, None, None, None),
    ("running.foot_strike", C, False, None, None, None),
    ("running.fatigue_change", C, False, None, None, None),
]

# Option keys of the choice and multi-choice items, from the reference.
OPTIONS: dict[str, tuple[str, ...]] = {
    "symptom_side": ("left", "right", "both"),
    "history.onset": ("gradual", "after_load_change", "after_trauma"),
    "history.pain_location": (
        "around_kneecap",
        "behind_kneecap",
        "below_kneecap",
        "inner_joint_line",
        "outer_knee",
        "back_of_knee",
    ),
    "history.aggravators": (
        "running",
        "stairs_up",
        "stairs_down",
        "squatting",
        "prolonged_sitting",
        "kneeling",
        "downhill",
        "jumping",
    ),
    "load.downhill": ("none", "some", "a_lot"),
    "load.recent_changes": (
        "new_shoes",
        "new_surface",
        "more_hills",
        "speed_work",
        "race_build_up",
        "returned_after_break",
    ),
    "hip.single_leg_squat": ("good", "fair", "poor"),
    "hip.single_leg_squat_signs": ("knee_inward", "pelvic_drop", "trunk_lean", "poor_balance"),
    "hip.trendelenburg": ("negative", "positive"),
    "running.pelvic_drop": ("none", "mild", "marked"),
    "running.knee_inward": ("none", "mild", "marked"),
    "running.overstride": ("none", "mild", "marked"),
    "running.trunk_lean": ("upright", "slight_forward", "marked_forward"),
    "running.foot_strike": ("rearfoot", "midfoot", "forefoot"),
    "running.fatigue_change": ("none", "worse_late"),
}

# Kujala option points, all 13 tables of the reference section 3.3.
KUJALA: dict[str, tuple[tuple[str, int], ...]] = {
    "kujala.limp": (("none", 5), ("slight_or_periodic", 3), ("constant", 0)),
    "kujala.support": (("full_without_pain", 5), ("painful", 3), ("impossible", 0)),
    "kujala.walking": (("unlimited", 5), ("more_than_2km", 3), ("1_to_2km", 2), ("unable", 0)),
    "kujala.stairs": (
        ("no_difficulty", 10),
        ("slight_pain_descending", 8),
        ("pain_both_ways", 5),
        ("unable", 0),
    ),
    "kujala.squatting": (
        ("no_difficulty", 5),
        ("repeated_painful", 4),
        ("painful_each_time", 3),
        ("partial_weight_bearing", 2),
        ("unable", 0),
    ),
    "kujala.running": (
        ("no_difficulty", 10),
        ("pain_after_2km", 8),
        ("slight_pain_from_start", 6),
        ("severe_pain", 3),
        ("unable", 0),
    ),
    "kujala.jumping": (
        ("no_difficulty", 10),
        ("slight_difficulty", 7),
        ("constant_pain", 2),
        ("unable", 0),
    ),
    "kujala.sitting": (
        ("no_difficulty", 10),
        ("pain_after_exercise", 8),
        ("constant_pain", 6),
        ("must_straighten", 4),
        ("unable", 0),
    ),
    "kujala.pain": (
        ("none", 10),
        ("slight_occasional", 8),
        ("disturbs_sleep", 6),
        ("occasionally_severe", 3),
        ("constant_severe", 0),
    ),
    "kujala.swelling": (
        ("none", 10),
        ("after_severe_exertion", 8),
        ("after_daily_activity", 6),
        ("every_evening", 4),
        ("constant", 0),
    ),
    "kujala.kneecap_movement": (
        ("none", 10),
        ("sometimes_in_sport", 6),
        ("sometimes_in_daily_life", 4),
        ("one_dislocation", 2),
        ("more_than_two_dislocations", 0),
    ),
    "kujala.thigh_atrophy": (("none", 5), ("slight", 3), ("severe", 0)),
    "kujala.flexion_deficit": (("none", 5), ("slight", 3), ("severe", 0)),
}

# Piva 2006 lateral step-down: (key, points, exclusive group).
STEP_DOWN = (
    ("arm_strategy", 1, None),
    ("trunk_lean", 1, None),
    ("pelvis_tilt", 1, None),
    ("knee_medial_to_second_toe", 1, "knee_position"),
    ("knee_medial_to_foot", 2, "knee_position"),
    ("unsteady", 1, None),
)

# The reference marks these optional.
OPTIONAL = ("height", "leg_length", "koos_pf.score", "hip.lever_arm", "running.speed")


def test_bundled_protocol_identity(protocol: Protocol) -> None:
    assert (protocol.id, protocol.version) == ("runners-knee", 1)


def test_bundled_protocol_has_exactly_the_reference_items(protocol: Protocol) -> None:
    assert len(ITEMS) == 65  # 4 + 12 + 17 + 7 + 11 + 6 + 8 counted in the reference
    assert sorted(i.id for i in protocol.items()) == sorted(row[0] for row in ITEMS)


@pytest.mark.parametrize(("item_id", "kind", "per_side", "unit", "low", "high"), ITEMS)
def test_item_kind_side_unit_and_range(
    protocol: Protocol,
    item_id: str,
    kind: Kind,
    per_side: bool,
    unit: str | None,
    low: float | None,
    high: float | None,
) -> None:
    item = protocol.item(item_id)
    assert item.kind is kind
    assert item.per_side is per_side
    assert item.unit == unit
    assert (item.minimum, item.maximum) == (low, high)
    assert item.label
    assert item.instruction


@pytest.mark.parametrize(("item_id", "keys"), sorted(OPTIONS.items()))
def test_option_keys(protocol: Protocol, item_id: str, keys: tuple[str, ...]) -> None:
    assert protocol.item(item_id).option_keys == keys


def test_step_down_height_records_15_or_20_cm(protocol: Protocol) -> None:
    item = protocol.item("hip.step_down_height")
    assert [o.label for o in item.options] == ["15 cm", "20 cm"]


def test_weekly_distance_is_four_weeks(protocol: Protocol) -> None:
    assert protocol.item("load.weekly_distance").length == 4


@pytest.mark.parametrize("item_id", OPTIONAL)
def test_optional_items_are_not_required(protocol: Protocol, item_id: str) -> None:
    assert protocol.item(item_id).required is False


@pytest.mark.parametrize(("item_id", "table"), sorted(KUJALA.items()))
def test_kujala_points(
    protocol: Protocol, item_id: str, table: tuple[tuple[str, int], ...]
) -> None:
    item = protocol.item(item_id)
    assert item.score == "kujala-1993"
    assert tuple((o.key, o.points) for o in item.options) == table


def test_kujala_has_13_items_whose_best_options_sum_to_100(protocol: Protocol) -> None:
    items = protocol.items_scored_by("kujala-1993")
    assert sorted(i.id for i in items) == sorted(KUJALA)
    # 5+5+5+10+5+10+10+10+10+10+10+5+5 = 100
    assert sum(max(o.points or 0 for o in i.options) for i in items) == 100


def test_step_down_checklist(protocol: Protocol) -> None:
    item = protocol.item("hip.step_down")
    assert item.kind is Kind.CHECKLIST
    assert tuple((o.key, o.points, o.group) for o in item.options) == STEP_DOWN
    # Highest possible score: 1+1+1+2 (one of the knee options)+1 = 6.
    best_knee = max(o.points or 0 for o in item.options if o.group == "knee_position")
    others = sum(o.points or 0 for o in item.options if o.group is None)
    assert best_knee + others == 6


def test_ids_are_unique_and_options_unique(protocol: Protocol) -> None:
    ids = [i.id for i in protocol.items()]
    assert len(ids) == len(set(ids))
    for item in protocol.items():
        assert len(item.option_keys) == len(set(item.option_keys)), item.id
