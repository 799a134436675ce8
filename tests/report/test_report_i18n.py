"""The printed reports speak the language they are rendered in; English prints as before."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pdf_helpers import ana, text_of
from pypdf import PdfReader

from kneedesk.core.i18n import use_language
from kneedesk.report import handout_text as txt
from kneedesk.report.handout import render_handout
from kneedesk.report.summary import render_summary


@pytest.fixture(scope="module")
def german_handout() -> str:
    """The demo patient's third-visit handout (progress charts too), in German."""
    with use_language("de"):
        return text_of(render_handout(replace(ana(3), review="in 3 weeks")))


def test_a_german_handout_has_german_headings(german_handout: str) -> None:
    assert "Was wir gefunden haben" in german_handout  # "What we found"
    assert "Die Schmerzregeln" in german_handout  # "The pain rules"
    assert "Ihr Fortschritt" in german_handout  # "Your progress"
    assert txt.SECTION_FOUND not in german_handout
    assert txt.SECTION_PAIN_RULES not in german_handout


def test_a_german_handout_writes_dates_and_page_numbers_in_german(german_handout: str) -> None:
    assert "Termin: 8. Januar 2027" in german_handout  # the letterhead's visit date
    assert "8 January 2027" not in german_handout
    assert "Seite 1 von" in german_handout
    # "in 3 weeks" gets the day it falls on, in German.
    assert "(um den 29. Januar 2027)" in german_handout


def test_a_german_pdf_names_its_language_and_title() -> None:
    with use_language("de"):
        pdf = render_handout(ana(1))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert reader.metadata is not None
    assert reader.metadata.title == "Ihr Plan für das Läuferknie - Ana Ruiz"


def test_english_is_unchanged_after_a_german_render(german_handout: str) -> None:
    text = text_of(render_handout(replace(ana(3), review="in 3 weeks")))
    assert txt.SECTION_FOUND in text
    assert "Visit: 8 January 2027" in text
    assert "in 3 weeks (around 29 January 2027)" in text
    assert "Page 1 of" in text
    assert "Was wir gefunden haben" not in text
    assert "/Lang" not in PdfReader(io.BytesIO(render_handout(ana(1)))).trailer["/Root"]


def test_a_spanish_summary_has_spanish_headings_and_dates() -> None:
    with use_language("es"):
        text = text_of(render_summary(ana(3)))
    assert "Resumen clínico" in text
    assert "Historial de visitas" in text  # "Visit history"
    assert "8 de enero de 2027" in text
    assert "Visit history" not in text
