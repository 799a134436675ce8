"""The stills of a visit: keep one, change it, compare it with an earlier visit's, find its
original video again (no Qt).

The screen keeps a still on a filmed item (`core.stills.FILMED_ITEMS`) in the name of the
clinician signed in; the store refuses it without the patient's consent to be filmed and on
a signed visit. A comparison pairs a still with the newest earlier still of the same item,
side and view of the same patient, angle by angle, always with the camera caution: a 2-D
angle is only comparable between stills taken the same way. The original video is never
copied into the database; `locate_original` looks for it in the clinic's media folder by
its SHA-256 (it may have been renamed or moved into a subfolder).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kneedesk.core.angles import ANGLES, CAMERA_CAUTION, View
from kneedesk.core.i18n import N_, _
from kneedesk.core.stills import AngleMark, Still
from kneedesk.store.store import Store


def keep_still(store: Store, visit_id: int, still: Still, clinician_id: int) -> Still:
    """Store a still on a draft visit (refused without consent or on a signed visit)."""
    return store.stills.add(visit_id, still, clinician_id)


def set_consent(store: Store, visit_id: int, given: bool, clinician_id: int) -> None:
    """Record whether the patient agreed to be filmed at this visit (audited by the store)."""
    store.stills.set_consent(visit_id, given, clinician_id)


def has_consent(store: Store, visit_id: int) -> bool:
    """Whether the patient agreed to be filmed at this visit."""
    return bool(store.stills.consent(visit_id))


def change_marks(store: Store, uid: str, marks: Sequence[AngleMark], clinician_id: int) -> None:
    """Keep the angles as the clinician placed them."""
    store.stills.update_marks(uid, tuple(marks), clinician_id)


def change_view(store: Store, uid: str, view: View, clinician_id: int) -> None:
    """Keep where the camera was (it turns the signs of the angles)."""
    store.stills.update_view(uid, view, clinician_id)


def change_printing(
    store: Store, uid: str, *, on_handout: bool, hide_face: bool, clinician_id: int
) -> None:
    """Whether the still is printed on the handout, and with the face hidden."""
    store.stills.update_printing(
        uid, on_handout=on_handout, hide_face=hide_face, actor_id=clinician_id
    )


def change_note(store: Store, uid: str, note: str, clinician_id: int) -> None:
    """The clinician's note under the still."""
    store.stills.update_note(uid, note, clinician_id)


def remove_still(store: Store, uid: str, clinician_id: int) -> None:
    """Remove a still from a draft visit."""
    store.stills.delete(uid, clinician_id)


def whole_degrees(value: float) -> int:
    """An angle as shown: whole degrees, halves away from zero (-4.5 -> -5, 4.5 -> 5)."""
    magnitude = int(abs(value) + 0.5)
    return -magnitude if value < 0 else magnitude


def degrees_text(value: int) -> str:
    """Whole degrees with a true minus sign: "14°", "−3°"."""
    return f"−{-value}°" if value < 0 else f"{value}°"


def marks_text(still: Still) -> str:
    """The still's measured angles as a line: "FPPA 14° · Pelvic drop 6°" ("" for none)."""
    return " · ".join(
        f"{ANGLES[angle_id].short} {degrees_text(whole_degrees(value))}"
        for angle_id, value in still.angles().items()
    )


@dataclass(frozen=True)
class AngleChange:
    """One angle measured on both stills, in whole degrees as shown."""

    angle_id: str
    then: int
    now: int

    @property
    def difference(self) -> int:
        return self.now - self.then

    @property
    def label(self) -> str:
        return ANGLES[self.angle_id].short

    @property
    def text(self) -> str:
        """ "FPPA 19° → 14° (−5°)"; a rise carries its plus sign: "(+3°)"."""
        change = self.difference
        shown = f"+{change}°" if change > 0 else degrees_text(change)
        return f"{self.label} {degrees_text(self.then)} → {degrees_text(self.now)} ({shown})"


@dataclass(frozen=True)
class Comparison:
    """A still beside the newest earlier still of the same item, side and view."""

    today: Still
    today_date: str
    earlier: Still
    earlier_visit_id: int
    earlier_date: str
    changes: tuple[AngleChange, ...]
    caution: str = CAMERA_CAUTION


# Marked with N_: show it as `_(NO_EARLIER)`.
NO_EARLIER = N_(
    "There is no still of the same test, side and camera view at an earlier signed visit of "
    "this patient."
)


def comparison(store: Store, visit_id: int, still: Still) -> Comparison | None:
    """The still against the newest earlier one of the same item, side and view, or None.

    Only signed visits count, as on the handout (`services/report_stills.py`): a draft's
    still may still change or go. Each angle measured on both is given then, now and the
    difference, in the order the earlier still measured them; an angle measured on one of
    the two only is left out.
    """
    visit = store.visits.get(visit_id)
    found = [
        entry
        for entry in store.stills.earlier(
            visit.patient_id, visit_id, still.item_id, still.side, still.view
        )
        if store.visits.get(entry[0]).signed
    ]
    if not found:
        return None
    earlier_visit, earlier_date, earlier = found[0]
    now = still.angles()
    changes = tuple(
        AngleChange(angle_id, whole_degrees(value), whole_degrees(now[angle_id]))
        for angle_id, value in earlier.angles().items()
        if angle_id in now
    )
    return Comparison(
        today=still,
        today_date=visit.visit_date,
        earlier=earlier,
        earlier_visit_id=earlier_visit,
        earlier_date=earlier_date,
        changes=changes,
        caution=_(CAMERA_CAUTION),
    )


def moved_message(still: Still) -> str:
    """What to say when the original is not in the media folder any more."""
    if still.source.kind == "video":
        message = _(
            "The original video ({file_name}) is not in the media folder any more; the still "
            "is kept in KneeDesk."
        )
    else:
        message = _(
            "The original photo ({file_name}) is not in the media folder any more; the still "
            "is kept in KneeDesk."
        )
    return message.format(file_name=still.source.file_name)


def locate_original(media_folder: str | Path | None, still: Still) -> Path | None:
    """The still's original file in the clinic's media folder (by its SHA-256), or None.

    Only reads: the file is looked for under its own name first, then among the other
    videos and photos of the folder and its subfolders. None when no folder is set, the
    folder is gone, or no file there has the original's content (`moved_message` says so).
    """
    if not media_folder:
        return None
    folder = Path(media_folder)
    if not folder.is_dir():
        return None
    from kneedesk.media import find_by_hash  # PyAV and numpy: loaded when first needed

    return find_by_hash(folder, still.source.sha256, still.source.file_name)
