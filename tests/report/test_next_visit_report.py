"""The next visit on paper: sealed with a signed visit, typed on a draft, and with red flags."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pdf_helpers import CLINIC, ana, doc, text_of
from visit_reports import add_example_patient

from kneedesk.core.plan_record import sealed_plan
from kneedesk.report import handout_text as txt
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.model import long_date
from kneedesk.report.summary import render_summary
from kneedesk.services.report_render import render_report
from kneedesk.services.signed_content import signed_plan, signed_review
from kneedesk.services.visit_report import visit_report
from kneedesk.store.clinicians import Clinician
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(
        tmp_path / "clinic.kneedesk",
        hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
    )
    yield s
    s.close()


@pytest.fixture
def lee(store: Store) -> Clinician:
    return store.accounts.create(username="lee", display_name="Lee Park", password="pw-12345678")


def around(day: str, weeks: int) -> str:
    return long_date(date.fromisoformat(day) + timedelta(weeks=weeks))


def test_a_signed_visit_prints_the_next_visit_it_was_signed_with(
    store: Store, lee: Clinician
) -> None:
    first, draft = add_example_patient(store, lee.id, sign=(True, False))
    store.drafts.save_review(draft.id, "in 3 weeks")
    rows = [{"id": "wall_sit", "dose": "", "note": ""}]
    store.visits.sign(draft.id, lee.id, [], sealed_plan(rows, store.drafts.review(draft.id)))
    report = visit_report(store, draft.id)
    assert report.status is SignatureStatus.OK
    assert report.data.review == "in 3 weeks"
    assert report.data.final_plan.items == ("wall_sit",)
    line = f"in 3 weeks (around {around(draft.visit_date, 3)})"
    assert f"Your next visit: {line}." in text_of(render_report(report.data, "handout"))
    assert f"Next visit: {line}" in text_of(render_report(report.data, "summary"))


def test_a_visit_signed_before_next_visits_still_reads_verifies_and_prints(
    store: Store, lee: Clinician
) -> None:
    first, _ = add_example_patient(store, lee.id, sign=(True, False))
    content = store.signing.signed_content(first.id)
    assert content is not None
    assert isinstance(content.plan, list)  # rows as signed before the next visit was kept
    report = visit_report(store, first.id)
    assert report.status is SignatureStatus.OK
    assert report.data.review == ""
    assert report.data.final_plan.items == tuple(row["id"] for row in content.plan)
    # signed before v2: it reprints the wording of its day (clinical content v2, 10.2)
    handout = text_of(render_report(report.data, "handout"))
    assert txt.come_back_default(1) in handout
    assert txt.COME_BACK_DEFAULT not in handout
    assert "Next visit: not set" in text_of(render_report(report.data, "summary"))


def test_a_draft_previews_the_next_visit_typed_so_far(store: Store, lee: Clinician) -> None:
    _, draft = add_example_patient(store, lee.id, sign=(True, False))
    store.drafts.save_review(draft.id, "when needed")
    data = visit_report(store, draft.id).data
    assert data.review == "when needed"
    assert "Your next visit: when needed." in text_of(render_handout(data))


def test_signed_plans_are_read_in_both_formats() -> None:
    rows = [{"id": "wall_sit", "dose": "2 x 30 s", "note": "after runs"}]
    for stored, review in ((rows, ""), (sealed_plan(rows, "in 2 weeks"), "in 2 weeks")):
        plan = signed_plan(stored)
        assert plan is not None
        assert (plan.items, dict(plan.doses), dict(plan.notes)) == (
            ("wall_sit",),
            {"wall_sit": "2 x 30 s"},
            {"wall_sit": "after runs"},
        )
        assert signed_review(stored) == review
    assert signed_plan({"exercises": []}) is None
    assert signed_plan({"items": [{"dose": "3 x"}], "review": "in 1 week"}) is None


def test_a_red_flag_handout_keeps_a_next_visit_the_clinician_set() -> None:
    data = dataclasses.replace(
        handout_data(doc("example-red-flag.json"), clinic=CLINIC), review="in 1 week"
    )
    assert data.assessment.red_flag
    line = f"in 1 week (around {long_date(data.visit_date + timedelta(weeks=1))})"
    handout = text_of(render_handout(data))
    assert txt.RED_FLAG_NEXT_STEPS in handout
    assert f"Your next visit: {line}." in handout
    assert txt.SECTION_COME_BACK not in handout
    assert f"Next visit: {line}" in text_of(render_summary(data))


def test_a_red_flag_handout_without_a_next_visit_has_no_default_line() -> None:
    data = handout_data(doc("example-red-flag.json"), clinic=CLINIC)
    handout = text_of(render_handout(data))
    assert "Your next visit" not in handout
    assert txt.COME_BACK_DEFAULT not in handout
    assert "Next visit: not set" in text_of(render_summary(data))


def test_the_summary_shows_a_next_visit_typed_as_free_text() -> None:
    data = dataclasses.replace(ana(1), review="after the marathon, about 2 weeks")
    assert "Next visit: after the marathon, about 2 weeks" in text_of(render_summary(data))
