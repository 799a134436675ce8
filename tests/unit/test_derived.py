"""Values the v2 screen works out: age in whole years, which items are shown at an age, BMI
rounded half up, other causes excluded from the differential, and the return-to-run pre-fills.
Every expected number is worked out by hand in the test.
"""

from __future__ import annotations

from datetime import date

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.derived import (
    age_in_years,
    bmi,
    bone_stress_conflict,
    instability_prompted,
    is_required,
    is_shown,
    low_bmi_suggested,
    needs_units_confirmation,
    other_causes_excluded,
    section_shown,
)
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.return_to_run import prefill_rtr_hop, prefill_rtr_strength

VISIT = date(2026, 12, 5)


@pytest.fixture(scope="module")
def v2() -> Protocol:
    return load_protocol("runners-knee", 2)


@pytest.mark.parametrize(
    ("born", "age"),
    [
        (date(2019, 12, 5), 7),  # 7th birthday on the visit day
        (date(2018, 12, 6), 7),  # turns 8 tomorrow
        (date(2018, 12, 5), 8),
        (date(2010, 1, 1), 16),
        (date(2009, 12, 6), 16),  # turns 17 tomorrow
        (date(2009, 12, 5), 17),
        (date(1971, 6, 30), 55),
    ],
)
def test_age_in_whole_years_on_the_visit_date(born: date, age: int) -> None:
    assert age_in_years(born, VISIT) == age


def test_age_without_a_birth_date_or_before_birth_is_none() -> None:
    assert age_in_years(None, VISIT) is None
    assert age_in_years(date(2027, 1, 1), VISIT) is None


