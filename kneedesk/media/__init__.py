"""Phone videos and photos for stills with measured angles (no Qt).

`open_media` opens a video (MP4/MOV, H.264 or HEVC, slow motion included) or a photo
(JPEG/PNG) as a `MediaSource` whose `frame(i)` is exactly the i-th displayed frame, upright.
`encode_still` makes the kept frame's JPEG; `file_sha256` and `find_by_hash` fingerprint the
original and find it again. Every problem with a file is a `MediaError` whose message names
the file and says what to do. A `MediaSource` is used from one thread at a time.
"""

from kneedesk.media.errors import MAX_FILE_BYTES, MediaError, MediaErrorKind
from kneedesk.media.hashing import HashCancelledError, file_sha256, find_by_hash
from kneedesk.media.opening import open_media
from kneedesk.media.source import Frame, MediaInfo, MediaSource
from kneedesk.media.still import StillImage, encode_still

__all__ = [
    "MAX_FILE_BYTES",
    "Frame",
    "HashCancelledError",
    "MediaError",
    "MediaErrorKind",
    "MediaInfo",
    "MediaSource",
    "StillImage",
    "encode_still",
    "file_sha256",
    "find_by_hash",
    "open_media",
]
