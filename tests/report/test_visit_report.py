"""From a stored visit to report data and PDF bytes (`kneedesk.services`), without Qt."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from still_pictures import squat_still
from visit_reports import PLAN_NOTE, add_example_patient, example

from kneedesk.core.units import UnitSystem
from kneedesk.services.report_files import write_atomically
from kneedesk.services.report_render import render_report
from kneedesk.services.signed_content import signed_findings, signed_plan
from kneedesk.services.visit_report import ReportUnavailableError, visit_report
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import NotFoundError
from kneedesk.store.store import Store

# A 1 x 1 px PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


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


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_a_signed_visit_prints_its_signed_findings_plan_and_notes(
    store: Store, lee: Clinician
) -> None:
    first, second = add_example_patient(store, lee.id)
    content = store.signing.signed_content(second.id)
    assert content is not None
    report = visit_report(store, second.id)
    data = report.data
    assert report.signed
    assert not report.altered
    assert data.signed_by == "Lee Park"
    assert data.patient_name == "Ana Ruiz"
    assert [f.to_dict()["id"] for f in data.assessment.findings] == [
        f["id"] for f in content.findings
    ]
    assert data.final_plan.items == tuple(row["id"] for row in content.plan)
    assert data.final_plan.notes == {content.plan[0]["id"]: PLAN_NOTE}
    assert [v.date.isoformat() for v in data.earlier_visits] == [first.visit_date]
    assert PLAN_NOTE in text_of(render_report(data, "handout"))
    assert PLAN_NOTE in text_of(render_report(data, "summary"))


def test_letterhead_paper_units_and_thresholds_come_from_the_settings(
    store: Store, lee: Clinician
) -> None:
    _, second = add_example_patient(store, lee.id)
    logo = base64.b64encode(PNG).decode("ascii")
    store.settings.save_one(
        SettingKey.CLINIC, {"name": "Hillside Runners", "phone": "555 0199", "logo_png": logo}
    )
    store.settings.save_one(SettingKey.PAPER, "letter")
    store.settings.save_one(SettingKey.UNITS, "us")
    store.settings.save_one(SettingKey.THRESHOLDS, {"kujala_mcid": 12})
    data = visit_report(store, second.id).data
    assert (data.clinic.name, data.clinic.phone, data.clinic.logo) == (
        "Hillside Runners",
        "555 0199",
        PNG,
    )
    assert data.paper == "letter"
    assert data.units.system is UnitSystem.US
    assert data.assessment.thresholds.kujala_mcid == 12
    pdf = render_report(data, "summary")
    assert float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width) == pytest.approx(612, abs=1)
    assert "Hillside Runners" in text_of(pdf)


def test_a_draft_uses_the_suggested_plan_and_earlier_signed_visits(
    store: Store, lee: Clinician
) -> None:
    _, draft = add_example_patient(store, lee.id, sign=(True, False))
    report = visit_report(store, draft.id)
    assert not report.signed
    assert report.data.plan is None
    assert report.data.signed_by == ""
    assert len(report.data.earlier_visits) == 1


def test_an_altered_visit_is_marked(store: Store, lee: Clinician) -> None:
    first, _ = add_example_patient(store, lee.id)
    store.db.execute("DROP TRIGGER answers_signed_update")
    store.db.execute(
        "UPDATE answers SET value = '9' WHERE visit_id = ? AND item_id = 'pain.usual'",
        [first.id],
    )
    report = visit_report(store, first.id)
    assert report.altered
    assert report.data.altered


def test_missing_visits_and_birth_dates_are_reported(store: Store, lee: Clinician) -> None:
    with pytest.raises(NotFoundError):
        visit_report(store, 999)
    patient = store.patients.create(chart_number="X-1", given_name="No", family_name="Birthday")
    visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=lee.id)
    with pytest.raises(ReportUnavailableError, match="date of birth"):
        visit_report(store, visit.id)


def test_unreadable_signed_rows_fall_back() -> None:
    assert signed_plan({"id": "wall_sit"}) is None
    assert signed_plan([{"dose": "3 x"}]) is None
    assert signed_findings([{"id": "x"}]) is None
    assert signed_findings("findings") is None
    plan = signed_plan([{"id": "wall_sit", "dose": " 2 x 30 s ", "note": ""}, {"id": "wall_sit"}])
    assert plan is not None
    assert (plan.items, dict(plan.doses), dict(plan.notes)) == (
        ("wall_sit",),
        {"wall_sit": "2 x 30 s"},
        {},
    )


def test_signed_evidence_prints_in_the_units_it_was_signed_in() -> None:
    """A US clinic's signed findings read back with their inches and miles, not cm and km."""
    from kneedesk.core.answers import Answers
    from kneedesk.core.assessment import assess_answers
    from kneedesk.core.protocol import load_protocol
    from kneedesk.core.units import DisplayUnits

    answers = Answers(example("example-visit.json")["answers"])
    findings = assess_answers(
        answers, load_protocol("runners-knee", 1), units=DisplayUnits(UnitSystem.US)
    ).findings
    lengths = [e for f in findings for e in f.evidence if e.display_unit is not None]
    assert lengths, "the example visit should have a length or distance finding"
    read_back = signed_findings([f.to_dict() for f in findings])
    assert read_back is not None
    assert [e.text() for f in read_back for e in f.evidence] == [
        e.text() for f in findings for e in f.evidence
    ]
    assert not any(" cm" in e.text() or " km" in e.text() for f in read_back for e in f.evidence)


