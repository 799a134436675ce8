"""Small builders for visit answers, shared by the core unit tests.

Expected numbers in the tests are worked out by hand from the clinical reference;
these helpers only assemble answers and run the code under test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.findings import Finding, evaluate
from kneedesk.core.protocol import Protocol, load_protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits

RED_FLAGS = (
    "red_flags.trauma",
    "red_flags.locking",
    "red_flags.effusion",
    "red_flags.infection",
    "red_flags.night_pain",
    "red_flags.neurovascular",
    "red_flags.adolescent_hip",
)

# A visit that fires no finding: right knee painful, 61.5 kg, every red flag answered no.
QUIET: dict[str, Any] = {
    "symptom_side": "right",
    "body_mass": 61.5,
    **dict.fromkeys(RED_FLAGS, False),
}

# Kujala: every item at its best option (5+5+5+10+5+10+10+10+10+10+10+5+5 = 100).
KUJALA_BEST: dict[str, str] = {
    "kujala.limp": "none",
    "kujala.support": "full_without_pain",
    "kujala.walking": "unlimited",
    "kujala.stairs": "no_difficulty",
    "kujala.squatting": "no_difficulty",
    "kujala.running": "no_difficulty",
    "kujala.jumping": "no_difficulty",
    "kujala.sitting": "no_difficulty",
    "kujala.pain": "none",
    "kujala.swelling": "none",
    "kujala.kneecap_movement": "none",
    "kujala.thigh_atrophy": "none",
    "kujala.flexion_deficit": "none",
}

# Kujala: every item at its 0-point option.
KUJALA_WORST: dict[str, str] = {
    "kujala.limp": "constant",
    "kujala.support": "impossible",
    "kujala.walking": "unable",
    "kujala.stairs": "unable",
    "kujala.squatting": "unable",
    "kujala.running": "unable",
    "kujala.jumping": "unable",
    "kujala.sitting": "unable",
    "kujala.pain": "constant_severe",
    "kujala.swelling": "constant",
    "kujala.kneecap_movement": "more_than_two_dislocations",
    "kujala.thigh_atrophy": "severe",
    "kujala.flexion_deficit": "severe",
}

# Kujala worked example A, total 65:
# limp 3 + support 5 + walking 3 + stairs 5 + squatting 3 + running 6 + jumping 7
# + sitting 4 + pain 3 + swelling 8 + kneecap 10 + thigh 3 + flexion 5
# = 3+5+3+5+3+6+7+4+3+8+10+3+5 = 65
KUJALA_65: dict[str, str] = {
    "kujala.limp": "slight_or_periodic",
    "kujala.support": "full_without_pain",
    "kujala.walking": "more_than_2km",
    "kujala.stairs": "pain_both_ways",
    "kujala.squatting": "painful_each_time",
    "kujala.running": "slight_pain_from_start",
    "kujala.jumping": "slight_difficulty",
    "kujala.sitting": "must_straighten",
    "kujala.pain": "occasionally_severe",
    "kujala.swelling": "after_severe_exertion",
    "kujala.kneecap_movement": "none",
    "kujala.thigh_atrophy": "slight",
    "kujala.flexion_deficit": "none",
}


def _answers(*parts: dict[str, Any]) -> Answers:
    """QUIET merged with the given dicts, later ones winning."""
    values: dict[str, Any] = dict(QUIET)
    for part in parts:
        values.update(part)
    return Answers(values)


Build = Callable[..., Answers]
Fire = Callable[..., dict[str, Finding]]


@pytest.fixture(scope="session")
def protocol() -> Protocol:
    """The bundled runner's-knee protocol, version 1."""
    return load_protocol("runners-knee", 1)


@pytest.fixture
def build() -> Build:
    """build({...}, {...}) -> Answers: the quiet visit with these answers on top."""
    return _answers


@pytest.fixture
def fire(protocol: Protocol) -> Fire:
    """fire({...}, previous=..., thresholds=..., units=...) -> the findings that fire, by id."""

    def run(
        *parts: dict[str, Any],
        previous: Answers | None = None,
        thresholds: Thresholds | None = None,
        units: DisplayUnits | None = None,
    ) -> dict[str, Finding]:
        found = evaluate(
            _answers(*parts), protocol, previous=previous, thresholds=thresholds, units=units
        )
        return {f.id: f for f in found}

    return run


@pytest.fixture
def kujala_best() -> dict[str, str]:
    """Every Kujala item at its best option."""
    return dict(KUJALA_BEST)


@pytest.fixture
def kujala_worst() -> dict[str, str]:
    """Every Kujala item at its 0-point option."""
    return dict(KUJALA_WORST)


@pytest.fixture
def kujala_65() -> dict[str, str]:
    """Kujala worked example A (total 65)."""
    return dict(KUJALA_65)
