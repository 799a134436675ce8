"""Schema step pg003 on a clinic server set up at pg001: its rows kept, bad values refused."""

from __future__ import annotations

import sqlite3

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from store_helpers import FAST_HASHER

from kneedesk.store.postgres import migrations
from kneedesk.store.postgres.server import init_server, upgrade_server
from kneedesk.store.store import Store


def test_a_server_set_up_at_pg001_upgrades_with_its_rows_and_then_refuses_bad_values(
    pg_server: PgServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = pg_server.empty_database()
    try:
        admin = pg_server.superuser(name)
        try:
            with monkeypatch.context() as released:
                released.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
                assert init_server(admin, APP_PASSWORD) == ["pg001_initial"]
            admin.execute(
                "INSERT INTO patients (uid, chart_number, given_name, family_name, birth_date, "
                "sort_key, created_at, updated_at) VALUES ('u1', 'KD-1', 'Ana', 'Ruiz', "
                "'2024-02-29', 'ruiz', 't', 't')"
            )
            assert upgrade_server(admin) == [
                "pg002_guard_locks",
                "pg003_data_checks",
                "pg004_field_versions",
                "pg005_change_notices",
            ]
        finally:
            admin.close()
        with Store.open_server(pg_server.settings(name), APP_PASSWORD, hasher=FAST_HASHER) as store:
            kept = store.patients.by_chart_number("KD-1")
            assert kept is not None
            assert (kept.chart_number, kept.birth_date) == ("KD-1", "2024-02-29")
            for date in ("2023-02-29", "2026-04-31", "2026-00-10", "0000-01-01"):
                with pytest.raises(sqlite3.IntegrityError, match="birth_date_check"):
                    store.db.execute(
                        "UPDATE patients SET birth_date = ? WHERE id = ?", [date, kept.id]
                    )
            with pytest.raises(sqlite3.IntegrityError, match="value_check"):
                store.db.execute("INSERT INTO settings VALUES ('x', '007', 't')")
            store.db.execute("INSERT INTO settings VALUES ('x', '-0.5e+3', 't')")
    finally:
        pg_server.drop(name)
