"""Wizards kept for the next visit: building one takes about half a second, refilling it far less.

A wizard's pages depend only on the protocol, the display units, whether the visit is
read-only and which rows its context shows (`wizard.layout_key`). The pool keeps the most
recently used wizard of each such layout, hidden, and refills it for the next visit that
fits it (`ScreenWizard.refill` clears every field, note, prompt, flag and scroll position).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from kneedesk.core.answers import Answers
from kneedesk.core.protocol import Protocol
from kneedesk.core.thresholds import Thresholds
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.screen.plan_editor import PlanSaver
from kneedesk.gui.screen.recorder import AnswerSink
from kneedesk.gui.screen.review_field import ReviewSaver
from kneedesk.gui.screen.state import ScreenState
from kneedesk.gui.screen.still_hub import StillKeeper
from kneedesk.gui.screen.wizard import ScreenWizard


def layout_key(state: ScreenState, read_only: bool) -> tuple[object, ...]:
    """What decides a wizard's pages: its protocol, whether it is read-only, the rows shown.

    Two visits with the same key can share one wizard (`ScreenWizard.refill`).
    """
    context = state.context
    return (
        state.protocol.id,
        state.protocol.version,
        read_only,
        tuple((s.id, tuple(i.id for i in s.items if context.shows(i))) for s in state.sections),
    )


def layout_key_of(wizard: ScreenWizard) -> tuple[object, ...]:
    """The pages a wizard was made with (see `layout_key`)."""
    return (
        wizard.protocol.id,
        wizard.protocol.version,
        wizard.read_only,
        tuple((p.section.id, tuple(p.rows)) for p in wizard.section_pages),
    )


KEEP = 4
"""Layouts kept at most (v1 and v2, draft and signed, are the usual four)."""


class WizardPool:
    """Hands out a wizard for a visit: a kept one refilled, or a new one."""

    def __init__(self, owner: QWidget, keep: int = KEEP) -> None:
        self._keep = keep
        self._idle: dict[tuple[object, ...], ScreenWizard] = {}  # oldest first
        # Wizards set aside live in a hidden widget of their own, outside the owner's tree,
        # so that what the owner holds (and `findChild` finds) is the visit shown.
        self._shelf = QWidget()
        self._shelf.setObjectName("kept_wizards")
        owner.destroyed.connect(self._shelf.deleteLater)

    def shelved(self, wizard: ScreenWizard) -> bool:
        """Whether a wizard handed out by `take` was set aside (to be put back in a layout)."""
        return wizard.parentWidget() is self._shelf

    def take(
        self,
        protocol: Protocol,
        units: DisplayUnits,
        sink: AnswerSink,
        initial: Answers | Mapping[str, Any],
        not_tested: Mapping[str, str],
        *,
        previous: Answers | None,
        thresholds: Thresholds | None,
        read_only: bool,
        review_saver: ReviewSaver | None,
        plan_saver: PlanSaver | None,
        parent: QWidget,
        context: VisitContext,
        stills: StillKeeper | None = None,
    ) -> tuple[ScreenWizard, bool]:
        """The wizard showing this visit, and whether it was newly made (to connect it).

        A kept wizard is refilled where it is: still in its place when it showed the visit
        before, else on the shelf (see `shelved`).
        """
        shape = ScreenState(protocol, initial, not_tested, context)
        key = (units, *layout_key(shape, read_only))
        kept = self._idle.pop(key, None)
        for other in self._idle.values():
            if other.parentWidget() is not self._shelf:
                other.setParent(self._shelf)  # kept in place (see `keep`) until now
        if kept is not None:
            kept.refill(
                sink,
                initial,
                not_tested,
                previous=previous,
                thresholds=thresholds,
                review_saver=review_saver,
                plan_saver=plan_saver,
                context=context,
                stills=stills,
            )
            return kept, False
        wizard = ScreenWizard(
            protocol,
            units,
            sink,
            initial,
            not_tested,
            previous=previous,
            thresholds=thresholds,
            read_only=read_only,
            review_saver=review_saver,
            plan_saver=plan_saver,
            parent=parent,
            context=context,
            stills=stills,
        )
        return wizard, True

    def keep(self, wizard: ScreenWizard) -> None:
        """Keep a wizard whose visit was closed, for the next visit of the same layout.

        It stays in place, shown, in its (hidden or soon refilled) page: showing several
        hundred widgets again costs more than refilling them. `take` shelves it if another
        wizard is needed.
        """
        wizard.leave_patient_mode()
        key = (wizard.units, *layout_key_of(wizard))
        old = self._idle.pop(key, None)
        if old is not None and old is not wizard:
            _discard(old)
        self._idle[key] = wizard
        while len(self._idle) > self._keep:
            _discard(self._idle.pop(next(iter(self._idle))))


def _discard(wizard: ScreenWizard) -> None:
    wizard.setParent(None)
    wizard.deleteLater()
