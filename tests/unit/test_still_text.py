"""The words printed for a still's angles: the patient's sentence per angle and sign, with
whole degrees and the earlier visit's number, and the clinician's line with the change.

Points are placed so the angles can be checked by hand: a knee 25 px to the side of a
200 px hip-ankle line gives an FPPA of 2 x atan(25/100) = 28.07 degrees.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from test_patient_wording import banned

from kneedesk.core.angles import CAMERA_CAUTION, Point, View
from kneedesk.core.still_text import (
    clinician_line,
    clinician_lines,
    compares,
    degrees,
    patient_sentence,
    patient_sentences,
)
from kneedesk.core.stills import AngleMark, Still, StillSource

SOURCE = StillSource("video", "IMG_0412.MOV", "a" * 64, 212, 240.0, 480)


def still(
    *marks: tuple[str, tuple[tuple[float, float], ...]],
    item: str = "hip.single_leg_squat",
    side: str = "right",
    view: View = View.FRONT,
) -> Still:
    return Still(
        uid="u",
        item_id=item,
        side=side,  # type: ignore[arg-type]
        view=view,
        jpeg=b"",
        width=400,
        height=400,
        source=SOURCE,
        marks=tuple(AngleMark(a, tuple(Point(x, y) for x, y in pts)) for a, pts in marks),
    )


def fppa(knee_x: float, **kw: object) -> Still:
    return still(("angle.fppa", ((100, 0), (knee_x, 100), (100, 200))), **kw)  # type: ignore[arg-type]


def one(s: Still) -> str:
    (sentence,) = patient_sentences(s)
    return sentence


def test_degrees_are_whole_and_one_is_singular() -> None:
    assert degrees(14.2) == "14 degrees"
    assert degrees(-18.6) == "19 degrees"
    assert degrees(1.2) == "1 degree"
    assert degrees(0.6) == "1 degree"


def test_fppa_inward_outward_and_in_line() -> None:
    assert one(fppa(125)) == (
        "In the single-leg squat your right knee moved 28 degrees inward (toward the other "
        "knee) from the line between hip and ankle."
    )
    assert "moved 28 degrees outward (away from the other knee)" in one(fppa(75))
    assert one(fppa(100.5)).endswith("your right knee stayed in line with your hip and ankle.")
    assert "moved 1 degree inward" in one(fppa(101))  # 2 x atan(0.01) = 1.15


def test_fppa_sign_follows_the_leg_and_the_camera() -> None:
    # The left leg seen from the front: its inner side is toward the image's left.
    assert "your left knee moved 28 degrees outward" in one(fppa(125, side="left"))
    # From behind, left and right swap back.
    assert "your left knee moved 28 degrees inward" in one(fppa(125, side="left", view=View.BACK))


def test_pelvic_drop_names_the_side_that_dipped_and_the_leg_stood_on() -> None:
    # Standing on the right leg, the left PSIS 10 px lower over 100 px: atan(0.1) = 5.7.
    dipped = still(("angle.pelvic_drop", ((200, 110), (100, 100))))
    assert one(dipped) == (
        "In the single-leg squat your pelvis dipped 6 degrees on the left side while you "
        "stood on your right leg."
    )
    rose = still(("angle.pelvic_drop", ((200, 90), (100, 100))))
    assert "your pelvis rose 6 degrees on the left side" in one(rose)
    level = still(("angle.pelvic_drop", ((200, 100.5), (100, 100))))
    assert "your pelvis stayed level while you stood on your right leg" in one(level)
    running = still(("angle.pelvic_drop", ((200, 110), (100, 100))), item="running.pelvic_drop")
    assert one(running) == (
        "When you ran your pelvis dipped 6 degrees on the left side while your right foot "
        "was on the ground."
    )


def test_trunk_lean_toward_the_stance_leg_or_forward() -> None:
    # C7 14 px toward the stance side over 100 px: atan(0.14) = 7.97.
    toward = still(("angle.trunk_lean", ((100, 200), (86, 100))))
    assert "your upper body leaned 8 degrees toward your right leg" in one(toward)
    away = still(("angle.trunk_lean", ((100, 200), (114, 100))))
    assert "your upper body leaned 8 degrees away from your right leg" in one(away)
    forward = still(
        ("angle.trunk_lean", ((100, 200), (114, 100))),
        item="running.trunk_lean",
        view=View.SIDE_FACING_RIGHT,
    )
    assert one(forward) == "When you ran your upper body leaned 8 degrees forward."
    back = replace(forward, view=View.SIDE_FACING_LEFT)
    assert "leaned 8 degrees backward" in one(back)
    upright = still(("angle.trunk_lean", ((100, 200), (100.5, 100))))
    assert "your upper body stayed upright" in one(upright)


def test_shank_ahead_behind_or_under_the_knee() -> None:
    kw = {"item": "running.overstride", "view": View.SIDE_FACING_RIGHT}
    ahead = still(("angle.shank_ic", ((100, 100), (116, 200))), **kw)  # type: ignore[arg-type]
    assert one(ahead) == "When you ran your right foot landed 9 degrees ahead of your knee."
    behind = still(("angle.shank_ic", ((100, 100), (90, 200))), **kw)  # type: ignore[arg-type]
    assert "your right foot landed 6 degrees behind your knee" in one(behind)
    under = still(("angle.shank_ic", ((100, 100), (100.5, 200))), **kw)  # type: ignore[arg-type]
    assert "your right foot landed under your knee" in one(under)


def test_knee_flexion_at_touch_down() -> None:
    # The shin 18 degrees off the thigh's line: atan(32.5/100) = 18.0.
    bent = still(
        ("angle.knee_flexion_ic", ((100, 0), (100, 100), (132.5, 200))),
        item="running.foot_strike",
        view=View.SIDE_FACING_RIGHT,
    )
    assert one(bent) == (
        "When you ran your right knee was bent 18 degrees as your foot touched down."
    )


def test_the_earlier_number_is_given_only_for_the_same_test_side_and_view() -> None:
    today, before = fppa(125), fppa(130)  # 28.07 and 2 x atan(0.3) = 33.40
    (sentence,) = patient_sentences(today, before)
    assert sentence.endswith("; at your last visit it was 33 degrees.")
    for other in (
        replace(before, view=View.BACK),
        replace(before, side="left"),
        replace(before, item_id="hip.step_down"),
    ):
        assert patient_sentences(today, other) == [one(today)]


def test_an_earlier_angle_the_other_way_keeps_its_direction() -> None:
    (sentence,) = patient_sentences(fppa(125), fppa(90), "at your visit on 3 October 2026")
    assert sentence.endswith(
        "; at your visit on 3 October 2026 it moved 11 degrees outward (away from the other "
        "knee) from the line between hip and ankle."
    )  # 2 x atan(0.1) = 11.4


def test_an_angle_not_measured_earlier_gets_no_comparison() -> None:
    pelvis = still(("angle.pelvic_drop", ((200, 110), (100, 100))))
    assert patient_sentence(pelvis, "angle.pelvic_drop", 5.7) == one(pelvis)
    assert patient_sentences(pelvis, fppa(125)) == [one(pelvis)]


def test_the_sentences_keep_to_the_patient_wording_rules() -> None:
    stills = [
        fppa(125),
        fppa(75),
        fppa(100.2),
        still(("angle.pelvic_drop", ((200, 110), (100, 100)))),
        still(("angle.trunk_lean", ((100, 200), (86, 100)))),
    ]
    for s in stills:
        for sentence in patient_sentences(s, fppa(90)) + patient_sentences(s, fppa(130)):
            assert not banned(sentence), sentence


def test_clinician_line_with_the_source_and_the_change() -> None:
    line = clinician_line(fppa(125), "angle.fppa", 28.072, (date(2026, 10, 3), fppa(130)))
    assert line == (
        "FPPA 28.1° (right, front view, frame 212 of 480 at 240 fps, IMG_0412.MOV); "
        f"last visit 33.4° on 2026-10-03: -5.3°. {CAMERA_CAUTION}."
    )


def test_clinician_line_without_a_comparable_still_has_no_change_nor_caution() -> None:
    alone = "FPPA 28.1° (right, front view, frame 212 of 480 at 240 fps, IMG_0412.MOV)"
    assert clinician_lines(fppa(125)) == [alone]
    other_view = (date(2026, 10, 3), replace(fppa(130), view=View.BACK))
    assert clinician_lines(fppa(125), other_view) == [alone]
    assert not compares(fppa(125), other_view)
    assert compares(fppa(125), (date(2026, 10, 3), fppa(130)))


def test_clinician_line_can_leave_the_caution_to_the_caller() -> None:
    lines = clinician_lines(fppa(125), (date(2026, 10, 3), fppa(130)), caution=False)
    assert lines == [
        "FPPA 28.1° (right, front view, frame 212 of 480 at 240 fps, IMG_0412.MOV); "
        "last visit 33.4° on 2026-10-03: -5.3°"
    ]


@pytest.mark.parametrize(
    ("source", "words"),
    [
        (StillSource("photo", "knee.jpg", "b" * 64, 0, None, 1), "photo, knee.jpg"),
        (StillSource("video", "a.mp4", "b" * 64, 5, 29.97, 90), "frame 5 of 90 at 29.97 fps"),
        (StillSource("video", "a.mp4", "b" * 64, 5, None, 90), "frame 5 of 90, a.mp4"),
    ],
)
def test_source_of_a_photo_or_a_video(source: StillSource, words: str) -> None:
    assert words in clinician_lines(replace(fppa(125), source=source))[0]
