"""Schema migrations. A released migration is never edited: changes go in a new `mNNN_` function."""

from __future__ import annotations

from sqlite_utils import Database, Migrations


class KneeDeskMigrations(Migrations):
    """sqlite-utils Migrations that can also list the names it knows (to spot newer databases)."""

    def names(self) -> tuple[str, ...]:
        """Every migration name in this set, in the order they apply."""
        return tuple(m.name for m in self._migrations)


MIGRATIONS = KneeDeskMigrations("kneedesk")

# Functions used in CHECK constraints must be ones SQLite marks innocuous, because every
# connection runs with trusted_schema=OFF; json_valid() is not (SQLite 3.40), so JSON text is
# checked in Python and the schema checks only its outline (a string, array, object,
# literal or number). Triggers never touch the FTS table
# for the same reason: the repositories keep it in step inside the same transaction.
_HEX64 = "length({col}) = 64 AND {col} NOT GLOB '*[^0-9a-f]*'"
_JSON_OUTLINE = (
    "({col} GLOB '\"*\"' OR {col} GLOB '[[]*[]]' OR {col} GLOB '{{*}}' "
    "OR {col} IN ('true', 'false', 'null') "
    "OR ({col} GLOB '[-0-9]*' AND {col} NOT GLOB '*[^-+.0-9eE]*'))"
)

_V1 = [
    f"""
    CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
        value TEXT NOT NULL CHECK ({_JSON_OUTLINE.format(col="value")}),
        updated_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE clinicians (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE
            CHECK (length(username) BETWEEN 1 AND 64 AND username = trim(username)),
        display_name TEXT NOT NULL CHECK (length(trim(display_name)) BETWEEN 1 AND 200),
        role TEXT NOT NULL CHECK (role IN ('clinician', 'admin')),
        password_hash TEXT NOT NULL CHECK (password_hash GLOB '$argon2id$*'),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
        locked_until TEXT,
        created_at TEXT NOT NULL
    ) STRICT
    """,
    """
    CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 100),
        chart_number TEXT NOT NULL UNIQUE COLLATE NOCASE
            CHECK (length(chart_number) BETWEEN 1 AND 40 AND chart_number = trim(chart_number)),
        given_name TEXT NOT NULL CHECK (length(given_name) <= 200),
        family_name TEXT NOT NULL CHECK (length(family_name) <= 200),
        birth_date TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
        sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male', 'other', 'not_stated')),
        sort_key TEXT NOT NULL,
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (length(trim(given_name || family_name)) >= 1)
    ) STRICT
    """,
    # archived is in the index so listing pages skip archived patients without reading the
    # table: a page deep in a 100,000-patient list stays a few milliseconds.
    "CREATE INDEX patients_by_name ON patients (sort_key, id, archived)",
    """
    CREATE VIRTUAL TABLE patients_fts USING fts5 (
        names, chart, birth_iso, birth_dmy, birth_mdy,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3 4'
    )
    """,
    f"""
    CREATE TABLE visits (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 100),
        patient_id INTEGER NOT NULL REFERENCES patients (id),
        protocol TEXT NOT NULL CHECK (length(protocol) BETWEEN 1 AND 100),
        protocol_version INTEGER NOT NULL CHECK (protocol_version >= 1),
        visit_date TEXT NOT NULL CHECK (date(visit_date, '+0 days') IS visit_date),
        clinician_id INTEGER REFERENCES clinicians (id),
        clinician_name TEXT NOT NULL DEFAULT '' CHECK (length(clinician_name) <= 200),
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_by INTEGER REFERENCES clinicians (id),
        signed_at TEXT,
        digest TEXT CHECK (digest IS NULL OR ({_HEX64.format(col="digest")})),
        CHECK (
            (status = 'draft' AND signed_by IS NULL AND signed_at IS NULL AND digest IS NULL)
            OR (status = 'signed' AND signed_by IS NOT NULL AND signed_at IS NOT NULL
                AND digest IS NOT NULL)
        )
    ) STRICT
    """,
    "CREATE INDEX visits_by_patient ON visits (patient_id, visit_date, id)",
    f"""
    CREATE TABLE answers (
        visit_id INTEGER NOT NULL REFERENCES visits (id),
        item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 100),
        side TEXT NOT NULL CHECK (side IN ('whole', 'left', 'right')),
        value TEXT CHECK (value IS NULL OR ({_JSON_OUTLINE.format(col="value")})),
        not_tested_reason TEXT
            CHECK (not_tested_reason IS NULL OR length(trim(not_tested_reason)) BETWEEN 1 AND 500),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (visit_id, item_id, side),
        CHECK ((value IS NULL) <> (not_tested_reason IS NULL))
    ) STRICT, WITHOUT ROWID
    """,
    f"""
    CREATE TABLE signed_findings (
        visit_id INTEGER PRIMARY KEY REFERENCES visits (id),
        findings TEXT NOT NULL CHECK ({_JSON_OUTLINE.format(col="findings")}),
        plan TEXT NOT NULL CHECK ({_JSON_OUTLINE.format(col="plan")})
    ) STRICT
    """,
    f"""
    CREATE TABLE addenda (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id),
        clinician_id INTEGER NOT NULL REFERENCES clinicians (id),
        created_at TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 500),
        body TEXT NOT NULL CHECK (length(trim(body)) >= 1),
        digest TEXT NOT NULL CHECK ({_HEX64.format(col="digest")})
    ) STRICT
    """,
    "CREATE INDEX addenda_by_visit ON addenda (visit_id, id)",
    f"""
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        visit_id INTEGER NOT NULL REFERENCES visits (id),
        kind TEXT NOT NULL CHECK (kind IN ('handout', 'summary')),
        created_at TEXT NOT NULL,
        created_by INTEGER REFERENCES clinicians (id),
        pdf BLOB NOT NULL CHECK (length(pdf) >= 1),
        size INTEGER NOT NULL CHECK (size = length(pdf)),
        sha256 TEXT NOT NULL CHECK ({_HEX64.format(col="sha256")})
    ) STRICT
    """,
    "CREATE INDEX reports_by_visit ON reports (visit_id, kind, id)",
    f"""
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id INTEGER REFERENCES clinicians (id),
        action TEXT NOT NULL CHECK (action IN (
            'view', 'create', 'edit', 'sign', 'addendum', 'export', 'import', 'print',
            'login', 'login_failed', 'logout', 'archive', 'unarchive', 'backup', 'restore'
        )),
        entity TEXT NOT NULL CHECK (entity IN (
            'patient', 'visit', 'report', 'clinician', 'settings', 'database'
        )),
        entity_id TEXT,
        detail TEXT NOT NULL CHECK ({_JSON_OUTLINE.format(col="detail")}),
        prev_hash TEXT NOT NULL CHECK ({_HEX64.format(col="prev_hash")}),
        hash TEXT NOT NULL UNIQUE CHECK ({_HEX64.format(col="hash")})
    ) STRICT
    """,
    "CREATE INDEX audit_by_entity ON audit_log (entity, entity_id, id)",
]


