"""The guard functions as migration pg002 makes them: fixed tables, and the visit locked.

pg001's guards read `visits` through the session's search path, so a session that put a
temporary table or view of that name first could make a signed visit look like a draft;
and they read the visit's state without locking it, so an answer saved while another
workstation signed the visit could be committed after the signature and outside its digest.

Each guard now names `kneedesk.visits`, runs with a fixed search path (temporary objects
last), and locks the visit's row until its transaction ends: a save and a signature of the
same visit are then one after the other, whichever comes first.
"""

from __future__ import annotations

SEARCH_PATH = "SET search_path = pg_catalog, kneedesk, pg_temp"

# The visit's state, its row locked against a concurrent signature (which takes the row
# FOR UPDATE before it reads what it seals; see kneedesk.store.dialect.lock_visit).
_STATE = "(SELECT status FROM kneedesk.visits WHERE id = {ref} FOR NO KEY UPDATE)"

FUNCTIONS = [
    f"""
    CREATE OR REPLACE FUNCTION kneedesk.kneedesk_refuse() RETURNS trigger LANGUAGE plpgsql
    {SEARCH_PATH} AS $$
    BEGIN
        RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION kneedesk.kneedesk_signed_visit_child() RETURNS trigger
    LANGUAGE plpgsql {SEARCH_PATH} AS $$
    BEGIN
        IF (TG_OP <> 'INSERT' AND {_STATE.format(ref="OLD.visit_id")} = 'signed')
            OR (TG_OP <> 'DELETE' AND {_STATE.format(ref="NEW.visit_id")} = 'signed') THEN
            RAISE EXCEPTION USING MESSAGE = TG_ARGV[0],
                ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
        RETURN NEW;
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION kneedesk.kneedesk_visit_must_be() RETURNS trigger
    LANGUAGE plpgsql {SEARCH_PATH} AS $$
    BEGIN
        IF {_STATE.format(ref="NEW.visit_id")} IS DISTINCT FROM TG_ARGV[1] THEN
            RAISE EXCEPTION USING MESSAGE = TG_ARGV[0],
                ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END $$
    """,
]
