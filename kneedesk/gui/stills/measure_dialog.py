"""`MeasureDialog` reopens a kept still to change its points and camera view, or only to
look at them once its visit is signed; and what the still dialogs share (their size, the
question before work is thrown away)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout, QWidget

from kneedesk.core.stills import Still
from kneedesk.gui.stills.measure_view import MeasureView
from kneedesk.gui.window_geometry import FRAME_ALLOWANCE, available_area

PREFERRED = QSize(1240, 760)


def fit_dialog(dialog: QDialog) -> None:
    """The preferred size where the screen has room, else as large as the screen allows."""
    room = available_area(dialog).size() - FRAME_ALLOWANCE
    dialog.resize(PREFERRED.boundedTo(room))


def discard_confirmed(parent: QWidget, question: str) -> bool:
    """Ask before work the clinician did is thrown away; True to throw it away."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(), question, parent=parent)
    discard = box.addButton(
        QCoreApplication.translate("MeasureDialog", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("MeasureDialog", "Keep working"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is discard


class MeasureDialog(QDialog):
    """A kept still reopened: its points and view changed, or only shown once signed."""

    def __init__(self, still: Still, editable: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.still = still
        self.editable = editable
        self.setWindowTitle(self.tr("Angles on the {test} still").format(test=still.test_name))
        image = QImage.fromData(still.jpeg)
        self.measure = MeasureView(
            image,
            still.item_id,
            still.side,
            still.view,
            still.marks,
            editable=editable,
            parent=self,
        )
        title = QLabel(self.heading(), self)
        title.setProperty("role", "subtitle")
        buttons = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            if editable
            else QDialogButtonBox.StandardButton.Close
        )
        self.buttons = QDialogButtonBox(buttons, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.measure, 1)
        layout.addWidget(self.buttons)
        fit_dialog(self)

    def heading(self) -> str:
        """ "Single-leg squat, left leg · frame 212 of squat.mp4" (no frame for a photo)."""
        still, source = self.still, self.still.source
        test = still.test_name[:1].upper() + still.test_name[1:]
        leg = self.tr("left leg") if still.side == "left" else self.tr("right leg")
        if source.kind == "video":
            # Translators: {file} is the name of the video the frame was taken from.
            text = self.tr("{test}, {leg} · frame {index} of {file}")
            return text.format(test=test, leg=leg, index=source.frame_index, file=source.file_name)
        return self.tr("{test}, {leg} · {file}").format(test=test, leg=leg, file=source.file_name)

    def reject(self) -> None:
        """Cancel, Escape or the window's close button: asks first if points were changed."""
        question = self.tr("Close without keeping the changes to the points and the camera view?")
        if self.result_still() != self.still and not discard_confirmed(self, question):
            return
        super().reject()

    def result_still(self) -> Still:
        """The still with the points and view as they are now (unchanged when read-only)."""
        if not self.editable:
            return self.still
        return dataclasses.replace(self.still, view=self.measure.view(), marks=self.measure.marks())
