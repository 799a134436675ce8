"""Every patient-facing string keeps to the v2 wording rules (clinical content v2, section 1).

Rule 1: patient text says "is linked with", "can", "may"; never "causes", "will", "lets",
"most common", "not damage" or "proven". "Will" about what people do next ("your clinician
will", "we will") is a plan, not a promise, and is allowed. Rule 5: text meant for a US-unit
handout names no metric unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

import pytest
from test_findings_wording import EVERYTHING

from kneedesk.core.exercises import load_exercises
from kneedesk.core.findings import patient_text as finding_text
from kneedesk.core.units import DisplayUnits, ForceUnit, UnitSystem
from kneedesk.report import chain, handout_text, handout_text_v2

US = DisplayUnits(UnitSystem.US, ForceUnit.POUND_FORCE)
BANNED = re.compile(
    r"\bcaus(?:e|es|ed)\b|\bwill\b|\blets\b|\bmost common\b|\bproven\b"
    r"|(?<!usually )\bnot (?:a sign of )?damage\b",
    re.IGNORECASE,
)
# "Will" for what a person is going to do is allowed: "Your clinician will arrange this".
ALLOWED = re.compile(r"\b(?:we|clinician)\s+will\b", re.IGNORECASE)
METRIC = re.compile(
    r"\d\s*(?:cm|mm|km|m|kg|km/h)\b|\b(?:centimet|millimet|kilomet|kilogram)\w*|\bmetres?\b",
    re.IGNORECASE,
)


def banned(text: str) -> list[str]:
    """The banned words and phrases in a patient text."""
    return BANNED.findall(ALLOWED.sub("", text))


def metric(text: str) -> list[str]:
    """Metric units named in a text."""
    return METRIC.findall(text)


def module_texts(module: ModuleType) -> Iterator[tuple[str, str]]:
    """Every string constant of a module: (name, text), looking inside tuples and mappings."""

    def walk(name: str, value: Any) -> Iterator[tuple[str, str]]:
        if isinstance(value, str):
            yield name, value
        elif isinstance(value, tuple):
            for n, v in enumerate(value):
                yield from walk(f"{name}[{n}]", v)
        elif isinstance(value, Mapping):
            for k, v in value.items():
                yield from walk(f"{name}[{k}]", v)

    for name, value in vars(module).items():
        # Edition-1 texts are what v1 visits printed; they reprint unchanged, so the v2
        # rules do not apply to them (tests/report/test_protocol_v1_clinic.py covers them).
        if name.isupper() and not name.startswith("_EDITION_1_"):
            yield from walk(name, value)


CONSTANTS = [
    (f"{m.__name__}.{name}", text)
    for m in (handout_text, handout_text_v2, finding_text, chain)
    for name, text in module_texts(m)
]


def library_texts(units: DisplayUnits) -> list[tuple[str, str]]:
    return [
        (f"{ex.id}: {n}", text)
        for ex in load_exercises().values()
        for n, text in enumerate(ex.in_units(units).texts())
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("A stiff ankle lets the knee travel further forward.", ["lets"]),
        ("Doing too much too soon is the most common trigger.", ["most common"]),
        ("It is not damage to the joint.", ["not damage"]),
        ("Noises are common and are not a sign of damage.", ["not a sign of damage"]),
        ("Drills in front of a mirror will help.", ["will"]),
        ("Weak hips cause knee pain; it is proven.", ["cause", "proven"]),
        ("On their own they are usually not a sign of damage.", []),
        ("Your clinician will arrange this with you. We will talk about it.", []),
        ("Your clinician is still working out what is causing your pain.", []),
        ("Pain in runners is linked with load; exercise can help and may ease it.", []),
    ],
)
def test_the_check_catches_the_banned_words_only(text: str, found: list[str]) -> None:
    assert [f.lower() for f in banned(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [("15-20 cm high", 1), ("18 km", 1), ("a few centimetres", 1), ("4-6 in, 11.2 mi", 0)],
)
def test_the_check_catches_metric_units(text: str, found: int) -> None:
    assert len(metric(text)) == found


def test_the_constants_are_collected() -> None:
    names = {name for name, _ in CONSTANTS}
    assert "kneedesk.report.handout_text.GOOD_TO_KNOW[1]" in names
    assert "kneedesk.report.handout_text_v2.RED_FLAG_URGENT[0]" in names
    assert "kneedesk.core.findings.patient_text.LOAD_TEXT[spike]" in names
    assert "kneedesk.report.chain.LINKS[knee_forward][0]" in names
    assert not any("_EDITION_1_" in name for name in names)


@pytest.mark.parametrize(("name", "text"), CONSTANTS, ids=[n for n, _ in CONSTANTS])
def test_handout_text_keeps_to_the_wording_rules(name: str, text: str) -> None:
    assert banned(text) == [], (name, text)
    assert metric(text) == [], (name, text)


@pytest.mark.parametrize("units", [DisplayUnits(), US], ids=["metric", "us"])
def test_library_text_keeps_to_the_wording_rules(units: DisplayUnits) -> None:
    for name, text in library_texts(units):
        assert banned(text) == [], (name, text)
        assert "{" not in text, (name, text)
        if units is US:
            assert metric(text) == [], (name, text)


@pytest.mark.parametrize("units", [DisplayUnits(), US], ids=["metric", "us"])
def test_findings_patient_sentences_keep_to_the_wording_rules(
    fire: Any, units: DisplayUnits
) -> None:
    changes_only = {"load.recent_changes": ["new_shoes"]}
    for answers in (EVERYTHING, changes_only):
        for finding in fire(answers, units=units).values():
            assert banned(finding.patient_text) == [], (finding.id, finding.patient_text)
            if units is US:
                assert metric(finding.patient_text) == [], (finding.id, finding.patient_text)


def test_training_changes_alone_are_for_discussion_and_a_spike_gets_the_single_run_rule(
    fire: Any,
) -> None:
    alone = fire({"load.recent_changes": ["new_shoes"]})["load_spike"].patient_text
    assert alone == (
        "You recently changed your training (new shoes). We will talk about whether this "
        "plays a part."
    )
    spiked = fire(EVERYTHING)["load_spike"].patient_text
    assert "We will talk" not in spiked
    assert finding_text.LOAD_TEXT["spike"] in spiked
    assert finding_text.LOAD_TEXT["weekly"] in spiked
    assert "most common" not in spiked
