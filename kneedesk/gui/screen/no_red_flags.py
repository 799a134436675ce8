""" "None of these" on the red-flag page: the usual all-clear in one click instead of seven.

Each red flag still gets its own saved answer, exactly as if its "No" had been clicked, and the
rows show it. The control never changes an answer already given: it fills only the flags left
unanswered (a flag marked not tested keeps its mark), and it is disabled, saying why, while any
flag is answered yes, because "none of these" would then contradict what the page shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kneedesk.core.protocol import Item, Kind
from kneedesk.gui.screen.recorder import Recorder

RED_FLAG_PREFIX = "red_flags."


def red_flag_items(items: Sequence[Item]) -> list[Item]:
    """The yes/no red flags among a section's items."""
    return [i for i in items if i.id.startswith(RED_FLAG_PREFIX) and i.kind is Kind.YES_NO]


class NoRedFlagsControl(QWidget):
    """A "None of these" button and a line saying what it set (or why it is not available)."""

    def __init__(
        self,
        items: Sequence[Item],
        recorder: Recorder,
        on_saved: Callable[[Item, str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("no_red_flags")
        self.items = list(items)
        self.recorder = recorder
        self.on_saved = on_saved  # (item, error): the page shows the answer or the error
        self._result: str | None = None
        self._busy = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(12)
        self.button = QPushButton(self.tr("None of these: set every unanswered flag to No"), self)
        self.button.setObjectName("no_red_flags_button")
        self.button.setAccessibleName(self.tr("None of these red flags"))
        self.button.setToolTip(
            self.tr("Answers No for each red flag not answered yet; answers already given are kept")
        )
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.set_unanswered_to_no)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        # One line beside the button: a text change here moves nothing on the page.
        self.status = QLabel(self)
        self.status.setObjectName("no_red_flags_status")
        self.status.setProperty("role", "all-clear")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Ignored width: a long line is cut at the page edge rather than widening the page.
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.status, 1)
        self.refresh()

    def _unanswered(self) -> list[Item]:
        state = self.recorder.state
        return [
            i
            for i in self.items
            if state.value(i.id) is None and state.not_tested_reason(i.id, None) is None
        ]

    def set_unanswered_to_no(self) -> None:
        """Save No for every unanswered red flag, one answer each, and say what was set."""
        todo = self._unanswered()
        if not todo or self._answered_yes():
            self.refresh()
            return
        already = len(self.items) - len(todo)
        failed: list[Item] = []
        self._busy = True
        try:
            for item in todo:
                error = self.recorder.save(item, None, False)
                self.on_saved(item, error)
                if error:
                    failed.append(item)
        finally:
            self._busy = False
        saved = len(todo) - len(failed)
        if already == 0 and not failed:
            if saved == 1:
                text = self.tr("✓ All {count} red flag set to No")
            else:
                text = self.tr("✓ All {count} red flags set to No")
        elif saved == 1:
            text = self.tr("✓ {count} red flag set to No")
        else:
            text = self.tr("✓ {count} red flags set to No")
        text = text.format(count=saved)
        if already:
            #: Follows "✓ 3 red flags set to No"; the number counts the flags left untouched.
            text += self.tr("; {count} already answered or not tested, left as they were").format(
                count=already
            )
        if failed:
            names = ", ".join(i.label for i in failed)
            text += self.tr(". ⚠ Not saved: {names} (see the flag)").format(names=names)
        self._result = text
        self.refresh()

    def _answered_yes(self) -> list[Item]:
        return [i for i in self.items if self.recorder.state.value(i.id) is True]

    def refresh(self) -> None:
        """Enable the button only while it can help, and keep the line in step with the page."""
        if self._busy:
            return
        yes = self._answered_yes()
        todo = self._unanswered()
        self.button.setEnabled(bool(todo) and not yes)
        if yes:
            self._result = None
            names = ", ".join(i.label for i in yes)
            self.status.setText(
                self.tr("Not available while a flag is answered Yes ({names})").format(names=names)
            )
        elif self._result is not None and not todo:
            self.status.setText(self._result)
        else:
            self._result = None
            self.status.setText("")
        self.status.setToolTip(self.status.text())
