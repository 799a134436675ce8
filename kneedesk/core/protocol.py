"""The movement screen as data: load a protocol TOML file into frozen dataclasses and check it.

The dataclasses live in `protocol_model` and are re-exported here, so callers import both the
model and the loader from this module.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from importlib.resources import files
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from kneedesk.core.protocol_features import (
    FEATURE_KEYS,
    check_item_features,
    check_rule_inputs,
    parse_features,
    parse_shown_on,
)
from kneedesk.core.protocol_model import (
    ITEM_ID,
    NUMERIC_KINDS,
    OPTION_KEY,
    OPTION_KINDS,
    Item,
    Kind,
    Option,
    Protocol,
    ProtocolError,
    Quantity,
    Section,
    ShownOn,
    fmt_bound,
)

__all__ = [
    "ITEM_ID",
    "NEW_VISIT_PROTOCOL",
    "NUMERIC_KINDS",
    "OPTION_KEY",
    "OPTION_KINDS",
    "Item",
    "Kind",
    "Option",
    "Protocol",
    "ProtocolError",
    "ProtocolRef",
    "Quantity",
    "Section",
    "ShownOn",
    "bundled_protocols",
    "is_protocol_id",
    "load_protocol",
    "new_visit_protocol",
    "parse_protocol",
    "protocol_resource_name",
    "visit_protocol",
]

_ITEM_KEYS = frozenset(
    {
        "id", "kind", "label", "instruction", "how_to", "unit", "quantity", "min", "max",
        "per_side", "required", "options", "length", "entry_labels", "score",
    }
) | FEATURE_KEYS  # fmt: skip
_OPTION_KEYS = frozenset({"key", "label", "points", "group"})


def _text(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str) or not value.strip():
        problems.append(f"{where}: '{key}' must be non-empty text")
        return ""
    return value.strip()


def _number(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(f"{where}: '{key}' must be a number, not {value!r}")
        return None
    return float(value)


def _options(raw: Any, where: str, problems: list[str]) -> tuple[Option, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        problems.append(f"{where}: 'options' must be a list of tables")
        return ()
    options: list[Option] = []
    seen: set[str] = set()
    for n, o in enumerate(raw, start=1):
        if not isinstance(o, dict):
            problems.append(f"{where}: option {n} must be a table with key and label")
            continue
        unknown = set(o) - _OPTION_KEYS
        if unknown:
            problems.append(f"{where}: option {n} has unknown field(s) {sorted(unknown)}")
        key = o.get("key")
        if not isinstance(key, str) or not OPTION_KEY.match(key):
            problems.append(f"{where}: option {n} key {key!r} must be lower_snake_case")
            continue
        if key in seen:
            problems.append(f"{where}: duplicate option key {key!r}")
        seen.add(key)
        label = _text(o, "label", f"{where} option {key!r}", problems)
        points = o.get("points")
        if points is not None and (isinstance(points, bool) or not isinstance(points, int)):
            problems.append(f"{where}: option {key!r} points must be a whole number")
            points = None
        group = o.get("group")
        if group is not None and not isinstance(group, str):
            problems.append(f"{where}: option {key!r} group must be text")
            group = None
        options.append(Option(key=key, _label=label, points=points, group=group))
    return tuple(options)


def _parse_item(raw: Any, section_id: str, n: int, problems: list[str]) -> Item | None:
    if not isinstance(raw, dict):
        problems.append(f"section {section_id!r} item {n}: must be a table")
        return None
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not ITEM_ID.match(item_id):
        problems.append(f"section {section_id!r} item {n}: id {item_id!r} is not a valid item id")
        return None
    where = f"item {item_id!r}"
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        problems.append(f"{where}: unknown field(s) {sorted(unknown)}")
    try:
        kind = Kind(str(raw.get("kind")))
    except ValueError:
        allowed = ", ".join(k.value for k in Kind)
        problems.append(f"{where}: unknown kind {raw.get('kind')!r} (allowed: {allowed})")
        return None
    quantity: Quantity | None = None
    if raw.get("quantity") is not None:
        try:
            quantity = Quantity(raw["quantity"])
        except ValueError:
            problems.append(f"{where}: unknown quantity {raw['quantity']!r}")
    label = _text(raw, "label", where, problems)
    instruction = _text(raw, "instruction", where, problems)
    minimum = _number(raw, "min", where, problems)
    maximum = _number(raw, "max", where, problems)
    options = _options(raw.get("options"), where, problems)
    per_side = raw.get("per_side", False)
    required = raw.get("required", False)
    for flag, value in (("per_side", per_side), ("required", required)):
        if not isinstance(value, bool):
            problems.append(f"{where}: '{flag}' must be true or false")
    score = raw.get("score")
    if score is not None and not isinstance(score, str):
        problems.append(f"{where}: 'score' must be text")
        score = None
    length = raw.get("length")
    entry_labels = raw.get("entry_labels", [])
    _check_kind_rules(where, kind, minimum, maximum, options, length, score, problems)
    if not isinstance(entry_labels, list) or not all(isinstance(x, str) for x in entry_labels):
        problems.append(f"{where}: 'entry_labels' must be a list of text")
        entry_labels = []
    elif entry_labels and entry_labels.__len__() != length:
        problems.append(f"{where}: 'entry_labels' must have one label per entry ({length})")
    unit = raw.get("unit")
    if unit is not None and not isinstance(unit, str):
        problems.append(f"{where}: 'unit' must be text")
        unit = None
    item = Item(
        id=item_id,
        section=section_id,
        kind=kind,
        _label=label,
        _instruction=instruction,
        _how_to=str(raw.get("how_to", "")).strip(),
        unit=unit,
        quantity=quantity,
        minimum=minimum,
        maximum=maximum,
        per_side=bool(per_side),
        required=bool(required),
        options=options,
        length=length if isinstance(length, int) else None,
        _entry_labels=tuple(entry_labels),
        score=score,
        **parse_features(raw, where, problems),
    )
    check_item_features(item, problems)
    return item


def _check_kind_rules(
    where: str,
    kind: Kind,
    minimum: float | None,
    maximum: float | None,
    options: tuple[Option, ...],
    length: Any,
    score: str | None,
    problems: list[str],
) -> None:
    """Problems with how an item's fields fit its kind."""
    if kind in NUMERIC_KINDS:
        if minimum is None or maximum is None:
            problems.append(f"{where}: a {kind} item needs both 'min' and 'max'")
        elif minimum > maximum:
            problems.append(
                f"{where}: range min {fmt_bound(minimum)} is greater than max {fmt_bound(maximum)}"
            )
        if kind is Kind.INTEGER and any(
            v is not None and not v.is_integer() for v in (minimum, maximum)
        ):
            problems.append(f"{where}: an integer item needs whole-number 'min' and 'max'")
    elif minimum is not None or maximum is not None:
        problems.append(f"{where}: a {kind} item cannot have a numeric range")
    if kind in OPTION_KINDS:
        if len(options) < 1:
            problems.append(f"{where}: a {kind} item needs at least one option")
    elif options:
        problems.append(f"{where}: a {kind} item cannot have options")
    if kind is Kind.LIST:
        if isinstance(length, bool) or not isinstance(length, int) or length < 1:
            problems.append(f"{where}: a list item needs 'length', a whole number of at least 1")
    elif length is not None:
        problems.append(f"{where}: only a list item can have 'length'")
    if kind is Kind.CHECKLIST or score is not None:
        missing = [o.key for o in options if o.points is None]
        if missing:
            scored = "a checklist" if kind is Kind.CHECKLIST else f"a scored ({score}) item"
            problems.append(f"{where}: {scored} needs points on every option; missing: {missing}")
    if score is not None and kind is not Kind.CHOICE:
        problems.append(f"{where}: only a choice item can be part of a score")
    if kind is not Kind.CHECKLIST and any(o.group for o in options):
        problems.append(f"{where}: option groups are only for checklist items")


