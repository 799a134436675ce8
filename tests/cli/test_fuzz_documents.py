"""Generated hostile documents through the command line: exit 0 or 2, never a traceback.

Hypothesis changes one to three places of a real visit document (or of a thresholds or
clinic file) to hostile values: deep nesting, integers of thousands of digits, long texts,
control, bidi and surrogate characters, odd JSON values. Whatever it makes, `score` and
`import` answer with exit 0 or 2, every stderr line is short, and a refused import leaves
the database exactly as it was.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile_helpers import Outcome, assert_lines_bounded, digest, example_data, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kneedesk.store.store import Store

FUZZ = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
NASTY = "\x00\x07\x1b\x7f\x85\x9b\u202a\u202e\u2066\u2069\ud800\udfff\n\t é\u0301ß𝔘"
PLACES = (
    "format", "format_version", "protocol", "protocol_version", "patient", "patient/id",
    "patient/given_name", "patient/family_name", "patient/birth_date", "patient/sex", "visit",
    "visit/date", "visit/clinician", "answers", "answers/body_mass", "answers/leg_length",
    "answers/leg_length/left", "answers/history.aggravators", "answers/symptom_side",
    "answers/kujala.limp", "not_tested", "not_tested/height", "not_tested/leg_length:up",
    "extra_key",
)  # fmt: skip

texts = st.text(alphabet=st.sampled_from(NASTY) | st.characters(), max_size=60)
long_texts = st.builds(lambda c, n: c * n, st.sampled_from("aZ-\u202e\x00"), st.integers(0, 6000))
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | texts
    | long_texts
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)
# Values written as raw JSON text: what json.dumps cannot make from Python values.
raw_values = st.one_of(
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
    st.integers(1, 3000).map(lambda n: '{"a":' * n + "1" + "}" * n),
    st.integers(4000, 6000).map(lambda n: "9" * n),
    st.sampled_from(['"\\ud800"', '"a\\udc00b"', '{"\\udfff": 1}', "1e999", "-1e999", "NaN"]),
)


def _put(data: dict[str, Any], place: str, value: Any) -> None:
    keys = place.split("/")
    target: Any = data
    for key in keys[:-1]:
        if not isinstance(target, dict):
            return
        target = target.setdefault(key, {})
    if isinstance(target, dict):
        target[keys[-1]] = value


@st.composite
def hostile_documents(draw: st.DrawFn) -> str:
    """The text of a visit document (or an export of some) with hostile values put in."""
    data = example_data()
    raws: dict[str, str] = {}
    for n in range(draw(st.integers(1, 3))):
        place = draw(st.sampled_from(PLACES))
        if draw(st.booleans()):
            marker = f"__RAW_{n}__"
            raws[marker] = draw(raw_values)
            _put(data, place, marker)
        else:
            _put(data, place, draw(json_values))
    shape = draw(st.sampled_from(["one", "one", "one", "export"]))
    text = json.dumps([data, data] if shape == "export" else data, allow_nan=True)
    for marker, raw in raws.items():
        text = text.replace(f'"{marker}"', raw)
    return text


@pytest.fixture(scope="module")
def workspace() -> Iterator[Path]:
    """A folder with a clinic database, shared by the examples (hypothesis reruns the body)."""
    with tempfile.TemporaryDirectory(prefix="kneedesk-fuzz-") as folder:
        with Store.open(Path(folder) / "clinic.kneedesk") as store:
            store.patients.create(
                chart_number="KD-1", given_name="Zoë", family_name="Berg", birth_date="1994-03-02"
            )
        yield Path(folder)


def _write(folder: Path, text: str) -> Path:
    path = folder / "fuzz.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


def _assert_clean(outcome: Outcome) -> None:
    assert outcome.crash == "", outcome.crash[-3000:]
    assert "Traceback" not in outcome.stderr
    assert outcome.status in (0, 2), (outcome.status, outcome.stderr[:500])
    assert_lines_bounded(outcome.stderr)
    if outcome.status == 2:
        assert outcome.stdout == ""


@pytest.mark.slow
@FUZZ
@given(text=hostile_documents())
def test_score_and_import_never_crash_on_generated_documents(workspace: Path, text: str) -> None:
    path = _write(workspace, text)
    _assert_clean(run_cli("score", str(path)))
    db = workspace / "clinic.kneedesk"
    before = digest(db)
    imported = run_cli("import", "--db", str(db), str(path))
    _assert_clean(imported)
    if imported.status == 2:
        assert digest(db) == before


@pytest.mark.slow
@settings(FUZZ, max_examples=100)
@given(
    data=st.dictionaries(
        st.sampled_from(["lsi_min_percent", "heavy_squat_sessions", "kujala_mcid"]) | texts,
        json_values,
        max_size=3,
    )
    | json_values,
    raw=st.none() | raw_values,
)
def test_thresholds_files_never_crash(workspace: Path, data: Any, raw: str | None) -> None:
    visit = _write(workspace, json.dumps(example_data()))
    thresholds = workspace / "thresholds.json"
    text = raw if raw is not None else json.dumps(data, allow_nan=True)
    thresholds.write_text(text, encoding="utf-8", errors="surrogatepass")
    _assert_clean(run_cli("score", str(visit), "--thresholds", str(thresholds)))


@pytest.mark.slow
@settings(FUZZ, max_examples=60)
@given(
    data=st.dictionaries(
        st.sampled_from(["name", "address", "phone", "logo"]) | texts, json_values, max_size=3
    )
    | json_values,
    raw=st.none() | raw_values,
)
def test_clinic_files_for_report_never_crash(workspace: Path, data: Any, raw: str | None) -> None:
    visit = _write(workspace, json.dumps(example_data()))
    clinic = workspace / "clinic.json"
    text = raw if raw is not None else json.dumps(data, allow_nan=True)
    clinic.write_text(text, encoding="utf-8", errors="surrogatepass")
    out = workspace / "handout.pdf"
    _assert_clean(run_cli("report", str(visit), "--clinic", str(clinic), "--out", str(out)))
