"""The wizard's stills keeper on top of the store: each change stored at once, in the name
of the clinician signed in (see `gui.screen.still_hub.StillKeeper`)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from kneedesk.core.angles import View
from kneedesk.core.stills import AngleMark, Still
from kneedesk.services import stills as service
from kneedesk.services.stills import Comparison
from kneedesk.store.errors import StoreError
from kneedesk.store.store import Store


class StoreStills:
    """The stills of one visit; on a signed visit only read."""

    def __init__(self, store: Store, visit_id: int, read_only: bool) -> None:
        self._store = store
        self._visit_id = visit_id
        self._read_only = read_only
        # Read once for all the strips of the visit (each still holds its JPEG); every
        # change through here reads them again.
        self._kept: list[Still] | None = None

    @property
    def read_only(self) -> bool:
        return self._read_only

    def _me(self) -> int:
        me = self._store.current
        if me is None:
            raise StoreError(
                QCoreApplication.translate("StoreStills", "Nobody is signed in."),
                QCoreApplication.translate("StoreStills", "Log in again; nothing was changed."),
            )
        return me.id

    def consent(self) -> bool:
        return service.has_consent(self._store, self._visit_id)

    def set_consent(self, given: bool) -> None:
        service.set_consent(self._store, self._visit_id, given, self._me())

    def stills(self, item_id: str, side: str) -> list[Still]:
        if self._kept is None:
            self._kept = self._store.stills.for_visit(self._visit_id)
        return [s for s in self._kept if s.item_id == item_id and s.side == side]

    def keep(self, still: Still) -> Still:
        self._kept = None
        return service.keep_still(self._store, self._visit_id, still, self._me())

    def change_measure(self, uid: str, marks: Sequence[AngleMark], view: View) -> None:
        self._kept = None
        me = self._me()
        before = self._store.stills.get(uid)
        if before is None or before.view != view:
            service.change_view(self._store, uid, view, me)
        if before is None or before.marks != tuple(marks):
            service.change_marks(self._store, uid, marks, me)

    def change_printing(self, uid: str, on_handout: bool, hide_face: bool) -> None:
        self._kept = None
        service.change_printing(
            self._store, uid, on_handout=on_handout, hide_face=hide_face, clinician_id=self._me()
        )

    def change_note(self, uid: str, note: str) -> None:
        self._kept = None
        service.change_note(self._store, uid, note, self._me())

    def remove(self, uid: str) -> None:
        self._kept = None
        service.remove_still(self._store, uid, self._me())

    def compare(self, still: Still) -> Comparison | None:
        return service.comparison(self._store, self._visit_id, still)

    def media_folder(self) -> str:
        return self._store.settings.read().media_folder
