"""The translation catalogues: extract, update and compile them (run `make translations`).

Two catalogues, one per layer:

- Core, services and report (no Qt): gettext. `_("...")`, `N_("...")`, `ngettext` and
  `pgettext` in kneedesk/core, kneedesk/services, kneedesk/report and kneedesk/cli, plus the
  text of the bundled protocols and exercise libraries (labels, instructions, options, steps),
  are extracted with Babel into resources/locale/kneedesk.pot, merged into each language's
  resources/locale/<lang>/LC_MESSAGES/kneedesk.po and compiled to kneedesk.mo.
- The GUI: Qt's own. `self.tr("...")` and `QCoreApplication.translate("Context", "...")` in
  kneedesk/gui and the strings of ui/*.ui are gathered by pyside6-lupdate into
  resources/translations/kneedesk_<lang>.ts and compiled by pyside6-lrelease to .qm.

The compiled files are committed (the app never needs the tools); tests fail while any of them
is stale, or while a shipped language has a missing, fuzzy or unfinished message.

    python packaging/translations.py            # extract, update, compile (both layers)
    python packaging/translations.py merge F.po [F.po ...]
        # copy translations from partial .po files (named <anything>.<lang>.po or <lang>.po)
        # into the catalogues: gettext messages by msgid, Qt messages by msgctxt = context
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE_DIR = ROOT / "resources" / "locale"
QT_DIR = ROOT / "resources" / "translations"
TEMPLATE = LOCALE_DIR / "kneedesk.pot"
DOMAIN = "kneedesk"
TRANSLATED = ("es", "fr", "de")
PYTHON_DIRS = (
    "kneedesk/core",
    "kneedesk/services",
    "kneedesk/report",
    "kneedesk/cli",
    "kneedesk/store",
)
TOML_FILES = (
    "resources/protocols/runners-knee-v2.toml",
    "resources/protocols/runners-knee-v1.toml",
    "resources/exercises/library.toml",
    "resources/exercises/library-v1.toml",
)
# Keys whose string values (or lists of strings) people read; ids, units, sources and
# formulae are not translated.
TOML_TEXT_KEYS = frozenset(
    {
        "title",
        "intro",
        "label",
        "instruction",
        "how_to",
        "entry_labels",
        "name",
        "target",
        "dose",
        "progression",
        "steps",
        "high",
        "moderate",
        "low",
        "levels",
    }
)
# Two plural forms in every shipped language (one and other; French counts 0 and 1 as one).
# Babel's newer CLDR rules add a third ("many", for a million) that no message here needs.
PLURALS = {
    "es": (2, "(n != 1)"),
    "fr": (2, "(n > 1)"),
    "de": (2, "(n != 1)"),
}
# A fixed header date, so extracting again changes the template only when messages change.
HEADER_DATE = datetime(2026, 1, 1, tzinfo=UTC)


def po_path(language: str) -> Path:
    """resources/locale/<lang>/LC_MESSAGES/kneedesk.po."""
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def ts_path(language: str) -> Path:
    """resources/translations/kneedesk_<lang>.ts."""
    return QT_DIR / f"kneedesk_{language}.ts"


def toml_texts(path: Path) -> Iterator[str]:
    """Every string a person reads in one protocol or exercise library, in file order."""

    def walk(value: Any, key: str) -> Iterator[str]:
        if isinstance(value, dict):
            for k, v in value.items():
                yield from walk(v, k)
        elif isinstance(value, list):
            for v in value:
                yield from walk(v, key)
        elif isinstance(value, str) and key in TOML_TEXT_KEYS and value.strip():
            yield value

    with path.open("rb") as handle:
        yield from walk(tomllib.load(handle), "")


def template() -> Catalog:
    """The catalogue of every gettext message, extracted from the code and the TOML files."""
    catalog = Catalog(
        project="KneeDesk",
        domain=DOMAIN,
        creation_date=HEADER_DATE,
        revision_date=HEADER_DATE,
        fuzzy=False,
    )
    for folder in PYTHON_DIRS:
        for filename, lineno, message, comments, context in extract_from_dir(
            ROOT / folder, method_map=[("**.py", "python")], comment_tags=("Translators:",)
        ):
            catalog.add(
                message,
                locations=[(f"{folder}/{filename}", lineno)],
                auto_comments=comments,
                context=context,
            )
    for name in TOML_FILES:
        for text in toml_texts(ROOT / name):
            catalog.add(text, locations=[(name, 0)])
    _no_percent_formats(catalog)
    return catalog


def _no_percent_formats(catalog: Catalog) -> None:
    """KneeDesk fills messages with str.format, never with %: Babel's guess that "10% or
    more" is a %-format would make msgfmt -c check the translation's "%" against it."""
    for message in catalog:
        message.flags.discard("python-format")


def _write_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = BytesIO()
    write_po(buffer, catalog, width=100, sort_output=True, include_lineno=False)
    path.write_bytes(buffer.getvalue())


def read_catalog(path: Path, language: str | None = None) -> Catalog:
    """A .po or .pot file."""
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


def extract() -> Catalog:
    """Write resources/locale/kneedesk.pot."""
    catalog = template()
    _write_po(catalog, TEMPLATE)
    return catalog


