"""Thresholds that decide when a finding fires; a clinic can change them in its settings."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType
from typing import Any

from kneedesk.core.i18n import N_, _
from kneedesk.core.protocol import Quantity
from kneedesk.core.text_checks import clip
from kneedesk.core.value_checks import show_json


@dataclass(frozen=True)
class Thresholds:
    """Finding thresholds; the defaults are the published or stated clinic defaults.

    Each field is described for the clinic (label, unit, help, source) in `THRESHOLD_INFO`.
    """

    lsi_min_percent: float = 90.0
    strength_drop_percent: float = 10.0
    side_plank_min_s: float = 30.0
    knee_to_wall_diff_cm: float = 2.0
    knee_to_wall_min_cm: float = 8.0
    single_run_spike_percent: float = 10.0
    weekly_increase_percent: float = 30.0
    heavy_squat_sessions: int = 3
    cadence_max_spm: float = 170.0
    y_anterior_diff_cm: float = 4.0
    y_composite_min_percent: float = 94.0
    kujala_mcid: float = 10.0
    pain_mcid: float = 2.0
    koos_pf_mcid: float = 16.4
    # Protocol v2 (clinical content v2, 4.3): measurement-error bands and new cut-offs.
    mdc_hip_strength_percent: float = 15.0
    mdc_knee_strength_percent: float = 20.0
    mdc_knee_to_wall_cm: float = 1.9
    mdc_y_anterior_cm: float = 8.6
    tsk11_min: int = 29
    fpi_pronated_min: int = 6

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Thresholds:
        """Build from settings JSON (absent keys keep defaults); ValueError names a bad key."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise ValueError(
                    f"unknown threshold {clip(repr(key))}; known: {', '.join(sorted(known))}"
                )
            shown = show_json(value)  # bounded: the value may be a 50 MB array
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"threshold {key!r} must be a number, not {shown}")
            # A JSON integer may have thousands of digits: too large for a float, and for text.
            if isinstance(value, int) and abs(value) > 10**15:
                raise ValueError(f"threshold {key!r} is too large, not {shown}")
            if not math.isfinite(value):
                raise ValueError(f"threshold {key!r} must be a finite number, not {shown}")
            if value < 0:
                raise ValueError(f"threshold {key!r} must not be negative, not {shown}")
            whole = known[key].type == "int"
            if whole and not float(value).is_integer():
                raise ValueError(f"threshold {key!r} must be a whole number, not {shown}")
            values[key] = int(value) if whole else float(value)
        return cls(**values)

    def to_dict(self) -> dict[str, float | int]:
        """The thresholds as plain JSON data."""
        return dataclasses.asdict(self)

    def changed_from_default(self) -> dict[str, float | int]:
        """Only the thresholds this clinic changed (for the clinician summary)."""
        default = Thresholds()
        return {k: v for k, v in self.to_dict().items() if getattr(default, k) != v}


@dataclass(frozen=True)
class ThresholdInfo:
    """How a threshold is described to the clinic (kept as data: it ships in any build)."""

    # The words are kept in English (marked with N_) and read through the properties below,
    # in the active language.
    _label: str  # short, for a form
    unit: str  # the unit the threshold is stored in
    _help: str  # what crossing it means, in words without a unit
    _source: str  # where the default comes from (a citation stays as written)
    quantity: Quantity | None = None  # a length is shown in the clinic's display units

    @property
    def label(self) -> str:
        """The short label for a form, in the active language."""
        return _(self._label)

    @property
    def help(self) -> str:
        """What crossing the threshold means, in the active language."""
        return _(self._help)

    @property
    def source(self) -> str:
        """Where the default comes from (citations are not translated)."""
        return _(self._source)

    def label_with_unit(self, unit: str | None = None) -> str:
        """The label with its unit, e.g. "Side plank hold, minimum (s)"."""
        return f"{self.label} ({unit or self.unit})"


CLINICAL_REFERENCE = N_("Clinical reference value (no study named)")