def test_a_29_february_birthday_counts_from_1_march() -> None:
    assert age_in_years(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_in_years(date(2008, 2, 29), date(2026, 3, 1)) == 18


@pytest.mark.parametrize(
    ("age", "shown"),
    [(7, False), (8, True), (16, True), (17, False), (None, True)],
)
def test_age_shown_items_appear_and_are_required_only_in_their_band(
    v2: Protocol, age: int | None, shown: bool
) -> None:
    for item_id in ("dx.apophysitis", "red_flags.adolescent_hip"):
        item = v2.item(item_id)
        assert is_shown(item, age) is shown, (item_id, age)
        assert is_required(item, age) is shown, (item_id, age)
    # Items without a band are shown and required at any age.
    assert is_shown(v2.item("red_flags.trauma"), 7)
    assert is_required(v2.item("red_flags.trauma"), 17)


def test_derived_items_are_never_required(v2: Protocol) -> None:
    assert not is_required(v2.item("history.other_causes_excluded"), 30)
    assert not is_required(v2.item("bmi"), 30)


def test_return_to_run_appears_only_on_follow_up_visits(v2: Protocol) -> None:
    section = v2.section("return_to_run")
    assert not section_shown(section, follow_up=False)
    assert section_shown(section, follow_up=True)
    assert section_shown(v2.section("patient"), follow_up=False)


@pytest.mark.parametrize(
    ("mass", "height", "expected"),
    [
        (70, 175, 22.9),  # 70 / 1.75² = 70 / 3.0625 = 22.857...
        (89.8, 200, 22.5),  # 89.8 / 4 = 22.45 exactly: half up, not 22.4
        (20.25, 100, 20.3),  # 20.25 / 1 = 20.25 -> 20.3 (half-even would give 20.2)
        (64, 160, 25.0),  # 64 / 2.56 = 25
        (150, 170, 51.9),  # 150 / 2.89 = 51.903...
    ],
)
def test_bmi_rounds_half_up_to_one_decimal(mass: float, height: float, expected: float) -> None:
    assert bmi(mass, height) == expected


def test_bmi_needs_both_values() -> None:
    assert bmi(None, 170) is None
    assert bmi(70, None) is None
    assert bmi(70, 0) is None


def test_bmi_outside_12_to_70_waits_for_units_confirmation(v2: Protocol) -> None:
    item = v2.item("bmi")
    # 150 lb typed as kg at 150 cm: 150 / 2.25 = 66.7, still plausible.
    assert not needs_units_confirmation(item, bmi(150, 150))
    # 300 "kg" (really lb) at 160 cm: 300 / 2.56 = 117.2.
    assert needs_units_confirmation(item, bmi(300, 160))
    # 25 kg at 230 cm: 25 / 5.29 = 4.7.
    assert needs_units_confirmation(item, bmi(25, 230))
    assert not needs_units_confirmation(item, 12.0)
    assert not needs_units_confirmation(item, 70.0)
    assert needs_units_confirmation(item, 11.9)
    assert not needs_units_confirmation(item, None)


def test_low_bmi_is_suggested_for_adults_under_18_5() -> None:
    assert low_bmi_suggested(18.4, 18)
    assert not low_bmi_suggested(18.5, 30)
    assert not low_bmi_suggested(16.0, 17)  # adult cut-off only
    assert not low_bmi_suggested(16.0, None)


DX_ALL_CLEAR = {
    "dx.tibiofemoral": "not_suspected",
    "dx.patellar_tendinopathy": "not_suspected",
    "dx.itb_syndrome": "not_suspected",
    "dx.hip_referred": "not_suspected",
    "dx.apophysitis": "not_suspected",
    "dx.bone_stress": "not_suspected",
    "dx.patellar_instability": "not_suspected",
}


def test_other_causes_excluded_when_every_entry_is_not_suspected(v2: Protocol) -> None:
    assert other_causes_excluded(Answers(DX_ALL_CLEAR), v2, 30) is True


@pytest.mark.parametrize("value", ["possible", "likely"])
def test_one_suspected_entry_means_not_excluded(v2: Protocol, value: str) -> None:
    answers = Answers({**DX_ALL_CLEAR, "dx.itb_syndrome": value})
    assert other_causes_excluded(answers, v2, 30) is False


def test_apophysitis_outside_8_to_16_counts_as_not_applicable(v2: Protocol) -> None:
    without = {k: v for k, v in DX_ALL_CLEAR.items() if k != "dx.apophysitis"}
    assert other_causes_excluded(Answers(without), v2, 17) is True
    assert other_causes_excluded(Answers(without), v2, 7) is True
    # Inside the band, or with no birth date, it is asked and must be answered.
    assert other_causes_excluded(Answers(without), v2, 16) is None
    assert other_causes_excluded(Answers(without), v2, None) is None
    # A suspicion entered before the birth date was known still counts inside the band.
    likely = Answers({**DX_ALL_CLEAR, "dx.apophysitis": "likely"})
    assert other_causes_excluded(likely, v2, 12) is False


def test_unanswered_entries_leave_it_open_unless_something_is_suspected(v2: Protocol) -> None:
    assert other_causes_excluded(Answers({}), v2, 30) is None
    assert other_causes_excluded(Answers({"dx.hip_referred": "possible"}), v2, 30) is False


def test_a_cause_written_under_other_means_not_excluded(v2: Protocol) -> None:
    assert other_causes_excluded(Answers({**DX_ALL_CLEAR, "dx.other": "bursitis"}), v2, 30) is False
    assert other_causes_excluded(Answers({**DX_ALL_CLEAR, "dx.other": "  "}), v2, 30) is True


def test_bone_stress_cannot_be_not_suspected_with_a_bone_stress_flag() -> None:
    clear = {"dx.bone_stress": "not_suspected"}
    assert not bone_stress_conflict(Answers(clear))
    assert bone_stress_conflict(Answers({**clear, "red_flags.bony_tenderness": True}))
    assert bone_stress_conflict(Answers({**clear, "red_flags.hop_pain": True}))
    assert not bone_stress_conflict(
        Answers({"dx.bone_stress": "possible", "red_flags.hop_pain": True})
    )


def test_a_kujala_dislocation_prompts_the_instability_entry() -> None:
    assert instability_prompted(Answers({"kujala.kneecap_movement": "one_dislocation"}))
    assert instability_prompted(Answers({"kujala.kneecap_movement": "more_than_two_dislocations"}))
    assert not instability_prompted(Answers({"kujala.kneecap_movement": "sometimes_in_sport"}))


def test_rtr_hop_prefill() -> None:
    base = {"symptom_side": "left", "red_flags.hop_pain": False}
    assert prefill_rtr_hop(Answers({**base, "hop.pain": {"left": 2, "right": 6}})) == "yes"
    assert prefill_rtr_hop(Answers({**base, "hop.pain": {"left": 3, "right": 0}})) == "no"
    assert prefill_rtr_hop(Answers({**base, "hop.pain": {"right": 0}})) == "not_tested"
    flagged = {**base, "red_flags.hop_pain": True, "hop.pain": {"left": 0}}
    assert prefill_rtr_hop(Answers(flagged)) == "no"
    both = {"symptom_side": "both", "red_flags.hop_pain": False}
    assert prefill_rtr_hop(Answers({**both, "hop.pain": {"left": 1, "right": 3}})) == "no"
    assert prefill_rtr_hop(Answers({**both, "hop.pain": {"left": 1, "right": 2}})) == "yes"


def test_rtr_strength_prefill() -> None:
    # Left hurts: abduction 180 / 200 = 90% (met), hop 135 / 150 = 90% (met).
    met = {
        "symptom_side": "left",
        "hip.abduction_force": {"left": 180, "right": 200},
        "hop.distance": {"left": 135, "right": 150},
    }
    assert prefill_rtr_strength(Answers(met)) == "yes"
    # Knee extension 340 / 380 = 89.5%: under 90.
    weak = {**met, "knee.extension_force": {"left": 340, "right": 380}}
    assert prefill_rtr_strength(Answers(weak)) == "no"
    assert prefill_rtr_strength(Answers({"symptom_side": "left"})) == "not_tested"
    assert prefill_rtr_strength(Answers({**met, "symptom_side": "both"})) == "not_applicable"
    assert (
        prefill_rtr_strength(Answers({k: v for k, v in met.items() if k != "symptom_side"})) is None
    )
