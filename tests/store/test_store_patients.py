"""Patients: create, update, archive, chart numbers, and search as you type."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from store_helpers import postgres_only, sqlite_only, statements_sent

from kneedesk.store.audit import Action, Entity
from kneedesk.store.dialect import in_transaction
from kneedesk.store.errors import DuplicateChartNumberError, InvalidValueError, NotFoundError
from kneedesk.store.patient_search import Row
from kneedesk.store.patients import Patient
from kneedesk.store.search_text import (
    family_head,
    fold,
    head_token,
    line_terms,
    match_expression,
    search_line,
)
from kneedesk.store.store import Store

NAMES = [
    ("KD-00123", "Zoë", "Ångström-Łukasiewicz", "1994-03-02"),
    ("KD-00124", "Minh Khai", "Nguyễn Thị", "1988-11-30"),
    ("KD-00200", "Иван", "Петров", "1979-07-14"),
    ("KD-00201", "小龍", "李", "1990-01-05"),
    ("KD-00202", "민수", "김", "2001-05-20"),
    ("KD-00203", "דוד", "כהן", "1985-02-28"),
    ("KD-00204", "محمد", "العلي", "1999-09-09"),
    ("AB-7", "Ana", "Ruiz", "1994-03-15"),
    ("AB-8", "Angela", "Østergaard", None),
    ("AB-9", "Søren", "Angerer", "1970-12-01"),
]


@pytest.fixture
def clinic(store: Store) -> Store:
    for chart, given, family, born in NAMES:
        store.patients.create(
            chart_number=chart, given_name=given, family_name=family, birth_date=born
        )
    return store


SQLITE_FINDER = sqlite_only(
    "monkeypatches the SQLite finder's walk and family-head run; "
    "the server's finder has its own tests below"
)
SQLITE_PLAN = sqlite_only("reads SQLite's query plan; the server's plans are checked below")


def force_walk(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every search walk the name index first (the server's finder always does)."""
    if store.engine == "sqlite":
        monkeypatch.setattr(store.patients.finder, "WALK_FROM", 1)


def charts(patients: list[Patient]) -> list[str]:
    return [p.chart_number for p in patients]