THRESHOLD_INFO: Mapping[str, ThresholdInfo] = MappingProxyType(
    {
        "lsi_min_percent": ThresholdInfo(
            N_("Limb symmetry index, minimum"),
            "%",
            N_(
                "Hip strength or side plank on the painful side below this percentage of the "
                "other side is flagged."
            ),
            N_("Return-to-sport convention, not a knee-pain norm"),
        ),
        "strength_drop_percent": ThresholdInfo(
            N_("Strength drop since the last visit"),
            "%",
            N_(
                "Hip strength lost since the previous visit (as a share of body weight "
                "when body "
                "mass is known) at or above this is flagged on protocol v1 visits; v2 uses the "
                "measurement-error bands below."
            ),
            CLINICAL_REFERENCE,
        ),
        "side_plank_min_s": ThresholdInfo(
            N_("Side plank hold, minimum"),
            "s",
            N_("A side plank held for less than this on either side is flagged."),
            N_("Clinic default (no study); no published norm is used"),
        ),
        "knee_to_wall_diff_cm": ThresholdInfo(
            N_("Knee-to-wall side difference"),
            "cm",
            N_("A knee-to-wall difference between the sides at or above this is flagged."),
            N_("Clinic default"),
            Quantity.LENGTH,
        ),
        "knee_to_wall_min_cm": ThresholdInfo(
            N_("Knee-to-wall, painful side, minimum"),
            "cm",
            N_("Knee-to-wall on the painful side below this is flagged."),
            N_("Clinic default"),
            Quantity.LENGTH,
        ),
        "single_run_spike_percent": ThresholdInfo(
            N_("Single run over the 30-day longest"),
            "%",
            N_(
                "This week's longest run being longer than the longest of the 30 days before by "
                "more than this is flagged."
            ),
            "Frandsen et al., BJSM 2025 (HRR 1.64 for >10-30%, 1.52 for >30-100%, 2.28 for "
            ">100%; any overuse running injury)",
        ),
        "weekly_increase_percent": ThresholdInfo(
            N_("Weekly distance increase"),
            "%",
            N_(
                "Weekly distance up on the week before by more than this is flagged, worded "
                '"may add risk".'
            ),
            "Nielsen et al., JOSPT 2014 (HR 1.59, not significant)",
        ),
        "heavy_squat_sessions": ThresholdInfo(
            N_("Heavy squat sessions a week"),
            "sessions/week",
            N_(
                "This many heavy squat or lunge sessions a week or more, while "
                "bent-knee loading "
                "hurts, is flagged."
            ),
            CLINICAL_REFERENCE,
        ),
        "cadence_max_spm": ThresholdInfo(
            N_("Cadence, at or below"),
            "steps/min",
            N_(
                "A running cadence at or below this suggests retraining 5-10% higher "
                "at the same "
                "speed; 180 is not a validated target."
            ),
            "Expert view; Heiderscheit et al., MSSE 2011; Lenhart et al., MSSE 2014",
        ),
        "y_anterior_diff_cm": ThresholdInfo(
            N_("Y-balance anterior reach difference"),
            "cm",
            N_(
                "A forward-reach difference between the legs above this is flagged. A general "
                "injury screen, not specific to knee pain; the test's measurement "
                "error is close "
                "to the default."
            ),
            "Plisky et al., JOSPT 2006",
            Quantity.LENGTH,
        ),
        "y_composite_min_percent": ThresholdInfo(
            N_("Y-balance composite, minimum"),
            "%",
            N_(
                "A composite reach (three directions, as a percentage of leg length) below this "
                "on the painful side is flagged on protocol v1 visits; v2 no longer "
                "uses it (SEBT "
                "cut-off, girls only)."
            ),
            "Plisky et al., JOSPT 2006",
        ),
        "kujala_mcid": ThresholdInfo(
            N_("Kujala meaningful change"),
            "points",
            N_("A Kujala change between visits of at least this many points is marked meaningful."),
            "Crossley 2004 (MCID)",
        ),
        "pain_mcid": ThresholdInfo(
            N_("Pain meaningful change"),
            "points",
            N_(
                "A pain drop (0-10 scale) of at least this many points is marked meaningful; on "
                "protocol v2 a rise of this much is meaningful worsening."
            ),
            "Crossley 2004 (VAS 2/10); NPRS minimal important change 1.16 (Piva 2009)",
        ),
        "koos_pf_mcid": ThresholdInfo(
            N_("KOOS-PF meaningful change"),
            "points",
            N_(
                "A KOOS-PF rise of at least this many points is marked meaningful; on "
                "protocol v2 "
                "a fall of this much is meaningful worsening."
            ),
            "Crossley 2018 (MIC 16.4; individual MDC 16)",
        ),
        "mdc_hip_strength_percent": ThresholdInfo(
            N_("Hip strength usual error"),
            "%",
            N_(
                "A hip strength change (share of body weight) within this percentage "
                "of the earlier "
                "value is within the test's usual error; a drop of at least this much on the "
                "painful side is flagged (protocol v2)."
            ),
            N_(
                "Clinic default inside hand-held dynamometer error (Thorborg 2010: "
                "3-12% between "
                "sessions, one tester)"
            ),
        ),
        "mdc_knee_strength_percent": ThresholdInfo(
            N_("Knee extension strength usual error"),
            "%",
            N_(
                "A knee extension strength change (share of body weight) within this "
                "percentage of "
                "the earlier value is within the test's usual error; a drop of at "
                "least this much "
                "on the painful side is flagged (protocol v2)."
            ),
            N_("Clinic default inside knee dynamometer error (Koblbauer 2011: SDD 19-36%)"),
        ),
        "mdc_knee_to_wall_cm": ThresholdInfo(
            N_("Knee-to-wall usual error"),
            "cm",
            N_(
                "A knee-to-wall change between visits within this is within the test's usual error."
            ),
            "Powden 2015 (MDC 1.9 within, 1.6 between clinicians)",
            Quantity.LENGTH,
        ),
        "mdc_y_anterior_cm": ThresholdInfo(
            N_("Y-balance anterior reach usual error"),
            "cm",
            N_(
                "A forward-reach change between visits within this is within the "
                "test's usual error."
            ),
            "Shaffer 2013 (MDC = SEM 3.1 x 2.77, maximal reach, between raters)",
            Quantity.LENGTH,
        ),
        "tsk11_min": ThresholdInfo(
            N_("TSK-11 fear of movement, from"),
            "points",
            N_("A TSK-11 total at or above this is flagged as fear of movement (protocol v2)."),
            N_(
                "Clinic default (no study) from the moderate band, Chimenti 2021 (from "
                "Neblett 2016)"
            ),
        ),
        "fpi_pronated_min": ThresholdInfo(
            N_("FPI-6 pronated, from"),
            "points",
            N_(
                "An FPI-6 total at or above this on a painful side is flagged as a "
                "pronated foot "
                "(protocol v2)."
            ),
            "Redmond 2006 bands (+6 to +9 pronated)",
        ),
    }
)
