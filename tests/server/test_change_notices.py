"""Two workstations on one clinic server: a change saved on one is heard by the other's
listener (and marked as its own on the one that made it); a listener whose connection
drops reconnects and says so; who has a draft open is seen elsewhere and expires when its
workstation stops beating."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest
from pg_fixtures import APP_PASSWORD
from server_helpers import ADMIN_PASSWORD, FAST_HASHER, app_connection

from kneedesk.store.changes import RESYNC, Change
from kneedesk.store.clinicians import Role
from kneedesk.store.postgres.connect import ServerSettings
from kneedesk.store.postgres.listen import ChangeListener
from kneedesk.store.presence import STALE_AFTER_S
from kneedesk.store.store import Store

WAIT_S = 30.0
"""Generous: a change arrives in well under a second; this only bounds a broken test."""


class Heard:
    """What a listener delivered, in order."""

    def __init__(self) -> None:
        self.changes: queue.Queue[Change] = queue.Queue()

    def __call__(self, change: Change) -> None:
        self.changes.put(change)

    def next(self, kind: str | None = None) -> Change:
        """The next change (of `kind`, skipping others)."""
        while True:
            change = self.changes.get(timeout=WAIT_S)
            if kind is None or change.kind == kind:
                return change


@pytest.fixture
def stores(pg_database: ServerSettings) -> Iterator[tuple[Store, Store]]:
    first = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER)
    second = Store.open_server(pg_database, APP_PASSWORD, hasher=FAST_HASHER)
    first.accounts.create("ana", "Ana Ruiz", ADMIN_PASSWORD, Role.ADMIN)
    second.accounts.create("ben", "Ben Okafor", ADMIN_PASSWORD, Role.CLINICIAN)
    yield first, second
    first.close()
    second.close()


def listening(store: Store, heard: Heard) -> ChangeListener:
    listener = store.change_listener(heard)
    assert listener is not None
    listener.start()
    assert heard.next().kind == RESYNC  # connected: read everything afresh
    return listener


def test_a_change_on_one_workstation_is_heard_on_the_other(
    stores: tuple[Store, Store],
) -> None:
    first, second = stores
    heard_first, heard_second = Heard(), Heard()
    listeners = [listening(first, heard_first), listening(second, heard_second)]
    try:
        patient = first.patients.create(chart_number="KD-7", given_name="Zoë", family_name="Berg")
        assert heard_second.next() == Change("patient", patient.id, None, own=False)
        assert heard_first.next() == Change("patient", patient.id, None, own=True)

        draft = second.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
        assert heard_first.next() == Change("visit", patient.id, draft.id, own=False)
        second.visits.save_answer(draft.id, "body_mass", "whole", 61.5)
        assert heard_first.next("answer") == Change("answer", patient.id, draft.id, own=False)
    finally:
        for listener in listeners:
            listener.stop()


def test_a_listener_whose_connection_drops_reconnects_and_hears_again(
    stores: tuple[Store, Store],
) -> None:
    first, second = stores
    heard = Heard()
    listener = listening(second, heard)
    try:
        listener.drop_connection()
        assert heard.next(RESYNC) == Change(RESYNC)  # back, and says so
        patient = first.patients.create(chart_number="KD-8", given_name="Ida", family_name="Lund")
        assert heard.next("patient").patient_id == patient.id
    finally:
        listener.stop()
    assert not listener.connected.is_set()


def test_a_file_has_no_listener_and_nobody_else_present(tmp_path: object) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    with Store.open(tmp_path / "clinic.kneedesk", hasher=FAST_HASHER) as store:
        assert store.change_listener(lambda _c: None) is None
        store.presence.open(1, None, "Ana Ruiz")  # nothing to record
        assert store.presence.others(1) == []


def test_a_draft_open_elsewhere_names_who_and_since_when(
    stores: tuple[Store, Store],
) -> None:
    first, second = stores
    patient = first.patients.create(chart_number="KD-9", given_name="Zoë", family_name="Berg")
    draft = first.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    heard = Heard()
    listener = listening(second, heard)
    try:
        first.presence.open(draft.id, 1, "Ana Ruiz")
        assert heard.next("presence") == Change("presence", patient.id, draft.id, own=False)
        (present,) = second.presence.others(draft.id)
        assert present.clinician_name == "Ana Ruiz"
        assert present.opened_at.tzinfo is not None
        assert first.presence.others(draft.id) == []  # not "another workstation" to itself

        first.presence.close(draft.id)
        assert heard.next("presence").visit_id == draft.id
        assert second.presence.others(draft.id) == []
    finally:
        listener.stop()


def test_a_crashed_workstations_presence_expires(
    stores: tuple[Store, Store], pg_database: ServerSettings
) -> None:
    first, second = stores
    patient = first.patients.create(chart_number="KD-10", given_name="Zoë", family_name="Berg")
    draft = first.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    first.presence.open(draft.id, 1, "Ana Ruiz")
    assert [p.clinician_name for p in second.presence.others(draft.id)] == ["Ana Ruiz"]

    # The first workstation crashes: its heartbeat stops, and its last one grows old.
    with app_connection(pg_database) as conn:
        conn.execute(
            "UPDATE kneedesk.presence SET seen_at = now() - make_interval(secs => %s) "
            "WHERE workstation = %s",
            [STALE_AFTER_S + 1, first.presence.workstation],
        )
    assert second.presence.others(draft.id) == []  # no longer shown
    heard = Heard()
    listener = listening(second, heard)  # the next heartbeat anywhere clears it away
    try:
        assert heard.next("presence").visit_id == draft.id
    finally:
        listener.stop()
    with app_connection(pg_database) as conn:
        assert conn.execute("SELECT count(*) FROM kneedesk.presence").fetchone() == (0,)


def test_a_beating_workstation_stays_present(
    stores: tuple[Store, Store], pg_database: ServerSettings
) -> None:
    first, second = stores
    patient = first.patients.create(chart_number="KD-11", given_name="Zoë", family_name="Berg")
    draft = first.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    first.presence.open(draft.id, 1, "Ana Ruiz")
    with app_connection(pg_database) as conn:
        conn.execute(
            "UPDATE kneedesk.presence SET seen_at = now() - make_interval(secs => %s)",
            [STALE_AFTER_S - 5],
        )
        first.presence.beat(conn)  # its heartbeat comes in time
    assert [p.clinician_name for p in second.presence.others(draft.id)] == ["Ana Ruiz"]


def test_closing_the_store_takes_its_presence_away(stores: tuple[Store, Store]) -> None:
    first, second = stores
    patient = first.patients.create(chart_number="KD-12", given_name="Zoë", family_name="Berg")
    draft = first.visits.create_draft(patient.id, visit_date="2026-11-20", clinician_id=1)
    first.presence.open(draft.id, 1, "Ana Ruiz")
    first.close()
    assert second.presence.others(draft.id) == []


def test_a_notice_that_cannot_be_read_means_read_everything_again() -> None:
    from kneedesk.store.changes import parse

    assert parse('{"kind": "answer", "patient": 4, "visit": 12}') == Change("answer", 4, 12)
    assert parse("not json") == Change(RESYNC)
    assert parse('{"patient": 4}', own=True) == Change(RESYNC, own=True)
