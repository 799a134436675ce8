"""docs/visit-format.md stays true to the protocol, the reader and `kneedesk score`."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from kneedesk.core.assessment import assess
from kneedesk.core.protocol import load_protocol
from kneedesk.core.visit_doc import load_visit_doc, parse_visit_doc
from kneedesk.core.visit_format_doc import BEGIN, END, render_item_table, updated_doc

DOC = Path(__file__).resolve().parents[2] / "docs" / "visit-format.md"
EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def section(title: str) -> str:
    text = doc_text()
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else None]


def test_committed_doc_matches_the_protocol() -> None:
    text = doc_text()
    assert text == updated_doc(text, load_protocol()), (
        "docs/visit-format.md is out of date: run make docs"
    )


def test_every_item_has_a_row_with_its_range_and_sides() -> None:
    table = render_item_table(load_protocol())
    for item in load_protocol().items():
        (row,) = [line for line in table.splitlines() if line.startswith(f"| `{item.id}` |")]
        cells = [c.strip() for c in row.strip("|").split(" | ")]
        assert cells[2] == item.kind.value
        assert cells[5] == ("yes" if item.per_side else "no")
        assert cells[6] == ("yes" if item.required else "no")
    assert "| `body_mass` | Body mass | number | kg | 20 to 300 | no | yes |" in table
    assert "| `hip.lever_arm` | Hip lever arm | number | m | 0.2 to 1.2 | no | no |" in table
    assert "`knee_medial_to_foot` (2 pt, one of group knee_position)" in table


def test_the_example_in_the_doc_is_a_valid_document() -> None:
    (block,) = re.findall(r"```json\n(.*?)```", section("Example"), flags=re.DOTALL)
    doc = parse_visit_doc(json.loads(block), today=date(2026, 11, 25))
    assert doc.not_tested_reason("balance.y_anterior", "right")


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        ("example-followup.json", "example-visit.json"),
        ("example-v2-followup.json", "example-visit-v2.json"),
    ],
)
def test_output_section_names_every_key_kneedesk_score_prints(later: str, earlier: str) -> None:
    text = section("Output of `kneedesk score`")
    visit = load_visit_doc(EXAMPLES / later)
    previous = load_visit_doc(EXAMPLES / earlier)
    out = assess(visit, previous).to_dict()
    finding = out["findings"][0]
    keys = [*out, *out["scores"], *finding, *finding["evidence"][0]]
    for item in out.get("suggested_plan", {}).get("items", []):
        keys += [*item]
    keys += [*out["suggested_plan"]] if "suggested_plan" in out else []
    assert [k for k in keys if f"`{k}`" not in text] == []


def test_updated_doc_needs_both_markers() -> None:
    with pytest.raises(ValueError, match="markers"):
        updated_doc("# no table here\n", load_protocol())
    assert updated_doc(f"a\n{BEGIN}\nold\n{END}\nb\n", load_protocol()).startswith(f"a\n{BEGIN}\n")
