"""Editors for items answered by picking: choice and yes/no (radio buttons), multi-choice and
checklist (check boxes, with a "None" box so "nothing seen" is an answer, not a blank).

Each button is named ``<input>.<key>``: ``symptom_side.right``, ``red_flags.locking.yes``,
``hip.step_down.left.knee_medial_to_foot``; the "None" box is ``<input>._none`` (option keys
never start with an underscore).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.protocol import Item, Kind
from kneedesk.gui.screen.editor import Editor, Reading, describe, set_flag
from kneedesk.gui.screen.steady import keep_place_when_hidden

NONE_KEY = "_none"
HORIZONTAL_LABEL_CHARS = 34  # options whose labels add up to less than this sit in one row
LONG_OPTION_CHARS = 40  # a longer label's "(...)" goes on wrapped lines under its button


def split_label(label: str) -> tuple[str, str]:
    """A long option label as its button text and the detail in brackets shown under it:
    "Hypomobile (tilt: ... quadrant)" -> ("Hypomobile", "tilt: ... quadrant"). A radio
    button cannot wrap, and a narrow Left | Right column has no room for the whole line."""
    if len(label) > LONG_OPTION_CHARS and label.endswith(")") and " (" in label:
        head, detail = label[:-1].split(" (", 1)
        return head, detail
    return label, ""


class ChoiceEditor(Editor):
    """One option of several (or yes/no) as radio buttons; arrow keys move, Delete clears."""

    def __init__(self, item: Item, side: str | None, parent: QWidget | None = None) -> None:
        super().__init__(item, side, parent)
        if item.kind is Kind.YES_NO:
            options: list[tuple[str, Any, str]] = [
                ("yes", True, self.tr("Yes")),
                ("no", False, self.tr("No")),
            ]
        else:
            options = [(o.key, o.key, o.label) for o in item.options]
        self._values = {key: value for key, value, _ in options}
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        horizontal = sum(len(label) for _, _, label in options) <= HORIZONTAL_LABEL_CHARS
        # "Clear" sits beside the options, never under them, and keeps its place while hidden:
        # a link appearing under the options would push every later row down under the mouse.
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        box = QHBoxLayout() if horizontal else QVBoxLayout()
        box.setSpacing(16 if horizontal else 4)
        for key, _, label in options:
            text, detail = split_label(label)
            button = QRadioButton(text, self)
            button.setObjectName(f"{self.name}.{key}")
            describe(button, item, side, label)
            button.installEventFilter(self)
            self.group.addButton(button)
            self.buttons[key] = button
            box.addWidget(button)
            if detail:
                note = QLabel(detail, self)
                note.setObjectName(f"{self.name}.{key}.detail")
                note.setProperty("role", "caption")
                note.setWordWrap(True)
                note.setIndent(22)  # under the label, past the radio indicator
                box.addWidget(note)
        outer.addLayout(box)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setObjectName(f"{self.name}.clear")
        self.clear_button.setToolTip(self.tr("Clear this answer (or press Delete on the choice)"))
        self.clear_button.setAccessibleName(self.tr("Clear {label}").format(label=item.label))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setProperty("role", "link")
        self.clear_button.clicked.connect(self._clear_clicked)
        keep_place_when_hidden(self.clear_button)
        if side is None:
            outer.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        # else a narrow Left | Right cell has no width to spare: the cell puts the link on
        # its "Left" / "Right" caption line (SideCell), which is there anyway.
        outer.addStretch(1)
        self.group.buttonClicked.connect(self._clicked)
        self._saved: Any = None
        self._sync_clear()

    def _checked_key(self) -> str | None:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return None

    def _set_checked(self, key: str | None) -> None:
        self.group.setExclusive(False)
        for k, button in self.buttons.items():
            button.setChecked(k == key)
        self.group.setExclusive(True)
        self._sync_clear()

    def _sync_clear(self) -> None:
        self.clear_button.setVisible(self._checked_key() is not None and self.isEnabled())

    def _clicked(self, _button: QAbstractButton) -> None:
        self._sync_clear()
        self.committed.emit(True)

    def _clear_clicked(self) -> None:
        self._set_checked(None)
        self.committed.emit(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete or Backspace on a radio button clears the answer."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.isEnabled()
        ):
            self._clear_clicked()
            return True
        return super().eventFilter(watched, event)

    def load(self, stored: Any) -> None:
        """Check the stored option (None: nothing checked)."""
        key = next((k for k, v in self._values.items() if v == stored and stored is not None), None)
        self._set_checked(key)
        self._saved = stored

    def read(self) -> Reading:
        """The checked option's stored value."""
        key = self._checked_key()
        value = None if key is None else self._values[key]
        return Reading(value, savable=value != self._saved)

    def mark_saved(self) -> None:
        """The checked option is stored."""
        self._saved = self.read().value

    def set_read_only(self, read_only: bool) -> None:
        """Disable the buttons."""
        self.setEnabled(not read_only)
        self._sync_clear()

    def set_unavailable(self, reasons: Mapping[str, str]) -> None:
        """Disable the options that cannot be chosen now, saying why in their tooltip.

        A stored answer stays checked even when its option is unavailable: the clinician
        changes it, the screen never does (its row says what is wrong).
        """
        for key, button in self.buttons.items():
            why = reasons.get(key)
            button.setEnabled(why is None)
            button.setToolTip(why or "")
            set_flag(button, "invalid", why is not None and button.isChecked())

    def inputs(self) -> list[QWidget]:
        """The radio buttons."""
        return list(self.buttons.values())

    def focus_target(self) -> QWidget:
        """The checked button, or the first."""
        key = self._checked_key()
        return self.buttons[key] if key else next(iter(self.buttons.values()))


