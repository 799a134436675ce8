"""One protocol item on a page: its label, instruction and "how to perform", one editor per side
(Left | Right with the painful side marked), the field-level error, and "not tested"."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.answers import SIDES
from kneedesk.core.protocol import Item
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import derived_value, prefill_value
from kneedesk.gui.screen.conflict_note import ConflictNote
from kneedesk.gui.screen.derived_row import DerivedCell, shown_value, worked_out_from
from kneedesk.gui.screen.editor import Editor, set_flag, side_caption
from kneedesk.gui.screen.editor_kinds import make_editor
from kneedesk.gui.screen.field_note import FieldNoteLabel, has_note
from kneedesk.gui.screen.inputs import ListEditor, NumberEditor
from kneedesk.gui.screen.not_tested import NotTestedForm
from kneedesk.gui.screen.recorder import Recorder
from kneedesk.gui.screen.state import COMPLETE
from kneedesk.gui.screen.steady import MessageLabel, fix_to_widest
from kneedesk.gui.screen.text_input import TextEditor
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP
from kneedesk.store.errors import ConflictError

NOT_TESTED_KEYS = "Ctrl+T"  # "Not tested…" for the row the cursor is in (see SectionPage)
# Short, so the "Required" tag needs little room for it.
MISSING_TAG = QT_TRANSLATE_NOOP("ItemRow", "Still empty")


def _label(text: str, role: str, parent: QWidget, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SideCell(QWidget):
    """The editor of one side (or of a whole-body item), its error, or its not-tested note."""

    undoRequested = Signal()

    def __init__(self, editor: Editor, side: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.side = side
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # Ignored width lines columns up across rows; this minimum keeps every label whole
        # (measured with the stylesheet's padding and focus outline, hence the polish first).
        editor.ensurePolished()
        self.setMinimumWidth(max(160, editor.minimumSizeHint().width()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.caption = _label(side_caption(side) if side else "", "side", self, wrap=False)
        self.caption.setVisible(side is not None)
        clear = getattr(editor, "clear_button", None)
        if side is not None and isinstance(clear, QToolButton):
            caption_row = QHBoxLayout()
            caption_row.setContentsMargins(0, 0, 0, 0)
            caption_row.addWidget(self.caption)
            caption_row.addWidget(clear, 0, Qt.AlignmentFlag.AlignVCenter)
            caption_row.addStretch(1)
            layout.addLayout(caption_row)
        else:
            layout.addWidget(self.caption)
        layout.addWidget(editor)
        self.note = QWidget(self)
        note_layout = QHBoxLayout(self.note)
        note_layout.setContentsMargins(0, 0, 0, 0)
        self.note_text = _label("", "not-tested", self.note)
        note_layout.addWidget(self.note_text, 1)
        self.undo = QToolButton(self.note)
        self.undo.setText(self.tr("Undo"))
        self.undo.setObjectName(f"{editor.name}.undo_not_tested")
        self.undo.setAccessibleName(
            self.tr("Undo not tested: {label}").format(label=editor.item.label)
        )
        self.undo.setProperty("role", "link")
        self.undo.clicked.connect(self.undoRequested.emit)
        note_layout.addWidget(self.undo, 0, Qt.AlignmentFlag.AlignTop)
        self.note.hide()
        layout.addWidget(self.note)
        # A typed number can be refused at any keystroke: keep room for a two-line message
        # (the longest a range message takes in a narrow cell). A click on an option is only
        # refused when the disk fails, and that message may take room when it comes.
        typed = isinstance(editor, (NumberEditor, ListEditor, TextEditor))
        self.error = MessageLabel(2 if typed else 0, self)
        self.error.setProperty("role", "error")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setObjectName(f"{editor.name}.error")
        self.error.hide()
        layout.addWidget(self.error)
        # Another workstation changed this field since it was shown here: both values.
        self.conflict = ConflictNote(editor.name, self)
        layout.addWidget(self.conflict)
        self.typed: Any = None  # the value refused by the conflict, kept for "Keep mine"
        layout.addStretch(1)

    def show_error(self, message: str | None) -> None:
        """Show a problem under the field (red, with a warning sign), or clear it."""
        self.error.setText(f"⚠ {message}" if message else "")
        self.error.setVisible(bool(message))
        self.editor.set_invalid(bool(message))

    def show_not_tested(self, reason: str | None, read_only: bool) -> None:
        """Swap the editor for a "Not tested: reason" note, or back."""
        self.note_text.setText(
            self.tr("Not tested: {reason}").format(reason=reason) if reason else ""
        )
        self.note.setVisible(reason is not None)
        self.undo.setVisible(not read_only)
        self.editor.setVisible(reason is None)
        if reason is not None:
            self.show_error(None)

    def set_painful(self, painful: bool) -> None:
        """Mark this side's caption as the painful knee (in words, not colour alone)."""
        if self.side is None:
            return
        caption = side_caption(self.side)
        self.caption.setText(
            self.tr("{side}  ● painful side").format(side=caption) if painful else caption
        )
        set_flag(self.caption, "painful", painful)


