"""What migration pg005 adds: change notices for the other workstations, and presence.

Every committed change to a patient, a visit, its answers, stills, addenda or stored
reports is announced on the channel `kneedesk_changes` (PostgreSQL's NOTIFY, delivered at
commit to every workstation listening; see `kneedesk.store.postgres.listen`). The payload
is small JSON naming what changed: `{"kind": "answer", "patient": 4, "visit": 12}`. The
triggers are the database's own, so no write escapes them, whichever code path made it.

`presence` says which workstation has which draft open, and since when, with a heartbeat
kept fresh while that workstation runs (`kneedesk.store.presence`). A workstation that
crashed or lost its network stops beating, and its rows are past their time within a
minute: nothing is ever held open by a computer that is gone.
"""

from __future__ import annotations

CHANNEL = "kneedesk_changes"

_SEARCH_PATH = "SET search_path = pg_catalog, kneedesk, pg_temp"

# The patient of a row that belongs to a visit; a visit deleted in the same transaction
# leaves it NULL, which the workstations read as "some patient": refresh what is shown.
_PATIENT_OF_VISIT = "(SELECT patient_id FROM kneedesk.visits WHERE id = r.visit_id)"

STATEMENTS = [
    f"""
    CREATE FUNCTION kneedesk.kneedesk_announce() RETURNS trigger LANGUAGE plpgsql
    {_SEARCH_PATH} AS $$
    DECLARE
        r record;
        kind text := TG_ARGV[0];
        patient bigint;
        visit bigint;
    BEGIN
        IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
        IF kind = 'patient' THEN
            patient := r.id;
        ELSIF kind = 'visit' THEN
            patient := r.patient_id;
            visit := r.id;
        ELSE
            visit := r.visit_id;
            patient := {_PATIENT_OF_VISIT};
        END IF;
        PERFORM pg_notify('{CHANNEL}', json_build_object(
            'kind', kind, 'patient', patient, 'visit', visit)::text);
        RETURN NULL;
    END $$
    """,
    *(
        f"CREATE TRIGGER {table}_announce AFTER INSERT OR UPDATE OR DELETE ON kneedesk.{table} "
        f"FOR EACH ROW EXECUTE FUNCTION kneedesk.kneedesk_announce('{kind}')"
        for table, kind in (
            ("patients", "patient"),
            ("visits", "visit"),
            ("answers", "answer"),
            ("visit_stills", "still"),
            ("addenda", "addendum"),
            ("reports", "report"),
        )
    ),
    """
    CREATE TABLE kneedesk.presence (
        workstation TEXT NOT NULL CHECK (length(workstation) BETWEEN 1 AND 100),
        visit_id BIGINT NOT NULL REFERENCES kneedesk.visits (id) ON DELETE CASCADE,
        clinician_id BIGINT REFERENCES kneedesk.clinicians (id),
        clinician_name TEXT NOT NULL CHECK (length(clinician_name) <= 200),
        host TEXT NOT NULL DEFAULT '' CHECK (length(host) <= 200),
        opened_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        seen_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (workstation, visit_id)
    )
    """,
    "CREATE INDEX presence_by_visit ON kneedesk.presence (visit_id)",
    # A draft opened or closed elsewhere is news; a heartbeat (seen_at) is not.
    "CREATE TRIGGER presence_announce AFTER INSERT OR DELETE ON kneedesk.presence "
    "FOR EACH ROW EXECUTE FUNCTION kneedesk.kneedesk_announce('presence')",
]
