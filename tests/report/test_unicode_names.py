"""Names in any script the clinic may meet print, come back from text extraction, and embed."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import pytest
from external_tools import require_tool
from pdf_helpers import ana, embedded_fonts, text_of

from kneedesk.report.fonts import font_runs, unsupported_characters, visual_order
from kneedesk.report.handout import render_handout
from kneedesk.report.summary import render_summary

LTR_NAMES = [
    ("Zoë", "Ångström-Łukasiewicz"),
    ("Nguyễn", "Thị Minh Khai"),
    ("Иван", "Петров"),
    ("小龍", "李"),
    ("민수", "김"),
    ("Ελένη", "Παπαδοπούλου"),
    ("さくら", "山田"),
]
RTL_NAMES = [("דוד", "כהן"), ("محمد", "")]


def _with_name(given: str, family: str, **kwargs: object) -> bytes:
    data = ana(1)
    patient = dataclasses.replace(data.patient, given_name=given, family_name=family)
    return render_handout(dataclasses.replace(data, patient=patient, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(("given", "family"), LTR_NAMES)
def test_left_to_right_names_come_back_from_extraction(given: str, family: str) -> None:
    name = " ".join(p for p in (given, family) if p)
    pdf = _with_name(given, family)
    text = unicodedata.normalize("NFC", text_of(pdf))
    assert unicodedata.normalize("NFC", name) in text
    assert f"Hello {given}." in text


@pytest.mark.parametrize(("given", "family"), RTL_NAMES)
def test_right_to_left_names_are_drawn_in_visual_order(given: str, family: str) -> None:
    pdf = _with_name(given, family)
    # Arabic is drawn in its joined forms (NFKC maps them back to letters); some extractors
    # return the drawn order and others restore the logical order, so accept either.
    text = unicodedata.normalize("NFKC", text_of(pdf))
    for word in (given, family):
        if word:
            assert word in text or word[::-1] in text, word


def test_every_font_in_the_file_is_embedded() -> None:
    pdf = _with_name("Zoë 李小龍 김민수", "Петров דוד محمد")
    fonts = embedded_fonts(pdf)
    assert len(fonts) >= 4  # sans, bold, CJK and Hangul at least
    assert all(fonts.values()), fonts


def test_pdffonts_reports_every_font_embedded(tmp_path: Path) -> None:
    tool = require_tool("pdffonts", "poppler-utils")
    path = tmp_path / "names.pdf"
    path.write_bytes(_with_name("Zoë 李小龍 김민수", "Петров דוד محمد"))
    out = subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        columns = row.split()
        assert columns[-5] == "yes", row  # the "emb" column


def test_summary_prints_unicode_names_too() -> None:
    data = ana(1)
    patient = dataclasses.replace(data.patient, given_name="Zoë", family_name="李")
    text = text_of(render_summary(dataclasses.replace(data, patient=patient)))
    assert "Zoë 李" in text


@pytest.mark.parametrize(
    "text",
    [
        "Zoë Ångström-Łukasiewicz",
        "Nguyễn Thị Minh Khai",
        "Иван Петров",
        "李小龍",
        "김민수",
        "דוד כהן",
        "محمد",
    ],
)
def test_every_test_name_is_covered_by_a_bundled_font(text: str) -> None:
    assert unsupported_characters(visual_order(text)) == ""


def test_runs_switch_font_per_script() -> None:
    runs = font_runs("Ana 李 김")
    assert [r.text for r in runs] == ["Ana ", "李 ", "김"]
    assert len({r.font for r in runs}) == 3


def test_hebrew_is_reversed_and_arabic_is_shaped() -> None:
    assert visual_order("דוד כהן") == "ןהכ דוד"
    shaped = visual_order("محمد")
    assert shaped != "محمد"[::-1]  # joined presentation forms, not bare letters
    assert unicodedata.normalize("NFKC", shaped) == "محمد"[::-1]
