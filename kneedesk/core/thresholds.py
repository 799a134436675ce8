"""Thresholds that decide when a finding fires; a clinic can change them in its settings."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Thresholds:
    """Finding thresholds; the defaults are the published or stated clinic defaults."""

    # Limb symmetry index below this (%) is flagged (a return-to-sport convention).
    lsi_min_percent: float = 90.0
    # Strength drop since the previous visit at or above this (%) is flagged.
    strength_drop_percent: float = 10.0
    # Side plank hold below this (s) is flagged (clinic default).
    side_plank_min_s: float = 30.0
    # Knee-to-wall side difference at or above this (cm) is flagged (clinic default).
    knee_to_wall_diff_cm: float = 2.0
    # Knee-to-wall on the painful side below this (cm) is flagged (clinic default).
    knee_to_wall_min_cm: float = 8.0
    # Single run longer than the prior 30 days' longest by more than this (%) (Garmin-RUNSAFE).
    single_run_spike_percent: float = 10.0
    # Weekly distance up by more than this (%) week on week (Nielsen 2014).
    weekly_increase_percent: float = 30.0
    # Heavy squat sessions a week at or above this count with bent-knee pain.
    heavy_squat_sessions: int = 3
    # Cadence at or below this (steps/min) suggests retraining (expert view).
    cadence_max_spm: float = 170.0
    # Y-balance anterior reach difference above this (cm) (Plisky 2006).
    y_anterior_diff_cm: float = 4.0
    # Y-balance composite below this (% of leg length) (Plisky 2006).
    y_composite_min_percent: float = 94.0
    # Kujala change at or above this many points is meaningful (Crossley 2004).
    kujala_mcid: float = 10.0
    # Pain drop at or above this many points is meaningful (clinic default; NPRS MCID ~1.2).
    pain_mcid: float = 2.0
    # KOOS-PF change at or above this is meaningful.
    koos_pf_mcid: float = 16.4

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Thresholds:
        """Build from settings JSON (absent keys keep defaults); ValueError names a bad key."""
        known = {f.name: f for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                raise ValueError(f"unknown threshold {key!r}; known: {', '.join(sorted(known))}")
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"threshold {key!r} must be a number, not {value!r}")
            if not math.isfinite(value):
                raise ValueError(f"threshold {key!r} must be a finite number, not {value!r}")
            if value < 0:
                raise ValueError(f"threshold {key!r} must not be negative, not {value!r}")
            whole = known[key].type == "int"
            if whole and not float(value).is_integer():
                raise ValueError(f"threshold {key!r} must be a whole number, not {value!r}")
            values[key] = int(value) if whole else float(value)
        return cls(**values)

    def to_dict(self) -> dict[str, float | int]:
        """The thresholds as plain JSON data."""
        return dataclasses.asdict(self)

    def changed_from_default(self) -> dict[str, float | int]:
        """Only the thresholds this clinic changed (for the clinician summary)."""
        default = Thresholds()
        return {k: v for k, v in self.to_dict().items() if getattr(default, k) != v}
