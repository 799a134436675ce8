"""Stored reports (exact bytes for reprinting) and clinic settings."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest
from store_helpers import as_owner

from kneedesk.store.audit import Action
from kneedesk.store.clinic_settings import ClinicSettings, SettingKey
from kneedesk.store.errors import InvalidValueError, NotFoundError
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"


def test_report_bytes_are_kept_for_reprinting(store: Store, draft: Visit) -> None:
    info = store.reports.store(draft.id, ReportKind.HANDOUT, PDF)
    assert info.sha256 == hashlib.sha256(PDF).hexdigest()
    assert info.size == len(PDF)
    again = store.reports.get(info.id)
    assert again.pdf == PDF
    assert again.intact
    latest = store.reports.latest(draft.id, ReportKind.HANDOUT)
    assert latest is not None
    assert latest.info == info
    assert store.reports.latest(draft.id, ReportKind.SUMMARY) is None
    assert store.audit.entries()[0].action == Action.PRINT


def test_newest_report_of_a_kind_wins(store: Store, draft: Visit) -> None:
    store.reports.store(draft.id, ReportKind.HANDOUT, PDF)
    second = store.reports.store(draft.id, ReportKind.HANDOUT, PDF + b"% v2\n")
    summary = store.reports.store(draft.id, ReportKind.SUMMARY, PDF)
    latest = store.reports.latest(draft.id, ReportKind.HANDOUT)
    assert latest is not None
    assert latest.info.id == second.id
    assert [r.kind for r in store.reports.for_visit(draft.id)] == ["handout", "handout", "summary"]
    store.reports.record_reprint(summary.id)
    assert store.audit.entries()[0].detail["reprint"] is True


# Going round the guard: the owner drops (SQLite) or disables (server) the trigger.
UNGUARD_REPORTS = {
    "sqlite": "DROP TRIGGER reports_no_update",
    "postgresql": "ALTER TABLE reports DISABLE TRIGGER reports_no_change",
}


def test_changed_report_bytes_are_not_intact(
    store: Store, draft: Visit, owner_sql: Callable[[], Any]
) -> None:
    info = store.reports.store(draft.id, ReportKind.HANDOUT, PDF)
    altered = PDF.replace(b"Catalog", b"Catalgo")  # same size, different bytes
    as_owner(
        store,
        owner_sql,
        [
            (UNGUARD_REPORTS[store.engine], []),
            ("UPDATE reports SET pdf = ? WHERE id = ?", [altered, info.id]),
        ],
    )
    assert not store.reports.get(info.id).intact


def test_reports_are_read_only(store: Store, draft: Visit) -> None:
    store.reports.store(draft.id, ReportKind.HANDOUT, PDF)
    for sql in ("UPDATE reports SET kind = 'summary'", "DELETE FROM reports"):
        with pytest.raises(sqlite3.IntegrityError, match="read-only"):
            store.db.execute(sql)


def test_report_must_be_a_pdf_for_a_known_visit(store: Store, draft: Visit) -> None:
    with pytest.raises(InvalidValueError):
        store.reports.store(draft.id, ReportKind.HANDOUT, b"<html>")
    with pytest.raises(NotFoundError):
        store.reports.store(999, ReportKind.HANDOUT, PDF)
    with pytest.raises(ValueError, match="receipt"):
        store.reports.store(draft.id, "receipt", PDF)  # type: ignore[arg-type]


def test_settings_defaults(store: Store) -> None:
    assert store.settings.read().units.system == "metric"
    assert store.settings.read().paper == "a4"
    assert store.settings.get(SettingKey.CLINIC, {}) == {}
    assert store.settings.read() == ClinicSettings()
    assert store.settings.get("missing", "fallback") == "fallback"


def test_settings_round_trip_and_are_audited(store: Store) -> None:
    store.settings.save_one(
        SettingKey.CLINIC, {"name": "Harbour Physio", "phone": "+61 2 5550 1234"}
    )
    store.settings.save_one(SettingKey.UNITS, "us")
    store.settings.save_one(SettingKey.PAPER, "letter")
    store.settings.save_one(SettingKey.THRESHOLDS, {"lsi_min_percent": 85, "cadence_max_spm": 168})
    assert store.settings.get(SettingKey.CLINIC, {})["name"] == "Harbour Physio"
    assert store.settings.read().units.system == "us"
    assert store.settings.read().paper == "letter"
    thresholds = store.settings.read().thresholds
    assert (thresholds.lsi_min_percent, thresholds.cadence_max_spm) == (85, 168)
    last = store.audit.entries()[0]
    assert (last.action, last.entity, last.entity_id) == ("edit", "settings", "thresholds")
    assert set(store.settings.all()) == {"clinic", "units", "paper", "thresholds"}


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.settings.save_one(SettingKey.UNITS, "imperial"),
        lambda s: s.settings.save_one(SettingKey.PAPER, "a3"),
        lambda s: s.settings.save_one(SettingKey.FORCE_UNIT, "stone"),
        lambda s: s.settings.save_one(SettingKey.AUTO_LOCK_MINUTES, 500),
        lambda s: s.settings.save_one(SettingKey.CLINIC, "Riverside"),
        # One bad value among good ones: nothing at all is written.
        lambda s: s.settings.save({SettingKey.UNITS: "us", SettingKey.PAPER: "a3"}),
        lambda s: s.settings.set("x", float("inf")),
        lambda s: s.settings.set("", 1),
    ],
)
def test_bad_settings_are_refused(store: Store, call: object) -> None:
    with pytest.raises(InvalidValueError):
        call(store)  # type: ignore[operator]
    assert store.settings.all() == {}
