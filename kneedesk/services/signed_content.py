"""Read back the findings and plan a visit was signed with, for printing them as signed.

`VisitRepo.sign` stores findings as `Finding.to_dict()` rows and the plan as the plan
editor's rows, ``[{"id": ..., "dose": ..., "note": ...}]``, with the next visit
(``{"items": [rows], "review": "in 3 weeks"}``; visits signed before that hold the bare
list, see `kneedesk.core.plan_record`). Anything that does not have that shape gives None,
so the caller can fall back to what the answers give today.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from kneedesk.core.answer_text import answer_text
from kneedesk.core.answers import Side
from kneedesk.core.findings import Finding
from kneedesk.core.findings.model import Evidence, Level, Value
from kneedesk.core.plan_record import plan_library, plan_review, plan_rows
from kneedesk.core.protocol import Kind, Protocol
from kneedesk.report.model import FinalPlan

LIST_KINDS = frozenset({Kind.MULTI_CHOICE, Kind.CHECKLIST})


def signed_plan(stored: Any) -> FinalPlan | None:
    """The signed plan as a FinalPlan (items in order, changed doses, notes per item), with
    the library edition it was signed with, so its exercises print the text signed."""
    rows = plan_rows(stored)
    if rows is None:
        return None
    items: list[str] = []
    doses: dict[str, str] = {}
    notes: dict[str, str] = {}
    for row in rows:
        if not isinstance(row, Mapping) or not isinstance(row.get("id"), str) or not row["id"]:
            return None
        item_id = row["id"]
        if item_id in items:
            continue
        items.append(item_id)
        dose, note = row.get("dose") or "", row.get("note") or ""
        if not isinstance(dose, str) or not isinstance(note, str):
            return None
        if dose.strip():
            doses[item_id] = dose.strip()
        if note.strip():
            notes[item_id] = note.strip()
    return FinalPlan(
        items=tuple(items),
        doses=MappingProxyType(doses),
        notes=MappingProxyType(notes),
        library=plan_library(stored),
    )


def signed_review(stored: Any) -> str:
    """The next visit sealed with the plan ("" for visits signed without one)."""
    return plan_review(stored)


def signed_findings(rows: Any, protocol: Protocol | None = None) -> tuple[Finding, ...] | None:
    """The signed finding rows as Findings, or None if any row cannot be read.

    With the visit's ``protocol``, option keys that rows signed before evidence carried option
    labels hold ("around_kneecap, behind_kneecap") are shown as their labels; the stored rows
    are not changed.
    """
    if not isinstance(rows, list):
        return None
    try:
        return tuple(_finding(row, protocol) for row in rows)
    except (KeyError, TypeError, ValueError):
        return None


def _finding(row: Mapping[str, Any], protocol: Protocol | None = None) -> Finding:
    plan = row["plan"]
    if not isinstance(plan, list):
        raise TypeError("plan must be a list")
    return Finding(
        id=_text(row["id"]),
        title=_text(row["title"]),
        level=Level(row["level"]),
        evidence=tuple(_labelled(_evidence(e), protocol) for e in row["evidence"]),
        clinician_text=_text(row["clinician_text"]),
        source=_text(row["source"]),
        patient_text=_text(row["patient_text"]),
        plan=tuple(_text(p) for p in plan),
    )


def _evidence(row: Mapping[str, Any]) -> Evidence:
    side = row.get("side")
    unit = row.get("unit")
    return Evidence(
        measure=_text(row["measure"]),
        label=_text(row["label"]),
        value=_value(row.get("value")),
        comparison=_text(row["comparison"]),
        threshold=_value(row.get("threshold")),
        unit=None if unit is None else _text(unit),
        side=_side(side),
        display_value=_number(row.get("display_value")),
        display_threshold=_number(row.get("display_threshold")),
        display_unit=None if row.get("display_unit") is None else _text(row["display_unit"]),
    )


def _labelled(evidence: Evidence, protocol: Protocol | None) -> Evidence:
    """Evidence whose value is a list of option keys of its item, with the keys as labels."""
    item = protocol.get(evidence.measure) if protocol is not None else None
    # Only lists of ticked options were stored as keys; single choices were stored as words
    # ("positive"), which a label would turn into a different value than the threshold's.
    if item is None or item.kind not in LIST_KINDS or not isinstance(evidence.value, str):
        return evidence
    keys = evidence.value.split(", ")
    if not all(k in item.option_keys for k in keys):
        return evidence
    return replace(evidence, value=answer_text(item, keys, in_sentence=True))


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, not {type(value).__name__}")
    return value


def _value(value: Any) -> Value:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a number or text, not {type(value).__name__}")


def _number(value: Any) -> float | None:
    """A display value: absent in rows signed before lengths were shown in display units."""
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    raise TypeError(f"expected a number, not {type(value).__name__}")


def _side(value: Any) -> Side | None:
    if value is None:
        return None
    if value == "left":
        return "left"
    if value == "right":
        return "right"
    raise ValueError(f"unknown side {value!r}")
