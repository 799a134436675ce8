"""The clinician summary and the handout print option labels, never stored option keys."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from visit_reports import add_example_patient, example

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.protocol import load_protocol
from kneedesk.services.report_render import render_report
from kneedesk.services.signed_content import signed_findings
from kneedesk.services.visit_report import visit_report
from kneedesk.store.store import Store

PROTOCOL = load_protocol("runners-knee", 1)
KEYS = sorted(
    {o.key for i in PROTOCOL.items() for o in i.options if re.fullmatch(r"[a-z]+_[a-z_]+", o.key)}
)
KEY_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, KEYS)) + r")\b")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(
        tmp_path / "clinic.kneedesk",
        hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
    )
    yield s
    s.close()


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def with_raw_keys(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Finding rows as visits signed before evidence carried labels stored them."""
    old = {
        "history.pain_location": "around_kneecap, behind_kneecap",
        "history.aggravators": "prolonged_sitting, squatting, stairs_down, stairs_up",
    }
    for row in rows:
        for evidence in row["evidence"]:
            if evidence["measure"] in old:
                evidence["value"] = old[evidence["measure"]]
    return rows


def test_summary_and_handout_print_labels_not_keys(store: Store) -> None:
    lee = store.accounts.create(username="lee", display_name="Lee Park", password="pw-12345678")
    first, _ = add_example_patient(store, lee.id)
    data = visit_report(store, first.id).data
    summary = text_of(render_report(data, "summary"))
    handout = text_of(render_report(data, "handout"))
    assert "around the kneecap" in summary
    assert KEY_PATTERN.findall(summary) == []
    assert KEY_PATTERN.findall(handout) == []


def test_rows_signed_with_option_keys_print_their_labels() -> None:
    answers = Answers(example("example-visit.json")["answers"])
    rows = with_raw_keys([f.to_dict() for f in assess_answers(answers, PROTOCOL).findings])
    read_back = signed_findings(rows, PROTOCOL)
    assert read_back is not None
    texts = [e.text() for f in read_back for e in f.evidence]
    assert (
        "pain location: around the kneecap, behind the kneecap (includes around or behind "
        "kneecap)" in texts
    )
    assert not any(KEY_PATTERN.search(t) for t in texts)
    # Words stored for single choices are left as signed.
    assert "right: Trendelenburg: positive" in texts
