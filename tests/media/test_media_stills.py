"""The kept frame's JPEG: at most 1600 px on its long side, under 300 KB, no metadata."""

from __future__ import annotations

import io

import numpy as np
import pytest
from clips import picture
from PIL import Image

from kneedesk.media import Frame, StillImage, encode_still


def frame_of(rgb: np.ndarray) -> Frame:
    height, width = rgb.shape[:2]
    return Frame(0, 0.0, width, height, np.ascontiguousarray(rgb, dtype=np.uint8))


def decoded(still: StillImage) -> Image.Image:
    image = Image.open(io.BytesIO(still.jpeg))
    image.load()
    return image


def test_a_4k_frame_is_scaled_to_1600_on_its_long_side() -> None:
    still = encode_still(frame_of(picture(5, 3840, 2160, [(1920.0, 1080.0)])))
    image = decoded(still)
    assert image.format == "JPEG"
    assert image.size == (still.width, still.height) == (1600, 900)
    assert still.scale == pytest.approx(1600 / 3840)
    assert len(still.jpeg) < 300_000
    # The dot at the frame's centre is at the still's centre: points map by `scale`.
    pixels = np.asarray(image.convert("RGB"))
    assert pixels[450, 800].mean() > 200


def test_a_portrait_4k_frame_is_scaled_on_its_height() -> None:
    still = encode_still(frame_of(picture(0, 2160, 3840)))
    assert (still.width, still.height) == (900, 1600)


def test_a_noisy_4k_frame_still_fits_under_300_kb() -> None:
    noise = np.random.default_rng(15).integers(0, 256, (2160, 3840, 3), dtype=np.uint8)
    still = encode_still(frame_of(noise))
    assert len(still.jpeg) < 300_000
    assert decoded(still).size == (still.width, still.height)
    assert max(still.width, still.height) <= 1600
    assert still.scale == pytest.approx(still.width / 3840, abs=1e-3)


def test_a_small_frame_is_never_enlarged() -> None:
    still = encode_still(frame_of(picture(1, 640, 360)))
    assert (still.width, still.height, still.scale) == (640, 360, 1.0)
    assert decoded(still).size == (640, 360)


def test_the_limits_can_be_chosen() -> None:
    still = encode_still(frame_of(picture(1, 1280, 720)), max_side=320, max_bytes=20_000)
    assert (still.width, still.height) == (320, 180)
    assert len(still.jpeg) < 20_000


def test_the_jpeg_carries_no_metadata() -> None:
    image = decoded(encode_still(frame_of(picture(2, 800, 600))))
    assert not image.getexif()
    assert "icc_profile" not in image.info
    assert "comment" not in image.info
    assert "exif" not in image.info
