"""Crafted backups: each is refused before anything is replaced, and the clinic opens as before.

A backup is a whole SQLite file, schema included. Whatever its schema holds runs inside the
clinic's database once restored (a trigger fires on the next save), so restore accepts only
the exact schema KneeDesk made at the backup's migration level, checked on a private copy.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from store_helpers import FAST_HASHER, PASSWORD, crash_leaving_wal, file_digest

from kneedesk.store.backup_preview import preview_backup
from kneedesk.store.checks import check_database
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import StoreError
from kneedesk.store.migrations import MIGRATIONS
from kneedesk.store.restore import restore_database
from kneedesk.store.store import Store

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "store-schema-v1.sqlite3"

Craft = Callable[[Path], None]


def run_sql(*statements: str) -> Craft:
    def craft(path: Path) -> None:
        conn = sqlite3.connect(path)
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.close()

    return craft


def edit_schema(name: str, old: str, new: str) -> Craft:
    """Rewrite one schema entry's SQL in place, as a hex editor or `writable_schema` can."""

    def craft(path: Path) -> None:
        conn = sqlite3.connect(path)
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()
        assert old in sql
        conn.execute("PRAGMA writable_schema=ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), name)
        )
        conn.commit()
        conn.close()

    return craft


def claim_pages(path: Path) -> None:
    """A header claiming two billion pages (its page count marked valid)."""
    raw = bytearray(path.read_bytes())
    raw[28:32] = struct.pack(">I", 2_000_000_000)
    raw[92:96] = raw[24:28]  # "version valid for" = change counter: the count is trusted
    path.write_bytes(bytes(raw))


def nested_views(path: Path) -> None:
    """Views each reading the one before twice: expanding the last one never ends."""
    statements = ["CREATE VIEW v0 AS SELECT 1 AS x"]
    statements += [
        f"CREATE VIEW v{n} AS SELECT a.x FROM v{n - 1} a, v{n - 1} b" for n in range(1, 40)
    ]
    run_sql(*statements)(path)


def hot_wal(path: Path) -> None:
    crash_leaving_wal(path, rows=3)


CRAFTS: dict[str, tuple[Craft, str]] = {
    "trigger rewriting answers": (
        run_sql(
            "CREATE TRIGGER rewrite_answers AFTER INSERT ON answers BEGIN "
            "UPDATE answers SET value = '0' WHERE visit_id = NEW.visit_id; END",
            "CREATE TRIGGER rewrite_answers_again AFTER UPDATE OF value ON answers BEGIN "
            "UPDATE answers SET value = '0' WHERE visit_id = NEW.visit_id; END",
        ),
        "extra trigger 'rewrite_answers' on table 'answers'",
    ),
    "trigger adding an administrator": (
        run_sql(
            "CREATE TRIGGER backdoor AFTER INSERT ON audit_log BEGIN "
            "INSERT OR IGNORE INTO clinicians (username, display_name, role, password_hash, "
            "created_at) VALUES ('mallory', 'M', 'admin', '$argon2id$x', 'now'); END"
        ),
        "extra trigger 'backdoor' on table 'audit_log'",
    ),
    "extra view": (run_sql("CREATE VIEW everyone AS SELECT * FROM patients"), "extra view"),
    "extra table": (run_sql("CREATE TABLE exfil (x TEXT)"), "extra table 'exfil'"),
    "CHECK constraint removed": (
        edit_schema("clinicians", "CHECK (role IN ('clinician', 'admin'))", ""),
        "table 'clinicians' differs from KneeDesk's",
    ),
    "guard trigger dropped": (
        run_sql("DROP TRIGGER audit_log_no_update"),
        "missing trigger 'audit_log_no_update' on table 'audit_log'",
    ),
    "index on an expression": (
        run_sql("CREATE INDEX slow ON answers (printf('%.*c', 1000, 'x'))"),
        "extra index 'slow' on table 'answers'",
    ),
    "schema of another migration level": (
        # The newest change left out of the record: the file claims the level before it.
        # What the newest change made is then extra for that level.
        run_sql(f"DELETE FROM _sqlite_migrations WHERE name = '{MIGRATIONS.names()[-1]}'"),
        f"differs from KneeDesk's at migration level {len(MIGRATIONS.names()) - 1}",
    ),
    "recursive CTE in a view": (
        run_sql(
            "CREATE VIEW bomb AS WITH RECURSIVE c(x) AS "
            "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
        ),
        "extra view 'bomb'",
    ),
    "views nested without end": (nested_views, "extra view 'v0'"),
    "deeply nested expression": (
        run_sql("CREATE VIEW deep AS SELECT " + " + ".join(["1"] * 600)),
        "extra view 'deep'",
    ),
    "huge claimed page count": (claim_pages, "truncated"),
    "not SQLite": (lambda p: p.write_bytes(b"\xff\xd8\xff\xe0 a photo" * 100), "not an SQLite"),
    "zero bytes": (lambda p: p.write_bytes(b""), "empty (0 bytes)"),
    "hot -wal beside it": (hot_wal, "unsaved changes"),
}


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A clinic with an administrator, a patient and a draft visit with an answer."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    path = folder / "clinic.sqlite3"
    with Store.open(path, hasher=FAST_HASHER) as store:
        ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
        patient = store.patients.create(chart_number="KD-1", given_name="Zoë", family_name="Berg")
        visit = store.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=ana.id)
        store.visits.save_answer(visit.id, "body_mass", "whole", 61.5)
    return path


