"""`kneedesk demo` builds a plausible, idempotent demo clinic."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import load_protocol
from kneedesk.core.scoring import kujala
from kneedesk.services.demo import DEMO_PASSWORD, DEMO_USERNAME, NAMES, create_demo_clinic
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.kneedesk"
    assert create_demo_clinic(path, today=date(2026, 11, 25)) is True
    return path


@pytest.mark.slow
def test_demo_has_diverse_patients_with_one_to_six_visits(demo_db: Path) -> None:
    with Store.open(demo_db) as store:
        patients = store.patients.search("", limit=100)
        assert len(patients) == len(NAMES) == 30
        names = {p.family_name for p in patients}
        for family in ("Ångström-Łukasiewicz", "Петров", "李", "김", "כהן", "حداد"):
            assert family in names
        counts = {len(store.visits.for_patient(p.id)) for p in patients}
        assert counts == {1, 2, 3, 4, 5, 6}


@pytest.mark.slow
def test_demo_progress_is_plausible_and_signatures_verify(demo_db: Path) -> None:
    protocol = load_protocol()
    with Store.open(demo_db) as store:
        for patient in store.patients.search("", limit=100):
            visits = store.visits.for_patient(patient.id)
            totals = [kujala(Answers(store.visits.answers(v.id)), protocol).total for v in visits]
            assert all(t is not None for t in totals)
            if len(visits) >= 3:
                assert totals[-1] > totals[0]  # better at the last visit than the first
            for v in visits:
                if v.signed:
                    assert store.signing.verify(v.id) is SignatureStatus.OK


@pytest.mark.slow
def test_demo_is_idempotent_and_its_login_works(demo_db: Path) -> None:
    assert create_demo_clinic(demo_db) is False
    with Store.open(demo_db) as store:
        assert store.patients.count() == 30
        assert store.sign_in(DEMO_USERNAME, DEMO_PASSWORD).username == DEMO_USERNAME


def test_demo_command_prints_the_login(tmp_path: Path) -> None:
    db = tmp_path / "clinic.kneedesk"
    done = subprocess.run(
        [sys.executable, "-m", "kneedesk", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert DEMO_PASSWORD in done.stdout
    again = subprocess.run(
        [sys.executable, "-m", "kneedesk", "demo", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert "already there" in again.stdout


@pytest.mark.slow
def test_demo_handouts_print_with_todays_exercise_library(demo_db: Path) -> None:
    """A demo visit is signed as the summary page signs one: its handout has today's
    wording and every plan item drawn, with a next visit."""
    from kneedesk.core.exercises import LIBRARY_EDITION, load_exercises
    from kneedesk.services.visit_report import visit_report

    with Store.open(demo_db) as store:
        store.sign_in(DEMO_USERNAME, DEMO_PASSWORD)
        patients = store.patients.search("", limit=100)
        signed = [v for p in patients for v in store.visits.for_patient(p.id) if v.signed]
        assert signed
        for visit in signed[:10]:
            data = visit_report(store, visit.id).data
            assert data.final_plan.library == LIBRARY_EDITION
            # every item drawn from the library, none printed as a bare "Also in your plan"
            assert set(data.final_plan.items) <= set(load_exercises(LIBRARY_EDITION))
            assert data.review == "in 3 weeks"
