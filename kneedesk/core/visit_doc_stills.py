"""The stills of a visit document, and the patient's consent to filming, read and written.

A document may hold a `stills` array: each still's JPEG in base64 with its SHA-256, size,
points, source and printing choices (see docs/visit-format.md). Every problem is noted
with where it is, like every other field of a document.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from kneedesk.core.angles import View
from kneedesk.core.protocol import Protocol
from kneedesk.core.still_checks import (
    SIDES,
    UID_MAX,
    VIEWS,
    image_problem,
    note_problem,
    size_problem,
)
from kneedesk.core.stills import (
    MAX_STILL_BYTES,
    AngleMark,
    Still,
    StillFormatError,
    image_digest,
    marks_from_json,
    marks_to_json,
    source_from_json,
    source_to_json,
)
from kneedesk.core.value_checks import show_json
from kneedesk.core.visit_doc_reader import DocReader, suggest

STILL_KEYS = (
    "uid", "item", "side", "view", "image", "image_sha256", "width", "height", "marks",
    "source", "on_handout", "hide_face", "note", "created_at",
)  # fmt: skip
_OPTIONAL = ("on_handout", "hide_face", "note", "created_at")
_TIME_MAX = 40
# base64 takes 4 characters for every 3 bytes: a longer text holds too large an image and
# is refused before it is decoded.
_BASE64_MAX = (MAX_STILL_BYTES + 2) // 3 * 4


def still_to_json(still: Still) -> dict[str, Any]:
    """One still as a visit document holds it."""
    return {
        "uid": still.uid,
        "item": still.item_id,
        "side": still.side,
        "view": str(still.view),
        "image": base64.b64encode(still.jpeg).decode("ascii"),
        "image_sha256": still.image_sha256 or image_digest(still.jpeg),
        "width": still.width,
        "height": still.height,
        "marks": marks_to_json(still.marks),
        "source": source_to_json(still.source),
        "on_handout": still.on_handout,
        "hide_face": still.hide_face,
        "note": still.note,
        "created_at": still.created_at,
    }


def read_consent(reader: DocReader, visit: Mapping[str, Any]) -> str | None:
    """`visit.filming_consent`: when the patient agreed to be filmed (ISO time), or None."""
    value = visit.get("filming_consent")
    if value is None:
        return None
    if not _is_time(value):
        reader.add(
            "visit.filming_consent",
            f"must be the date and time consent was given (ISO 8601) or null, not "
            f"{show_json(value)}",
        )
        return None
    return str(value)


def read_stills(
    reader: DocReader, raw: Any, protocol: Protocol | None, consent: str | None
) -> tuple[Still, ...]:
    """The document's `stills` (absent or null: none), each checked."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        reader.add("stills", f"must be an array of stills, not {show_json(raw)}")
        return ()
    if raw and consent is None:
        reader.add(
            "visit.filming_consent",
            "the document keeps stills of the patient, so it must say when the patient agreed "
            "to be filmed",
        )
    stills = []
    seen: set[str] = set()
    for index, entry in enumerate(raw):
        still = _read_still(reader, f"stills[{index + 1}]", entry, protocol)
        if still is None:
            continue
        if still.uid in seen:
            reader.add(f"stills[{index + 1}].uid", f"{still.uid!r} is used by another still")
        seen.add(still.uid)
        stills.append(still)
    return tuple(stills)


