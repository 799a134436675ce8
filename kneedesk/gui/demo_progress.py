"""Building the demo clinic on its first use, with a progress dialog that counts the runners.

Making some 30 runners with their visits takes several seconds; done on the GUI thread it
would leave the screen blank and the app unresponsive, so it runs on a worker thread while
the dialog shows how far it has got.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from kneedesk.gui.background import JobControl, start_job
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

LABEL = QT_TRANSLATE_NOOP(
    "DemoProgressDialog", "Preparing the demo clinic: synthetic runners and their visits..."
)
SHOW_AFTER_MS = 300
"""An existing demo clinic opens at once: the dialog only appears when there is work."""


class DemoProgressDialog(QProgressDialog):
    """The dialog shown while the demo clinic is built; it cannot be cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DemoProgressDialog", LABEL), "", 0, 0, parent)
        self.setObjectName("demoProgress")
        self.setWindowTitle(self.tr("Demo clinic"))
        self.setCancelButton(None)  # half a demo clinic would be worse than waiting
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)

    def advance(self, done: int, total: int) -> None:
        """Show `done` of `total` runners made."""
        self.setMaximum(total)
        self.setValue(done)
        runners = self.tr("{done} of {total} runners").format(done=done, total=total)
        self.setLabelText(f"{self.tr(LABEL)}\n{runners}")


def build_demo_clinic(path: Path) -> bool:
    """Create the demo clinic at `path` off the GUI thread, showing progress; returns whether
    it was made now. Raises what `create_demo_clinic` raised (a StoreError)."""
    from kneedesk.services.demo import create_demo_clinic

    dialog = DemoProgressDialog()
    dialog.hide()  # QProgressDialog shows itself after a while; it is shown below instead
    loop = QEventLoop()
    outcome: dict[str, object] = {}

    def finished(result: object) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(exc: Exception) -> None:
        outcome["error"] = exc
        loop.quit()

    def build(control: JobControl) -> bool:
        return create_demo_clinic(path, on_runner=lambda done, total: control.report((done, total)))

    def advanced(step: tuple[int, int]) -> None:
        dialog.advance(*step)

    job = start_job(build, finished, failed, on_progress=advanced)
    QTimer.singleShot(SHOW_AFTER_MS, lambda: None if job.done else dialog.show())
    if not job.done:
        loop.exec()
    dialog.close()
    dialog.deleteLater()
    error = outcome.get("error")
    if isinstance(error, Exception):
        raise error
    return bool(outcome.get("result"))
