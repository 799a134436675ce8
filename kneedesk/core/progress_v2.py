"""Progress series of clinical content v2, section 9, with the bands of section 4.3.

Built from the v1 series (`kneedesk.core.progress`): the shared ones get their v2 band, the
v1 10% strength drop gives way to the measurement-error bands, and the new measures are added:
knee extension %BW, Y anterior reach per side, TSK-11 total and the running stage.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kneedesk.core.answers import Answers
from kneedesk.core.i18n import _
from kneedesk.core.progress_model import (
    Getter,
    Spec,
    lsi_of,
    percent_bw,
    plain,
    side_labels,
    side_value,
)
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits

HIP_STRENGTH = ("abduction_bw", "external_rotation_bw", "extension_bw")
RTR_STAGE_UNIT = "stage (0 not running, 5 full)"

# The v2 series in the order charts are shown (section 9).
SERIES_IDS_V2: tuple[str, ...] = (
    "kujala",
    "pain",
    "koos_pf",
    "abduction_bw",
    "external_rotation_bw",
    "extension_bw",
    "knee_extension_bw",
    "lsi",
    "step_down",
    "knee_to_wall",
    "y_anterior",
    "weekly_distance",
    "cadence",
    "tsk11",
    "rtr_stage",
)


def _stage(protocol: Protocol) -> Getter:
    keys = protocol.item("rtr.stage").option_keys

    def get(a: Answers) -> float | None:
        key = a.choice("rtr.stage")
        return float(keys.index(key)) if key in keys else None

    return get


def specs_v2(
    v1: Sequence[Spec], protocol: Protocol, thresholds: Thresholds, units: DisplayUnits
) -> list[Spec]:
    """The section 9 series, from the v1 ones (`v1`) and the v2 protocol's new items."""
    sides = side_labels()
    length_item = protocol.item("balance.y_anterior")
    y_unit = units.unit_for(length_item) or "cm"
    y_scale = units.to_shown(length_item, 1.0)
    wall_item = protocol.item("ankle.knee_to_wall")
    wall_scale = units.to_shown(wall_item, 1.0)
    by_id = {spec.id: spec for spec in v1}
    v2: dict[str, Spec] = {
        "kujala": replace(by_id["kujala"], mcid=thresholds.kujala_mcid, rule="kujala"),
        "pain": replace(by_id["pain"], mcid=thresholds.pain_mcid, rule="pain"),
        "koos_pf": replace(by_id["koos_pf"], mcid=thresholds.koos_pf_mcid, rule="koos_pf"),
        **{
            key: replace(
                by_id[key],
                mcid=thresholds.mdc_hip_strength_percent,
                relative=True,
                rule="hip_percent_bw",
            )
            for key in HIP_STRENGTH
        },
        "knee_extension_bw": Spec(
            "knee_extension_bw",
            _("Knee extension strength"),
            "% body weight",
            tuple((s, label, percent_bw("knee.extension_force", s)) for s, label in sides),
            mcid=thresholds.mdc_knee_strength_percent,
            relative=True,
            higher_is_better=True,
            rule="knee_extension_percent_bw",
        ),
        "lsi": replace(
            by_id["lsi"],
            title=_("Strength symmetry (LSI)"),
            lines=(
                *by_id["lsi"].lines,
                ("knee_extension", _("Knee extension"), lsi_of("knee.extension_force")),
            ),
        ),
        "knee_to_wall": replace(
            by_id["knee_to_wall"],
            mcid=thresholds.mdc_knee_to_wall_cm * wall_scale,
            rule="knee_to_wall",
            scale=wall_scale,
        ),
        "y_anterior": Spec(
            "y_anterior",
            _("Y-balance anterior reach"),
            y_unit,
            tuple((s, label, side_value("balance.y_anterior", s, y_scale)) for s, label in sides),
            mcid=thresholds.mdc_y_anterior_cm * y_scale,
            higher_is_better=True,
            decimals=1,
            rule="y_anterior",
            scale=y_scale,
        ),
        "tsk11": Spec(
            "tsk11",
            _("Fear of movement (TSK-11)"),
            "points",
            (("total", _("TSK-11 total"), plain("psych.tsk11_total")),),
            higher_is_better=False,
            value_range=(11.0, 44.0),
            asked_from=2,
        ),
        "rtr_stage": Spec(
            "rtr_stage",
            _("Running stage"),
            RTR_STAGE_UNIT,
            (("stage", _("Running stage"), _stage(protocol)),),
            higher_is_better=True,
            value_range=(0.0, 5.0),
            asked_from=2,
        ),
    }
    return [v2.get(key) or by_id[key] for key in SERIES_IDS_V2]
