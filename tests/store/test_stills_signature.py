"""A signed visit's stills are sealed by its signature (digest version 3); older signatures
verify as before, and a database of the previous schema upgrades with its data intact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from store_helpers import FAST_HASHER, PASSWORD, FakeClock, sqlite_only
from stored_stills import TRUNK, jpeg, make_still
from tamper_helpers import tamper, tamper_either

from kneedesk.core.stills import image_digest, marks_to_json
from kneedesk.store import signing as signing_module
from kneedesk.store.canonical import canonical_json
from kneedesk.store.checks import check_database
from kneedesk.store.clinicians import Role
from kneedesk.store.db import open_db
from kneedesk.store.migrations import MIGRATIONS, KneeDeskMigrations
from kneedesk.store.schema_check import schema_problems
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store


def signed_visit_with_still(reopen: Callable[..., Store], clock: FakeClock) -> tuple[int, str]:
    """A clinic with one signed visit keeping one still: (visit id, still uid)."""
    with reopen() as store:
        ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
        zoe = store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
        visit = store.visits.create_draft(zoe.id, visit_date="2026-11-20", clinician_id=ana.id)
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
        store.stills.set_consent(visit.id, True, ana.id)
        uid = store.stills.add(visit.id, make_still(), ana.id).uid
        clock.advance(minutes=5)
        signed = store.visits.sign(visit.id, ana.id, [], {"items": []})
        assert store.signing.verify(signed.id) == SignatureStatus.OK
        assert store.db.execute("SELECT digest_version FROM visits").fetchone()[0] == 3
        return visit.id, uid


def status_and_still(reopen: Callable[..., Store], visit_id: int) -> tuple[SignatureStatus, bool]:
    with reopen() as store:
        (still,) = store.stills.for_visit(visit_id)
        return store.signing.verify(visit_id), still.altered


def _swap_image(keep_digest: bool) -> object:
    other = jpeg((0, 0, 0))

    def edit(conn: Any) -> None:
        if keep_digest:
            conn.execute("UPDATE visit_stills SET jpeg = ?", [other])
        else:
            conn.execute(
                "UPDATE visit_stills SET jpeg = ?, image_sha256 = ?", [other, image_digest(other)]
            )

    return edit


@sqlite_only("checks the file with check_database; the server's full check has its own tests")
def test_a_stills_bytes_changed_with_plain_sqlite_read_altered(
    db_path: Path, clock: FakeClock, reopen: Callable[..., Store]
) -> None:
    visit_id, _ = signed_visit_with_still(reopen, clock)
    assert check_database(db_path).problems == []
    tamper(db_path, _swap_image(keep_digest=True))  # type: ignore[arg-type]
    assert status_and_still(reopen, visit_id) == (SignatureStatus.ALTERED, True)
    report = check_database(db_path)
    assert "signed visits: 1 altered since signing" in " | ".join(report.problems)


def test_new_bytes_with_a_matching_image_sha256_still_break_the_signature(
    engine: str,
    db_path: Path,
    clock: FakeClock,
    reopen: Callable[..., Store],
    owner_sql: Callable[[], Any],
) -> None:
    visit_id, _ = signed_visit_with_still(reopen, clock)
    tamper_either(engine, db_path, owner_sql, _swap_image(keep_digest=False))  # type: ignore[arg-type]
    # The still looks whole on its own, but the signature covers the bytes themselves.
    assert status_and_still(reopen, visit_id) == (SignatureStatus.ALTERED, False)


@pytest.mark.parametrize(
    "edit",
    [
        f"UPDATE visit_stills SET marks = '{canonical_json(marks_to_json([TRUNK]))}'",
        "UPDATE visit_stills SET view = 'back'",
        "UPDATE visit_stills SET on_handout = 1",
        "UPDATE visit_stills SET note = 'moved'",
        "UPDATE visits SET filming_consent = NULL",
        "DELETE FROM visit_stills",
    ],
)
def test_points_choices_consent_or_a_removed_still_read_altered(
    engine: str,
    db_path: Path,
    clock: FakeClock,
    reopen: Callable[..., Store],
    owner_sql: Callable[[], Any],
    edit: str,
) -> None:
    visit_id, _ = signed_visit_with_still(reopen, clock)
    tamper_either(engine, db_path, owner_sql, edit)
    with reopen() as store:
        assert store.signing.verify(visit_id) == SignatureStatus.ALTERED


@pytest.mark.parametrize("version", [1, 2])
def test_signatures_of_earlier_digest_versions_verify_as_before(
    store: Store, monkeypatch: pytest.MonkeyPatch, version: int
) -> None:
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    zoe = store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
    visit = store.visits.create_draft(zoe.id, visit_date="2026-11-20", clinician_id=ana.id)
    store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    monkeypatch.setattr(signing_module, "CURRENT_DIGEST_VERSION", version)
    store.visits.sign(visit.id, ana.id, [], {"items": []})
    assert store.db.execute("SELECT digest_version FROM visits").fetchone()[0] == version
    assert store.signing.verify(visit.id) == SignatureStatus.OK


def _up_to_m006() -> KneeDeskMigrations:
    migrations = KneeDeskMigrations("kneedesk")
    for name in MIGRATIONS.names()[: MIGRATIONS.names().index("m007_visit_stills")]:
        migrations(name=name)(next(m.fn for m in MIGRATIONS._migrations if m.name == name))
    return migrations


def test_a_database_of_the_previous_schema_upgrades_with_its_signatures_intact(
    db_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = _up_to_m006()
    db = open_db(db_path, migrations=older)
    # Today's repositories read the language columns of a later migration: lend them for
    # writing the old data, then take them away again.
    lent = (
        ("patients", "handout_language", "TEXT"),
        ("reports", "language", "TEXT"),
        ("clinicians", "language", "TEXT"),
        ("patients", "version", "INTEGER NOT NULL DEFAULT 0"),
        ("visits", "revision", "INTEGER NOT NULL DEFAULT 0"),
        ("answers", "version", "INTEGER NOT NULL DEFAULT 0"),
        ("answers", "updated_by", "INTEGER"),
    )
    for table, column, kind in lent:
        db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    with monkeypatch.context() as patched:
        patched.setattr(signing_module, "CURRENT_DIGEST_VERSION", 2)  # as m006 signed
        with Store(db, clock=clock, hasher=FAST_HASHER) as store:
            ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
            zoe = store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
            for day in ("2026-11-20", "2026-11-27"):
                visit = store.visits.create_draft(zoe.id, visit_date=day, clinician_id=ana.id)
                store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
            store.visits.sign(1, ana.id, [], {"items": []})
            for table, column, _kind in lent:
                store.db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    with Store.open(db_path, clock=clock, hasher=FAST_HASHER) as store:
        assert schema_problems(store.db.conn) == []
        assert store.db.execute("SELECT id, digest_version FROM visits").fetchall() == [
            (1, 2),
            (2, None),
        ]
        assert store.signing.verify(1) == SignatureStatus.OK
        assert store.visits.answers(1) == store.visits.answers(2) == {"body_mass": 61.5}
        assert store.stills.consent(2) is None
        store.stills.set_consent(2, True, 1)
        store.stills.add(2, make_still(), 1)
        store.visits.sign(2, 1, [], {"items": []})
        assert store.signing.verify(2) == SignatureStatus.OK
    assert list(db_path.parent.glob("clinic.before-m007_visit_stills-*.sqlite3"))
