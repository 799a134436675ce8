"""docs/clinical-rules.md is written from the code and stays up to date."""

from __future__ import annotations

from pathlib import Path

from kneedesk.core.clinical_rules_doc import SAMPLES, render
from kneedesk.core.findings import FINDING_IDS_V2
from kneedesk.core.thresholds import THRESHOLD_INFO

DOC = Path(__file__).resolve().parents[2] / "docs" / "clinical-rules.md"


def test_committed_page_matches_the_code() -> None:
    assert DOC.read_text(encoding="utf-8") == render(), (
        "docs/clinical-rules.md is out of date: run make docs"
    )


def test_every_v2_rule_and_every_threshold_is_on_the_page() -> None:
    assert {s[0] for s in SAMPLES} == set(FINDING_IDS_V2)
    text = render()
    for finding_id in FINDING_IDS_V2:
        assert f"| `{finding_id}` |" in text, finding_id
    for key in THRESHOLD_INFO:
        assert f"| `{key}` |" in text, key


def test_page_shows_levels_sources_and_bands() -> None:
    text = render()
    assert "| `load_spike` | attention (single-run spike) |" in text
    assert "| `load_spike` | info (weekly rise or return only) |" in text
    assert "| moderate | >30% to 100% | 1.52 |" in text
    assert "| `mdc_knee_to_wall_cm` | 1.9 | cm |" in text
    assert "Frandsen et al., BJSM 2025" in text
    assert "| knee_to_wall | `mdc_knee_to_wall_cm` | ±1.9 cm | MDC | no: usual error |" in text
