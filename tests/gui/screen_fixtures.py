"""Helpers for the screen wizard tests: an in-memory sink and example answers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from kneedesk.core.answers import SIDES

ROOT = Path(__file__).resolve().parents[2]


class SinkError(ValueError):
    """What the fake sink raises when told to fail."""


class MemorySink:
    """An AnswerSink that keeps answers and not-tested marks in dicts, like the store would."""

    def __init__(self) -> None:
        self.answers: dict[str, Any] = {}
        self.not_tested: dict[str, str] = {}
        self.calls: list[tuple[str, str, str | None, Any]] = []
        self.fail_with: Exception | None = None

    def _check(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with

    def save(self, item_id: str, side: str | None, value: Any) -> None:
        """Store one value."""
        self._check()
        self.calls.append(("save", item_id, side, value))
        if side is None:
            self.answers[item_id] = value
            self.not_tested.pop(item_id, None)
            return
        sides = self.answers.setdefault(item_id, {s: None for s in SIDES})
        sides[side] = value
        self.not_tested.pop(f"{item_id}:{side}", None)

    def clear(self, item_id: str, side: str | None) -> None:
        """Remove a value and its mark."""
        self._check()
        self.calls.append(("clear", item_id, side, None))
        if side is None:
            self.answers.pop(item_id, None)
            for key in (item_id, f"{item_id}:left", f"{item_id}:right"):
                self.not_tested.pop(key, None)
            return
        sides = self.answers.get(item_id)
        if isinstance(sides, dict):
            sides[side] = None
            if all(v is None for v in sides.values()):
                del self.answers[item_id]
        self.not_tested.pop(f"{item_id}:{side}", None)

    def mark_not_tested(self, item_id: str, side: str | None, reason: str) -> None:
        """Record a not-tested reason."""
        self._check()
        self.calls.append(("mark_not_tested", item_id, side, reason))
        self.not_tested[item_id if side is None else f"{item_id}:{side}"] = reason

    def value(self, item_id: str, side: str | None = None) -> Any:
        """A saved value (None if absent)."""
        raw = self.answers.get(item_id)
        if side is None:
            return raw
        return raw.get(side) if isinstance(raw, dict) else None


def example_answers(name: str = "example-visit.json") -> dict[str, Any]:
    """The answers of a bundled example visit document."""
    text = files("kneedesk.resources").joinpath("examples", name).read_text(encoding="utf-8")
    answers: dict[str, Any] = json.loads(text)["answers"]
    return answers


def make_wizard(
    qtbot: Any,
    answers: dict[str, Any] | None = None,
    not_tested: dict[str, str] | None = None,
    *,
    units: Any = None,
    sink: MemorySink | None = None,
    read_only: bool = False,
    previous: Any = None,
    protocol: Any = None,
    context: Any = None,
) -> tuple[Any, MemorySink]:
    """A shown ScreenWizard over a MemorySink, registered with qtbot (protocol: v1 unless
    given; context: the visit's age and follow-up state, a VisitContext)."""
    from kneedesk.core.answers import Answers
    from kneedesk.core.protocol import load_protocol
    from kneedesk.core.units import DisplayUnits
    from kneedesk.gui.screen import ScreenWizard

    if sink is None:
        sink = MemorySink()
        sink.answers = json.loads(json.dumps(answers or {}))  # the store holds what it resumes
        sink.not_tested = dict(not_tested or {})
    wizard = ScreenWizard(
        protocol or load_protocol("runners-knee", 1),
        units or DisplayUnits(),
        sink,
        Answers(answers or {}),
        not_tested or {},
        previous=previous,
        read_only=read_only,
        context=context,
    )
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard, sink


def section_index(wizard: Any, section_id: str) -> int:
    """The index of a section by id."""
    return next(n for n, s in enumerate(wizard.sections) if s.id == section_id)


def open_section(wizard: Any, section_id: str) -> Any:
    """Show a section and return its page."""
    index = section_index(wizard, section_id)
    wizard.set_section(index)
    return wizard.page(index)


@contextmanager
def use_app_stylesheet() -> Iterator[Any]:
    """Apply the application's light appearance (ui/*.qss filled from its colours, and its
    palette) while inside the block."""
    from clipping import app_style
    from PySide6.QtWidgets import QApplication

    with app_style():
        yield QApplication.instance()
