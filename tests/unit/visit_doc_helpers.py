"""Shared by the visit document tests: the bundled protocol, the bundled example documents and
a way to change one of them field by field.
"""

from __future__ import annotations

import json
from datetime import date
from importlib.resources import files
from typing import Any

from kneedesk.core.protocol import load_protocol

PROTOCOL = load_protocol("runners-knee", 1)
EXAMPLES = files("kneedesk.resources").joinpath("examples")
TODAY = date(2026, 11, 25)
DELETE = object()


def example(name: str = "example-visit.json") -> dict[str, Any]:
    data: dict[str, Any] = json.loads(EXAMPLES.joinpath(name).read_text(encoding="utf-8"))
    return data


def changed(changes: dict[str, Any]) -> dict[str, Any]:
    """The first-visit example with fields changed; keys are paths like "patient/sex"."""
    doc = example()
    for path, value in changes.items():
        *parents, last = path.split("/")
        target = doc
        for key in parents:
            target = target.setdefault(key, {})
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return doc