def parse_protocol(text: str, source: str = "<string>") -> Protocol:
    """Parse and check protocol TOML; raise ProtocolError listing every problem found."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProtocolError(source, [f"not valid TOML: {exc}"]) from exc
    problems: list[str] = []
    protocol_id = _text(raw, "id", "protocol", problems)
    title = _text(raw, "title", "protocol", problems)
    version = raw.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        problems.append(
            f"protocol: 'version' must be a whole number of at least 1, not {version!r}"
        )
        version = 0
    sections: list[Section] = []
    index: dict[str, Item] = {}
    section_ids: set[str] = set()
    raw_sections = raw.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        problems.append("protocol: needs at least one [[sections]] table")
        raw_sections = []
    for s_no, raw_section in enumerate(raw_sections, start=1):
        if not isinstance(raw_section, dict):
            problems.append(f"section {s_no}: must be a table")
            continue
        section_id = _text(raw_section, "id", f"section {s_no}", problems)
        if section_id in section_ids:
            problems.append(f"section {section_id!r}: duplicate section id")
        section_ids.add(section_id)
        items: list[Item] = []
        raw_items = raw_section.get("items", [])
        if not isinstance(raw_items, list) or not raw_items:
            problems.append(f"section {section_id!r}: needs at least one item")
            raw_items = []
        for i_no, raw_item in enumerate(raw_items, start=1):
            item = _parse_item(raw_item, section_id, i_no, problems)
            if item is None:
                continue
            if item.id in index:
                problems.append(
                    f"item {item.id!r}: duplicate id (also in section {index[item.id].section!r})"
                )
                continue
            index[item.id] = item
            items.append(item)
        sections.append(
            Section(
                id=section_id,
                _title=_text(raw_section, "title", f"section {section_id!r}", problems),
                _intro=str(raw_section.get("intro", "")).strip(),
                items=tuple(items),
                shown_on=parse_shown_on(raw_section, f"section {section_id!r}", problems),
            )
        )
    check_rule_inputs(index, problems)
    if problems:
        raise ProtocolError(source, problems)
    return Protocol(
        id=protocol_id,
        version=version,
        _title=title,
        sections=tuple(sections),
        _index=MappingProxyType(index),
    )


class ProtocolRef(NamedTuple):
    """A protocol by id and version, as a visit stores it."""

    id: str
    version: int


# The protocol every NEW visit follows; stored visits always keep the one they were started
# with (version 1 visits stay readable, scored and printed by the version 1 rules).
NEW_VISIT_PROTOCOL: Final = ProtocolRef("runners-knee", 2)


# A protocol id as a visit document may name it; checked before anything else is done with it.
PROTOCOL_ID = re.compile(r"[a-z0-9-]{1,40}")
_RESOURCE_NAME = re.compile(r"([a-z0-9-]{1,40})-v([1-9][0-9]{0,3})\.toml")


def protocol_resource_name(protocol_id: str, version: int) -> str:
    """File name of a bundled protocol."""
    return f"{protocol_id}-v{version}.toml"


@cache
def bundled_protocols() -> Mapping[tuple[str, int], str]:
    """(id, version) -> file name of every protocol shipped in kneedesk.resources.protocols."""
    found: dict[tuple[str, int], str] = {}
    for entry in files("kneedesk.resources").joinpath("protocols").iterdir():
        match = _RESOURCE_NAME.fullmatch(entry.name)
        if match and entry.is_file():
            found[(match.group(1), int(match.group(2)))] = entry.name
    return MappingProxyType(found)


def is_protocol_id(protocol_id: object) -> bool:
    """Whether a value has the form of a protocol id (lowercase letters, digits, dashes)."""
    return isinstance(protocol_id, str) and PROTOCOL_ID.fullmatch(protocol_id) is not None


@cache
def load_protocol(
    protocol_id: str = NEW_VISIT_PROTOCOL.id, version: int = NEW_VISIT_PROTOCOL.version
) -> Protocol:
    """Load a protocol bundled in kneedesk.resources/protocols (cached: it is immutable).

    The id and version are looked up in the list of bundled files; no path is ever built
    from them, so a document naming "../../somewhere" cannot make KneeDesk read that file.
    """
    name = None
    if is_protocol_id(protocol_id) and isinstance(version, int) and not isinstance(version, bool):
        name = bundled_protocols().get((protocol_id, version))
    if name is None:
        shown = protocol_id[:40] if isinstance(protocol_id, str) else type(protocol_id).__name__
        number = version if isinstance(version, int) and abs(version) < 10**9 else "?"
        raise ProtocolError("protocols", [f"no bundled protocol {shown!r} version {number}"])
    resource = files("kneedesk.resources").joinpath("protocols", name)
    protocol = parse_protocol(resource.read_text(encoding="utf-8"), source=name)
    if (protocol.id, protocol.version) != (protocol_id, version):
        raise ProtocolError(
            name, [f"file declares {protocol.id!r} version {protocol.version}, not {version}"]
        )
    return protocol


def new_visit_protocol() -> Protocol:
    """The protocol a new visit follows (NEW_VISIT_PROTOCOL)."""
    return load_protocol(*NEW_VISIT_PROTOCOL)


def visit_protocol(
    protocol_id: str, version: int, *, newest: ProtocolRef = NEW_VISIT_PROTOCOL
) -> Protocol:
    """A protocol a visit may follow: bundled, and no newer than `newest`.

    A bundled version newer than `newest` (one whose findings and handout are still being
    built) is refused, so no visit is started, imported or scored under rules that do not
    exist yet. `newest` is NEW_VISIT_PROTOCOL everywhere but in a store opened with an
    explicit `newest_protocol` (see `kneedesk.store.store.Store`).
    """
    if protocol_id == newest.id and isinstance(version, int) and version > newest.version:
        raise ProtocolError(
            "protocols", [f"protocol {protocol_id!r} version {version} is not in use yet"]
        )
    return load_protocol(protocol_id, version)