def crafted(clinic: Path, tmp_path: Path, kind: str) -> Path:
    """A backup of `clinic` made by KneeDesk, then crafted as `kind` says, on a USB stick."""
    usb = tmp_path / "usb"
    usb.mkdir()
    backup = usb / "clinic.kneedesk-backup"
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        store.backup_to(backup)
    CRAFTS[kind][0](backup)
    return backup


def files(folder: Path) -> dict[str, str | None]:
    return {p.name: file_digest(p) for p in sorted(folder.iterdir())}


def records(store: Store) -> list[tuple[object, ...]]:
    return store.db.execute(
        "SELECT c.username, c.role, p.chart_number, a.item_id, a.value FROM clinicians c, "
        "patients p JOIN visits v ON v.patient_id = p.id JOIN answers a ON a.visit_id = v.id "
        "ORDER BY 1, 3, 4"
    ).fetchall()


def opens_normally(clinic: Path) -> None:
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        assert records(store) == [("ana", "admin", "KD-1", "body_mass", "61.5")]
        store.sign_in("ana", PASSWORD)
        visit = store.visits.for_patient(store.patients.search("KD-1")[0].id)[0]
        store.visits.save_answer(visit.id, "height", "whole", 170.0)  # no trigger rewrites it
        assert store.visits.answers(visit.id) == {"body_mass": 61.5, "height": 170.0}
        assert [c.username for c in store.accounts.accounts(include_inactive=True)] == ["ana"]
    assert check_database(clinic).ok


@pytest.mark.parametrize("kind", list(CRAFTS))
def test_restore_refuses_a_crafted_backup_and_changes_nothing(
    clinic: Path, tmp_path: Path, kind: str
) -> None:
    backup = crafted(clinic, tmp_path, kind)
    clinic_files, backup_files = files(clinic.parent), files(backup.parent)
    with pytest.raises(StoreError) as refused:
        restore_database(backup, clinic)
    message = str(refused.value)
    assert CRAFTS[kind][1] in message
    assert "Nothing was changed: the current database is exactly as it was." in message
    assert files(clinic.parent) == clinic_files  # byte for byte, and nothing left behind
    assert files(backup.parent) == backup_files  # the backup is not changed either
    opens_normally(clinic)


@pytest.mark.parametrize("kind", list(CRAFTS))
def test_restore_in_the_app_refuses_a_crafted_backup(
    clinic: Path, tmp_path: Path, kind: str
) -> None:
    backup = crafted(clinic, tmp_path, kind)
    backup_files = files(backup.parent)
    with Store.open(clinic, hasher=FAST_HASHER) as store:
        store.sign_in("ana", PASSWORD)
        before = records(store)
        with pytest.raises(StoreError) as refused:
            store.restore_from(backup)
        assert CRAFTS[kind][1] in str(refused.value)
        assert "Nothing was changed: the current database is exactly as it was." in str(
            refused.value
        )
        assert records(store) == before
        assert store.current is not None  # still signed in: nothing happened
        assert not list(clinic.parent.glob("*before-restore*"))
        assert [a.action for a in store.audit.entries(limit=1)] == ["login"]
    assert files(backup.parent) == backup_files
    opens_normally(clinic)


# The file-level kinds (not SQLite, empty, truncated, hot -wal) were always refused here.
@pytest.mark.parametrize("kind", list(CRAFTS)[: list(CRAFTS).index("huge claimed page count")])
def test_the_preview_refuses_a_crafted_backup(clinic: Path, tmp_path: Path, kind: str) -> None:
    backup = crafted(clinic, tmp_path, kind)
    before = files(backup.parent)
    with pytest.raises(StoreError) as refused:
        preview_backup(backup)
    assert CRAFTS[kind][1] in str(refused.value)
    assert files(backup.parent) == before


def test_an_older_backup_is_compared_with_its_own_levels_schema(
    clinic: Path, tmp_path: Path
) -> None:
    old = tmp_path / "old.kneedesk-backup"
    shutil.copyfile(FIXTURE_V1, old)
    # The column m004 adds, in a file that records only m001: a schema KneeDesk never made.
    run_sql("ALTER TABLE visits ADD COLUMN review TEXT NOT NULL DEFAULT ''")(old)
    before = files(clinic.parent)
    with pytest.raises(StoreError, match="differs from KneeDesk's at migration level 1"):
        restore_database(old, clinic)
    assert files(clinic.parent) == before