def test_write_atomically_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert target.stat().st_mode & 0o077 == 0
    assert list(tmp_path.iterdir()) == [target]


def test_the_signed_summary_prints_the_signatures_audit_seal(store: Store, lee: Clinician) -> None:
    _, second = add_example_patient(store, lee.id)
    (sign_row,) = store.audit.entries(entity=Entity.VISIT, entity_id=second.id, action=Action.SIGN)
    seal = f"{sign_row.id}:{sign_row.hash[:16]}"
    report = visit_report(store, second.id)
    assert report.data.seal == seal
    summary = text_of(render_report(report.data, "summary"))
    assert f"Signed electronically by Lee Park · audit seal {seal}" in summary
    # The seal is for whoever checks the record, not for the patient's handout.
    assert "audit seal" not in text_of(render_report(report.data, "handout"))


def test_a_stored_visit_prints_its_chosen_stills_beside_the_last_signed_visits(
    store: Store, lee: Clinician
) -> None:
    """The handout of a visit shows the stills the clinician chose to print, each with the
    same test, side and view at the last signed visit; the summary lists every still."""
    first, second = add_example_patient(store, lee.id, sign=(True, False))
    assert first.signed
    assert not second.signed
    # The first visit was signed with no stills; stills can only join a draft, so the
    # earlier still goes on a third visit that is signed before the follow-up is printed.
    earlier = store.visits.create_draft(
        second.patient_id,
        visit_date=first.visit_date,
        clinician_id=lee.id,
        protocol=second.protocol,
        protocol_version=second.protocol_version,
    )
    store.stills.set_consent(earlier.id, True, lee.id)
    store.stills.add(earlier.id, squat_still(19.0, uid="then", on_handout=False), lee.id)
    store.visits.sign(earlier.id, lee.id, [], [])
    store.stills.set_consent(second.id, True, lee.id)
    store.stills.add(second.id, squat_still(14.0, uid="now"), lee.id)
    store.stills.add(
        second.id, squat_still(9.0, uid="unprinted", on_handout=False, file_name="B.MOV"), lee.id
    )

    report = visit_report(store, second.id)
    assert [
        (s.still.uid, s.earlier.still.uid if s.earlier else None) for s in report.data.stills
    ] == [
        ("now", "then"),
        ("unprinted", "then"),
    ]
    handout = text_of(render_report(report.data, "handout"))
    assert "14 degrees inward" in handout
    assert "19 degrees" in handout
    assert "9 degrees inward" not in handout
    summary = text_of(render_report(report.data, "summary"))
    assert "IMG_0412.MOV" in summary
    assert "B.MOV" in summary
