"""The database itself refuses the app's role any change to what is signed or recorded.

Raw SQL by `kneedesk_app` (anyone who has its password, with any SQL client) cannot change
or delete a signed visit, its answers or findings, an addendum, a stored report or an audit
row; cannot empty those tables, drop or disable the triggers that guard them, or trick the
guards with a table of its own; and the guards hold while two workstations save and sign
the same visit at once.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import psycopg
import pytest
from server_helpers import SignedClinic, app_connection, open_store, table_digests

from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store

# Statement templates: {signed}, {draft}, {clinician} are filled in from the clinic.
REFUSED_CHANGES = {
    "edit a signed visit": "UPDATE visits SET review = 'changed' WHERE id = {signed}",
    "unsign a signed visit": (
        "UPDATE visits SET status = 'draft', signed_by = NULL, signed_at = NULL, "
        "digest = NULL, digest_version = NULL WHERE id = {signed}"
    ),
    "delete a signed visit": "DELETE FROM visits WHERE id = {signed}",
    "edit a signed answer": "UPDATE answers SET value = '99.0' WHERE visit_id = {signed}",
    "delete a signed answer": "DELETE FROM answers WHERE visit_id = {signed}",
    "add an answer to a signed visit": (
        "INSERT INTO answers (visit_id, item_id, side, value, updated_at) "
        "VALUES ({signed}, 'kujala.stairs', 'whole', '\"normal\"', '2026-11-21T00:00:00Z')"
    ),
    "move a signed answer out": (
        "UPDATE answers SET visit_id = {draft} WHERE visit_id = {signed} AND item_id = 'body_mass'"
    ),
    "move an answer into a signed visit": (
        "UPDATE answers SET visit_id = {signed}, item_id = 'kujala.stairs' "
        "WHERE visit_id = {draft}"
    ),
    "add a still to a signed visit": (
        "INSERT INTO visit_stills (uid, visit_id, position, item_id, side, view, jpeg, width, "
        "height, image_sha256, marks, source, created_at, updated_at) VALUES ('s1', {signed}, "
        "0, 'hip.abduction_force', 'left', 'front', '\\xffd8ffd9'::bytea, 1, 1, "
        "repeat('c', 64), '[]', '{{}}', '2026-11-21T00:00:00Z', '2026-11-21T00:00:00Z')"
    ),
    "edit signed findings": "UPDATE signed_findings SET findings = '[]'",
    "delete signed findings": "DELETE FROM signed_findings",
    "add findings to a signed visit": (
        "INSERT INTO signed_findings (visit_id, findings, plan) VALUES ({signed}, '[]', '{{}}')"
    ),
    "edit an addendum": "UPDATE addenda SET body = 'rewritten'",
    "delete an addendum": "DELETE FROM addenda",
    "add an addendum to a draft": (
        "INSERT INTO addenda (visit_id, clinician_id, created_at, reason, body, digest) "
        "VALUES ({draft}, {clinician}, '2026-11-21T00:00:00Z', 'why', 'text', repeat('a', 64))"
    ),
    "edit a stored report": "UPDATE reports SET pdf = '\\x25504446'::bytea, size = 4",
    "delete a stored report": "DELETE FROM reports",
    "edit an audit row": "UPDATE audit_log SET detail = '{{}}' WHERE id = 1",
    "delete an audit row": "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)",
    "edit an audit anchor": "UPDATE audit_anchors SET mac = repeat('0', 64)",
    "delete an audit anchor": "DELETE FROM audit_anchors",
    "delete an account": "DELETE FROM clinicians WHERE id = {clinician}",
    **{
        f"truncate {table}": f"TRUNCATE {table}"
        for table in (
            "visits", "answers", "signed_findings", "addenda", "reports", "audit_log",
            "audit_anchors", "clinicians", "patients", "visit_stills", "settings",
        )
    },
    "truncate through cascade": "TRUNCATE patients CASCADE",
}  # fmt: skip

REFUSED_SCHEMA_CHANGES = {
    "disable a guard trigger": "ALTER TABLE visits DISABLE TRIGGER visits_signed_update",
    "disable every trigger": "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "drop a guard trigger": "DROP TRIGGER audit_log_no_change ON audit_log",
    "rename a guard trigger": "ALTER TRIGGER answers_signed ON answers RENAME TO x",
    "drop a guard function": "DROP FUNCTION kneedesk_refuse() CASCADE",
    "replace a guard function": (
        "CREATE OR REPLACE FUNCTION kneedesk.kneedesk_signed_visit_child() RETURNS trigger "
        "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"
    ),
    "alter a guard function": "ALTER FUNCTION kneedesk_refuse() SECURITY DEFINER",
    "drop the audit log": "DROP TABLE audit_log CASCADE",
    "take the audit log": "ALTER TABLE audit_log OWNER TO kneedesk_app",
    "replica mode skips triggers": "SET session_replication_role = replica",
    "become the owner": "SET ROLE kneedesk_owner",
    "join the owner role": "GRANT kneedesk_owner TO kneedesk_app",
    "a schema of its own": "CREATE SCHEMA mine",
    "a table in the public schema": "CREATE TABLE public.visits (id bigint, status text)",
    "a temporary table": "CREATE TEMP TABLE visits (id bigint, status text)",
    "a temporary function": (
        "CREATE FUNCTION pg_temp.kneedesk_refuse() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN RETURN NEW; END $$"
    ),
    "a function in the schema": (
        "CREATE FUNCTION kneedesk.status(bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$"
    ),
}


def fill(template: str, clinic: SignedClinic) -> str:
    return template.format(
        signed=clinic.signed_id, draft=clinic.draft_id, clinician=clinic.clinician_id
    )


def assert_clinic_intact(clinic: SignedClinic) -> None:
    with open_store(clinic.settings) as store:
        assert store.signing.verify(clinic.signed_id) == SignatureStatus.OK
        assert store.audit.verify_chain().ok
        assert [a.id for a in store.signing.addenda(clinic.signed_id)] == [clinic.addendum_id]


@pytest.mark.parametrize("statement", REFUSED_CHANGES.values(), ids=REFUSED_CHANGES.keys())
def test_app_role_cannot_change_what_is_signed_or_recorded(
    signed_clinic: SignedClinic,
    app_sql: psycopg.Connection[Any],
    superuser_sql: psycopg.Connection[Any],
    statement: str,
) -> None:
    before = table_digests(superuser_sql)
    with pytest.raises(
        (psycopg.errors.IntegrityConstraintViolation, psycopg.errors.InsufficientPrivilege)
    ):
        app_sql.execute(fill(statement, signed_clinic))
    assert table_digests(superuser_sql) == before
    assert_clinic_intact(signed_clinic)


@pytest.mark.parametrize(
    "statement", REFUSED_SCHEMA_CHANGES.values(), ids=REFUSED_SCHEMA_CHANGES.keys()
)
def test_app_role_cannot_remove_or_get_around_the_guards(
    signed_clinic: SignedClinic,
    app_sql: psycopg.Connection[Any],
    superuser_sql: psycopg.Connection[Any],
    statement: str,
) -> None:
    before = table_digests(superuser_sql)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        app_sql.execute(statement)
    # The guards are all there and enabled, and still refuse.
    triggers = superuser_sql.execute(
        "SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'kneedesk' AND NOT t.tgisinternal AND t.tgenabled = 'O'"
    ).fetchone()
    assert triggers is not None
    assert triggers[0] >= 23
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
        app_sql.execute(fill(REFUSED_CHANGES["edit a signed visit"], signed_clinic))
    assert table_digests(superuser_sql) == before


SHADOWS = {
    "a temporary table": "CREATE TEMP TABLE visits (id bigint, status text)",
    "a temporary view": (
        "CREATE TEMP VIEW visits AS SELECT id, 'draft'::text AS status FROM kneedesk.visits"
    ),
}


@pytest.mark.parametrize("shadow", SHADOWS.values(), ids=SHADOWS.keys())
def test_a_table_of_the_same_name_does_not_fool_the_guards(
    signed_clinic: SignedClinic,
    app_sql: psycopg.Connection[Any],
    superuser_sql: psycopg.Connection[Any],
    shadow: str,
) -> None:
    # A database where the app's role may make temporary tables (its owner granted it): the
    # guards still read the clinic's visits, not one the session put first on its path.
    superuser_sql.execute(
        f"GRANT TEMPORARY ON DATABASE {signed_clinic.settings.database} TO kneedesk_app"
    )
    app_sql.execute(shadow)
    if "TABLE" in shadow:
        app_sql.execute(
            f"INSERT INTO pg_temp.visits VALUES ({signed_clinic.signed_id}, 'draft'), "
            f"({signed_clinic.draft_id}, 'draft')"
        )
    app_sql.execute("SET search_path = pg_temp, kneedesk")
    before = table_digests(superuser_sql)
    for name in (
        "add an answer to a signed visit",
        "edit a signed answer",
        "move a signed answer out",
    ):
        with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
            app_sql.execute(
                fill(REFUSED_CHANGES[name], signed_clinic).replace("answers", "kneedesk.answers")
            )
    with pytest.raises(psycopg.errors.IntegrityConstraintViolation):
        app_sql.execute(
            "INSERT INTO kneedesk.addenda (visit_id, clinician_id, created_at, reason, body, "
            f"digest) VALUES ({signed_clinic.draft_id}, {signed_clinic.clinician_id}, "
            "'2026-11-21T00:00:00Z', 'why', 'text', repeat('a', 64))"
        )
    assert table_digests(superuser_sql) == before
    assert_clinic_intact(signed_clinic)


def test_app_role_may_not_make_temporary_tables(
    signed_clinic: SignedClinic, app_sql: psycopg.Connection[Any]
) -> None:
    rights = app_sql.execute(
        "SELECT has_database_privilege(current_database(), 'TEMPORARY'), "
        "has_database_privilege(current_database(), 'CREATE'), "
        "has_schema_privilege('kneedesk', 'CREATE'), has_schema_privilege('public', 'CREATE')"
    ).fetchone()
    assert rights == (False, False, False, False)


# --- saving and signing the same visit at once, from two workstations ---------------------------


def _in_thread(target: Any) -> tuple[threading.Thread, list[BaseException], list[Any]]:
    errors: list[BaseException] = []
    results: list[Any] = []

    def run() -> None:
        try:
            results.append(target())
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, errors, results


def waits_for_a_lock(clinic: SignedClinic, pid: int, thread: threading.Thread) -> bool:
    """Whether the session `pid` (run by `thread`) comes to wait for a lock, rather than
    finishing its statement."""
    with app_connection(clinic.settings) as watcher:
        deadline = time.monotonic() + 20
        while thread.is_alive() and time.monotonic() < deadline:
            row = watcher.execute(
                "SELECT wait_event_type FROM pg_stat_activity WHERE pid = %s", [pid]
            ).fetchone()
            if row is not None and row[0] == "Lock":
                return True
            time.sleep(0.02)
    return False


def test_an_answer_saved_while_a_visit_is_being_signed_waits_and_is_refused(
    signed_clinic: SignedClinic,
) -> None:
    draft = signed_clinic.draft_id
    with (
        app_connection(signed_clinic.settings) as signer,
        app_connection(signed_clinic.settings) as saver,
    ):
        signer.execute("BEGIN")
        signer.execute(
            "UPDATE visits SET status = 'signed', signed_by = %s, signed_at = %s, "
            "digest = repeat('b', 64) WHERE id = %s",
            [signed_clinic.clinician_id, "2026-11-27T10:00:00Z", draft],
        )
        thread, errors, _ = _in_thread(
            lambda: saver.execute(
                "INSERT INTO answers (visit_id, item_id, side, value, updated_at) "
                "VALUES (%s, 'symptom_side', 'whole', '\"left\"', '2026-11-27T10:00:01Z')",
                [draft],
            )
        )
        assert waits_for_a_lock(signed_clinic, saver.info.backend_pid, thread), (
            "the save did not wait for the signature to commit"
        )
        signer.execute("COMMIT")
        thread.join(10)
    assert len(errors) == 1
    assert isinstance(errors[0], psycopg.errors.IntegrityConstraintViolation)
    assert "is signed" in str(errors[0])


def test_signing_waits_for_an_answer_being_saved_and_seals_it(
    signed_clinic: SignedClinic,
) -> None:
    draft = signed_clinic.draft_id
    with (
        app_connection(signed_clinic.settings) as saver,
        open_store(signed_clinic.settings) as signer,
    ):
        saver.execute("BEGIN")
        saver.execute(
            "INSERT INTO answers (visit_id, item_id, side, value, updated_at) "
            "VALUES (%s, 'symptom_side', 'whole', '\"left\"', '2026-11-27T10:00:01Z')",
            [draft],
        )
        # Read before the signature starts: its transaction holds the connection till it ends.
        signer_pid = signer.db.execute("SELECT pg_backend_pid()").fetchone()[0]
        thread, errors, _ = _in_thread(
            lambda: signer.visits.sign(draft, signed_clinic.clinician_id, [], {"exercises": []})
        )
        assert waits_for_a_lock(signed_clinic, signer_pid, thread), (
            "signing did not wait for the answer being saved"
        )
        saver.execute("COMMIT")
        thread.join(10)
        assert errors == []
        assert signer.signing.verify(draft) == SignatureStatus.OK
        assert signer.visits.answers(draft) == {"body_mass": 60.0, "symptom_side": "left"}


def test_two_workstations_saving_and_signing_at_once_leave_a_sealed_visit(
    signed_clinic: SignedClinic,
) -> None:
    clinic = signed_clinic
    with open_store(clinic.settings) as first, open_store(clinic.settings) as second:
        for round_ in range(6):
            draft = first.visits.create_draft(
                clinic.patient_id, visit_date="2026-12-01", clinician_id=clinic.clinician_id
            )
            stop = threading.Event()

            def save(visit_id: int = draft.id, stop: threading.Event = stop) -> int:
                saved = 0
                while not stop.is_set():
                    try:
                        first.visits.save_answer(visit_id, "body_mass", "whole", 50.0 + saved)
                    except Exception:  # noqa: BLE001 - refused once the visit is signed
                        return saved
                    saved += 1
                return saved

            thread, errors, _ = _in_thread(save)
            time.sleep(0.01 * round_)
            second.visits.sign(draft.id, clinic.clinician_id, [], {"exercises": []})
            stop.set()
            thread.join(10)
            assert errors == []
            assert second.signing.verify(draft.id) == SignatureStatus.OK
            assert first.signing.verify(draft.id) == SignatureStatus.OK
        assert first.audit.verify_chain().ok


def test_two_workstations_saving_the_same_draft_at_once_both_save(
    signed_clinic: SignedClinic,
) -> None:
    # The guards lock the visit while an answer is saved: saves take turns, never deadlock.
    clinic = signed_clinic
    with open_store(clinic.settings) as first, open_store(clinic.settings) as second:
        start = threading.Barrier(2)

        def save(store: Store, item: str) -> None:
            start.wait()
            for n in range(40):
                store.visits.save_answer(clinic.draft_id, item, "whole", 150.0 + n)

        one, errors_one, _ = _in_thread(lambda: save(first, "body_mass"))
        two, errors_two, _ = _in_thread(lambda: save(second, "height"))
        one.join(60)
        two.join(60)
        assert errors_one == errors_two == []
        assert first.visits.answers(clinic.draft_id) == {"body_mass": 189.0, "height": 189.0}
        assert first.audit.verify_chain().ok
