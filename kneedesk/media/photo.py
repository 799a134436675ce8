"""A photo (JPEG, PNG, ...) as a one-frame `MediaSource`, turned upright by its EXIF tag."""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

from kneedesk.media import errors
from kneedesk.media.source import Frame, MediaInfo, MediaSource

PHOTO_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".jpe", ".jfif"})


class PhotoSource(MediaSource):
    """A photo, decoded once at open (it is one frame)."""

    def __init__(self, path: Path, stat: os.stat_result) -> None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(path) as image:
                    codec = (image.format or "image").lower()
                    upright = ImageOps.exif_transpose(image).convert("RGB")
        except FileNotFoundError:
            raise errors.missing(path) from None
        except UnidentifiedImageError:
            raise errors.not_media(path) from None
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise errors.too_large(path, stat.st_size) from None
        except (OSError, SyntaxError, ValueError) as exc:  # truncated or damaged data
            raise errors.unreadable(path, str(exc)) from exc
        rgb = np.array(upright, dtype=np.uint8, order="C")
        rgb.flags.writeable = False  # the same pixels are handed out by every frame(0)
        height, width = rgb.shape[:2]
        self._frame = Frame(0, 0.0, width, height, rgb)
        info = MediaInfo(
            path=path,
            name=path.name,
            kind="photo",
            width=width,
            height=height,
            frame_count=1,
            frame_rate=None,
            duration_s=None,
            codec=codec,
            size_bytes=stat.st_size,
        )
        super().__init__(info, stat)

    def frame(self, index: int) -> Frame:
        self._check_index(index)
        self._check_unchanged()
        return self._frame

    def close(self) -> None:
        pass