def row_charts(rows: list[Row] | None) -> list[str]:
    """Chart numbers of the finder's rows (columns as in patient_search.COLUMNS)."""
    assert rows is not None
    return [row[2] for row in rows]


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Zoë Ångström-Łukasiewicz", "zoe angstrom-lukasiewicz"),
        ("Nguyễn Thị", "nguyen thi"),
        ("Østergaard Straße", "ostergaard strasse"),
        ("ИВАН", "иван"),
        ("김민수", "김민수"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


SEARCHES = [
        ("Ang", ["AB-9", "KD-00123", "AB-8"]),  # Angerer, Ångström, Angela (name order)
        ("ångs", ["KD-00123"]),
        ("lukas", ["KD-00123"]),
        ("LUKASIEWICZ zoe", ["KD-00123"]),
        ("nguyen", ["KD-00124"]),
        ("thi minh", ["KD-00124"]),
        ("ост", []),
        ("иван", ["KD-00200"]),
        ("Петр", ["KD-00200"]),
        ("李", ["KD-00201"]),
        ("김", ["KD-00202"]),
        ("כהן", ["KD-00203"]),
        ("محمد", ["KD-00204"]),
        ("oster", ["AB-8"]),
        ("soren", ["AB-9"]),
        ("kd-001", ["KD-00123", "KD-00124"]),
        ("KD-00200", ["KD-00200"]),
        ("ab", ["AB-9", "AB-8", "AB-7"]),
        ("1994", ["KD-00123", "AB-7"]),
        ("1994-03-0", ["KD-00123"]),
        ("1994-03-02", ["KD-00123"]),
        ("02.03.1994", ["KD-00123"]),
        ("03/02/1994", ["KD-00123"]),
        ("ana 1994", ["AB-7"]),
        ("nobody", []),
        ('"; DROP TABLE patients; --', []),
]  # fmt: skip


@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search(clinic: Store, query: str, expected: list[str]) -> None:
    assert charts(clinic.patients.search(query)) == expected
    assert clinic.patients.count(query) == len(expected)


@SQLITE_FINDER
@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_walking_the_name_index_finds_the_same(
    clinic: Store, query: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Searches matching thousands walk the name index; force that here for every search.
    monkeypatch.setattr(clinic.patients.finder, "WALK_FROM", 1)
    for offset, chart in enumerate(expected):
        assert row_charts(clinic.patients.finder._walk(query, 1, offset, False)) == [chart]
        assert charts(clinic.patients.search(query, limit=1, offset=offset)) == [chart]
    assert charts(clinic.patients.search(query)) == expected  # a short page: sorted instead


@SQLITE_FINDER
@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_search_by_family_head_run_finds_the_same(
    clinic: Store, query: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Searches matching thousands read the run of family names starting with a typed word
    # and sort the other matches; force that here for every search it can serve.
    monkeypatch.setattr(clinic.patients.finder, "WALK_FROM", 1)
    monkeypatch.setattr(clinic.patients.finder, "REST_MAX", 1000)
    if head_token(query) is None:
        assert clinic.patients.finder._by_family_head(query, 50, 0, False) is None
        return
    finder = clinic.patients.finder
    assert row_charts(finder._by_family_head(query, 50, 0, False)) == expected
    for offset, chart in enumerate(expected):
        assert row_charts(finder._by_family_head(query, 1, offset, False)) == [chart]
    assert charts(clinic.patients.search(query)) == expected


@SQLITE_FINDER
def test_family_head_run_and_the_rest_cover_every_match(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    for chart, given, family in [
        ("C-1", "Gerard", "'t Hooft"),  # starts with a mark: not in the run of "t"
        ("C-2", "Tove", "Berg"),
        ("C-3", "Anna", "Tanaka"),
        ("C-4", "Tim", "Tanner"),
        ("C-5", "Ola", "Nordmann"),
    ]:
        store.patients.create(chart_number=chart, given_name=given, family_name=family)
    monkeypatch.setattr(store.patients.finder, "WALK_FROM", 1)
    everyone = ["C-1", "C-2", "C-3", "C-4"]  # name order: 't hooft, berg, tanaka, tanner
    finder = store.patients.finder
    assert row_charts(finder._by_family_head("t", 50, 0, False)) == everyone
    assert row_charts(finder._by_family_head("t", 2, 1, False)) == everyone[1:3]
    store.patients.archive(store.patients.by_chart_number("C-3").id)  # type: ignore[union-attr]
    assert charts(store.patients.search("t")) == ["C-1", "C-2", "C-4"]
    monkeypatch.setattr(store.patients.finder, "REST_MAX", 2)  # two others: too many to sort here
    assert finder._by_family_head("t", 50, 0, False) is None
    assert charts(store.patients.search("t", include_archived=True)) == everyone


SERVER_FINDER = postgres_only(
    "the server's finder: the start of the name index walked first, then the trigram matches"
)


@SERVER_FINDER
@pytest.mark.parametrize(("query", "expected"), SEARCHES)
def test_server_walk_and_trigram_matches_each_find_the_same(
    clinic: Store, query: str, expected: list[str]
) -> None:
    finder = clinic.patients.finder
    assert row_charts(finder._matches(query, 50, 0, False)) == expected
    for offset, chart in enumerate(expected):
        assert row_charts(finder._walk(query, 1, offset, False)) == [chart]
        assert row_charts(finder._matches(query, 1, offset, False)) == [chart]
        assert charts(clinic.patients.search(query, limit=1, offset=offset)) == [chart]
    # A page the walk cannot fill (the last one) is read from the matches.
    assert finder._walk(query, len(expected) + 1, 0, False) is None
    assert charts(clinic.patients.search(query)) == expected


@SERVER_FINDER
def test_server_walk_gives_up_when_matches_are_rare_near_the_start(
    clinic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clinic.patients.finder, "WALK_SCAN", 1)  # 1 index row per row wanted
    assert clinic.patients.finder._walk("ruiz", 1, 0, False) is None  # Ruiz is 5th by name
    assert charts(clinic.patients.search("ruiz", limit=1)) == ["AB-7"]
    assert row_charts(clinic.patients.finder._walk("ang", 1, 0, False)) == ["AB-9"]
    assert clinic.patients.finder._walk("ang", 1, 2, False) is None  # Østergaard is 4th
    assert charts(clinic.patients.search("ang", limit=1, offset=2)) == ["AB-8"]


@SERVER_FINDER
def test_server_walk_and_matches_skip_archived_patients(clinic: Store) -> None:
    finder = clinic.patients.finder
    angerer = clinic.patients.by_chart_number("AB-9")
    assert angerer is not None
    clinic.patients.archive(angerer.id)
    assert row_charts(finder._walk("ang", 1, 0, False)) == ["KD-00123"]
    assert row_charts(finder._matches("ang", 50, 0, False)) == ["KD-00123", "AB-8"]
    assert row_charts(finder._walk("ang", 1, 0, True)) == ["AB-9"]
    assert row_charts(finder._matches("ang", 50, 0, True)) == ["AB-9", "KD-00123", "AB-8"]


@pytest.fixture
def crowded(clinic: Store, owner_sql: Callable[[], Any]) -> Store:
    """The clinic with 40,000 more patients (written straight into the table, then analysed),
    so the server plans as it would for a real clinic rather than for ten rows."""
    owner = owner_sql()
    try:
        owner.execute(
            "INSERT INTO patients (uid, chart_number, given_name, family_name, sort_key, "
            "created_at, updated_at, search_text) SELECT 'f' || n, 'F-' || n, 'Filler', "
            "'Person' || n, 'person' || n, 't', 't', ' filler person' || n || ' | f ' || n "
            "|| ' |  |  | ' FROM generate_series(1, 40000) AS n"
        )
        owner.execute("ANALYZE patients")
    finally:
        owner.close()
    return clinic


def server_plan(store: Store, sql: str, params: list[object]) -> str:
    rows = store.db.execute(f"EXPLAIN {sql}", params).fetchall()
    return "\n".join(str(row[0]) for row in rows)


@SERVER_FINDER
def test_server_matches_are_found_through_the_trigram_index(crowded: Store) -> None:
    for query in ("Ang", "oster", "nguyen", "ana 1994", "Петр"):
        sql, params = crowded.patients.finder._matches_sql(query, False)
        steps = server_plan(crowded, sql, [*params, 50, 0])
        assert "patients_search" in steps, steps
        assert "Seq Scan" not in steps, steps
        assert charts(crowded.patients.search(query)) == dict(SEARCHES)[query]


@SERVER_FINDER
def test_server_listing_and_opening_a_patient_use_indexes(crowded: Store) -> None:
    listing = server_plan(
        crowded, "SELECT id FROM patients WHERE archived = 0 ORDER BY sort_key, id LIMIT 50", []
    )
    assert "patients_by_name" in listing, listing
    assert "Seq Scan" not in listing, listing
    one = server_plan(crowded, "SELECT * FROM patients WHERE id = ?", [1])
    assert "patients_pkey" in one, one


def test_family_head() -> None:
    assert family_head("Ångström-Łukasiewicz") == "angstrom"
    assert family_head("  García Márquez") == "garcia"
    assert family_head("'t Hooft") == ""
    assert family_head("") == ""
    assert head_token("kd-001 ana") == "ana"
    assert head_token("kd-001") is None


@SQLITE_FINDER
def test_walk_gives_up_when_matches_are_rare_near_the_start(
    clinic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clinic.patients.finder, "WALK_FROM", 1)
    monkeypatch.setattr(clinic.patients.finder, "WALK_SCAN", 2)  # read 2 index rows per row wanted
    assert clinic.patients.finder._walk("ruiz", 1, 0, False) is None  # Ruiz is 5th by name
    assert charts(clinic.patients.search("ruiz", limit=1)) == ["AB-7"]
    assert row_charts(clinic.patients.finder._walk("ang", 1, 0, False)) == ["AB-9"]


def test_walking_skips_archived_patients_and_sees_edits(
    clinic: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    force_walk(clinic, monkeypatch)
    angela = clinic.patients.by_chart_number("AB-8")
    assert angela is not None
    clinic.patients.archive(angela.id)
    assert charts(clinic.patients.search("ang")) == ["AB-9", "KD-00123"]
    assert charts(clinic.patients.search("ang", include_archived=True)) == [
        "AB-9",
        "KD-00123",
        "AB-8",
    ]
    clinic.patients.update(angela.id, given_name="Birgit")
    assert charts(clinic.patients.search("birg", include_archived=True)) == ["AB-8"]
    assert charts(clinic.patients.search("ang", include_archived=True)) == ["AB-9", "KD-00123"]


def test_count_can_stop_early(clinic: Store) -> None:
    assert clinic.patients.count("ang", stop_at=2) == 2
    assert clinic.patients.count("ang", stop_at=10) == 3
    assert clinic.patients.count("", stop_at=4) == 4
    assert clinic.patients.count("nobody", stop_at=4) == 0


def test_search_line_holds_every_token_between_field_marks() -> None:
    line = search_line("Zoë", "Ångström-Łukasiewicz", "KD-00123", "1994-03-02")
    assert line == (" zoe angstrom lukasiewicz | kd 00123 | 1994 03 02 | 02 03 1994 | 03 02 1994")
    assert line_terms("Ång  kd-001 --") == [" ang", " kd 001"]
    assert search_line("小龍", "李", "X", None) == " 小龍 李 | x |  |  | "


@pytest.mark.parametrize("query", ["", "  ", "*", "--"])
def test_nothing_searchable_lists_everyone_by_family_name(clinic: Store, query: str) -> None:
    assert charts(clinic.patients.search(query)) == [
        "AB-9",  # Angerer
        "KD-00123",  # Ångström-Łukasiewicz
        "KD-00124",  # Nguyễn Thị
        "AB-8",  # Østergaard
        "AB-7",  # Ruiz
        "KD-00200",  # Петров (other scripts follow in Unicode order)
        "KD-00203",  # כהן
        "KD-00204",  # العلي
        "KD-00201",  # 李
        "KD-00202",  # 김
    ]


def test_search_pages_in_a_stable_order(clinic: Store) -> None:
    everyone = charts(clinic.patients.search(limit=100))
    pages = [charts(clinic.patients.search(limit=3, offset=n)) for n in range(0, 12, 3)]
    assert [c for page in pages for c in page] == everyone
    assert clinic.patients.count() == len(NAMES)


def test_match_expression_only_passes_letters_and_digits() -> None:
    assert match_expression('kd-001 "x" OR y*') == '"kd 001"* "x"* "or"* "y"*'
    assert match_expression("  -- ") is None


def test_create_and_get(store: Store, patient: Patient) -> None:
    assert store.patients.get(patient.id) == patient
    assert patient.display_name == "Ångström-Łukasiewicz, Zoë"
    assert store.patients.by_chart_number("kd-00123") == patient
    assert store.patients.by_uid(patient.uid) == patient
    entry = store.audit.entries(entity=Entity.PATIENT, entity_id=patient.id)[0]
    assert entry.action == Action.CREATE


def test_chart_numbers_are_unique_ignoring_case(store: Store, patient: Patient) -> None:
    with pytest.raises(DuplicateChartNumberError) as info:
        store.patients.create(chart_number="kd-00123", given_name="Other", family_name="Person")
    assert "already belongs to Ångström-Łukasiewicz, Zoë" in info.value.what
    assert store.patients.count() == 1


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("chart_number", "  ", "chart number"),
        ("birth_date", "02/03/1994", "YYYY-MM-DD"),
        ("birth_date", "2999-01-01", "future"),
        ("sex", "f", "Sex"),
    ],
)
def test_bad_details_are_refused(store: Store, field: str, value: str, words: str) -> None:
    details = {"chart_number": "X-1", "given_name": "A", "family_name": "B", field: value}
    with pytest.raises(InvalidValueError) as info:
        store.patients.create(**details)
    assert words in info.value.what
    assert store.patients.count() == 0


def test_update_reindexes_and_audits_the_change(store: Store, patient: Patient) -> None:
    updated = store.patients.update(patient.id, family_name="Berg", birth_date="1994-03-03")
    assert updated.family_name == "Berg"
    assert charts(store.patients.search("angstrom")) == []
    assert charts(store.patients.search("berg 1994-03-03")) == ["KD-00123"]
    entry = store.audit.entries(entity=Entity.PATIENT, entity_id=patient.id, action=Action.EDIT)[0]
    assert entry.detail["before"] == {
        "family_name": "Ångström-Łukasiewicz",
        "birth_date": "1994-03-02",
    }


def test_update_refuses_unknown_fields(store: Store, patient: Patient) -> None:
    with pytest.raises(InvalidValueError):
        store.patients.update(patient.id, archived=True)


def test_archive_hides_but_keeps(store: Store, patient: Patient) -> None:
    store.patients.archive(patient.id)
    assert store.patients.search("zoe") == []
    assert charts(store.patients.search("zoe", include_archived=True)) == ["KD-00123"]
    assert store.patients.get(patient.id).archived
    store.patients.unarchive(patient.id)
    assert charts(store.patients.search("zoe")) == ["KD-00123"]
    actions = [e.action for e in store.audit.entries(entity=Entity.PATIENT)]
    assert actions[:2] == ["unarchive", "archive"]


def test_there_is_no_hard_delete(store: Store) -> None:
    assert not hasattr(store.patients, "delete")


def test_open_records_a_view(store: Store, patient: Patient, draft: object) -> None:
    record = store.patients.open(patient.id)
    assert record.patient == patient
    assert len(record.visits) == 1
    assert store.audit.entries(entity=Entity.PATIENT, action=Action.VIEW)[0].entity_id == str(
        patient.id
    )


def test_read_record_only_reads_and_record_view_audits(
    store: Store, patient: Patient, draft: object
) -> None:
    changes = store.db.conn.total_changes if store.engine == "sqlite" else None
    with statements_sent(store) as statements:
        record = store.patients.read_record(patient.id)  # what a worker thread may call
    assert statements
    assert all(sql.lstrip().upper().startswith("SELECT") for sql in statements)
    if changes is not None:
        assert store.db.conn.total_changes == changes
    assert not in_transaction(store.db)
    assert record == store.patients.open(patient.id)
    views = store.audit.entries(entity=Entity.PATIENT, action=Action.VIEW)
    assert len(views) == 1  # the open's, not the read's

    store.patients.record_view(patient.id)
    assert len(store.audit.entries(entity=Entity.PATIENT, action=Action.VIEW)) == 2


def test_unknown_patient(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.patients.get(999)


def plan(store: Store, sql: str, params: list[object]) -> str:
    rows = store.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(str(row[-1]) for row in rows)


def full_scans(steps: str) -> list[str]:
    """Plan steps that read a whole table rather than an index or the FTS index."""
    return [
        line
        for line in steps.splitlines()
        if line.startswith("SCAN") and "VIRTUAL TABLE" not in line and "INDEX" not in line
    ]


@SQLITE_PLAN
def test_search_uses_the_full_text_index(clinic: Store) -> None:
    sql, params = clinic.patients.finder._search_sql("ang 1994", False, count=False)
    steps = plan(clinic, sql, [*params, 50, 0])
    assert "VIRTUAL TABLE INDEX" in steps
    assert "SEARCH p USING INTEGER PRIMARY KEY" in steps
    assert full_scans(steps) == []


@SQLITE_PLAN
def test_walking_search_reads_the_name_index_in_order(clinic: Store) -> None:
    sql, params = clinic.patients.finder._walk_sql("an 19", False)
    steps = plan(clinic, sql, [2000, *params, 50, 0])
    assert "USING COVERING INDEX patients_by_name" in steps
    assert "CO-ROUTINE" in steps  # streamed, not read in full first
    assert "TEMP B-TREE" not in steps
    assert full_scans(steps) == ["SCAN (subquery-1)"]  # the co-routine's rows, as they come


@SQLITE_PLAN
def test_family_head_run_is_a_range_of_the_name_index(clinic: Store) -> None:
    sql, params = clinic.patients.finder._head_run_sql("ang 19", "ang", False)
    steps = plan(clinic, sql, [*params, 50])
    assert "USING COVERING INDEX patients_by_name (sort_key>? AND sort_key<?)" in steps
    assert "TEMP B-TREE" not in steps


@SQLITE_PLAN
def test_listing_uses_the_name_index(clinic: Store) -> None:
    sql, params = clinic.patients.finder._search_sql("", False, count=False)
    steps = plan(clinic, sql, [*params, 50, 0])
    assert "USING INDEX patients_by_name" in steps
    assert "TEMP B-TREE" not in steps
    assert full_scans(steps) == []


@SQLITE_PLAN
def test_opening_a_patient_uses_indexes(clinic: Store) -> None:
    steps = plan(clinic, "SELECT * FROM patients WHERE id = ?", [1])
    assert "USING INTEGER PRIMARY KEY" in steps
    steps = plan(
        clinic,
        "SELECT * FROM visits WHERE patient_id = ? ORDER BY visit_date, id",
        [1],
    )
    assert "USING INDEX visits_by_patient" in steps
    assert "TEMP B-TREE" not in steps
    steps = plan(clinic, "SELECT * FROM answers WHERE visit_id = ? ORDER BY item_id, side", [1])
    assert "USING PRIMARY KEY" in steps
