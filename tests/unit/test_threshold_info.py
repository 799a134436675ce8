"""Every threshold is described in the core as data: label, unit, help and source."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kneedesk.core.protocol import Quantity
from kneedesk.core.thresholds import THRESHOLD_INFO, Thresholds

NAMES = [f.name for f in dataclasses.fields(Thresholds)]
UNIT_WORDS = re.compile(r"\b(cm|km|mi|inch|inches)\b")


def test_every_threshold_and_nothing_else_is_described() -> None:
    assert list(THRESHOLD_INFO) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_has_label_unit_help_and_source(name: str) -> None:
    info = THRESHOLD_INFO[name]
    assert info.label.strip(), name
    assert info.unit.strip(), name
    assert info.help.strip().endswith("."), name
    assert info.source.strip(), name
    assert "(" not in info.label  # the unit is added by label_with_unit


@pytest.mark.parametrize("name", NAMES)
def test_help_names_no_length_unit(name: str) -> None:
    # Lengths are shown in the clinic's units, so the help must read right in either.
    assert not UNIT_WORDS.search(THRESHOLD_INFO[name].help), name


def test_lengths_follow_the_clinics_units() -> None:
    lengths = [n for n, info in THRESHOLD_INFO.items() if info.quantity is Quantity.LENGTH]
    assert lengths == [
        "knee_to_wall_diff_cm",
        "knee_to_wall_min_cm",
        "y_anterior_diff_cm",
        "mdc_knee_to_wall_cm",
        "mdc_y_anterior_cm",
    ]
    assert {THRESHOLD_INFO[n].unit for n in lengths} == {"cm"}
    for name, info in THRESHOLD_INFO.items():
        if name.endswith("_cm"):
            assert info.quantity is Quantity.LENGTH, name


def test_label_with_unit() -> None:
    info = THRESHOLD_INFO["knee_to_wall_diff_cm"]
    assert info.label_with_unit() == "Knee-to-wall side difference (cm)"
    assert info.label_with_unit("in") == "Knee-to-wall side difference (in)"


def test_sources_are_named_or_honestly_marked() -> None:
    # A study with its year, a convention, or an honest "clinic default" / reference value.
    named = re.compile(r"\b(19|20)\d{2}\b|clinic default|convention|reference value", re.I)
    for name, info in THRESHOLD_INFO.items():
        assert named.search(info.source), (name, info.source)
