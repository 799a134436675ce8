"""Answers saved on another workstation, shown in the open draft without disturbing typing.

When another workstation saves an answer of the draft open here, the wizard takes the
stored answers again and shows each one that differs, except in the field the clinician is
in (the keyboard is in its row, or its "Not tested" form is open), or one with a change
still waiting on this computer for the server: what they typed is never replaced. Their
own value is saved when they leave the field, as always.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kneedesk.gui.screen.wizard import ScreenWizard


def busy_items(wizard: ScreenWizard) -> set[str]:
    """The items the clinician is working in: left alone by changes from elsewhere."""
    # This window's keyboard focus, whether or not it is the active window just now.
    focused = wizard.window().focusWidget()
    # Changes kept on this computer while the server was out of reach are not yet there.
    waiting = getattr(wizard.recorder.sink, "waiting_items", None)
    busy: set[str] = set(waiting()) if waiting is not None else set()
    for page in wizard.section_pages:
        for item_id, row in page.rows.items():
            if row.form.isVisible() or (focused is not None and row.isAncestorOf(focused)):
                busy.add(item_id)
    return busy


def take_saved_elsewhere(
    wizard: ScreenWizard, answers: Mapping[str, Any], not_tested: Mapping[str, str]
) -> list[str]:
    """Show the stored answers that differ from those shown (not in the fields being typed
    in); returns the items changed, in the protocol's order."""
    busy = busy_items(wizard)
    rows = {item_id: row for page in wizard.section_pages for item_id, row in page.rows.items()}
    changed: list[str] = []
    for section in wizard.protocol.sections:
        for item in section.items:
            if item.id in busy or not wizard.state.adopt(item, answers, not_tested):
                continue
            changed.append(item.id)
            row = rows.get(item.id)
            if row is not None:
                row.reload()
    return changed
