"""Protocol files are validated: a small valid one parses, each kind of problem names its item,
every problem in a file is reported at once, and bad TOML or an unknown version is an error.
"""

from __future__ import annotations

import pytest

from kneedesk.core.protocol import ProtocolError, parse_protocol

HEAD = """
id = "test"
version = 1
title = "Test protocol"

[[sections]]
id = "s"
title = "Section"
"""


def toml(*items: str) -> str:
    """A protocol with these item tables in one section."""
    return HEAD + "".join("\n[[sections.items]]\n" + body.strip() + "\n" for body in items)


NUMBER_OK = """
id = "a.ok"
kind = "number"
label = "OK"
instruction = "Fine."
min = 0
max = 10
"""


def test_small_valid_protocol_parses() -> None:
    protocol = parse_protocol(toml(NUMBER_OK))
    assert [i.id for i in protocol.items()] == ["a.ok"]


BAD = [
    pytest.param(
        [NUMBER_OK, NUMBER_OK],
        "a.ok",
        "duplicate",
        id="duplicate id",
    ),
    pytest.param(
        ['id = "a.slider"\nkind = "slider"\nlabel = "S"\ninstruction = "I."'],
        "a.slider",
        "unknown kind",
        id="unknown kind",
    ),
    pytest.param(
        ['id = "a.range"\nkind = "number"\nlabel = "R"\ninstruction = "I."\nmin = 10\nmax = 5'],
        "a.range",
        "greater than",
        id="min > max",
    ),
    pytest.param(
        [
            'id = "kujala.x"\nkind = "choice"\nscore = "kujala-1993"\nlabel = "K"\n'
            'instruction = "I."\noptions = [{ key = "none", label = "None", points = 5 },'
            ' { key = "some", label = "Some" }]'
        ],
        "kujala.x",
        "points",
        id="kujala option without points",
    ),
    pytest.param(
        [
            'id = "a.check"\nkind = "checklist"\nlabel = "C"\ninstruction = "I."\n'
            'options = [{ key = "one", label = "One" }]'
        ],
        "a.check",
        "points",
        id="checklist option without points",
    ),
    pytest.param(
        ['id = "a.choice"\nkind = "choice"\nlabel = "C"\ninstruction = "I."'],
        "a.choice",
        "option",
        id="choice without options",
    ),
    pytest.param(
        ['id = "a.number"\nkind = "number"\nlabel = "N"\ninstruction = "I."'],
        "a.number",
        "min",
        id="number without range",
    ),
    pytest.param(
        [NUMBER_OK.replace('"a.ok"', '"a.field"') + 'colour = "red"\n'],
        "a.field",
        "unknown field",
        id="unknown field",
    ),
    pytest.param(
        ['id = "Bad Id"\nkind = "number"\nlabel = "B"\ninstruction = "I."\nmin = 0\nmax = 1'],
        "Bad Id",
        "not a valid item id",
        id="bad id",
    ),
]


@pytest.mark.parametrize(("bodies", "item_id", "words"), BAD)
def test_problem_names_the_item(bodies: list[str], item_id: str, words: str) -> None:
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(toml(*bodies))
    problems = caught.value.problems
    assert len(problems) == 1, problems
    assert item_id in problems[0]
    assert words in problems[0]
    assert item_id in str(caught.value)


def test_every_problem_in_a_file_is_reported() -> None:
    text = toml(
        NUMBER_OK,
        NUMBER_OK,  # duplicate of a.ok
        'id = "b.slider"\nkind = "slider"\nlabel = "S"\ninstruction = "I."',
        'id = "c.range"\nkind = "integer"\nlabel = "R"\ninstruction = "I."\nmin = 3\nmax = 1',
        'id = "d.choice"\nkind = "choice"\nlabel = "C"\ninstruction = "I."',
        'id = "e.check"\nkind = "checklist"\nlabel = "C"\ninstruction = "I."\n'
        'options = [{ key = "x", label = "X" }]',
    )
    with pytest.raises(ProtocolError) as caught:
        parse_protocol(text, source="many.toml")
    problems = caught.value.problems
    assert len(problems) == 5, problems
    for item_id in ("a.ok", "b.slider", "c.range", "d.choice", "e.check"):
        assert sum(item_id in p for p in problems) == 1, (item_id, problems)
    assert "many.toml" in str(caught.value)


def test_invalid_toml_is_a_protocol_error() -> None:
    with pytest.raises(ProtocolError, match="not valid TOML"):
        parse_protocol("id = ")


def test_unknown_protocol_version_is_a_protocol_error() -> None:
    from kneedesk.core.protocol import load_protocol

    with pytest.raises(ProtocolError, match="version 99"):
        load_protocol("runners-knee", 99)
