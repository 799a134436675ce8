"""Languages kept by the store: the patient's handout language, the clinic's default, each
clinician's GUI language and the language of every stored report."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.clinicians import Clinician
from kneedesk.store.errors import InvalidValueError
from kneedesk.store.patients import Patient
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

PDF = b"%PDF-1.4 a handout in Spanish"


def test_a_patient_has_no_handout_language_until_one_is_chosen(
    store: Store, patient: Patient, reopen: Callable[[], Store]
) -> None:
    assert patient.handout_language is None
    store.patients.set_handout_language(patient.id, "es_MX")
    store.close()
    with reopen() as again:
        assert again.patients.get(patient.id).handout_language == "es"
        assert [p.handout_language for p in again.patients.search(patient.family_name)] == ["es"]
        edits = again.audit.entries(entity=Entity.PATIENT, entity_id=patient.id, action=Action.EDIT)
        assert edits[-1].detail == {
            "before": {"handout_language": None},
            "after": {"handout_language": "es"},
        }
        again.patients.set_handout_language(patient.id, None)
        assert again.patients.get(patient.id).handout_language is None


def test_an_unknown_language_is_refused_naming_the_choices(store: Store, patient: Patient) -> None:
    with pytest.raises(InvalidValueError) as refused:
        store.patients.set_handout_language(patient.id, "klingon")
    assert "'klingon'" in str(refused.value)
    assert "es (Español)" in str(refused.value)
    assert store.patients.get(patient.id).handout_language is None


def test_the_clinic_default_handout_language_is_english_until_set(store: Store) -> None:
    assert store.settings.read().handout_language == "en"
    store.settings.save_one(SettingKey.HANDOUT_LANGUAGE, "de")
    assert store.settings.read().handout_language == "de"
    with pytest.raises(InvalidValueError):
        store.settings.save_one(SettingKey.HANDOUT_LANGUAGE, "xx")
    assert store.settings.read().handout_language == "de"


def test_each_clinician_keeps_a_gui_language(store: Store, clinician: Clinician) -> None:
    assert clinician.language is None
    assert store.accounts.set_language(clinician.id, "fr").language == "fr"
    assert store.accounts.get(clinician.id).language == "fr"
    assert store.accounts.set_language(clinician.id, None).language is None


def test_a_stored_report_keeps_its_language_and_bytes(
    store: Store, draft: Visit, clinician: Clinician
) -> None:
    info = store.reports.store(
        draft.id, ReportKind.HANDOUT, PDF, created_by=clinician.id, language="es"
    )
    again = store.reports.get(info.id)
    assert (again.info.language, again.pdf, again.intact) == ("es", PDF, True)
    printed = store.audit.entries(entity=Entity.REPORT, entity_id=info.id)
    assert printed[-1].detail["language"] == "es"
    # Reports printed before languages were kept read as English.
    older = store.reports.store(draft.id, ReportKind.SUMMARY, PDF)
    assert store.reports.info(older.id).language == "en"


def test_the_database_refuses_a_language_that_is_not_a_code(
    store: Store, patient: Patient, raw_sql: Callable[[], Any]
) -> None:
    store.close()
    conn = raw_sql()
    try:
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(
                "UPDATE patients SET handout_language = 'es; DROP' WHERE id = ?", [patient.id]
            )
    finally:
        conn.close()