def update(catalog: Catalog) -> None:
    """Bring each language's .po in line with the template (new messages empty, gone ones
    dropped); a new language gets a fresh .po."""
    for language in TRANSLATED:
        path = po_path(language)
        if path.exists():
            translated = read_catalog(path, language)
        else:
            translated = Catalog(locale=language, domain=DOMAIN, creation_date=HEADER_DATE)
        translated.update(catalog, no_fuzzy_matching=True)
        translated.obsolete.clear()
        _two_plurals(translated, language)
        _no_percent_formats(translated)
        translated.revision_date = HEADER_DATE
        translated.creation_date = HEADER_DATE
        _write_po(translated, path)


def _two_plurals(catalog: Catalog, language: str) -> None:
    """Use the language's two plural forms (PLURALS), keeping what is translated."""
    count, expression = PLURALS[language]
    # Babel has no setter; its header writer and plural checks read these.
    catalog._num_plurals = count  # type: ignore[assignment]
    catalog._plural_expr = expression  # type: ignore[assignment]
    for message in catalog:
        if message.id and not isinstance(message.id, str):
            forms = () if isinstance(message.string, str) else tuple(message.string or ())
            message.string = (forms + ("",) * count)[:count]


def compile_mo(language: str) -> bytes:
    """The .mo bytes of one language's .po (fuzzy and empty messages left out)."""
    catalog = read_catalog(po_path(language), language)
    buffer = BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, or on PATH."""
    here = Path(sys.executable).with_name(name)
    exe = here if here.exists() else shutil.which(name)
    if exe is None:
        raise SystemExit(f"{name} not found: run `make test` once to create the venv")
    return str(exe)


def gui_sources() -> list[Path]:
    """Every file pyside6-lupdate reads: the GUI's Python (not the generated forms, whose
    strings it reads from the .ui files) and ui/*.ui."""
    python = sorted(p for p in (ROOT / "kneedesk" / "gui").rglob("*.py") if "forms" not in p.parts)
    return python + sorted((ROOT / "ui").glob("*.ui"))


def lupdate(targets: Iterable[Path]) -> None:
    """Gather the GUI's strings into the given .ts files (kept translations stay)."""
    sources = [str(p.relative_to(ROOT)) for p in gui_sources()]
    subprocess.run(
        [
            qt_tool("pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            *[str(t) for t in targets],
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(source: Path, target: Path) -> None:
    """Compile one .ts to .qm."""
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        check=True,
    )


def update_qt() -> None:
    """Gather the GUI's strings and compile each language's .qm."""
    QT_DIR.mkdir(parents=True, exist_ok=True)
    for language in TRANSLATED:
        path = ts_path(language)
        if not path.exists():
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}"></TS>\n',
                encoding="utf-8",
            )
    lupdate(ts_path(language) for language in TRANSLATED)
    for language in TRANSLATED:
        lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))


def language_of(path: Path) -> str:
    """ "es" from es.po or area.es.po."""
    language = path.stem.split(".")[-1]
    if language not in TRANSLATED:
        raise SystemExit(f"{path}: name it <anything>.<lang>.po with lang one of {TRANSLATED}")
    return language


def merge(partials: Iterable[Path]) -> None:
    """Copy the translations of partial .po files into the gettext and Qt catalogues."""
    by_language: dict[str, list[Catalog]] = {}
    for path in partials:
        language = language_of(path)
        by_language.setdefault(language, []).append(read_catalog(path, language))
    for language, catalogs in by_language.items():
        po = read_catalog(po_path(language), language)
        qt: dict[tuple[str, str], str | tuple[str, ...]] = {}
        for partial in catalogs:
            for message in partial:
                if not message.id or not message.string:
                    continue
                key = message.id if isinstance(message.id, str) else message.id[0]
                if message.context and (message.context, key) not in qt:
                    string = message.string
                    qt[(message.context, key)] = (
                        string if isinstance(string, str) else tuple(string)
                    )
                target = po.get(message.id, message.context)
                current = target.string if target is not None else None
                empty = target is not None and not any(
                    [current] if isinstance(current, str) else (current or ())
                )
                if target is not None and empty:
                    target.string = message.string
                    target.flags.discard("fuzzy")
        _no_percent_formats(po)
        _write_po(po, po_path(language))
        _fill_ts(ts_path(language), qt)


def _fill_ts(path: Path, translations: dict[tuple[str, str], str | tuple[str, ...]]) -> None:
    if not path.exists() or not translations:
        return
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found = translations.get((name, source))
            node = message.find("translation")
            if found is None or node is None:
                continue
            if message.get("numerus") == "yes":
                forms = found if isinstance(found, tuple) else (found,)
                for child in list(node):
                    node.remove(child)
                for form in forms:
                    ET.SubElement(node, "numerusform").text = form
            else:
                node.text = found if isinstance(found, str) else found[0]
            node.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def compile_all() -> None:
    """Write every language's .mo from its .po."""
    for language in TRANSLATED:
        po_path(language).with_suffix(".mo").write_bytes(compile_mo(language))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    merge_parser = sub.add_parser("merge", help="copy translations from partial .po files")
    merge_parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    catalog = extract()
    update(catalog)
    update_qt()
    if args.command == "merge":
        merge(args.files)
        lupdate(ts_path(language) for language in TRANSLATED)
        for language in TRANSLATED:
            lrelease(ts_path(language), ts_path(language).with_suffix(".qm"))
    compile_all()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
