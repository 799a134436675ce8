"""Keeping worked-out values current as the clinician types: derived items (BMI, "other
causes excluded"), the units check, the pre-filled return-to-run items, and the notes other
answers prompt at a field (see `field_note`).

Pre-fill (clinical.md 7: "derived items are pre-filled, then confirmed"): the first time a
page with pre-filled items is opened on a draft, each of them still empty (and not marked
not tested) gets the option this visit's tests suggest, saved like any answer (so it is
audited and counts as answered); the clinician changes it if it is wrong. The row keeps
showing the tests' current suggestion, and says so when the answer differs from it.
"""

from __future__ import annotations

from collections.abc import Iterable

from kneedesk.core.derived import DERIVATIONS, PREFILLS
from kneedesk.core.visit_context import derived_value
from kneedesk.gui.screen.field_note import reads
from kneedesk.gui.screen.recorder import Recorder
from kneedesk.gui.screen.section_page import SectionPage


def _reads(rule_name: str | None, rules: dict[str, tuple[str, ...]], item_id: str) -> bool:
    return rule_name is not None and item_id in rules.get(rule_name, ())


_DERIVED_INPUTS = {name: rule.inputs for name, rule in DERIVATIONS.items()}
_PREFILL_INPUTS = {name: rule.inputs for name, rule in PREFILLS.items()}


def refresh_worked_out(pages: Iterable[SectionPage], recorder: Recorder, changed: str) -> None:
    """Update the derived and suggested values that read the item that changed.

    A units confirmation made for another value (mass or height changed since) is cleared:
    it no longer confirms anything, and must not be signed as if it did.
    """
    state = recorder.state
    for page in pages:
        for row in page.rows.values():
            item = row.item
            if _reads(item.derived, _DERIVED_INPUTS, changed):
                stored = state.value(item.id)
                value = derived_value(item, state.answers(), state.protocol, state.context.age)
                if stored is not None and stored != value:
                    recorder.clear(item, None)
                row.refresh_derived()
            if _reads(item.prefill, _PREFILL_INPUTS, changed) or item.id == changed:
                row.refresh_suggestion()
            if reads(item, changed):
                row.refresh_note()


def prefill(page: SectionPage, recorder: Recorder) -> None:
    """Save the suggested option into each empty pre-filled item of a page."""
    state = recorder.state
    for row in page.rows.values():
        item = row.item
        if item.prefill is None or state.value(item.id) is not None:
            continue
        if state.not_tested_reason(item.id) is not None:
            continue
        key = row.suggested()
        if key is not None and recorder.save(item, None, key) is None:
            row.reload()
