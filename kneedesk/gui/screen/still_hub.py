"""What the screen's stills areas share: the open visit's stills keeper and its consent.

The wizard never touches the store: the application hands it a `StillKeeper` (the visit
page's, on top of `services.stills`), as it hands it an answer sink. A wizard kept for the
next visit (`wizard_pool`) is given the next visit's keeper with `StillHub.set_keeper`, and
every consent tick and still strip shows that visit's again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QObject, Signal

from kneedesk.core.angles import View
from kneedesk.core.stills import AngleMark, Still
from kneedesk.services.stills import Comparison


class StillKeeper(Protocol):
    """The open visit's stills. Each change is stored at once; a refused change raises one of
    `recorder.SINK_ERRORS` with a message to show at the item."""

    @property
    def read_only(self) -> bool:
        """True on a signed visit: stills are shown, nothing is changed."""

    def consent(self) -> bool:
        """Whether the patient agreed to be filmed at this visit."""

    def set_consent(self, given: bool) -> None:
        """Record the tick (audited)."""

    def stills(self, item_id: str, side: str) -> list[Still]:
        """The stills kept for one item and side, oldest first."""

    def keep(self, still: Still) -> Still:
        """Store a new still."""

    def change_measure(self, uid: str, marks: Sequence[AngleMark], view: View) -> None:
        """Keep the angles and the camera's view as edited."""

    def change_printing(self, uid: str, on_handout: bool, hide_face: bool) -> None:
        """Print the still on the handout or not; hide the face or not."""

    def change_note(self, uid: str, note: str) -> None:
        """The note under the still."""

    def remove(self, uid: str) -> None:
        """Remove a still of this draft."""

    def compare(self, still: Still) -> Comparison | None:
        """The still beside the newest earlier one of the same item, side and view."""

    def media_folder(self) -> str:
        """The clinic's media folder ("" when none is set)."""


class StillHub(QObject):
    """Holds the keeper of the visit shown; tells every stills widget when anything changes."""

    keeperChanged = Signal()  # another visit: show its consent and stills
    consentChanged = Signal(bool)
    stillsChanged = Signal(str, str)  # item id, side

    def __init__(self, keeper: StillKeeper | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.generation = 0  # a file opened for an earlier visit is dropped when it arrives

    def set_keeper(self, keeper: StillKeeper | None) -> None:
        self.keeper = keeper
        self.generation += 1
        self.keeperChanged.emit()

    @property
    def read_only(self) -> bool:
        return self.keeper is None or self.keeper.read_only

    def consent(self) -> bool:
        return self.keeper is not None and self.keeper.consent()
