"""Visits on runners-knee v2 before the switch: the explicit opt-in, the visit's age and
follow-up context, hidden answers left out of what is signed, and converting v1 drafts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_fixtures import APP_PASSWORD, PgServer
from store_helpers import FAST_HASHER, PASSWORD, FakeClock

from kneedesk.core.protocol import ProtocolRef
from kneedesk.store.clinicians import Clinician, Role
from kneedesk.store.errors import InvalidValueError, VisitSignedError
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store

V2 = ProtocolRef("runners-knee", 2)


@pytest.fixture
def v2_store(
    engine: str, request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock
) -> Iterator[Store]:
    """A store of its own (a second database on the same engine) opted in to v2."""
    if engine == "sqlite":
        opened = Store.open(
            tmp_path / "v2.sqlite3", clock=clock, hasher=FAST_HASHER, newest_protocol=V2
        )
        yield opened
        opened.close()
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.new_database()
    opened = Store.open_server(
        server.settings(name), APP_PASSWORD, clock=clock, hasher=FAST_HASHER, newest_protocol=V2
    )
    yield opened
    opened.close()
    server.drop(name)


def _people(store: Store, birth_date: str | None = "2012-06-01") -> tuple[Clinician, Patient]:
    ana = store.accounts.create("ana", "Ana Ruiz", PASSWORD, Role.ADMIN)
    store.sign_in("ana", PASSWORD)
    teen = store.patients.create(
        chart_number="KD-1", given_name="Lou", family_name="Park", birth_date=birth_date
    )
    return ana, teen


def test_the_app_store_starts_v2_drafts_and_still_continues_v1_ones(
    store: Store, v2_store: Store, patient: Patient
) -> None:
    assert store.visits.create_draft(patient.id, visit_date="2026-11-20").protocol_version == 2
    old = store.visits.create_draft(patient.id, visit_date="2026-11-13", protocol_version=1)
    store.visits.save_answer(old.id, "pain.usual", "whole", 3)
    assert store.visits.answers(old.id)["pain.usual"] == 3
    with pytest.raises(InvalidValueError, match="version 3"):
        store.visits.create_draft(patient.id, visit_date="2026-11-20", protocol_version=3)
    _, teen = _people(v2_store)
    visit = v2_store.visits.create_draft(teen.id, visit_date="2026-11-21")
    assert (visit.protocol, visit.protocol_version) == tuple(V2)
    v2_store.visits.save_answer(visit.id, "dx.other", "whole", "Plica syndrome")
    assert v2_store.visits.answers(visit.id)["dx.other"] == "Plica syndrome"


def test_context_is_the_age_at_the_visit_and_whether_an_earlier_visit_is_signed(
    v2_store: Store,
) -> None:
    ana, teen = _people(v2_store)
    first = v2_store.visits.create_draft(teen.id, visit_date="2026-05-31", clinician_id=ana.id)
    assert v2_store.visits.context(first.id).age == 13  # the day before the 14th birthday
    assert not v2_store.visits.context(first.id).follow_up
    second = v2_store.visits.create_draft(teen.id, visit_date="2026-06-01", clinician_id=ana.id)
    assert v2_store.visits.context(second.id).age == 14
    assert not v2_store.visits.context(second.id).follow_up  # the first is only a draft
    v2_store.visits.sign(first.id, ana.id, [], {})
    assert v2_store.visits.context(second.id).follow_up
    assert not v2_store.visits.context(first.id).follow_up


def test_answers_hidden_at_the_patients_age_are_kept_in_the_draft_and_not_signed(
    v2_store: Store,
) -> None:
    ana, adult = _people(v2_store, birth_date="1990-01-01")
    visit = v2_store.visits.create_draft(adult.id, visit_date="2026-11-20", clinician_id=ana.id)
    # Answered while the birth date was wrong (age 14), then corrected: kept while a draft.
    v2_store.visits.save_answer(visit.id, "dx.apophysitis", "whole", "possible")
    v2_store.visits.save_answer(visit.id, "red_flags.adolescent_hip", "whole", False)
    v2_store.visits.save_answer(visit.id, "dx.tibiofemoral", "whole", "likely")
    assert "dx.apophysitis" in v2_store.visits.answers(visit.id)
    v2_store.visits.sign(visit.id, ana.id, [], {})
    answers = v2_store.visits.answers(visit.id)
    assert "dx.apophysitis" not in answers
    assert "red_flags.adolescent_hip" not in answers
    assert answers["dx.tibiofemoral"] == "likely"
    cleared = [
        json.loads(row[0])
        for row in v2_store.db.execute(
            "SELECT detail FROM audit_log WHERE action = 'edit' ORDER BY id"
        ).fetchall()
    ]
    assert {"item": "dx.apophysitis", "side": "whole", "before": {"value": "possible"},
            "after": None} in cleared  # fmt: skip


def test_return_to_run_answers_are_not_signed_on_a_first_visit(v2_store: Store) -> None:
    ana, teen = _people(v2_store)
    visit = v2_store.visits.create_draft(teen.id, visit_date="2026-11-20", clinician_id=ana.id)
    v2_store.visits.save_answer(visit.id, "rtr.stage", "whole", "walk_run")
    v2_store.visits.save_answer(visit.id, "dx.apophysitis", "whole", "possible")  # age 14
    v2_store.visits.sign(visit.id, ana.id, [], {})
    assert v2_store.visits.answers(visit.id) == {"dx.apophysitis": "possible"}


def test_converting_a_v1_draft_carries_answers_over_by_id(v2_store: Store) -> None:
    ana, teen = _people(v2_store)
    visit = v2_store.visits.create_draft(
        teen.id, visit_date="2026-11-20", clinician_id=ana.id, protocol_version=1
    )
    repo = v2_store.visits
    repo.save_answer(visit.id, "body_mass", "whole", 61.5)
    repo.save_answer(visit.id, "history.other_causes_excluded", "whole", True)
    repo.save_answer(visit.id, "red_flags.trauma", "whole", False)
    repo.save_answer(visit.id, "leg_length", "left", None, "Cast on the leg")
    dropped = repo.convert(visit.id, 2)
    assert dropped == ["history.other_causes_excluded"]
    assert repo.get(visit.id).protocol_version == 2
    assert repo.answers(visit.id) == {"body_mass": 61.5, "red_flags.trauma": False}
    assert repo.not_tested(visit.id) == {"leg_length:left": "Cast on the leg"}
    detail = json.loads(
        v2_store.db.execute("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    )
    assert (detail["field"], detail["before"], detail["after"]) == ("protocol_version", 1, 2)
    assert detail["not_carried_over"][0]["item"] == "history.other_causes_excluded"
    with pytest.raises(InvalidValueError, match="cannot be converted"):
        repo.convert(visit.id, 2)


def test_night_pain_yes_must_be_confirmed_before_converting(v2_store: Store) -> None:
    ana, teen = _people(v2_store)
    repo = v2_store.visits
    visits = [
        repo.create_draft(teen.id, visit_date=day, clinician_id=ana.id, protocol_version=1)
        for day in ("2026-11-20", "2026-11-21")
    ]
    for visit in visits:
        repo.save_answer(visit.id, "red_flags.night_pain", "whole", True)
    with pytest.raises(InvalidValueError, match="weight loss"):
        repo.convert(visits[0].id, 2)
    assert repo.get(visits[0].id).protocol_version == 1
    repo.convert(visits[0].id, 2, night_pain_for_weight_loss=False)
    assert repo.answers(visits[0].id) == {"red_flags.night_pain": True}
    repo.convert(visits[1].id, 2, night_pain_for_weight_loss=True)
    assert repo.answers(visits[1].id) == {"red_flags.systemic": True}


def test_a_signed_v1_visit_cannot_be_converted(v2_store: Store) -> None:
    ana, teen = _people(v2_store)
    visit = v2_store.visits.create_draft(
        teen.id, visit_date="2026-11-20", clinician_id=ana.id, protocol_version=1
    )
    v2_store.visits.sign(visit.id, ana.id, [], {})
    with pytest.raises(VisitSignedError):
        v2_store.visits.convert(visit.id, 2)
    assert v2_store.visits.get(visit.id).protocol_version == 1