class OptionsEditor(Editor):
    """Tick any number of options; checklist options sharing a group exclude each other."""

    def __init__(self, item: Item, side: str | None, parent: QWidget | None = None) -> None:
        super().__init__(item, side, parent)
        self.checklist = item.kind is Kind.CHECKLIST
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        columns = 2 if side is None and len(item.options) > 4 else 1
        rows = -(-(len(item.options) + 1) // columns)
        entries = [(o.key, self._label(o.label, o.points)) for o in item.options]
        entries.append((NONE_KEY, self.tr("None of these")))
        for n, (key, label) in enumerate(entries):
            box = QCheckBox(label, self)
            box.setObjectName(f"{self.name}.{key}")
            describe(box, item, side, label)
            box.clicked.connect(lambda checked, k=key: self._clicked(k, checked))
            grid.addWidget(box, n % rows, n // rows)
            self.boxes[key] = box
        self.score = QLabel(self)
        self.score.setProperty("role", "caption")
        self.score.setVisible(self.checklist)
        grid.addWidget(self.score, rows, 0, 1, columns)
        grid.setColumnStretch(columns, 1)
        self._groups = {o.key: o.group for o in item.options if o.group}
        self._saved: Any = None
        self._update_score()

    def _label(self, label: str, points: int | None) -> str:
        return f"{label} (+{points})" if self.checklist and points else label

    def _clicked(self, key: str, checked: bool) -> None:
        if key == NONE_KEY:
            if checked:
                for k, box in self.boxes.items():
                    box.setChecked(k == NONE_KEY)
        elif checked:
            self.boxes[NONE_KEY].setChecked(False)
            group = self._groups.get(key)
            for other, other_group in self._groups.items():
                if group and other != key and other_group == group:
                    self.boxes[other].setChecked(False)
        self._update_score()
        self.committed.emit(True)

    def _ticked(self) -> list[str]:
        return [o.key for o in self.item.options if self.boxes[o.key].isChecked()]

    def _update_score(self) -> None:
        if not self.checklist:
            return
        value = self.read().value
        if value is None:
            self.score.setText(self.tr("Score: not yet rated"))
            return
        points = sum(o.points or 0 for o in self.item.options if o.key in value)
        self.score.setText(self.tr("Score: {points}").format(points=points))

    def load(self, stored: Any) -> None:
        """Tick the stored options; an empty list ticks "None of these"."""
        keys = set(stored) if isinstance(stored, list) else set()
        for key, box in self.boxes.items():
            box.setChecked(key in keys or (key == NONE_KEY and stored == []))
        self._saved = stored
        self._update_score()

    def read(self) -> Reading:
        """The ticked keys in protocol order; [] for "None of these"; None when nothing ticked."""
        ticked = self._ticked()
        value: list[str] | None = ticked or ([] if self.boxes[NONE_KEY].isChecked() else None)
        return Reading(value, savable=value != self._saved)

    def mark_saved(self) -> None:
        """The ticked options are stored."""
        self._saved = self.read().value

    def inputs(self) -> list[QWidget]:
        """Every check box, "None of these" last."""
        return list(self.boxes.values())
