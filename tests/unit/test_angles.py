"""The angles of section 13, each worked out by hand from points on a still."""

from __future__ import annotations

import math

import pytest

from kneedesk.core.angles import ANGLES, AngleError, Point, View, angle_degrees

P = Point

# Hip at (100, 0), ankle straight below at (100, 200), knee 20 px off the line at (120, 100):
# the hip-knee-ankle angle is 180 - 2 * atan(20 / 100), so the FPPA is 2 * atan(0.2).
FPPA_20PX = math.degrees(2 * math.atan(0.2))  # 22.62 degrees
KNEE_TO_IMAGE_RIGHT = [P(100, 0), P(120, 100), P(100, 200)]
KNEE_TO_IMAGE_LEFT = [P(100, 0), P(80, 100), P(100, 200)]


def test_fppa_is_180_minus_the_knee_angle() -> None:
    assert angle_degrees("angle.fppa", KNEE_TO_IMAGE_RIGHT, View.FRONT, "right") == (
        pytest.approx(FPPA_20PX, abs=1e-9)
    )
    assert round(FPPA_20PX, 2) == 22.62


@pytest.mark.parametrize(
    ("points", "view", "side", "sign"),
    [
        # Facing the camera the right leg is on the image's left: its medial side (toward
        # the other leg) is the image's right.
        (KNEE_TO_IMAGE_RIGHT, View.FRONT, "right", 1),
        (KNEE_TO_IMAGE_LEFT, View.FRONT, "right", -1),
        (KNEE_TO_IMAGE_LEFT, View.FRONT, "left", 1),
        (KNEE_TO_IMAGE_RIGHT, View.FRONT, "left", -1),
        # From behind, left and right swap.
        (KNEE_TO_IMAGE_RIGHT, View.BACK, "left", 1),
        (KNEE_TO_IMAGE_LEFT, View.BACK, "right", 1),
        (KNEE_TO_IMAGE_RIGHT, View.BACK, "right", -1),
    ],
)
def test_fppa_is_positive_when_the_knee_is_medial(
    points: list[Point], view: View, side: str, sign: int
) -> None:
    value = angle_degrees("angle.fppa", points, view, side)  # type: ignore[arg-type]
    assert value == pytest.approx(sign * FPPA_20PX, abs=1e-9)


def test_a_straight_leg_has_no_fppa() -> None:
    assert angle_degrees("angle.fppa", [P(50, 0), P(50, 50), P(50, 100)], View.FRONT, "left") == 0


def test_pelvic_drop_is_the_swing_side_below_horizontal() -> None:
    # Standing on the left leg, right PSIS 10 px lower over 100 px: atan(0.1) = 5.71 degrees.
    left, right = P(0, 100), P(100, 110)
    assert angle_degrees("angle.pelvic_drop", [left, right], View.BACK, "left") == (
        pytest.approx(math.degrees(math.atan(0.1)), abs=1e-9)
    )
    # Standing on the right leg, the swing (left) side is higher: a negative drop.
    assert angle_degrees("angle.pelvic_drop", [left, right], View.BACK, "right") == (
        pytest.approx(-5.7106, abs=1e-4)
    )


def test_trunk_lean_toward_the_stance_side_and_forward() -> None:
    pelvis, c7_right_on_image = P(100, 300), P(130, 0)  # atan(30 / 300) = 5.71 degrees
    lean = math.degrees(math.atan(0.1))
    # From behind the patient's right is the image's right: leaning over the right leg.
    assert angle_degrees("angle.trunk_lean", [pelvis, c7_right_on_image], View.BACK, "right") == (
        pytest.approx(lean)
    )
    assert angle_degrees("angle.trunk_lean", [pelvis, c7_right_on_image], View.FRONT, "right") == (
        pytest.approx(-lean)
    )
    # Side views: forward is the way the patient faces.
    facing_right = angle_degrees(
        "angle.trunk_lean", [pelvis, c7_right_on_image], View.SIDE_FACING_RIGHT, "left"
    )
    facing_left = angle_degrees(
        "angle.trunk_lean", [pelvis, c7_right_on_image], View.SIDE_FACING_LEFT, "left"
    )
    assert (facing_right, facing_left) == (pytest.approx(lean), pytest.approx(-lean))


def test_shank_angle_is_positive_when_the_ankle_lands_ahead() -> None:
    knee, ankle_ahead = P(200, 100), P(240, 300)  # atan(40 / 200) = 11.31 degrees
    expected = math.degrees(math.atan(0.2))
    assert angle_degrees("angle.shank_ic", [knee, ankle_ahead], View.SIDE_FACING_RIGHT, "left") == (
        pytest.approx(expected)
    )
    assert angle_degrees("angle.shank_ic", [knee, ankle_ahead], View.SIDE_FACING_LEFT, "left") == (
        pytest.approx(-expected)
    )


def test_knee_flexion_is_180_minus_the_angle_at_the_knee() -> None:
    # Thigh straight down, shank turned 30 degrees: the knee is bent 30 degrees.
    shank = (100 * math.sin(math.radians(30)), 100 * math.cos(math.radians(30)))
    points = [P(0, 0), P(0, 100), P(shank[0], 100 + shank[1])]
    assert angle_degrees("angle.knee_flexion_ic", points, View.SIDE_FACING_RIGHT, "right") == (
        pytest.approx(30.0)
    )


def test_points_that_cannot_give_an_angle_are_refused_with_the_reason() -> None:
    with pytest.raises(AngleError, match="needs 3 points"):
        angle_degrees("angle.fppa", [P(0, 0), P(1, 1)], View.FRONT, "left")
    with pytest.raises(AngleError, match="on top of each other"):
        angle_degrees("angle.fppa", [P(0, 0), P(0, 0), P(1, 5)], View.FRONT, "left")


def test_every_angle_names_its_points_and_views() -> None:
    assert set(ANGLES) == {
        "angle.fppa",
        "angle.pelvic_drop",
        "angle.trunk_lean",
        "angle.shank_ic",
        "angle.knee_flexion_ic",
    }
    for kind in ANGLES.values():
        assert kind.points
        assert kind.views
        assert kind.definition
