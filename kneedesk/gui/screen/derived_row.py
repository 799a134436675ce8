"""What a derived item shows in place of an editor: its value, worked out from other answers
and never typed, what it was worked out from, and (BMI outside 12-70) the units check.

The wizard calls `DerivedCell.show` whenever one of the inputs changes; the cell keeps room
for its longest text from the start, so the rows under it never move as values are typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kneedesk.core.answers import Answers
from kneedesk.core.derived import (
    DERIVATIONS,
    DIFFERENTIAL,
    SUSPECTED,
    is_shown,
    needs_units_confirmation,
)
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Item, Kind, Protocol
from kneedesk.core.units import DisplayUnits
from kneedesk.gui.screen.display import NumberFormat, fmt, unit_suffix
from kneedesk.gui.screen.steady import MessageLabel, keep_place_when_hidden
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

CONFIRM_TEXT = QT_TRANSLATE_NOOP("DerivedCell", "Units are right")


def shown_value(item: Item, value: Any, units: DisplayUnits) -> str:
    """A value as the clinician reads it: a number in the display unit, Yes or No."""
    if value is None:
        return ""
    if item.kind is Kind.YES_NO:
        if value:
            return QCoreApplication.translate("DerivedCell", "Yes")
        return QCoreApplication.translate("DerivedCell", "No")
    if item.kind in (Kind.NUMBER, Kind.INTEGER):
        fmt_ = NumberFormat(item, units)
        return fmt_.show(value) + unit_suffix(fmt_.unit)
    if item.kind is Kind.CHOICE and isinstance(value, str) and value in item.option_keys:
        return item.option(value).label
    return str(value)


def worked_out_from(
    item: Item, answers: Answers, protocol: Protocol, units: DisplayUnits, age: int | None
) -> str:
    """What a derived value is worked out from, with the values used (or still missing)."""
    rule = DERIVATIONS.get(item.derived or "")
    if rule is None:
        return ""
    if set(rule.inputs) >= set(DIFFERENTIAL):
        items = [protocol.item(i) for i in DIFFERENTIAL if protocol.get(i) is not None]
        asked = [i.id for i in items if is_shown(i, age)]
        answered = [i for i in asked if answers.choice(i) is not None]
        suspected = [protocol.item(i).label for i in asked if answers.choice(i) in SUSPECTED]
        if suspected:
            return QCoreApplication.translate(
                "DerivedCell",
                "From the differential checklist: {answered} of {asked} answered; "
                "possible or likely: {names}.",
            ).format(answered=len(answered), asked=len(asked), names=", ".join(suspected))
        return QCoreApplication.translate(
            "DerivedCell", "From the differential checklist: {answered} of {asked} answered."
        ).format(answered=len(answered), asked=len(asked))
    parts = []
    for input_id in rule.inputs:
        source = protocol.get(input_id)
        if source is None:
            continue
        value = answers.number(input_id)
        shown = shown_value(source, value, units) or QCoreApplication.translate(
            "DerivedCell", "not entered"
        )
        #: One input of a worked-out value: its label in lower case, then its value.
        part = QCoreApplication.translate("DerivedCell", "{input} {value}")
        parts.append(part.format(input=source.label.lower(), value=shown))
    #: Joins the inputs of a worked-out value: "body mass 70 kg and height 175 cm".
    joined = QCoreApplication.translate("DerivedCell", " and ").join(parts)
    return QCoreApplication.translate("DerivedCell", "From {inputs}.").format(inputs=joined)


class DerivedCell(QWidget):
    """A derived item's value, its inputs, and the units check with its confirm button."""

    confirmRequested = Signal()

    def __init__(self, item: Item, units: DisplayUnits, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.units = units
        self.setObjectName(f"{item.id}.derived")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(160)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.value = QLabel("", self)
        self.value.setObjectName(f"{item.id}.value")
        self.value.setProperty("role", "all-clear")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value.setAccessibleName(self.tr("{label}, worked out").format(label=item.label))
        layout.addWidget(self.value)
        self.source = MessageLabel(2, self)
        self.source.setObjectName(f"{item.id}.source")
        self.source.setProperty("role", "source")
        layout.addWidget(self.source)
        self.check: MessageLabel | None = None
        self.confirm: QPushButton | None = None
        if item.confirm_outside is not None:
            self._add_units_check(layout)
        layout.addStretch(1)

    def _add_units_check(self, layout: QVBoxLayout) -> None:
        self.check = MessageLabel(2, self)
        self.check.setObjectName(f"{self.item.id}.units_check")
        self.check.setProperty("role", "error")
        self.check.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.check)
        self.confirm = QPushButton(self.tr(CONFIRM_TEXT), self)
        self.confirm.setObjectName(f"{self.item.id}.confirm_units")
        self.confirm.setAccessibleName(
            self.tr("Confirm the units of {label}").format(label=self.item.label)
        )
        self.confirm.setToolTip(
            self.tr("Mass and height are in the right units: the value is real")
        )
        self.confirm.clicked.connect(self.confirmRequested.emit)
        keep_place_when_hidden(self.confirm)
        self.confirm.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.confirm)
        row.addStretch(1)
        layout.addLayout(row)

    def display(self, value: Any, source: str, confirmed: bool, read_only: bool) -> None:
        """Show the value, what it comes from, and the units check when it is needed."""
        self.value.setText(
            shown_value(self.item, value, self.units) or self.tr("Not worked out yet")
        )
        self.source.setText(source)
        if self.check is None or self.confirm is None:
            return
        outside = needs_units_confirmation(self.item, value)
        low, high = self.item.confirm_outside or (0.0, 0.0)
        band = self.tr("{low} to {high}{unit}").format(
            low=local_number(fmt(low)),
            high=local_number(fmt(high)),
            unit=unit_suffix(self.item.unit),
        )
        if outside and confirmed:
            self.check.setText(self.tr("Outside {band}: units confirmed.").format(band=band))
        elif outside:
            self.check.setText(
                "⚠ "
                + self.tr(
                    "Outside {band}: check the units of body mass and height. The visit "
                    "cannot be signed until you confirm them."
                ).format(band=band)
            )
        else:
            self.check.setText("")
        self.check.setVisible(outside)
        self.confirm.setVisible(outside and not confirmed and not read_only)

    def waiting(self) -> bool:
        """Whether the units check is waiting for the clinician."""
        return self.confirm is not None and self.confirm.isVisibleTo(self)
