"""Findings: pure functions of a visit's answers (and the previous visit's) that explain themselves.

Wording follows the evidence: "linked with", "adds load to", "may contribute"; never "causes".
"""

from __future__ import annotations

from collections.abc import Callable

from kneedesk.core.answers import Answers
from kneedesk.core.findings.context import Context
from kneedesk.core.findings.hip import (
    hip_strength_deficit,
    knee_collapse,
    pelvic_control,
    trunk_control,
)
from kneedesk.core.findings.history import pfp_pattern, red_flags, refer_first
from kneedesk.core.findings.load import (
    downhill_squat_load,
    fatigue_breakdown,
    load_spike,
    low_cadence,
)
from kneedesk.core.findings.lower import ankle_mobility, balance_asymmetry
from kneedesk.core.findings.model import Evidence, Finding, Level
from kneedesk.core.findings.v2_rules import RULES_V2
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits

Rule = Callable[[Context], Finding | None]

# In the order the clinician summary and the handout present them.
RULES: tuple[Rule, ...] = (
    refer_first,
    pfp_pattern,
    load_spike,
    downhill_squat_load,
    hip_strength_deficit,
    pelvic_control,
    knee_collapse,
    trunk_control,
    ankle_mobility,
    balance_asymmetry,
    low_cadence,
    fatigue_breakdown,
)

FINDING_IDS: tuple[str, ...] = tuple(rule.__name__ for rule in RULES)
FINDING_IDS_V2: tuple[str, ...] = tuple(rule.__name__ for rule in RULES_V2)


def rules_for(protocol: Protocol) -> tuple[Rule, ...]:
    """The rules of the visit's protocol version: v2 rules from version 2, else those of v1."""
    return RULES_V2 if protocol.version >= 2 else RULES


def evaluate(
    answers: Answers,
    protocol: Protocol,
    *,
    previous: Answers | None = None,
    thresholds: Thresholds | None = None,
    units: DisplayUnits | None = None,
    age: int | None = None,
) -> list[Finding]:
    """Every finding that fires for these answers, in presentation order.

    The rules are those of the protocol's version (`rules_for`). Lengths and distances in the
    sentences and evidence are shown in `units` (metric if None). `age` (whole years at the
    visit) decides which age-banded differential entries count (protocol v2).
    """
    ctx = Context(
        answers, protocol, thresholds or Thresholds(), previous, units or DisplayUnits(), age
    )
    return [f for rule in rules_for(protocol) if (f := rule(ctx)) is not None]


def has_red_flag(answers: Answers, protocol: Protocol) -> bool:
    """Whether any red flag is ticked."""
    return bool(red_flags(Context(answers, protocol, Thresholds())))


__all__ = [
    "FINDING_IDS",
    "FINDING_IDS_V2",
    "RULES",
    "RULES_V2",
    "Evidence",
    "Finding",
    "Level",
    "evaluate",
    "has_red_flag",
    "rules_for",
]
