"""What every editor shares: the widget base that loads a stored value and reports changes,
the reading it gives back, and the helpers that name and flag its inputs. An editor never
saves: it emits ``committed`` and the item row reads it and saves through the recorder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from kneedesk.core.protocol import Item
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

IDLE_SAVE_MS = 700  # save a valid number this long after the last keystroke


@dataclass(frozen=True)
class Reading:
    """What an editor holds: the stored value to save, a problem to show, and whether to save."""

    value: Any
    error: str | None = None
    savable: bool = True


def input_name(item: Item, side: str | None) -> str:
    """The object name of the input for an item or one side of it."""
    return item.id if side is None else f"{item.id}.{side}"


# A side as a column caption ("Left") and as a word inside a sentence ("left").
SIDE_CAPTIONS = {
    "left": QT_TRANSLATE_NOOP("Editor", "Left"),
    "right": QT_TRANSLATE_NOOP("Editor", "Right"),
}
SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("Editor", "left"),
    "right": QT_TRANSLATE_NOOP("Editor", "right"),
}


def side_caption(side: str) -> str:
    """ "Left" or "Right" in the clinician's language."""
    text = SIDE_CAPTIONS.get(side)
    return QCoreApplication.translate("Editor", text) if text else side.capitalize()


def side_word(side: str) -> str:
    """ "left" or "right" in the clinician's language, as it reads after a comma."""
    text = SIDE_WORDS.get(side)
    return QCoreApplication.translate("Editor", text) if text else side


def describe(widget: QWidget, item: Item, side: str | None, detail: str | None = None) -> None:
    """Name and describe a widget for screen readers from the protocol label and instruction."""
    name = item.label
    if side == "left":
        name = QCoreApplication.translate("Editor", "{label}, left side").format(label=name)
    elif side == "right":
        name = QCoreApplication.translate("Editor", "{label}, right side").format(label=name)
    elif side:
        name += f", {side} side"
    if detail:
        #: An input's name for screen readers: the item (and side), then the option or entry.
        name = QCoreApplication.translate("Editor", "{name}: {detail}").format(
            name=name, detail=detail
        )
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(item.instruction)


def set_flag(widget: QWidget, name: str, on: bool) -> None:
    """Set a boolean style property (e.g. invalid) and let the stylesheet see the change."""
    if bool(widget.property(name)) == on:
        return
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Editor(QWidget):
    """Base of the editors: load a stored value, read what is typed, report user changes."""

    committed = Signal(bool)  # True: the user finished a change; False: idle while typing

    def __init__(self, item: Item, side: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.side = side
        self.name = input_name(item, side)
        self.setObjectName(self.name)
        describe(self, item, side)

    def load(self, stored: Any) -> None:
        """Show a stored value (None: empty) without reporting a change."""
        raise NotImplementedError

    def read(self) -> Reading:
        """The value to save now."""
        raise NotImplementedError

    def mark_saved(self) -> None:
        """Remember the last read value as saved."""

    def finish(self) -> None:
        """The user is done with this editor (Enter): report the change now."""
        self.committed.emit(True)

    def set_invalid(self, invalid: bool) -> None:
        """Mark the inputs as holding a rejected value."""
        for widget in self.inputs():
            set_flag(widget, "invalid", invalid)

    def set_read_only(self, read_only: bool) -> None:
        """Stop or allow editing."""
        for widget in self.inputs():
            widget.setEnabled(not read_only)

    def inputs(self) -> list[QWidget]:
        """The focusable inputs, in tab order."""
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        """The input that takes focus when the editor is entered."""
        return self.inputs()[0]
