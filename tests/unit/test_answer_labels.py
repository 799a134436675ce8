"""No stored option key reaches a text a person reads: findings show the protocol's labels."""

from __future__ import annotations

import json
import re
from importlib.resources import files
from typing import Any

import pytest

from kneedesk.core.answer_text import answer_text
from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.findings import Finding
from kneedesk.core.protocol import Kind, load_protocol

PROTOCOL = load_protocol("runners-knee", 1)
EXAMPLES = files("kneedesk.resources").joinpath("examples")
# Keys a person would read as code: "around_kneecap", "race_build_up" (not "mild", "fair").
KEYS = sorted(
    {
        o.key
        for item in PROTOCOL.items()
        for o in item.options
        if re.fullmatch(r"[a-z]+_[a-z_]+", o.key)
    }
)
KEY_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, KEYS)) + r")\b")


def raw_keys(text: str) -> list[str]:
    """The protocol's option keys found in a text."""
    return KEY_PATTERN.findall(text)


def finding_texts(finding: Finding) -> list[str]:
    """Everything of a finding a person reads."""
    return [
        finding.title,
        finding.clinician_text,
        finding.patient_text,
        finding.source,
        *(e.text() for e in finding.evidence),
    ]


def example_answers(name: str) -> dict[str, Any]:
    answers: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))[
        "answers"
    ]
    return answers


def every_option_answers(pick: int) -> dict[str, Any]:
    """The first example visit with every multi-choice and checklist option ticked (one per
    exclusive group) and every single choice set to its option number ``pick`` (wrapping)."""
    answers = example_answers("example-visit.json")
    for item in PROTOCOL.items():
        if item.id.startswith("red_flags.") or not item.options:
            continue
        if item.kind is Kind.CHOICE:
            value: Any = item.options[pick % len(item.options)].key
        else:
            groups: set[str] = set()
            value = []
            for o in item.options:
                if o.group is None or o.group not in groups:
                    value.append(o.key)
                    groups.add(o.group or "")
        answers[item.id] = {"left": value, "right": value} if item.per_side else value
    return answers


VISITS = [
    *(example_answers(p.name) for p in EXAMPLES.iterdir() if p.name.endswith(".json")),
    *(every_option_answers(pick) for pick in range(5)),
]


def test_the_protocol_has_keys_to_look_for() -> None:
    assert {"around_kneecap", "behind_kneecap", "more_hills", "race_build_up"} <= set(KEYS)
    assert raw_keys("pain location: around_kneecap, behind_kneecap") == [
        "around_kneecap",
        "behind_kneecap",
    ]


@pytest.mark.parametrize("answers", VISITS)
def test_no_finding_text_holds_an_option_key(answers: dict[str, Any]) -> None:
    findings = assess_answers(Answers(answers), PROTOCOL).findings
    assert findings
    for finding in findings:
        for text in finding_texts(finding):
            assert raw_keys(text) == [], (finding.id, text)
        for evidence in finding.to_dict()["evidence"]:
            assert raw_keys(str(evidence["value"])) == [], (finding.id, evidence)


def test_evidence_names_the_options_by_their_labels() -> None:
    answers = every_option_answers(0)
    texts = "\n".join(
        t for f in assess_answers(Answers(answers), PROTOCOL).findings for t in finding_texts(f)
    )
    assert "pain location: around the kneecap, behind the kneecap" in texts
    assert "recent changes: new shoes, new surface, more hills, speed work, race build-up" in texts
    assert "going up stairs, going down stairs, squatting, sitting for a long time" in texts


def test_answer_text_turns_a_stored_answer_into_its_labels() -> None:
    location = PROTOCOL.item("history.pain_location")
    assert answer_text(location, ["behind_kneecap", "around_kneecap"]) == (
        "Around the kneecap, Behind the kneecap"
    )
    assert answer_text(location, []) == "none"
    assert answer_text(PROTOCOL.item("hip.step_down_height"), "20_cm") == "20 cm"
    assert answer_text(PROTOCOL.item("load.downhill"), "a_lot", in_sentence=True) == "a lot"
    assert answer_text(PROTOCOL.item("history.other_causes_excluded"), True) == "yes"
    assert answer_text(location, None) == "–"
