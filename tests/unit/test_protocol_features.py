"""The fields protocol version 2 added are checked at load time, each problem naming its item:
source, age_band, derived, prefill, confirm_outside, text items and a section's shown_on.
"""

from __future__ import annotations

import pytest

from kneedesk.core.protocol import Kind, ProtocolError, ShownOn, parse_protocol

HEAD = """
id = "test"
version = 2
title = "Test protocol"

[[sections]]
id = "s"
title = "Section"
"""

MASS = 'id = "body_mass"\nkind = "number"\nlabel = "M"\ninstruction = "I."\nmin = 20\nmax = 300'
HEIGHT = 'id = "height"\nkind = "number"\nlabel = "H"\ninstruction = "I."\nmin = 100\nmax = 230'
BMI = (
    'id = "bmi"\nkind = "number"\nlabel = "BMI"\ninstruction = "I."\nmin = 3\nmax = 300\n'
    'derived = "bmi"\nconfirm_outside = [12, 70]'
)
BANDED = (
    'id = "a.band"\nkind = "yes_no"\nlabel = "B"\ninstruction = "I."\nrequired = true\n'
    'age_band = [8, 16]\nsource = "Stiell et al., JAMA 1996"'
)
NOTE = 'id = "a.note"\nkind = "text"\nlabel = "Note"\ninstruction = "I."'


def toml(*items: str, head: str = HEAD) -> str:
    return head + "".join("\n[[sections.items]]\n" + body.strip() + "\n" for body in items)


def test_the_new_fields_are_read() -> None:
    protocol = parse_protocol(toml(MASS, HEIGHT, BMI, BANDED, NOTE))
    bmi = protocol.item("bmi")
    assert (bmi.derived, bmi.confirm_outside, bmi.asked) == ("bmi", (12.0, 70.0), False)
    band = protocol.item("a.band")
    assert (band.age_band, band.source) == ((8, 16), "Stiell et al., JAMA 1996")
    assert protocol.item("a.note").kind is Kind.TEXT
    assert protocol.section("s").shown_on is ShownOn.EVERY_VISIT


BAD = [
    pytest.param(BANDED.replace("[8, 16]", "[16, 8]"), "a.band", "age_band", id="band reversed"),
    pytest.param(BANDED.replace("[8, 16]", "[8.5, 16]"), "a.band", "age_band", id="band years"),
    pytest.param(BANDED.replace("[8, 16]", "[8]"), "a.band", "age_band", id="band one number"),
    pytest.param(
        BANDED.replace("Stiell et al., JAMA 1996", "Stiell 1996"), "a.band", "source", id="source"
    ),
    pytest.param(
        BMI.replace('derived = "bmi"', 'derived = "bmi2"'), "bmi", "unknown derived", id="rule"
    ),
    pytest.param(BMI + "\nrequired = true", "bmi", "cannot be 'required'", id="derived required"),
    pytest.param(
        BMI.replace("[12, 70]", "[12, 400]"), "bmi", "inside the range", id="confirm outside range"
    ),
    pytest.param(
        BMI.replace("[12, 70]", "[70, 12]"), "bmi", "confirm_outside", id="confirm reversed"
    ),
    pytest.param(
        BMI.replace('kind = "number"', 'kind = "integer"'), "bmi", "gives a number", id="kind"
    ),
    pytest.param(NOTE + "\nper_side = true", "a.note", "text item", id="text per side"),
    pytest.param(NOTE + "\nmin = 0\nmax = 1", "a.note", "numeric range", id="text with range"),
]


@pytest.mark.parametrize(("body", "item_id", "words"), BAD)
def test_a_problem_names_the_item(body: str, item_id: str, words: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(toml(MASS, HEIGHT, body))
    problems = caught.value.problems
    assert len(problems) == 1, problems
    assert f"'{item_id}'" in problems[0]
    assert words in problems[0]


def test_a_derived_item_needs_the_items_its_rule_reads() -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(toml(MASS, BMI))
    (problem,) = caught.value.problems
    assert "'bmi'" in problem
    assert "height" in problem


def test_a_prefill_rule_needs_its_results_among_the_options() -> None:
    body = (
        'id = "rtr.hop"\nkind = "choice"\nlabel = "H"\ninstruction = "I."\nprefill = "rtr_hop"\n'
        'options = [{ key = "yes", label = "Yes" }, { key = "no", label = "No" }]'
    )
    inputs = (
        'id = "symptom_side"\nkind = "choice"\nlabel = "S"\ninstruction = "I."\n'
        'options = [{ key = "left", label = "Left" }]',
        'id = "hop.pain"\nkind = "integer"\nlabel = "P"\ninstruction = "I."\nmin = 0\nmax = 10',
        'id = "red_flags.hop_pain"\nkind = "yes_no"\nlabel = "F"\ninstruction = "I."',
    )
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(toml(*inputs, body))
    (problem,) = caught.value.problems
    assert "'rtr.hop'" in problem
    assert "not_tested" in problem


def test_a_section_can_be_shown_on_follow_up_visits_only() -> None:
    head = HEAD + 'shown_on = "follow_up"\n'
    assert parse_protocol(toml(NOTE, head=head)).section("s").shown_on is ShownOn.FOLLOW_UP
    with pytest.raises(ProtocolError, match="unknown shown_on 'later'"):
        parse_protocol(toml(NOTE, head=HEAD + 'shown_on = "later"\n'))


def test_a_text_answer_is_bounded_text_without_invisible_characters() -> None:
    from kneedesk.core.value_checks import check_value

    note = parse_protocol(toml(NOTE)).item("a.note")
    assert check_value(note, "Pes anserine bursitis") == []
    assert check_value(note, None) == []
    assert check_value(note, 3) == ["a.note: must be text, not 3"]
    assert "at most 500" in check_value(note, "x" * 501)[0]
    assert "U+202E" in check_value(note, "ok\u202etxt")[0]
