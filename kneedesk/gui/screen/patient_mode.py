"""Patient mode: the Kujala questionnaire in large print, one question at a time.

The clinician hands the screen to the patient; answers go through the same recorder (and so
the same autosave) as the clinician's. Number keys pick an option, Enter goes on, and
"Hand back to clinician" (or "Finish" after the last question) asks to return to the
clinician view: `handBack` is emitted and the wizard decides (the app asks for the
clinician's password).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.protocol import Item
from kneedesk.gui.screen.editor import describe
from kneedesk.gui.screen.recorder import Recorder

QUESTION_SCALE = 1.9
OPTION_SCALE = 1.45


def _scaled(widget: QWidget, scale: float, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    widget.setFont(font)


class OptionCard(QRadioButton):
    """A large answer button that responds to a click anywhere on its card, not just its text."""

    def hitButton(self, pos: QPoint) -> bool:
        """The whole card is the target."""
        return self.rect().contains(pos)


class PatientModeView(QWidget):
    """Large-print Kujala questions for the patient, with a clear way back to the clinician."""

    handBack = Signal()

    def __init__(
        self, items: Sequence[Item], recorder: Recorder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patient_mode")
        self.items = list(items)
        self.recorder = recorder
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(14)
        top = QHBoxLayout()
        heading = QLabel(self.tr("About your knee"), self)
        heading.setProperty("role", "patient-heading")
        _scaled(heading, 1.5, bold=True)
        top.addWidget(heading, 1)
        self.hand_back = QPushButton(self.tr("Hand back to clinician"), self)
        self.hand_back.setObjectName("hand_back")
        self.hand_back.setProperty("role", "hand-back")
        _scaled(self.hand_back, 1.15)
        self.hand_back.clicked.connect(self.handBack.emit)
        top.addWidget(self.hand_back)
        layout.addLayout(top)
        self.counter = QLabel(self)
        self.counter.setObjectName("patient_counter")
        self.counter.setProperty("role", "patient-counter")
        _scaled(self.counter, 1.2)
        layout.addWidget(self.counter)
        self.question = QLabel(self)
        self.question.setObjectName("patient_question")
        self.question.setWordWrap(True)
        self.question.setProperty("role", "patient-question")
        _scaled(self.question, QUESTION_SCALE, bold=True)
        layout.addWidget(self.question)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(10)
        layout.addLayout(self.options_box)
        self.error = QLabel(self)
        self.error.setProperty("role", "patient-error")
        self.error.setWordWrap(True)
        _scaled(self.error, 1.2)
        self.error.hide()
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.hint = QLabel(
            self.tr("Press a number key or click an answer. Enter goes to the next question.")
        )
        self.hint.setProperty("role", "patient-hint")
        _scaled(self.hint, 1.1)
        layout.addWidget(self.hint)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Previous question"), self)
        self.back_button.setProperty("role", "patient-nav")
        self.back_button.setObjectName("patient_back")
        self.next_button = QPushButton(self.tr("Next question ›"), self)
        self.next_button.setObjectName("patient_next")
        self.next_button.setProperty("role", "patient-next")
        for button in (self.back_button, self.next_button):
            _scaled(button, 1.3)
            button.setMinimumHeight(52)
            button.setAutoDefault(True)
        self.back_button.clicked.connect(self._previous)
        self.next_button.clicked.connect(self._next)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.group = QButtonGroup(self)
        self.group.idClicked.connect(self._answered)
        self.buttons: list[QRadioButton] = []
        self._finished = False

    def start(self) -> None:
        """Open at the first unanswered question (or the first)."""
        first = next(
            (n for n, i in enumerate(self.items) if self.recorder.state.value(i.id) is None), 0
        )
        self.show_question(first)

    def current_item(self) -> Item:
        """The item on screen."""
        return self.items[self.index]

    def show_question(self, index: int) -> None:
        """Show one question with its answers, the saved one checked."""
        self.index = max(0, min(index, len(self.items) - 1))
        self._finished = False
        item = self.current_item()
        for button in self.buttons:
            self.group.removeButton(button)
            self.options_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons = []
        self.counter.setText(
            self.tr("Question {number} of {count} · {label}").format(
                number=self.index + 1, count=len(self.items), label=item.label
            )
        )
        self.question.setText(item.instruction)
        self.question.show()
        self.hint.show()
        saved = self.recorder.state.value(item.id)
        for n, option in enumerate(item.options):
            button = OptionCard(f"{n + 1}   {option.label}", self)
            button.setObjectName(f"{item.id}.{option.key}")
            describe(button, item, None, option.label)
            button.setProperty("role", "patient-option")
            _scaled(button, OPTION_SCALE)
            button.setMinimumHeight(44)
            button.setChecked(option.key == saved)
            self.group.addButton(button, n)
            self.options_box.addWidget(button)
            button.show()  # now, not on the next event loop pass, so it can take focus
            self.buttons.append(button)
        self.error.hide()
        self.back_button.setEnabled(self.index > 0)
        last = self.index == len(self.items) - 1
        self.next_button.setText(self.tr("Finish ›") if last else self.tr("Next question ›"))
        self.next_button.setToolTip("")
        checked = next((b for b in self.buttons if b.isChecked()), self.buttons[0])
        checked.setFocus(Qt.FocusReason.OtherFocusReason)

    def _answered(self, n: int) -> None:
        item = self.current_item()
        error = self.recorder.save(item, None, item.options[n].key)
        self.error.setText(f"⚠ {error}" if error else "")
        self.error.setVisible(bool(error))

    def _previous(self) -> None:
        # From the thank-you screen, back to the last question (still `index`).
        self.show_question(self.index if self._finished else self.index - 1)

    def _next(self) -> None:
        if self._finished:
            self.handBack.emit()  # "Finish" on the thank-you screen: the clinician's turn
        elif self.index < len(self.items) - 1:
            self.show_question(self.index + 1)
        else:
            self._show_thanks()

    def _show_thanks(self) -> None:
        for button in self.buttons:
            button.hide()
        missing = [i for i in self.items if self.recorder.state.value(i.id) is None]
        self.counter.setText(
            self.tr("All done")
            if not missing
            else self.tr("{count} question(s) skipped").format(count=len(missing))
        )
        self.question.setText(self.tr("Thank you. Please hand the screen back to your clinician."))
        self.hint.hide()
        self._finished = True
        self.next_button.setText(self.tr("Finish ›"))
        self.next_button.setToolTip(
            self.tr("Hand the screen back; your clinician enters their password")
        )
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Number keys choose an answer; Enter moves on."""
        key = event.key()
        if not self._finished and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            n = key - Qt.Key.Key_1
            if n < len(self.buttons):
                self.buttons[n].click()
                self.buttons[n].setFocus(Qt.FocusReason.OtherFocusReason)
                return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self._finished
            and self.focusWidget() not in (self.back_button, self.hand_back)
        ):
            self._next()
            return
        super().keyPressEvent(event)
