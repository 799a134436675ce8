"""Which editor edits which kind of item."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kneedesk.core.protocol import Item, Kind
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen.choices import ChoiceEditor, OptionsEditor
from kneedesk.gui.screen.editor import Editor
from kneedesk.gui.screen.inputs import ListEditor, NumberEditor
from kneedesk.gui.screen.text_input import TextEditor


def make_editor(
    item: Item, side: str | None, units: DisplayUnits, parent: QWidget | None = None
) -> Editor:
    """The editor for an item's kind."""
    match item.kind:
        case Kind.NUMBER | Kind.INTEGER:
            return NumberEditor(item, side, units, parent)
        case Kind.LIST:
            return ListEditor(item, side, units, parent)
        case Kind.CHOICE | Kind.YES_NO:
            return ChoiceEditor(item, side, parent)
        case Kind.MULTI_CHOICE | Kind.CHECKLIST:
            return OptionsEditor(item, side, parent)
        case Kind.TEXT:
            return TextEditor(item, side, parent)
    raise ValueError(f"{item.id}: no editor for kind {item.kind}")  # pragma: no cover
