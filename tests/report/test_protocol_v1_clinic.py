"""A clinic database written before protocol version 2, opened with today's KneeDesk.

tests/fixtures/protocol-v1-clinic.sqlite3 was made by tests/fixtures/make_protocol_v1.py at
the last release on version 1: a signed v1 visit whose handout and summary were printed
and kept, and an unsigned v1 follow-up (clinical content v2, section 10).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import pytest
from pdf_helpers import body_words

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.protocol import load_protocol
from kneedesk.services.report_render import render_report
from kneedesk.services.visit_report import visit_report
from kneedesk.store.reports import ReportKind
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "protocol-v1-clinic.sqlite3"
USERNAME, PASSWORD = "marta", "fixture password v1"


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[Store]:
    copy = tmp_path / "clinic.kneedesk"
    shutil.copyfile(FIXTURE, copy)
    with Store.open(copy) as store:
        store.sign_in(USERNAME, PASSWORD)
        yield store


def visits(store: Store) -> tuple[int, int]:
    (patient,) = store.patients.search(limit=10)
    signed, draft = store.visits.for_patient(patient.id)
    assert signed.signed
    assert not draft.signed
    return signed.id, draft.id


def test_both_visits_keep_protocol_version_1(clinic: Store) -> None:
    for visit_id in visits(clinic):
        visit = clinic.visits.get(visit_id)
        assert (visit.protocol, visit.protocol_version) == ("runners-knee", 1)
    # and a new visit of the same patient starts on version 2
    (patient,) = clinic.patients.search(limit=10)
    new = clinic.visits.create_draft(patient.id, visit_date="2026-12-05")
    assert new.protocol_version == 2


def test_the_signed_visit_verifies_and_shows_what_was_signed(clinic: Store) -> None:
    signed, _ = visits(clinic)
    assert clinic.signing.verify(signed) == SignatureStatus.OK
    content = clinic.signing.signed_content(signed)
    assert content is not None
    # The findings signed under v1, not what v2 rules would say of the same answers.
    v1 = assess_answers(Answers(clinic.visits.answers(signed)), load_protocol("runners-knee", 1))
    assert [f["id"] for f in content.findings] == [f.id for f in v1.findings]
    assert content.plan["items"][0]["note"] == "Keep the knee over the second toe"
    assert content.plan["review"] == "in 3 weeks"
    assert "library" not in content.plan  # signed before library edition 2


@pytest.mark.parametrize("kind", [ReportKind.HANDOUT, ReportKind.SUMMARY])
def test_kept_copies_are_intact_and_a_fresh_render_says_the_same(
    clinic: Store, kind: ReportKind
) -> None:
    """Reprinting uses the kept copy, byte for byte; a fresh render (the preview) has the
    same words. The handout's layout has been tightened since (fewer pages), so only its
    page breaks, with the running header and footer, may differ."""
    signed, _ = visits(clinic)
    kept = clinic.reports.latest(signed, kind)
    assert kept is not None
    assert kept.intact
    assert clinic.reports.get(kept.info.id).pdf == kept.pdf  # what a reprint sends
    again = render_report(visit_report(clinic, signed).data, kind)
    assert body(again) == body(kept.pdf), f"the {kind} of a signed v1 visit no longer says the same"
    if kind is ReportKind.SUMMARY:
        assert again == kept.pdf


def body(pdf: bytes) -> list[str]:
    """Every word between the running header and footer, in reading order, across pages."""
    return [w.text for _, _, words in body_words(pdf) for w in words]


def test_the_draft_keeps_v1_rules_until_converted(clinic: Store) -> None:
    _, draft = visits(clinic)
    document = json.loads(
        files("kneedesk.resources").joinpath("examples", "example-followup.json").read_text()
    )
    assert clinic.visits.answers(draft) == document["answers"]
    answers = Answers(clinic.visits.answers(draft))
    v1 = assess_answers(answers, load_protocol("runners-knee", 1))
    report = visit_report(clinic, draft)
    assert not report.signed
    assert [f.id for f in report.data.assessment.findings] == [f.id for f in v1.findings]
    dropped = clinic.visits.convert(draft, 2)
    assert dropped == ["history.other_causes_excluded"]
    assert clinic.visits.get(draft).protocol_version == 2
    carried = {k: v for k, v in document["answers"].items() if k != "history.other_causes_excluded"}
    assert clinic.visits.answers(draft) == carried
    # v2 rules from now on: the new differential is empty, so the diagnosis is to confirm
    v2 = visit_report(clinic, draft).data.assessment
    assert v2.protocol.version == 2
    assert v2.to_dict()["diagnosis_status"] == "to_confirm"
    assert "diagnosis_to_confirm" in [f.id for f in v2.findings]
