"""What makes a still storable: shared by the store and the visit-document checker.

The clinic database enforces the same limits in its schema (`visit_stills`), so a still
these checks accept is one the store accepts, and a document the checker accepts imports.
"""

from __future__ import annotations

from kneedesk.core.angles import View
from kneedesk.core.i18n import _
from kneedesk.core.stills import (
    MAX_STILL_BYTES,
    MAX_STILL_SIDE,
    Still,
    StillFormatError,
    image_digest,
    marks_from_json,
    marks_to_json,
    source_from_json,
    source_to_json,
)
from kneedesk.core.text_checks import has_surrogate

NOTE_MAX = 1000
UID_MAX = 100
JPEG_MAGIC = b"\xff\xd8\xff"
SIDES = ("left", "right")
VIEWS = tuple(view.value for view in View)


def image_problem(jpeg: bytes) -> str | None:
    """Why these bytes cannot be a kept still's image, or None."""
    if len(jpeg) > MAX_STILL_BYTES:
        return _("the image is {size} bytes; at most {limit} are kept").format(
            size=f"{len(jpeg):,}", limit=f"{MAX_STILL_BYTES:,}"
        )
    if len(jpeg) < 4 or not jpeg.startswith(JPEG_MAGIC):
        return _("the image is not a JPEG")
    return None


def size_problem(width: object, height: object) -> str | None:
    """Why this is not the pixel size of a kept still, or None."""
    for value in (width, height):
        if not isinstance(value, int) or isinstance(value, bool):
            return _("width and height must be whole numbers of pixels")
        if not 1 <= value <= MAX_STILL_SIDE:
            return _("width and height must be 1 to {limit} pixels, not {value}").format(
                limit=MAX_STILL_SIDE, value=value
            )
    return None


def note_problem(note: object) -> str | None:
    """Why this cannot be a still's note, or None."""
    if not isinstance(note, str):
        return _("the note must be text")
    if len(note) > NOTE_MAX:
        return _("the note is {n} characters; at most {limit}").format(n=len(note), limit=NOTE_MAX)
    if has_surrogate(note):
        return _("the note has a lone surrogate (not valid Unicode)")
    return None


def still_problems(still: Still) -> list[tuple[str, str]]:
    """Each problem with a still as (field, message); empty when it can be kept.

    An empty `uid` or `image_sha256` is allowed (the store fills them in); a given
    `image_sha256` must be the SHA-256 of the image.
    """
    problems: list[tuple[str, str]] = []
    if still.uid and (len(still.uid) > UID_MAX or not still.uid.strip()):
        problems.append(("uid", _("must be 1 to {limit} characters").format(limit=UID_MAX)))
    if still.side not in SIDES:
        problems.append(
            ("side", _("must be left or right, not {value}").format(value=repr(still.side)))
        )
    if still.view not in VIEWS:
        problems.append(
            (
                "view",
                _("must be one of {views}, not {value}").format(
                    views=", ".join(VIEWS), value=repr(still.view)
                ),
            )
        )
    image = image_problem(still.jpeg)
    if image:
        problems.append(("image", image))
    elif still.image_sha256 and image_digest(still.jpeg) != still.image_sha256:
        problems.append(("image_sha256", _("the image does not match its image_sha256")))
    size = size_problem(still.width, still.height)
    if size:
        problems.append(("size", size))
    else:
        try:
            marks_from_json(marks_to_json(still.marks), still.width, still.height)
        except (StillFormatError, KeyError, TypeError, AttributeError) as exc:
            problems.append(("marks", str(exc)))
    try:
        source_from_json(source_to_json(still.source))
    except (StillFormatError, AttributeError) as exc:
        problems.append(("source", str(exc)))
    note = note_problem(still.note)
    if note:
        problems.append(("note", note))
    return problems
