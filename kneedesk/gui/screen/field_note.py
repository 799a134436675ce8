"""The note under a field that other answers prompt (clinical.md 3.3, 3.4, 7), kept current.

What the notes say comes from `kneedesk.core.field_prompts`. A note reads like the row's
instruction; a problem (an answer not allowed as it stands) reads like a field error, in red
with a warning sign. The label keeps room for its longest text from the start, so a note
appearing or changing never moves the rows under it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kneedesk.core.field_prompts import (
    BONE_STRESS,
    INSTABILITY,
    LOW_ENERGY,
    NOTE_INPUTS,
    TRAUMA,
    FieldNote,
    applies,
    field_note,
    unavailable_options,
)
from kneedesk.core.protocol import Item
from kneedesk.core.return_to_run import STAGE_ITEM
from kneedesk.gui.screen.choices import ChoiceEditor
from kneedesk.gui.screen.editor import Editor
from kneedesk.gui.screen.state import ScreenState
from kneedesk.gui.screen.steady import WARNING_SIGN, MessageLabel

# Lines kept for each note: its longest text in the field column of a 1366-wide window.
NOTE_LINES = {BONE_STRESS: 3, INSTABILITY: 2, TRAUMA: 1, LOW_ENERGY: 1, STAGE_ITEM: 4}


def has_note(item: Item, state: ScreenState) -> bool:
    """Whether other answers may prompt a note at this item on this visit."""
    return item.id in NOTE_INPUTS and applies(state.protocol)


def reads(item: Item, changed: str) -> bool:
    """Whether the note at `item` depends on the answer to `changed`."""
    return changed in NOTE_INPUTS.get(item.id, ())


class FieldNoteLabel(MessageLabel):
    """The prompted note at one field, and the options other answers make unavailable."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(NOTE_LINES.get(item.id, 2), parent)
        self.item = item
        self.setObjectName(f"{item.id}.note")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = False
        self.setProperty("role", "instruction")
        self.hide()

    def refresh(self, state: ScreenState, editors: Iterable[Editor]) -> None:
        """Work the note and the unavailable options out from the answers as they are now."""
        answers = state.answers()
        unavailable = unavailable_options(self.item.id, answers)
        for editor in editors:
            if isinstance(editor, ChoiceEditor):
                editor.set_unavailable(unavailable)
        self.show_note(field_note(self.item.id, answers, state.context.age, state.protocol))

    def show_note(self, note: FieldNote | None) -> None:
        """Show a note (a problem in red with a warning sign), or nothing."""
        problem = note is not None and note.problem
        if problem != self.problem:
            self.problem = problem
            self.setProperty("role", "error" if problem else "instruction")  # its colour
            self.style().unpolish(self)
            self.style().polish(self)
        if note is None:
            self.setText("")
        else:
            self.setText(f"{WARNING_SIGN} {note.text}" if problem else note.text)
        self.setVisible(note is not None)
