"""Video stills in the printed reports: the handout prints only the stills the clinician chose,
each with its angles in plain words and the last visit's numbers; the clinician summary lists
every kept still with every angle, the change, the camera caution and ALTERED where the image
no longer matches; a visit without printed stills prints exactly as before."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pdf_helpers import CLINIC, doc, normalise, pages_text, text_of
from pypdf import PdfReader
from still_pictures import altered, running_still, squat_still

from kneedesk.core.angles import CAMERA_CAUTION
from kneedesk.report.documents import handout_data
from kneedesk.report.handout import render_handout
from kneedesk.report.handout_text import SECTION_STILLS
from kneedesk.report.model import EarlierStill, HandoutData, ReportStill
from kneedesk.report.still_figure import StillFigure, fit
from kneedesk.report.summary import render_summary


@pytest.fixture(scope="module")
def plain() -> HandoutData:
    """The v2 follow-up visit, with its first visit before it, and no stills."""
    return handout_data(
        doc("example-v2-followup.json"), [doc("example-visit-v2.json")], clinic=CLINIC
    )


@pytest.fixture(scope="module")
def with_stills(plain: HandoutData) -> HandoutData:
    """Today's squat (FPPA 14.2) beside last visit's (18.9), a running still, and a
    step-down still kept but not printed, whose image was changed after it was kept."""
    last = plain.earlier_visits[-1].date
    return replace(
        plain,
        stills=(
            ReportStill(
                squat_still(14.2, 6.0, 8.0, uid="a"),
                EarlierStill(last, squat_still(18.9, 7.5, 10.0, uid="b")),
            ),
            ReportStill(running_still(9.0, 18.0, uid="c")),
            ReportStill(
                altered(squat_still(5, 2, 3, uid="d", item_id="hip.step_down", on_handout=False))
            ),
        ),
    )


@pytest.fixture(scope="module")
def handout(with_stills: HandoutData) -> str:
    return text_of(render_handout(with_stills))


@pytest.fixture(scope="module")
def summary(with_stills: HandoutData) -> str:
    return text_of(render_summary(with_stills))


def test_handout_prints_the_chosen_stills_in_plain_words(handout: str) -> None:
    assert SECTION_STILLS in handout
    assert (
        "In the single-leg squat your right knee moved 14 degrees inward (toward the other "
        "knee) from the line between hip and ankle; at your last visit it was 19 degrees."
    ) in handout
    assert (
        "In the single-leg squat your pelvis dipped 6 degrees on the left side while you "
        "stood on your right leg; at your last visit it was 8 degrees."
    ) in handout  # 7.5 rounds to 8
    assert "When you ran your right foot landed 9 degrees ahead of your knee." in handout
    assert "When you ran your right knee was bent 18 degrees as your foot touched down." in handout


def test_handout_labels_the_pair_with_their_dates(with_stills: HandoutData, handout: str) -> None:
    assert "Last visit, 5 December 2026" in handout
    assert "Today, 26 December 2026" in handout


def test_handout_leaves_out_a_still_not_chosen_for_it(handout: str) -> None:
    assert "In the step-down" not in handout
    assert "moved 5 degrees" not in handout


def test_handout_draws_each_printed_picture(plain: HandoutData, with_stills: HandoutData) -> None:
    def images(data: HandoutData) -> int:
        reader = PdfReader(io.BytesIO(render_handout(data)))
        return sum(len(page.images) for page in reader.pages)

    assert images(with_stills) - images(plain) == 3  # last visit's, today's, the running one


def test_summary_lists_every_still_with_every_angle(summary: str) -> None:
    assert "Video stills" in summary
    assert "3 kept, 2 on the handout" in summary
    assert "FPPA 14.2°; last visit 18.9° on 2026-12-05: -4.7°" in summary
    assert "Pelvic drop 6.0°; last visit 7.5° on 2026-12-05: -1.5°" in summary
    assert "Trunk lean 8.0°; last visit 10.0° on 2026-12-05: -2.0°" in summary
    assert normalise(CAMERA_CAUTION) in summary
    assert "Shank angle 9.0°" in summary
    assert "Knee flexion 18.0°" in summary
    assert "frame 131 of 480 at 240 fps, run_side.MOV" in summary


def test_summary_shows_the_unprinted_altered_still(summary: str) -> None:
    assert "Step-down (hip.step_down) · right · front view ALTERED" in summary
    assert "on the handout: no" in summary
    assert "ALTERED: the image no longer matches the digest kept when it was taken" in summary
    assert summary.count("ALTERED") == 2  # the heading and the note, for that still only


def test_summary_without_a_comparable_earlier_still_has_no_caution(plain: HandoutData) -> None:
    last = plain.earlier_visits[-1].date
    other_view = replace(squat_still(18.9, uid="b"), side="left")
    data = replace(
        plain, stills=(ReportStill(squat_still(uid="a"), EarlierStill(last, other_view)),)
    )
    text = text_of(render_summary(data))
    assert "FPPA 14.0°" in text
    assert "last visit" not in text.split("Video stills")[1].split("Findings")[0]
    assert normalise(CAMERA_CAUTION) not in text


def test_no_printed_still_prints_the_handout_as_before(
    plain: HandoutData, with_stills: HandoutData
) -> None:
    unprinted = tuple(
        replace(item, still=replace(item.still, on_handout=False)) for item in with_stills.stills
    )
    assert render_handout(replace(plain, stills=unprinted)) == render_handout(plain)


def test_no_still_prints_the_summary_as_before(plain: HandoutData) -> None:
    before = render_summary(plain)
    assert "Video stills" not in text_of(before)
    assert len(pages_text(before)) == len(pages_text(render_summary(replace(plain, stills=()))))


def test_a_picture_keeps_its_shape() -> None:
    portrait, landscape = squat_still(), running_still()
    for still in (portrait, landscape):
        size = fit(still, 200, 150)
        assert size.width <= 200
        assert size.height <= 150
        assert size.width / size.height == pytest.approx(still.width / still.height)
    figure = StillFigure(portrait, 200, 150)
    assert figure.wrap(500, 500) == pytest.approx((150 * 1200 / 1600, 150))


def test_the_handout_gives_sizes_and_the_summary_signs(plain: HandoutData) -> None:
    outward = squat_still(-3.2, 0.3, -4.1, uid="n", item_id="hip.step_down")
    data = replace(plain, stills=(ReportStill(outward),))
    handout, summary = text_of(render_handout(data)), text_of(render_summary(data))
    assert "your right knee moved 3 degrees outward (away from the other knee)" in handout
    assert "-3°" not in handout  # the picture shows the size; the sentence says which way
    assert "FPPA -3.2°" in summary


def test_a_still_whose_image_cannot_be_read_still_prints_the_summary(plain: HandoutData) -> None:
    broken = replace(squat_still(uid="x"), jpeg=b"not a jpeg any more")
    text = text_of(render_summary(replace(plain, stills=(ReportStill(broken),))))
    assert "Image cannot be read" in text
    assert "ALTERED" in text
    assert "FPPA 14.0°" in text
