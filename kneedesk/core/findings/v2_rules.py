"""The finding rules of protocol v2, in the order of clinical content v2, section 5."""

from __future__ import annotations

from collections.abc import Callable

from kneedesk.core.findings.context import Context
from kneedesk.core.findings.model import Finding
from kneedesk.core.findings.v2_control import knee_collapse, pelvic_control, trunk_control
from kneedesk.core.findings.v2_history import (
    diagnosis_to_confirm,
    energy_bone_health,
    fear_of_movement,
    meaningful_worsening,
    pfp_pattern,
    refer_first,
)
from kneedesk.core.findings.v2_load import (
    downhill_squat_load,
    fatigue_breakdown,
    load_spike,
    low_cadence,
    training_changes,
)
from kneedesk.core.findings.v2_lower import (
    ankle_mobility,
    balance_asymmetry,
    foot_pronation,
    mobility_deficit,
)
from kneedesk.core.findings.v2_strength import hip_strength_deficit, quadriceps_deficit

RULES_V2: tuple[Callable[[Context], Finding | None], ...] = (
    refer_first,
    pfp_pattern,
    diagnosis_to_confirm,
    meaningful_worsening,
    energy_bone_health,
    fear_of_movement,
    load_spike,
    training_changes,
    downhill_squat_load,
    quadriceps_deficit,
    hip_strength_deficit,
    pelvic_control,
    knee_collapse,
    trunk_control,
    ankle_mobility,
    foot_pronation,
    mobility_deficit,
    balance_asymmetry,
    low_cadence,
    fatigue_breakdown,
)
