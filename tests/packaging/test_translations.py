"""The shipped catalogues: up to date with the code, complete, honest and compiled.

Both layers: the gettext catalogue of core, services and report (resources/locale) and the
Qt catalogue of the GUI (resources/translations). A failure names the messages at fault and
how to fix them (usually `make translations`, then translate what it lists).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("es", "fr", "de")
FIX = "run `make translations`, translate what it adds, and commit the catalogues"

# A placeholder filled by str.format ("{side}", "{n}", "{0:.1f}") or by Qt ("%1", "%n").
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^{}]*)?\}|\{\d*\}|%n|%\d")
# What a sentence may not claim (the English, and each language's words for it): causes,
# cures, guarantees, will fix. A translation may say it only where the English itself does.
# The verbs only: "the most provoking task" (la tarea más provocadora) names a test, not a cause.
CAUSAL = {
    "en": re.compile(r"\b(caus\w*|cure[sd]?|curing|guarantee\w*|will fix)\b", re.I),
    "es": re.compile(
        r"\b(caus\w*|provoca[nr]?|provocar[áa]n?|provoc[óo]|cura|curan?|curar\w*|curaci\w*|"
        r"garantiz\w*|garant[ií]a\w*|solucionar[áa]n?|arreglar[áa]n?)\b",
        re.I,
    ),
    "fr": re.compile(
        r"\b(caus\w*|provoquent|provoquer(?:a|ont)?|provoque|gu[ée]ri\w*|garanti\w*|"
        r"r[ée]glera\w*|r[ée]soudra\w*)\b",
        re.I,
    ),
    "de": re.compile(
        r"\b(verursach\w*|heilt|heilen|heilung\w*|garantier\w*|garantie\w*|beheb\w*|behob\w*|"
        r"ursache\w*)\b",
        re.I,
    ),
}


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@cache
def tool() -> ModuleType:
    """packaging/translations.py (the folder is not a package: `packaging` is PyPI's)."""
    return _load("kneedesk_translations", ROOT / "packaging" / "translations.py")


@cache
def po(language: str) -> Catalog:
    return tool().read_catalog(tool().po_path(language), language)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class QtMessage:
    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # the translation's type: "" when finished, else unfinished/vanished/obsolete


def qt_messages(path: Path) -> list[QtMessage]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None
            forms = [f.text or "" for f in node.iter("numerusform")] or [node.text or ""]
            found.append(
                QtMessage(
                    name,
                    message.findtext("source") or "",
                    tuple(forms),
                    node.get("type", ""),
                )
            )
    return found


def gettext_pairs(language: str) -> Iterator[tuple[str, str, str]]:
    """(where, English, translation) for every form of every translated gettext message."""
    for message in po(language):
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (message.string,) if isinstance(message.string, str) else message.string
        for index, string in enumerate(strings):
            if string:
                english = ids[min(index, len(ids) - 1)]
                yield (f"{language} gettext {ids[0]!r}", english, string)


def qt_pairs(language: str) -> Iterator[tuple[str, str, str]]:
    for message in qt_messages(tool().ts_path(language)):
        for translation in message.translations:
            if translation:
                yield (
                    f"{language} Qt {message.context}: {message.source!r}",
                    message.source,
                    translation,
                )


def short(problems: list[str]) -> str:
    listed = "\n  ".join(problems[:15])
    more = f"\n  ... and {len(problems) - 15} more" if len(problems) > 15 else ""
    return f"\n  {listed}{more}"


# --- up to date ------------------------------------------------------------------------------


def test_the_gettext_template_lists_every_message_of_the_code() -> None:
    template = tool().template()
    stored = tool().read_catalog(tool().TEMPLATE)
    made = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in template if m.id}
    kept = {(m.id if isinstance(m.id, str) else m.id[0], m.context) for m in stored if m.id}
    assert made == kept, (
        f"resources/locale/kneedesk.pot is stale ({FIX}). New: "
        f"{short([repr(m) for m in sorted(made - kept, key=str)])}\nGone: "
        f"{short([repr(m) for m in sorted(kept - made, key=str)])}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_gettext_catalogue_matches_its_source(language: str) -> None:
    mo = tool().po_path(language).with_suffix(".mo")
    assert mo.read_bytes() == tool().compile_mo(language), f"{mo} is stale: {FIX}"


def test_the_qt_catalogues_list_every_string_of_the_gui(tmp_path: Path) -> None:
    copies = []
    for language in LANGUAGES:
        copy = tmp_path / f"kneedesk_{language}.ts"
        shutil.copyfile(tool().ts_path(language), copy)
        copies.append(copy)
    tool().lupdate(copies)
    for language, copy in zip(LANGUAGES, copies, strict=True):
        made = {(m.context, m.source) for m in qt_messages(copy) if m.kind != "vanished"}
        kept = {(m.context, m.source) for m in qt_messages(tool().ts_path(language))}
        assert made == kept, (
            f"resources/translations/kneedesk_{language}.ts is stale ({FIX}). New: "
            f"{short([repr(m) for m in sorted(made - kept)])}\nGone: "
            f"{short([repr(m) for m in sorted(kept - made)])}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_qt_catalogue_matches_its_source(language: str, tmp_path: Path) -> None:
    source = tool().ts_path(language)
    fresh = tmp_path / "fresh.qm"
    tool().lrelease(source, fresh)
    assert source.with_suffix(".qm").read_bytes() == fresh.read_bytes(), (
        f"{source.with_suffix('.qm')} is stale: {FIX}"
    )


# --- complete --------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gettext_message_is_translated_and_none_is_fuzzy(language: str) -> None:
    template = tool().read_catalog(tool().TEMPLATE)
    catalog = po(language)
    problems = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id, message.context)
        strings = (
            ()
            if found is None
            else ((found.string,) if isinstance(found.string, str) else tuple(found.string))
        )
        if found is None or not strings or not all(strings):
            problems.append(f"missing: {message.id!r}")
        elif found.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
    assert not problems, f"{tool().po_path(language)}:{short(problems)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_gui_string_is_translated(language: str) -> None:
    problems = [
        f"{m.context}: {m.source!r} ({m.kind or 'empty'})"
        for m in qt_messages(tool().ts_path(language))
        if m.kind or not all(m.translations)
    ]
    assert not problems, f"kneedesk_{language}.ts:{short(problems)}"


# --- honest ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_the_same_in_every_translation(language: str) -> None:
    problems = []
    for where, english, translation in [*gettext_pairs(language), *qt_pairs(language)]:
        want = sorted(PLACEHOLDER.findall(english))
        got = sorted(PLACEHOLDER.findall(translation))
        # A plural form may leave the count out ("one visit" for {n} = 1), never add one.
        if got != want and not (set(got) <= set(want) and "%n" not in want):
            problems.append(f"{where}: {want} in English, {got} in {translation!r}")
    assert not problems, short(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_translation_claims_a_cause_a_cure_or_a_promise(language: str) -> None:
    problems = []
    for where, english, translation in [*gettext_pairs(language), *qt_pairs(language)]:
        if CAUSAL["en"].search(english):
            continue  # the English names a cause itself (a clinician's "other causes")
        found = CAUSAL[language].findall(translation)
        if found:
            problems.append(f"{where}: {found} in {translation!r}")
    assert not problems, (
        "Say 'is linked with' / 'can help', never that something causes, cures, guarantees "
        f"or will fix:{short(problems)}"
    )


def test_the_causal_word_lists_catch_what_they_are_for() -> None:
    for language, sentence in {
        "es": "La rodilla hacia dentro causa dolor y el ejercicio lo cura.",
        "fr": "Le genou vers l'intérieur provoque la douleur ; l'exercice la guérit.",
        "de": "Das nach innen knickende Knie verursacht Schmerzen; Übungen heilen sie.",
    }.items():
        assert len(CAUSAL[language].findall(sentence)) == 2, language
    for language, sentence in {
        "es": "La rodilla hacia dentro se asocia con más carga; el ejercicio puede ayudar.",
        "fr": "Le genou vers l'intérieur est associé à plus de charge ; l'exercice peut aider.",
        "de": "Das nach innen knickende Knie hängt mit mehr Belastung zusammen.",
    }.items():
        assert not CAUSAL[language].findall(sentence), language
