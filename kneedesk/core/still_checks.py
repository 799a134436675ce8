"""What makes a still storable: shared by the store and the visit-document checker.

The clinic database enforces the same limits in its schema (`visit_stills`), so a still
these checks accept is one the store accepts, and a document the checker accepts imports.
"""

from __future__ import annotations

from kneedesk.core.angles import View
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
        return f"the image is {len(jpeg):,} bytes; at most {MAX_STILL_BYTES:,} are kept"
    if len(jpeg) < 4 or not jpeg.startswith(JPEG_MAGIC):
        return "the image is not a JPEG"
    return None


def size_problem(width: object, height: object) -> str | None:
    """Why this is not the pixel size of a kept still, or None."""
    for value in (width, height):
        if not isinstance(value, int) or isinstance(value, bool):
            return "width and height must be whole numbers of pixels"
        if not 1 <= value <= MAX_STILL_SIDE:
            return f"width and height must be 1 to {MAX_STILL_SIDE} pixels, not {value}"
    return None


def note_problem(note: object) -> str | None:
    """Why this cannot be a still's note, or None."""
    if not isinstance(note, str):
        return "the note must be text"
    if len(note) > NOTE_MAX:
        return f"the note is {len(note)} characters; at most {NOTE_MAX}"
    if has_surrogate(note):
        return "the note has a lone surrogate (not valid Unicode)"
    return None


def still_problems(still: Still) -> list[tuple[str, str]]:
    """Each problem with a still as (field, message); empty when it can be kept.

    An empty `uid` or `image_sha256` is allowed (the store fills them in); a given
    `image_sha256` must be the SHA-256 of the image.
    """
    problems: list[tuple[str, str]] = []
    if still.uid and (len(still.uid) > UID_MAX or not still.uid.strip()):
        problems.append(("uid", f"must be 1 to {UID_MAX} characters"))
    if still.side not in SIDES:
        problems.append(("side", f"must be left or right, not {still.side!r}"))
    if still.view not in VIEWS:
        problems.append(("view", f"must be one of {', '.join(VIEWS)}, not {still.view!r}"))
    image = image_problem(still.jpeg)
    if image:
        problems.append(("image", image))
    elif still.image_sha256 and image_digest(still.jpeg) != still.image_sha256:
        problems.append(("image_sha256", "the image does not match its image_sha256"))
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
