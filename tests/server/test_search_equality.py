"""Search as you type finds the same patients, in the same order, on the clinic server as in
the SQLite file: the same patients go into a store on each engine, and many typed queries
(names with accents, hyphens and apostrophes, chart numbers, birth dates, partial and
several words, and text of any kind) give the same page and the same counts on both.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pg_fixtures import PgServer
from server_helpers import open_store

from kneedesk.store.errors import StoreError
from kneedesk.store.patients import Patient
from kneedesk.store.search_text import birth_date_forms
from kneedesk.store.store import Store

NAME_PARTS = [
    "Zoë", "Ångström", "Łukasiewicz", "O'Brien", "Nuñez", "Jean-Luc", "D'Angelo", "Müller",
    "Mueller", "José", "Björk", "Søren", "Çelik", "김", "민수", "Ødegaard", "van der Berg",
    "MacDonald", "Straße", "Strasse", "İlker", "Ana", "Anaïs", "Anna", "Ann-Marie", "Li",
    "Lee", "Ng", "Ōsaka", "Đorđević", "Þór", "Æsa", "Œuvre", "Ñandú", "Émile", "Emile",
    "Smith", "Smyth", "Sánchez-Vicario", "al-Rashid", "Ó Súilleabháin", "Иван", "Ivan",
    "Θεοδώρα", "Mc'Kay", "Ruiz", "Ruíz", "de la Cruz", "Dela Cruz", "Bo", "Boyle",
]  # fmt: skip
SEPARATORS = [" ", "-", "'", "", " - ", "’"]


def _name() -> st.SearchStrategy[str]:
    parts = st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=3)
    return st.builds(lambda p, sep: sep.join(p), parts, st.sampled_from(SEPARATORS))


_chart = st.from_regex(r"\A[A-Z]{0,3}[-/ ]?[0-9]{1,6}\Z")
_birth = st.none() | st.dates(date(1930, 1, 1), date(2020, 12, 31)).map(date.isoformat)
# A chart number with a suffix is seldom taken already; without one, often (both engines
# must then refuse the same patient).
_suffix = st.just("") | st.integers(1, 99_999).map(str)
_patient = st.tuples(_name(), _name(), _chart, _birth, _suffix, st.booleans())


@pytest.fixture(scope="module")
def twins(
    pg_server: PgServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Store, Store]]:
    """A SQLite store and a clinic server store that always hold the same patients."""
    folder: Path = tmp_path_factory.mktemp("search")
    name = pg_server.new_database()
    with (
        Store.open(folder / "clinic.sqlite3") as lite,
        open_store(pg_server.settings(name)) as server,
    ):
        yield lite, server
    pg_server.drop(name)


def _add(
    store: Store, given_name: str, family: str, chart: str, birth: str | None
) -> Patient | type[StoreError]:
    try:
        return store.patients.create(
            chart_number=chart, given_name=given_name, family_name=family, birth_date=birth
        )
    except StoreError as exc:
        return type(exc)


def _shown(patients: list[Patient]) -> list[tuple[str, str, str]]:
    return [(p.chart_number, p.family_name, p.given_name) for p in patients]


def _queries(data: st.DataObject, patients: list[tuple[str, str, str, str | None]]) -> list[str]:
    """What a receptionist might type looking for these patients, and some noise."""

    draw = data.draw

    def part(text: str) -> str:
        words = text.split()
        if not words:
            return text
        word = draw(st.sampled_from(words))
        end = draw(st.integers(1, len(word)))
        piece = word[:end]
        return draw(st.sampled_from([piece, piece.upper(), piece.lower(), piece.casefold()]))

    out = []
    for given_name, family, chart, birth in patients:
        fields = [given_name, family, chart, *(f for f in birth_date_forms(birth) if f)]
        out.append(part(draw(st.sampled_from(fields))))
        out.append(f"{part(given_name)} {part(family)}")
        out.append(f"{part(family)} {part(chart)}")
    out += draw(st.lists(st.text(min_size=1, max_size=8), max_size=3))
    out += draw(st.lists(st.sampled_from(NAME_PARTS + ["-", "'", "o'", "d'a", "kd-", "19"])))
    return out


@pytest.mark.slow
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(new=st.lists(_patient, min_size=1, max_size=6), data=st.data())
def test_both_engines_find_the_same_patients(
    twins: tuple[Store, Store],
    new: list[tuple[str, str, str, str | None, str, bool]],
    data: st.DataObject,
) -> None:
    lite, server = twins
    # Everything is drawn before the stores are touched: what they hold differs per run.
    patients = [
        (given_name, family, f"{chart}{suffix}", birth)
        for given_name, family, chart, birth, suffix, _ in new
    ]
    queries = _queries(data, patients)
    for (given_name, family, chart, birth), (*_, archived) in zip(patients, new, strict=True):
        on_lite = _add(lite, given_name, family, chart, birth)
        on_server = _add(server, given_name, family, chart, birth)
        if not isinstance(on_lite, Patient) or not isinstance(on_server, Patient):
            assert on_server == on_lite
            continue
        assert _shown([on_server]) == _shown([on_lite])
        if archived:
            lite.patients.archive(on_lite.id)
            server.patients.archive(on_server.id)
    for query in queries:
        for archived in (False, True):
            found = _shown(lite.patients.search(query, include_archived=archived))
            assert _shown(server.patients.search(query, include_archived=archived)) == found, query
            counted = lite.patients.count(query, include_archived=archived)
            assert server.patients.count(query, include_archived=archived) == counted, query
        assert server.patients.count(query, stop_at=5) == lite.patients.count(query, stop_at=5)
        page = _shown(lite.patients.search(query, limit=3, offset=2))
        assert _shown(server.patients.search(query, limit=3, offset=2)) == page, query