def _read_still(
    reader: DocReader, where: str, entry: Any, protocol: Protocol | None
) -> Still | None:
    if not isinstance(entry, Mapping):
        reader.add(where, f"must be an object with {', '.join(STILL_KEYS)}, not {show_json(entry)}")
        return None
    before = len(reader.problems)
    for extra in sorted(str(k) for k in entry.keys() - set(STILL_KEYS)):
        reader.add(f"{where}.{extra}", f"unknown field{suggest(extra, STILL_KEYS)}")
    for key in STILL_KEYS:
        if key not in entry and key not in _OPTIONAL:
            reader.add(f"{where}.{key}", "is missing")
    uid = entry.get("uid")
    if "uid" in entry and (not isinstance(uid, str) or not 1 <= len(uid.strip()) <= UID_MAX):
        reader.add(f"{where}.uid", f"must be text of 1 to {UID_MAX} characters")
    item = entry.get("item")
    if "item" in entry and not (isinstance(item, str) and item):
        reader.add(f"{where}.item", f"must be an item id, not {show_json(item)}")
    elif protocol is not None and isinstance(item, str) and protocol.get(item) is None:
        ids = [i.id for i in protocol.items()]
        reader.add(f"{where}.item", f"unknown item id{reader.suggest(item, ids)}")
    side = entry.get("side")
    if "side" in entry and side not in SIDES:
        reader.add(f"{where}.side", f"must be left or right, not {show_json(side)}")
    view = entry.get("view")
    if "view" in entry and view not in VIEWS:
        reader.add(f"{where}.view", f"must be one of {', '.join(VIEWS)}, not {show_json(view)}")
    jpeg = _image(reader, where, entry)
    width, height = entry.get("width"), entry.get("height")
    size = size_problem(width, height) if "width" in entry and "height" in entry else None
    if size:
        reader.add(f"{where}.width", size)
    marks: tuple[AngleMark, ...] = ()
    if "marks" in entry and not size and isinstance(width, int) and isinstance(height, int):
        try:
            marks = marks_from_json(entry["marks"], width, height)
        except StillFormatError as exc:
            reader.add(f"{where}.marks", str(exc))
    source = None
    if "source" in entry:
        try:
            source = source_from_json(entry["source"])
        except StillFormatError as exc:
            reader.add(f"{where}.source", str(exc))
    for flag in ("on_handout", "hide_face"):
        if flag in entry and not isinstance(entry[flag], bool):
            reader.add(f"{where}.{flag}", f"must be true or false, not {show_json(entry[flag])}")
    note = entry.get("note", "")
    if problem := note_problem(note):
        reader.add(f"{where}.note", problem)
    created = entry.get("created_at", "")
    if created != "" and not _is_time(created):
        reader.add(f"{where}.created_at", f"must be an ISO 8601 time, not {show_json(created)}")
    if len(reader.problems) > before or jpeg is None or source is None:
        return None
    return Still(
        uid=str(uid).strip(),
        item_id=str(item),
        side="left" if side == "left" else "right",
        view=View(str(view)),
        jpeg=jpeg,
        width=int(width),  # type: ignore[arg-type]
        height=int(height),  # type: ignore[arg-type]
        source=source,
        marks=marks,
        on_handout=bool(entry.get("on_handout", False)),
        hide_face=bool(entry.get("hide_face", True)),
        note=str(note),
        image_sha256=str(entry["image_sha256"]),
        created_at=str(created),
    )


def _image(reader: DocReader, where: str, entry: Mapping[str, Any]) -> bytes | None:
    """The decoded image, checked against its `image_sha256`; None after noting a problem."""
    text, digest = entry.get("image"), entry.get("image_sha256")
    if "image_sha256" in entry and not (
        isinstance(digest, str) and len(digest) == 64 and not digest.strip("0123456789abcdef")
    ):
        reader.add(f"{where}.image_sha256", "must be 64 lower-case hex digits")
        digest = None
    if "image" not in entry:
        return None
    if not isinstance(text, str):
        reader.add(f"{where}.image", f"must be a JPEG in base64, not {show_json(text)}")
        return None
    if len(text) > _BASE64_MAX:
        reader.add(f"{where}.image", f"the image is larger than {MAX_STILL_BYTES:,} bytes")
        return None
    try:
        jpeg = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        reader.add(f"{where}.image", "is not valid base64")
        return None
    if problem := image_problem(jpeg):
        reader.add(f"{where}.image", problem)
        return None
    if isinstance(digest, str) and image_digest(jpeg) != digest:
        reader.add(f"{where}.image", "the image does not match its image_sha256")
        return None
    return jpeg


def _is_time(value: object) -> bool:
    if not isinstance(value, str) or not 1 <= len(value) <= _TIME_MAX:
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True
