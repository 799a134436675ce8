"""A stored visit's report in the patient's language: who decides, what it says, what is kept."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from pypdf import PdfReader
from visit_reports import add_example_patient

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.i18n import use_language
from kneedesk.core.protocol import load_protocol
from kneedesk.services.report_render import render_report
from kneedesk.services.signed_translation import translated_findings
from kneedesk.services.visit_report import visit_report
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician
from kneedesk.store.reports import ReportKind
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


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((p.extract_text() or "") for p in reader.pages).split())


def test_the_handout_language_is_the_patients_then_the_clinics(
    store: Store, lee: Clinician
) -> None:
    _, visit = add_example_patient(store, lee.id)
    assert visit_report(store, visit.id).language == "en"
    store.settings.save_one(SettingKey.HANDOUT_LANGUAGE, "de")
    assert visit_report(store, visit.id).language == "de"
    store.patients.set_handout_language(visit.patient_id, "es")
    assert visit_report(store, visit.id).language == "es"
    assert visit_report(store, visit.id, "fr").language == "fr"


def test_a_spanish_handout_speaks_spanish_with_the_patients_own_numbers(
    store: Store, lee: Clinician
) -> None:
    _, visit = add_example_patient(store, lee.id)
    english = visit_report(store, visit.id, "en")
    spanish = visit_report(store, visit.id, "es")
    text = text_of(render_report(spanish.data, ReportKind.HANDOUT, spanish.language))
    assert "de noviembre de 2026" in text or "de diciembre de 2026" in text
    assert "Your knee" not in text
    # The same findings, in Spanish words, each as signed.
    assert [f.id for f in spanish.data.assessment.findings] == [
        f.id for f in english.data.assessment.findings
    ]
    for es, en in zip(
        spanish.data.assessment.findings, english.data.assessment.findings, strict=True
    ):
        assert es.patient_text != en.patient_text, en.id


def test_a_signed_finding_keeps_its_signed_words_when_they_no_longer_match(
    store: Store, lee: Clinician
) -> None:
    _, visit = add_example_patient(store, lee.id)
    english = visit_report(store, visit.id, "en").data.assessment.findings
    protocol = load_protocol("runners-knee", 1)
    answers = Answers(store.visits.answers(visit.id))
    with use_language("es"):
        spanish = assess_answers(answers, protocol).findings
    reworded = replace(english[0], patient_text="Words the clinic signed before a rewording.")
    signed = (reworded, *english[1:])
    mixed = translated_findings(signed, english, spanish)
    assert mixed[0] is reworded  # as signed, not a translation of other words
    assert [f.patient_text for f in mixed[1:]] == [
        next(s for s in spanish if s.id == f.id).patient_text for f in english[1:]
    ]


def test_a_printed_copy_is_kept_with_its_language_and_reprints_byte_for_byte(
    store: Store, lee: Clinician
) -> None:
    _, visit = add_example_patient(store, lee.id)
    report = visit_report(store, visit.id, "de")
    pdf = render_report(report.data, ReportKind.HANDOUT, report.language)
    info = store.reports.store(visit.id, ReportKind.HANDOUT, pdf, language=report.language)
    # The patient's language changes later: the kept copy does not.
    store.patients.set_handout_language(visit.patient_id, "fr")
    kept = store.reports.latest(visit.id, ReportKind.HANDOUT)
    assert kept is not None
    assert (kept.info.id, kept.info.language, kept.pdf) == (info.id, "de", pdf)
    assert "Patienteninformation" in text_of(kept.pdf) or "Ihr" in text_of(kept.pdf)


def test_the_summary_prints_in_the_language_asked_for(store: Store, lee: Clinician) -> None:
    _, visit = add_example_patient(store, lee.id)
    store.patients.set_handout_language(visit.patient_id, "es")
    report = visit_report(store, visit.id, "fr")
    text = text_of(render_report(report.data, ReportKind.SUMMARY, "fr"))
    assert "novembre 2026" in text or "décembre 2026" in text