def _refuse(name: str, when: str, event: str, table: str, message: str) -> str:
    condition = f"WHEN {when}" if when else ""
    return (
        f"CREATE TRIGGER {name} BEFORE {event} ON {table} {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


_SIGNED_OLD = "(SELECT status FROM visits WHERE id = OLD.visit_id) = 'signed'"
_SIGNED_NEW = "(SELECT status FROM visits WHERE id = NEW.visit_id) = 'signed'"
_ANSWERS_LOCKED = "visit is signed: its answers cannot be changed"

_V1_TRIGGERS = [
    _refuse("answers_signed_insert", _SIGNED_NEW, "INSERT", "answers", _ANSWERS_LOCKED),
    _refuse(
        "answers_signed_update", f"{_SIGNED_OLD} OR {_SIGNED_NEW}", "UPDATE", "answers",
        _ANSWERS_LOCKED,
    ),
    _refuse("answers_signed_delete", _SIGNED_OLD, "DELETE", "answers", _ANSWERS_LOCKED),
    _refuse(
        "visits_signed_update", "OLD.status = 'signed'", "UPDATE", "visits",
        "visit is signed: it cannot be changed",
    ),
    _refuse(
        "visits_signed_delete", "OLD.status = 'signed'", "DELETE", "visits",
        "visit is signed: it cannot be deleted",
    ),
    _refuse(
        "signed_findings_only_for_drafts",
        "(SELECT status FROM visits WHERE id = NEW.visit_id) IS NOT 'draft'",
        "INSERT", "signed_findings", "findings are stored only when a draft visit is signed",
    ),
    _refuse("signed_findings_no_update", "", "UPDATE", "signed_findings", "findings are read-only"),
    _refuse("signed_findings_no_delete", "", "DELETE", "signed_findings", "findings are read-only"),
    _refuse(
        "addenda_only_for_signed",
        "(SELECT status FROM visits WHERE id = NEW.visit_id) IS NOT 'signed'",
        "INSERT", "addenda", "an addendum can only be added to a signed visit",
    ),
    _refuse("addenda_no_update", "", "UPDATE", "addenda", "addenda are read-only"),
    _refuse("addenda_no_delete", "", "DELETE", "addenda", "addenda are read-only"),
    _refuse("reports_no_update", "", "UPDATE", "reports", "stored reports are read-only"),
    _refuse("reports_no_delete", "", "DELETE", "reports", "stored reports are read-only"),
    _refuse("audit_log_no_update", "", "UPDATE", "audit_log", "the audit log is append-only"),
    _refuse("audit_log_no_delete", "", "DELETE", "audit_log", "the audit log is append-only"),
    _refuse("clinicians_no_delete", "", "DELETE", "clinicians", "deactivate accounts instead"),
]  # fmt: skip


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    """The first schema: settings, accounts, patients (+ search), visits, answers, audit log."""
    for statement in _V1 + _V1_TRIGGERS:
        db.execute(statement)


@MIGRATIONS()
def m002_patient_search_text(db: Database) -> None:
    """Each patient's search tokens, kept in the name index for searches matching thousands.

    A one-letter search matches a sixth of a large clinic; sorting every match by name for a
    page of 50 took tens of milliseconds at 100,000 patients. With the tokens in the name
    index such a search walks the index in name order and stops when the page is full.
    """
    from kneedesk.store.search_text import search_line

    db.execute("ALTER TABLE patients ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = db.execute(
        "SELECT id, given_name, family_name, chart_number, birth_date FROM patients"
    ).fetchall()
    lines = [
        (search_line(given, family, chart, born), pid) for pid, given, family, chart, born in rows
    ]
    db.conn.executemany("UPDATE patients SET search_text = ? WHERE id = ?", lines)
    db.execute("DROP INDEX patients_by_name")
    db.execute("CREATE INDEX patients_by_name ON patients (sort_key, id, archived, search_text)")


@MIGRATIONS()
def m003_family_head_search(db: Database) -> None:
    """The search index gains a column with the start of each family name.

    A search for a letter most family names in a run of the list start with (G for Garcia,
    Gomez, Grant...) can then read that run of the name index in order and sort only the
    other matches, which the index finds by leaving that column out.
    """
    from kneedesk.store.search_text import search_fields

    db.execute(
        """
        CREATE VIRTUAL TABLE patients_fts_new USING fts5 (
            names, chart, birth_iso, birth_dmy, birth_mdy, family_head,
            tokenize = 'unicode61 remove_diacritics 2',
            prefix = '1 2 3 4'
        )
        """
    )
    rows = db.execute(
        "SELECT id, given_name, family_name, chart_number, birth_date FROM patients"
    ).fetchall()
    columns = ("names", "chart", "birth_iso", "birth_dmy", "birth_mdy", "family_head")
    values = []
    for pid, given, family, chart, born in rows:
        fields = search_fields(given, family, chart, born)
        values.append((pid, *(fields[c] for c in columns)))
    db.conn.executemany(
        f"INSERT INTO patients_fts_new (rowid, {', '.join(columns)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        values,
    )
    db.execute("DROP TABLE patients_fts")
    db.execute("ALTER TABLE patients_fts_new RENAME TO patients_fts")


@MIGRATIONS()
def m004_visit_review(db: Database) -> None:
    """Each visit keeps its next visit ("in 3 weeks"), saved from the summary page as typed.

    Only a draft's value is read from here: signing seals it with the plan
    (`kneedesk.core.plan_record`), where the visit's digest covers it, and the signed-visit
    trigger keeps this column as it was.
    """
    db.execute(
        "ALTER TABLE visits ADD COLUMN review TEXT NOT NULL DEFAULT '' "
        "CHECK (length(review) <= 120)"
    )


@MIGRATIONS()
def m005_visit_draft_plan(db: Database) -> None:
    """Each draft keeps the plan as edited on the summary page, saved as it is edited.

    NULL means the plan was never edited and follows the findings. Otherwise it holds
    ``{"items": [rows], "edited": bool}`` (`kneedesk.core.plan_record.DraftPlan`), checked in
    Python and here only in outline. Signing seals the plan as shown in `signed_findings`;
    the signed-visit trigger keeps this column as it was.
    """
    db.execute(
        "ALTER TABLE visits ADD COLUMN draft_plan TEXT DEFAULT NULL "
        "CHECK (draft_plan IS NULL OR (draft_plan GLOB '{*}' AND length(draft_plan) <= 100000))"
    )


_ANCHORS_LOCKED = "audit anchors are read-only"
_ANCHOR_TRIGGERS = [
    _refuse("audit_anchors_no_update", "", "UPDATE", "audit_anchors", _ANCHORS_LOCKED),
    _refuse("audit_anchors_no_delete", "", "DELETE", "audit_anchors", _ANCHORS_LOCKED),
]


@MIGRATIONS()
def m006_audit_anchors(db: Database) -> None:
    """Audit anchors, and signed visits whose digest also covers the patient's identity.

    `audit_anchors` holds, for each audit row written from now on, an HMAC of its chained
    hash under this computer's audit key (`kneedesk.store.anchor_key`), which is kept
    outside the database: whoever rewrites the log without the key cannot anchor it.
    `digest_version` says which digest a signed visit carries: NULL for visits signed
    before this migration (version 1), 2 for later ones (the patient's identity and the
    signer's name are covered too). The signed-visit trigger keeps it as it was.
    """
    db.execute(
        f"""
        CREATE TABLE audit_anchors (
            audit_id INTEGER PRIMARY KEY REFERENCES audit_log (id),
            key_id TEXT NOT NULL CHECK (length(key_id) = 16 AND key_id NOT GLOB '*[^0-9a-f]*'),
            mac TEXT NOT NULL CHECK ({_HEX64.format(col="mac")})
        ) STRICT
        """
    )
    for statement in _ANCHOR_TRIGGERS:
        db.execute(statement)
    db.execute(
        "ALTER TABLE visits ADD COLUMN digest_version INTEGER DEFAULT NULL "
        "CHECK (digest_version IS NULL OR digest_version IN (1, 2))"
    )


_VISITS_LOCKED = _V1_TRIGGERS[3]  # visits_signed_update, put back as it was by m007
_STILLS_LOCKED = "visit is signed: its stills cannot be changed"
# A still's picture and where it came from never change once kept, even on a draft: only
# its points, view, printing choices and note are edited (a new picture is a new still).
_STILL_FIXED = " OR ".join(
    f"NEW.{col} IS NOT OLD.{col}"
    for col in (
        "id", "uid", "visit_id", "item_id", "side", "jpeg", "width", "height", "image_sha256",
        "source", "created_at",
    )
)  # fmt: skip
_STILL_TRIGGERS = [
    _refuse("visit_stills_signed_insert", _SIGNED_NEW, "INSERT", "visit_stills", _STILLS_LOCKED),
    _refuse(
        "visit_stills_signed_update", f"{_SIGNED_OLD} OR {_SIGNED_NEW}", "UPDATE", "visit_stills",
        _STILLS_LOCKED,
    ),
    _refuse("visit_stills_signed_delete", _SIGNED_OLD, "DELETE", "visit_stills", _STILLS_LOCKED),
    _refuse(
        "visit_stills_image_fixed", _STILL_FIXED, "UPDATE", "visit_stills",
        "a kept still: its image and source never change",
    ),
]  # fmt: skip

GUARD_TRIGGERS: tuple[str, ...] = tuple(_V1_TRIGGERS + _ANCHOR_TRIGGERS + _STILL_TRIGGERS)
"""The SQL of every guard trigger, exactly as the migrations create it (checked by
`kneedesk check`: a dropped or rewritten guard is reported)."""

_VIEWS = "'front', 'back', 'side_facing_left', 'side_facing_right'"


@MIGRATIONS()
def m007_visit_stills(db: Database) -> None:
    """Video stills kept with a visit, the patient's consent to filming, digest version 3.

    `visit_stills` holds each still's frame (a JPEG of at most 300,000 bytes), its points
    (`marks`, checked in Python, here in outline) and where it came from (`source`: file
    name, SHA-256, frame number and rate; the video itself is never stored). `position`
    keeps the clinician's order. `visits.filming_consent` is the time the "patient agreed
    to be filmed" tick was given (NULL: not given). Signatures from now on carry digest
    version 3, which also covers the consent and every still, so `digest_version` is
    widened to allow 3: the column is made again with the wider CHECK, its values kept
    (the signed-visit guard is lifted for that one copy and put back as it was).
    """
    db.execute(
        f"""
        CREATE TABLE visit_stills (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 100),
            visit_id INTEGER NOT NULL REFERENCES visits (id),
            position INTEGER NOT NULL CHECK (position >= 0),
            item_id TEXT NOT NULL CHECK (length(item_id) BETWEEN 1 AND 100),
            side TEXT NOT NULL CHECK (side IN ('left', 'right')),
            view TEXT NOT NULL CHECK (view IN ({_VIEWS})),
            jpeg BLOB NOT NULL
                CHECK (length(jpeg) BETWEEN 4 AND 300000 AND substr(jpeg, 1, 3) = x'FFD8FF'),
            width INTEGER NOT NULL CHECK (width BETWEEN 1 AND 1600),
            height INTEGER NOT NULL CHECK (height BETWEEN 1 AND 1600),
            image_sha256 TEXT NOT NULL CHECK ({_HEX64.format(col="image_sha256")}),
            marks TEXT NOT NULL CHECK (marks GLOB '[[]*[]]' AND length(marks) <= 100000),
            source TEXT NOT NULL CHECK (source GLOB '{{*}}' AND length(source) <= 2000),
            on_handout INTEGER NOT NULL DEFAULT 0 CHECK (on_handout IN (0, 1)),
            hide_face INTEGER NOT NULL DEFAULT 1 CHECK (hide_face IN (0, 1)),
            note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (visit_id, position)
        ) STRICT
        """
    )
    for statement in _STILL_TRIGGERS:
        db.execute(statement)
    db.execute(
        "ALTER TABLE visits ADD COLUMN filming_consent TEXT DEFAULT NULL "
        "CHECK (filming_consent IS NULL OR length(filming_consent) BETWEEN 1 AND 40)"
    )
    versions = db.execute(
        "SELECT id, digest_version FROM visits WHERE digest_version IS NOT NULL"
    ).fetchall()
    db.execute("DROP TRIGGER visits_signed_update")
    db.execute("ALTER TABLE visits DROP COLUMN digest_version")
    db.execute(
        "ALTER TABLE visits ADD COLUMN digest_version INTEGER DEFAULT NULL "
        "CHECK (digest_version IS NULL OR digest_version IN (1, 2, 3))"
    )
    db.conn.executemany(
        "UPDATE visits SET digest_version = ? WHERE id = ?", [(v, i) for i, v in versions]
    )
    db.execute(_VISITS_LOCKED)


# A language code as the catalogues name it ("en", "es", "pt_BR"); which ones ship is the
# app's business, so adding a language needs no new migration.
_LANGUAGE = "{col} IS NULL OR (length({col}) BETWEEN 2 AND 12 AND {col} NOT GLOB '*[^a-zA-Z_]*')"


@MIGRATIONS()
def m008_languages(db: Database) -> None:
    """Languages: the patient's handout language (`patients.handout_language`, NULL: the
    clinic's), the language each stored report was printed in (`reports.language`; every
    report before this one was English) and each clinician's GUI language
    (`clinicians.language`, NULL: the computer's)."""
    db.execute(
        "ALTER TABLE patients ADD COLUMN handout_language TEXT DEFAULT NULL "
        f"CHECK ({_LANGUAGE.format(col='handout_language')})"
    )
    db.execute(
        "ALTER TABLE reports ADD COLUMN language TEXT NOT NULL DEFAULT 'en' "
        f"CHECK ({_LANGUAGE.format(col='language')})"
    )
    db.execute(
        "ALTER TABLE clinicians ADD COLUMN language TEXT DEFAULT NULL "
        f"CHECK ({_LANGUAGE.format(col='language')})"
    )


@MIGRATIONS()
def m009_field_versions(db: Database) -> None:
    """Versions, so a save based on what another workstation has since changed is refused.

    `visits.revision` counts a draft's changes to its answers; each answer keeps the
    revision it was written at (`answers.version`, never reused within the visit, 0 for
    answers from before) and who wrote it (`answers.updated_by`). A save states the version
    it was based on and is refused when the row has moved on; signing states the revision
    its summary was built from. `patients.version` counts changes to a patient's details.
    """
    db.execute(
        "ALTER TABLE visits ADD COLUMN revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0)"
    )
    db.execute(
        "ALTER TABLE answers ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)"
    )
    db.execute("ALTER TABLE answers ADD COLUMN updated_by INTEGER REFERENCES clinicians (id)")
    db.execute(
        "ALTER TABLE patients ADD COLUMN version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0)"
    )