class ItemRow(QFrame):
    """An item with its instruction beside the Left | Right (or single) editor."""

    def __init__(
        self,
        item: Item,
        units: DisplayUnits,
        recorder: Recorder,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.recorder = recorder
        self.read_only = read_only
        self.setObjectName(f"{item.id}.row")
        self.setProperty("role", "item-row")
        grid = QGridLayout(self)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        grid.addWidget(self._describe_block(), 0, 0)
        self.cells: dict[str | None, SideCell] = {}
        self.units = units
        self.derived: DerivedCell | None = None
        if item.derived is not None:  # worked out, never typed: no editor
            self.derived = DerivedCell(item, units, self)
            self.derived.confirmRequested.connect(self._confirm_units)
            grid.addWidget(self.derived, 0, 1, 1, 2)
        for n, side in enumerate(() if item.derived else SIDES if item.per_side else (None,)):
            cell = SideCell(make_editor(item, side, units), side, self)
            cell.editor.committed.connect(lambda final, c=cell: self._commit(c, final))
            cell.undoRequested.connect(lambda c=cell: self._undo(c))
            cell.conflict.keepMine.connect(lambda c=cell: self._keep_mine(c))
            cell.conflict.useTheirs.connect(lambda c=cell: self._use_theirs(c))
            grid.addWidget(cell, 0, 1 + n, 1, 1 if item.per_side else 2)
            self.cells[side] = cell
        self.not_tested_button = QToolButton(self)
        self.not_tested_button.setText(self.tr("Not tested…"))
        self.not_tested_button.setObjectName(f"{item.id}.not_tested")
        self.not_tested_button.setAccessibleName(
            self.tr("Mark {label} not tested").format(label=item.label)
        )
        self.not_tested_button.setProperty("role", "link")
        self.not_tested_button.setToolTip(
            self.tr(
                "Mark this item not tested, with a reason ({keys} in any of its fields)"
            ).format(keys=NOT_TESTED_KEYS)
        )
        # Out of the Tab chain, so Tab goes from value to value; NOT_TESTED_KEYS reaches it.
        self.not_tested_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.not_tested_button.clicked.connect(lambda: self.open_not_tested(None))
        self.not_tested_button.setVisible(not read_only and item.asked)
        grid.addWidget(self.not_tested_button, 0, 3, Qt.AlignmentFlag.AlignTop)
        self.suggestion: MessageLabel | None = None
        if item.prefill is not None:  # e.g. rtr.hop: the tests' suggestion, kept in view
            self.suggestion = MessageLabel(2, self)
            self.suggestion.setObjectName(f"{item.id}.suggestion")
            self.suggestion.setProperty("role", "source")
            grid.addWidget(self.suggestion, 3, 1, 1, 2)
        self.note: FieldNoteLabel | None = None
        if has_note(item, recorder.state):  # e.g. dx.bone_stress: prompted by other answers
            self.note = FieldNoteLabel(item, self)
            cell_layout = self.cells[None].layout() if None in self.cells else None
            if isinstance(cell_layout, QVBoxLayout):  # right under the options, before the stretch
                cell_layout.insertWidget(cell_layout.count() - 1, self.note)
            else:
                grid.addWidget(self.note, 4, 1, 1, 2)
        self.form = NotTestedForm(item, self)
        self.form.hide()
        self.form.confirmed.connect(self._mark_not_tested)
        self.form.cancelled.connect(self._close_form)
        if item.how_to:
            grid.addWidget(self.how_to, 1, 0, 1, 4)
        grid.addWidget(self.form, 2, 0, 1, 4)
        grid.setColumnStretch(0, 8)
        grid.setColumnStretch(1, 9)
        grid.setColumnStretch(2, 9)
        grid.setColumnMinimumWidth(3, 96)
        for cell in self.cells.values():
            cell.editor.set_read_only(read_only)
        self.reload()

    def _describe_block(self) -> QWidget:
        block = QWidget(self)
        # Ignored width: the row's column stretch alone sets widths, so columns line up.
        block.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        block.setMinimumWidth(180)  # room for the side columns of longer languages
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        head = QHBoxLayout()
        self.title = _label(self.item.label, "item-label", block)
        head.addWidget(self.title, 1)
        required = self.tr("Required")
        self.required_tag = _label(required if self.item.required else "", "tag", block, False)
        self.required_tag.setVisible(self.item.required)
        if self.item.required:
            fix_to_widest(self.required_tag, (required, self.tr(MISSING_TAG)))
        head.addWidget(self.required_tag, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        layout.addWidget(_label(self.item.instruction, "instruction", block))
        if self.item.how_to:
            self.how_to_button = QToolButton(block)
            self.how_to_button.setText("▸ " + self.tr("How to perform"))
            self.how_to_button.setCheckable(True)
            self.how_to_button.setObjectName(f"{self.item.id}.how_to")
            self.how_to_button.setAccessibleName(
                self.tr("How to perform: {label}").format(label=self.item.label)
            )
            self.how_to_button.setProperty("role", "link")
            self.how_to_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # not a Tab stop
            # Shown under the whole row (see __init__) so it reads as a short wide note.
            self.how_to = _label(self.item.how_to, "how-to", self)
            self.how_to.setObjectName(f"{self.item.id}.how_to_text")
            self.how_to.hide()
            self.how_to_button.toggled.connect(self._toggle_how_to)
            layout.addWidget(self.how_to_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return block

    def _toggle_how_to(self, shown: bool) -> None:
        self.how_to.setVisible(shown)
        self.how_to_button.setText(("▾ " if shown else "▸ ") + self.tr("How to perform"))

    # --- state ------------------------------------------------------------------------------

    def side_width(self) -> int:
        """The width a Left or Right column needs (0 for a whole-body item)."""
        if not self.item.per_side:
            return 0
        return max(cell.minimumWidth() for cell in self.cells.values())

    def set_side_width(self, width: int) -> None:
        """Give both side columns this width at least, so rows of a page line up."""
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnMinimumWidth(1, width)
            grid.setColumnMinimumWidth(2, width)

    def set_label_weight(self, weight: int) -> None:
        """How wide the label column is relative to each side column (9)."""
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            grid.setColumnStretch(0, weight)

    def editors(self) -> list[Editor]:
        """The editors in tab order (left before right)."""
        return [cell.editor for cell in self.cells.values()]

    def refresh_derived(self) -> None:
        """Show the derived value (and its units check) from the answers as they are now."""
        if self.derived is None:
            return
        state = self.recorder.state
        answers = state.answers()
        value = derived_value(self.item, answers, state.protocol, state.context.age)
        confirmed = value is not None and answers.number(self.item.id) == value
        source = worked_out_from(self.item, answers, state.protocol, self.units, state.context.age)
        self.derived.display(value, source, confirmed, self.read_only)

    def _confirm_units(self) -> None:
        state = self.recorder.state
        value = derived_value(self.item, state.answers(), state.protocol, state.context.age)
        if value is not None and self.derived is not None:
            error = self.recorder.save(self.item, None, value)
            if error and self.derived.check is not None:
                self.derived.check.setText(f"⚠ {error}")
                return
        self.refresh_derived()

    def suggested(self) -> str | None:
        """The option the tests of this visit suggest for a pre-filled item (or None)."""
        if self.item.prefill is None:
            return None
        return prefill_value(self.item, self.recorder.state.answers())

    def refresh_suggestion(self) -> None:
        """Show what the tests suggest beside what is answered."""
        if self.suggestion is None:
            return
        key = self.suggested()
        chosen = self.recorder.state.value(self.item.id)
        label = shown_value(self.item, key, self.units)
        if key is None:
            text = self.tr("No suggestion from this visit's tests.")
        elif chosen is None or chosen == key:
            text = self.tr("Suggested from this visit's tests: {answer}.").format(answer=label)
        else:
            text = self.tr("This visit's tests suggest: {answer}. You chose otherwise.").format(
                answer=label
            )
        self.suggestion.setText(text)

    def refresh_note(self) -> None:
        """Show the note other answers prompt at this field (and the options they rule out)."""
        if self.note is not None:
            self.note.refresh(self.recorder.state, self.editors())

    def reload(self, side: str | None = None) -> None:
        """Show what the state holds (every side, or just `side`); clears shown errors."""
        self.refresh_derived()
        self.refresh_suggestion()
        state = self.recorder.state
        for cell_side, cell in self.cells.items():
            if side is not None and cell_side != side:
                continue
            cell.editor.load(state.value(self.item.id, cell_side))
            cell.conflict.dismiss()
            cell.show_error(None)
            cell.show_not_tested(state.not_tested_reason(self.item.id, cell_side), self.read_only)
        self.refresh_note()

    def refill(self) -> None:
        """Show another visit's values: the not-tested form closed, every side reloaded."""
        self.form.hide()
        self.reload()

    def set_painful_side(self, painful: str | None) -> None:
        """Mark the painful side ("left", "right", "both" or None)."""
        for side, cell in self.cells.items():
            cell.set_painful(side is not None and painful in (side, "both"))

    def set_missing(self, missing: bool) -> None:
        """Highlight a required item left empty (with words as well as colour)."""
        set_flag(self, "missing", missing)
        if self.item.required:
            self.required_tag.setText(self.tr(MISSING_TAG) if missing else self.tr("Required"))
            set_flag(self.required_tag, "missing", missing)

    # --- saving -----------------------------------------------------------------------------

    def _commit(self, cell: SideCell, final: bool) -> None:
        reading = cell.editor.read()
        if reading.error and final:
            cell.show_error(reading.error)
        if not reading.savable:
            if final and reading.error is None:
                cell.show_error(None)
            return
        error = self.recorder.save(self.item, cell.side, reading.value)
        if self._conflicted(cell, reading.value):
            return
        if error:
            cell.show_error(error)
            return
        cell.conflict.dismiss()
        cell.editor.mark_saved()
        if final or reading.error is None:
            cell.show_error(reading.error)
        if self.property("missing") and self.recorder.state.item_status(self.item) in COMPLETE:
            self.set_missing(False)

    def open_not_tested(self, side: str | None) -> None:
        """Show the not-tested form, focused on the reason (not on a signed visit)."""
        if not self.read_only:
            self.form.open_for(side)

    def _close_form(self) -> None:
        self.form.hide()
        self.not_tested_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_not_tested(self, side: str | None, reason: str) -> None:
        error = self.recorder.mark_not_tested(self.item, side, reason)
        if error:
            self.form.show_error(error)
            return
        self.form.hide()
        self.reload(side)
        self.set_missing(False)
        self.not_tested_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _undo(self, cell: SideCell) -> None:
        error = self.recorder.clear(self.item, cell.side)
        if self._conflicted(cell, None):
            return
        if error:
            cell.show_error(error)
            return
        self.reload(cell.side)
        cell.editor.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- another workstation changed the field ----------------------------------------------

    def _conflicted(self, cell: SideCell, typed: Any) -> bool:
        """Show the recorder's conflict at the cell, keeping what was typed; whether there was
        one. The field keeps the typed value until the clinician chooses."""
        conflict = self.recorder.conflict
        if conflict is None:
            return False
        cell.typed = typed
        cell.show_error(None)
        cell.editor.set_invalid(True)
        if conflict.theirs_not_tested is not None:
            theirs = self.tr("not tested: {reason}").format(reason=conflict.theirs_not_tested)
        else:
            theirs = shown_value(self.item, conflict.theirs, self.units)
        cell.conflict.show_conflict(conflict, theirs, shown_value(self.item, typed, self.units))
        return True

    def show_conflict(self, conflict: ConflictError) -> bool:
        """Show a conflict that came back later (an answer kept while the server was out of
        reach, refused when sent); whether the row has the field."""
        cell = self.cells.get(None if conflict.side in (None, "whole") else conflict.side)
        if cell is None:
            return False
        self.recorder.conflict = conflict
        self._conflicted(cell, conflict.mine)
        self.recorder.conflict = None
        return True

    def show_sent_error(self, side: str | None, message: str) -> None:
        """Show why a change kept while the server was out of reach was refused when sent."""
        cell = self.cells.get(side)
        if cell is not None:
            cell.show_error(message)

    def _keep_mine(self, cell: SideCell) -> None:
        conflict = cell.conflict.conflict
        if conflict is None:
            return
        error = self.recorder.keep_mine(self.item, cell.side, conflict, cell.typed)
        if self._conflicted(cell, cell.typed):
            return  # changed there once more: shown again with the newest value
        cell.conflict.dismiss()
        if error:
            cell.show_error(error)
            return
        cell.editor.set_invalid(False)
        cell.editor.mark_saved()

    def _use_theirs(self, cell: SideCell) -> None:
        conflict = cell.conflict.conflict
        if conflict is None:
            return
        self.recorder.use_theirs(self.item, cell.side, conflict)
        cell.conflict.dismiss()
        cell.typed = None
        self.reload(cell.side)
