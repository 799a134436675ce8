"""The protocol's and the exercise library's text is looked up in the active language each time
it is read: core hands the GUI and the report translated text, and the same objects read in
English again outside `use_language` (nothing translated is kept)."""

from __future__ import annotations

import gettext
import tomllib
from importlib.resources import files

import pytest

from kneedesk.core import i18n
from kneedesk.core.exercises import load_exercises
from kneedesk.core.i18n import catalogue, use_language
from kneedesk.core.plan import PLAN_ITEMS
from kneedesk.core.protocol import Kind, Protocol, load_protocol, new_visit_protocol
from kneedesk.core.thresholds import THRESHOLD_INFO
from kneedesk.core.units import DisplayUnits, UnitSystem

MARK = "\u00abxx\u00bb "


class _Marked(gettext.NullTranslations):
    """A stand-in catalogue that "translates" every message by prefixing it."""

    def gettext(self, message: str) -> str:
        return MARK + message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return MARK + (msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return MARK + message


@pytest.fixture
def marked_french(monkeypatch: pytest.MonkeyPatch) -> None:
    """French reads every message through `_Marked`; English stays as written."""
    real = i18n.catalogue

    def fake(code: str) -> gettext.NullTranslations:
        return _Marked() if code == "fr" else real(code)

    monkeypatch.setattr(i18n, "catalogue", fake)


def _texts(protocol: Protocol) -> list[str]:
    """Every text of a protocol a person reads."""
    texts = [protocol.title]
    for section in protocol.sections:
        texts += [section.title, section.intro]
        for item in section.items:
            texts += [item.label, item.instruction, item.how_to, *item.entry_labels]
            texts += [o.label for o in item.options]
    return texts


def _raw_sections() -> list[dict[str, object]]:
    raw = files("kneedesk.resources").joinpath("protocols", "runners-knee-v2.toml").read_text()
    sections: list[dict[str, object]] = tomllib.loads(raw)["sections"]
    return sections


def test_protocol_reads_french_inside_use_language() -> None:
    protocol = new_visit_protocol()
    french = catalogue("fr")
    english_titles = [s.title for s in protocol.sections]
    chosen = next(i for i in protocol.items() if i.kind is Kind.CHOICE)
    english_label = chosen.label
    english_option = chosen.options[0].label
    with use_language("fr"):
        titles = [s.title for s in protocol.sections]
        label, option = chosen.label, chosen.options[0].label
    assert titles == [french.gettext(t) for t in english_titles]
    untranslated = [t for t, e in zip(titles, english_titles, strict=True) if t == e]
    assert not untranslated, "section titles not translated into French"
    assert label == french.gettext(english_label) != english_label
    assert option == french.gettext(english_option)
    # Outside the block the same objects read in English again.
    assert [s.title for s in protocol.sections] == english_titles
    assert chosen.label == english_label


@pytest.mark.usefixtures("marked_french")
def test_protocol_text_is_looked_up_each_time_it_is_read() -> None:
    protocol = load_protocol("runners-knee", 2)
    english = _texts(protocol)
    assert [s.title for s in protocol.sections] == [s["title"] for s in _raw_sections()]
    with use_language("fr"):
        french = _texts(protocol)
    assert french == [MARK + t if t else t for t in english]
    assert _texts(protocol) == english
    with use_language("en"):
        assert _texts(protocol) == english
    # Stored data never changes with the language.
    with use_language("fr"):
        item = next(i for i in protocol.items() if i.options)
        assert item.option_keys == tuple(o.key for o in item.options)
        assert not item.id.startswith(MARK)


@pytest.mark.usefixtures("marked_french")
def test_exercise_text_is_translated_before_its_lengths_are_filled_in() -> None:
    us = DisplayUnits(UnitSystem.US)
    library = load_exercises()
    entry = next(e for e in library.values() if any("{len:" in t for t in e.texts()))
    english = entry.in_units(us).texts()
    assert not any("{len:" in t for t in english)
    with use_language("fr"):
        french = entry.in_units(us).texts()
        assert entry.dose_for("high").startswith(MARK)
    assert french == tuple(MARK + t for t in english)
    assert entry.in_units(us).texts() == english


@pytest.mark.usefixtures("marked_french")
def test_plan_titles_and_threshold_words_follow_the_language() -> None:
    item = PLAN_ITEMS["wall_sit"]
    info = THRESHOLD_INFO["side_plank_min_s"]
    assert (item.title, info.label) == ("Wall sit", "Side plank hold, minimum")
    with use_language("fr"):
        assert item.title == MARK + "Wall sit"
        assert info.label_with_unit() == MARK + "Side plank hold, minimum (s)"
    assert (item.title, info.label) == ("Wall sit", "Side plank hold, minimum")
