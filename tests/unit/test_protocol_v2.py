"""The bundled protocol runners-knee version 2 matches clinical.md section 3 (and section 7's
return-to-run checklist): every item with its kind, side, unit, range and required flag, the
option keys, age bands, derived and pre-filled items, and the items kept "as v1".

The expected values are written here by hand from the clinical reference, not read from it.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from importlib.resources import files

import pytest

from kneedesk.core.protocol import (
    NEW_VISIT_PROTOCOL,
    Kind,
    Protocol,
    ShownOn,
    load_protocol,
    new_visit_protocol,
)

N, INT, C, M, Y, K, L, T = (
    Kind.NUMBER,
    Kind.INTEGER,
    Kind.CHOICE,
    Kind.MULTI_CHOICE,
    Kind.YES_NO,
    Kind.CHECKLIST,
    Kind.LIST,
    Kind.TEXT,
)
V1_IDS_KEPT = 65  # every v1 id stays valid (clinical.md 10.7)

# (id, kind, per side, unit, min, max) of the items v2 adds, from clinical.md 3.1-3.8 and 7.
NEW_ITEMS: list[tuple[str, Kind, bool, str | None, float | None, float | None]] = [
    ("bmi", N, False, "kg/m²", 3, 300),
    ("irritability.provoked_by", C, False, None, None, None),
    ("irritability.settle_time", C, False, None, None, None),
    ("dx.tibiofemoral", C, False, None, None, None),
    ("dx.patellar_tendinopathy", C, False, None, None, None),
    ("dx.itb_syndrome", C, False, None, None, None),
    ("dx.hip_referred", C, False, None, None, None),
    ("dx.apophysitis", C, False, None, None, None),
    ("dx.bone_stress", C, False, None, None, None),
    ("dx.patellar_instability", C, False, None, None, None),
    ("dx.other", T, False, None, None, None),
    ("red_flags.systemic", Y, False, None, None, None),
    ("red_flags.bony_tenderness", Y, False, None, None, None),
    ("red_flags.hop_pain", Y, False, None, None, None),
    ("bsi.previous", Y, False, None, None, None),
    ("bsi.low_energy_signs", M, False, None, None, None),
    ("psych.tsk11_total", INT, False, "points", 11, 44),
    ("knee.lever_arm", N, False, "m", 0.15, 0.60),
    ("foot.fpi6", INT, True, "points", -12, 12),
    ("mobility.hamstrings_ake", N, True, "°", 0, 90),
    ("mobility.knee_flexion_prone", N, True, "°", 0, 160),
    ("mobility.thomas", C, True, None, None, None),
    ("mobility.ober", C, True, None, None, None),
    ("patella.mobility", C, True, None, None, None),
    ("hop.distance", N, True, "cm", 0, 300),
    ("hop.pain", INT, True, "/10", 0, 10),
    ("adjunct.taping_trial", C, False, None, None, None),
    ("adjunct.orthosis_trial", C, False, None, None, None),
    ("rtr.pain_during", C, False, None, None, None),
    ("rtr.pain_24h", C, False, None, None, None),
    ("rtr.single_leg_control", C, False, None, None, None),
    ("rtr.hop", C, False, None, None, None),
    ("rtr.strength", C, False, None, None, None),
    ("rtr.stage", C, False, None, None, None),
]

DX = ("not_suspected", "possible", "likely")
YNT = ("yes", "no", "not_tested")
NEW_OPTIONS: dict[str, tuple[str, ...]] = {
    "irritability.provoked_by": ("rest_or_walking", "daily_bent_knee", "sport_only"),
    "irritability.settle_time": ("under_1h", "1_to_24h", "over_24h"),
    "dx.tibiofemoral": DX,
    "dx.patellar_tendinopathy": DX,
    "dx.itb_syndrome": DX,
    "dx.hip_referred": DX,
    "dx.apophysitis": DX,
    "dx.bone_stress": DX,
    "dx.patellar_instability": DX,
    "bsi.low_energy_signs": ("periods_stopped", "weight_loss", "restricted_eating", "low_bmi"),
    "mobility.thomas": ("negative", "positive"),
    "mobility.ober": ("negative", "positive"),
    "patella.mobility": ("hypomobile", "normal", "hypermobile"),
    "adjunct.taping_trial": ("not_tried", "less_pain", "no_change"),
    "adjunct.orthosis_trial": ("not_tried", "less_pain", "no_change"),
    "rtr.pain_during": YNT,
    "rtr.pain_24h": YNT,
    "rtr.single_leg_control": YNT,
    "rtr.hop": YNT,
    "rtr.strength": (*YNT, "not_applicable"),
    "rtr.stage": (
        "not_running",
        "walk_run",
        "easy_continuous",
        "build_volume",
        "usual_training",
        "full",
    ),
}

# Required: the differential entries ("required choice each"), every red flag, and the
# return-to-run boxes (each ticked yes / no / not tested).
REQUIRED_NEW = {
    "dx.tibiofemoral",
    "dx.patellar_tendinopathy",
    "dx.itb_syndrome",
    "dx.hip_referred",
    "dx.apophysitis",
    "dx.bone_stress",
    "dx.patellar_instability",
    "red_flags.systemic",
    "red_flags.bony_tenderness",
    "red_flags.hop_pain",
    "rtr.pain_during",
    "rtr.pain_24h",
    "rtr.single_leg_control",
    "rtr.hop",
    "rtr.strength",
    "rtr.stage",
}

# v1 items whose v2 text changed (clinical.md 3.2-3.7); every other v1 item is as v1.
CHANGED_FROM_V1 = {
    "history.other_causes_excluded",  # derived, not asked
    "red_flags.night_pain",  # weight loss moved to red_flags.systemic
    "red_flags.adolescent_hip",  # age-shown 8-16
    "kujala.kneecap_movement",  # "At least one documented dislocation"
    "hip.lever_arm",  # abduction and extension only
    "hip.side_plank",  # no unpublished 55 s norm
}

SOURCES = {
    "red_flags.trauma": "Stiell et al., JAMA 1996",
    "kujala.limp": "Kujala et al., Arthroscopy 1993",
    "kujala.flexion_deficit": "Kujala et al., Arthroscopy 1993",
    "koos_pf.score": "Crossley et al., BJSM 2018",
    "psych.tsk11_total": "Woby et al., Pain 2005",
    "hip.step_down": "Piva et al., BMC Musculoskelet Disord 2006",
    "balance.y_anterior": "Plisky et al., JOSPT 2006",
    "ankle.knee_to_wall": "Bennell et al., Aust J Physiother 1998",
    "foot.fpi6": "Redmond et al., Clin Biomech 2006",
}


@pytest.fixture(scope="module")
def v2() -> Protocol:
    return load_protocol("runners-knee", 2)


@pytest.fixture(scope="module")
def v1() -> Protocol:
    return load_protocol("runners-knee", 1)


def test_v2_is_bundled_and_loads(v2: Protocol) -> None:
    assert (v2.id, v2.version) == ("runners-knee", 2)


def test_v2_has_every_v1_id_and_exactly_the_new_ones(v1: Protocol, v2: Protocol) -> None:
    v1_ids = {i.id for i in v1.items()}
    assert len(v1_ids) == V1_IDS_KEPT
    assert {i.id for i in v2.items()} == v1_ids | {row[0] for row in NEW_ITEMS}
    assert len(list(v2.items())) == 65 + 34


@pytest.mark.parametrize(("item_id", "kind", "per_side", "unit", "low", "high"), NEW_ITEMS)
def test_new_item_kind_side_unit_range_and_required(
    v2: Protocol,
    item_id: str,
    kind: Kind,
    per_side: bool,
    unit: str | None,
    low: float | None,
    high: float | None,
) -> None:
    item = v2.item(item_id)
    assert (item.kind, item.per_side, item.unit) == (kind, per_side, unit)
    assert (item.minimum, item.maximum) == (low, high)
    assert item.required is (item_id in REQUIRED_NEW)
    assert item.label
    assert item.instruction


@pytest.mark.parametrize(("item_id", "keys"), sorted(NEW_OPTIONS.items()))
def test_new_option_keys(v2: Protocol, item_id: str, keys: tuple[str, ...]) -> None:
    assert v2.item(item_id).option_keys == keys


def test_items_as_v1_are_copied_unchanged(v1: Protocol, v2: Protocol) -> None:
    for old in v1.items():
        if old.id in CHANGED_FROM_V1:
            continue
        new = v2.item(old.id)
        # Only the named source may be added; section ids are the same for these items.
        assert replace(new, source=None) == old, old.id


def test_changed_items(v1: Protocol, v2: Protocol) -> None:
    other = v2.item("history.other_causes_excluded")
    assert (other.kind, other.derived, other.required, other.asked) == (
        Y,
        "other_causes_excluded",
        False,
        False,
    )
    night = v2.item("red_flags.night_pain")
    assert "weight loss" in v1.item("red_flags.night_pain").instruction
    assert "Pain that is constant, wakes the patient, or is present at rest." in night.instruction
    assert night.required
    assert night.label == "Constant, night or rest pain"
    assert v2.item("red_flags.adolescent_hip").age_band == (8, 16)
    assert v2.item("red_flags.adolescent_hip").required
    kneecap = v2.item("kujala.kneecap_movement")
    assert kneecap.option("one_dislocation").label == "At least one documented dislocation"
    assert [(o.key, o.points) for o in kneecap.options] == [
        (o.key, o.points) for o in v1.item("kujala.kneecap_movement").options
    ]
    assert "55" not in v2.item("hip.side_plank").instruction
    hip_arm = v2.item("hip.lever_arm")
    assert "abduction and extension" in hip_arm.instruction
    assert (hip_arm.minimum, hip_arm.maximum, hip_arm.required) == (0.2, 1.2, False)


def test_bmi_is_derived_with_a_units_confirmation_band(v2: Protocol) -> None:
    item = v2.item("bmi")
    assert (item.derived, item.confirm_outside, item.asked, item.required) == (
        "bmi",
        (12.0, 70.0),
        False,
        False,
    )
    # Every value the inputs allow lies in the range: 20 kg / 2.3 m² = 3.8, 300 kg / 1 m² = 300.
    assert item.minimum is not None
    assert item.minimum <= 20 / 2.3**2
    assert item.maximum == 300


def test_only_the_two_adolescent_items_have_an_age_band(v2: Protocol) -> None:
    banded = {i.id: i.age_band for i in v2.items() if i.age_band is not None}
    assert banded == {"dx.apophysitis": (8, 16), "red_flags.adolescent_hip": (8, 16)}


def test_return_to_run_is_a_follow_up_section_with_two_prefilled_items(v2: Protocol) -> None:
    section = v2.section("return_to_run")
    assert section.shown_on is ShownOn.FOLLOW_UP
    assert [i.id for i in section.items] == [
        "rtr.pain_during",
        "rtr.pain_24h",
        "rtr.single_leg_control",
        "rtr.hop",
        "rtr.strength",
        "rtr.stage",
    ]
    assert {i.id: i.prefill for i in section.items if i.prefill} == {
        "rtr.hop": "rtr_hop",
        "rtr.strength": "rtr_strength",
    }
    others = [s for s in v2.sections if s.id != "return_to_run"]
    assert all(s.shown_on is ShownOn.EVERY_VISIT for s in others)


def test_tsk11_is_a_total_only(v2: Protocol) -> None:
    # Licensing (clinical.md 3.5): the total is stored, no item text is shipped.
    assert [i.id for i in v2.items() if i.id.startswith("psych.")] == ["psych.tsk11_total"]
    assert v2.item("psych.tsk11_total").required is False


@pytest.mark.parametrize(("item_id", "source"), sorted(SOURCES.items()))
def test_sources(v2: Protocol, item_id: str, source: str) -> None:
    assert v2.item(item_id).source == source


def test_optional_items_named_in_the_reference(v2: Protocol) -> None:
    for item_id in ("psych.tsk11_total", "knee.lever_arm", "hop.distance", "dx.other"):
        assert v2.item(item_id).required is False, item_id


def test_v1_file_is_unchanged() -> None:
    # Stored v1 visits are read with this file and never rewritten (clinical.md 10.1).
    data = files("kneedesk.resources").joinpath("protocols", "runners-knee-v1.toml").read_bytes()
    assert hashlib.sha256(data).hexdigest() == V1_SHA256


def test_v1_and_v2_documents_are_read_and_a_version_newer_than_in_use_is_refused() -> None:
    # Both bundled versions are in use (v2 for new visits, v1 for stored ones); the guard
    # that kept v2 out while it was being built still refuses a version past the newest.
    from datetime import date

    from kneedesk.core.protocol import ProtocolError, ProtocolRef, visit_protocol
    from kneedesk.core.visit_doc import VisitDocError, parse_visit_doc

    assert visit_protocol("runners-knee", 2) is load_protocol("runners-knee", 2)
    assert visit_protocol("runners-knee", 1) is load_protocol("runners-knee", 1)
    with pytest.raises(ProtocolError, match="version 2 is not in use yet"):
        visit_protocol("runners-knee", 2, newest=ProtocolRef("runners-knee", 1))
    with pytest.raises(ProtocolError, match="version 3"):
        visit_protocol("runners-knee", 3)
    document = {
        "format": "kneedesk-visit",
        "format_version": 1,
        "protocol": "runners-knee",
        "protocol_version": 2,
        "patient": {
            "id": "P1",
            "given_name": "A",
            "family_name": "B",
            "birth_date": "1990-01-01",
            "sex": "female",
        },
        "visit": {"date": "2026-12-05", "clinician": "C"},
        "answers": {"body_mass": 70},
    }
    assert parse_visit_doc(document, today=date(2026, 12, 5)).protocol_version == 2
    document["protocol_version"] = 3
    with pytest.raises(VisitDocError, match="protocol"):
        parse_visit_doc(document, today=date(2026, 12, 5))
    document["protocol_version"] = 1
    assert parse_visit_doc(document, today=date(2026, 12, 5)).protocol_version == 1


def test_new_visits_follow_v2() -> None:
    assert tuple(NEW_VISIT_PROTOCOL) == ("runners-knee", 2)
    assert new_visit_protocol() is load_protocol("runners-knee", 2)
    assert load_protocol() == new_visit_protocol()


V1_SHA256 = "c30cecf340278d0d2484a6086955e95c01fb2498df354f72559b61682240f4fe"
