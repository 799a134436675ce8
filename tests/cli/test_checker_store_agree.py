"""The document checker and the store agree: what the checker accepts imports, and what it
refuses for a documented limit the store refuses too (so import never fails with exit 1)."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hostile_helpers import with_change
from hypothesis import given, settings
from hypothesis import strategies as st

from kneedesk.core.visit_batch import check_documents
from kneedesk.store.errors import InvalidValueError
from kneedesk.store.store import Store
from kneedesk.store.transfer import import_documents

ODD = "\x00\x1b\x85\u202e\u2066ab é"
names = st.builds(
    lambda core, pad: core + "n" * pad,
    st.text(
        alphabet=st.sampled_from(ODD) | st.characters(codec="utf-8"), min_size=1, max_size=8
    ).filter(lambda s: s.strip() != ""),
    st.integers(0, 205),
)
charts = st.builds(
    lambda n, c: "K" * n + c, st.integers(1, 45), st.sampled_from(["", "\x00", "\u202e", "-1"])
)
births = st.dates(min_value=date(1890, 1, 1), max_value=date(2020, 1, 1))


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(chart=charts, given_name=names, family=names, birth=births, clinician=names)
def test_checker_and_store_agree(
    chart: str, given_name: str, family: str, birth: date, clinician: str
) -> None:
    doc = with_change("patient/id", chart)
    doc["patient"].update(given_name=given_name, family_name=family, birth_date=birth.isoformat())
    doc["visit"]["clinician"] = clinician
    _, problems = check_documents([doc])
    with tempfile.TemporaryDirectory() as folder, Store.open(Path(folder) / "c.kneedesk") as store:
        if not problems:
            result = import_documents(store, [doc])
            assert result.visits_added == 1
            return
        with pytest.raises(InvalidValueError):
            _store_directly(store, chart, given_name, family, birth, clinician)


def _store_directly(
    store: Store, chart: str, given_name: str, family: str, birth: date, clinician: str
) -> None:
    """Save the same patient and visit through the store's own API, as the app would."""
    patient = store.patients.create(
        chart_number=chart, given_name=given_name, family_name=family, birth_date=birth
    )
    store.visits.create_draft(patient.id, visit_date="2026-10-09", clinician_name=clinician)
