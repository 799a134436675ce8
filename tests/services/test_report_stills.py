"""Which earlier still a printed still is compared with: the newest of the same test, side
and camera view at an earlier signed visit, and none when there is no such still."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from kneedesk.core.angles import Point, View
from kneedesk.core.stills import AngleMark, Still, StillSource
from kneedesk.services.report_stills import report_stills

SOURCE = StillSource("video", "IMG_0412.MOV", "a" * 64, 212, 240.0, 480)


def still(uid: str, item: str = "hip.single_leg_squat", view: View = View.FRONT) -> Still:
    mark = AngleMark("angle.fppa", (Point(100, 0), Point(125, 100), Point(100, 200)))
    return Still(uid, item, "right", view, b"", 400, 400, SOURCE, (mark,))


# Newest first, as the store gives them: visit 7 (a draft), 5 and 2 (signed).
KEPT = {
    ("hip.single_leg_squat", "right", View.FRONT): [
        (7, "2026-12-01", still("draft")),
        (5, "2026-10-03", still("october")),
        (2, "2026-08-01", still("august")),
    ],
}


def earlier(item: str, side: str, view: View) -> Sequence[tuple[int, str, Still]]:
    return KEPT.get((item, side, view), [])


def test_the_newest_signed_visit_still_of_the_same_test_side_and_view() -> None:
    (today,) = report_stills([still("today")], earlier, signed_visits={2, 5})
    assert today.earlier is not None
    assert today.earlier.still.uid == "october"
    assert today.earlier.visit_date == date(2026, 10, 3)


def test_a_draft_visit_still_is_never_the_comparison() -> None:
    (today,) = report_stills([still("today")], earlier, signed_visits={2})
    assert today.earlier is not None
    assert today.earlier.still.uid == "august"
    (alone,) = report_stills([still("today")], earlier, signed_visits=set())
    assert alone.earlier is None


def test_no_comparison_for_another_view_or_test() -> None:
    stills = [still("back", view=View.BACK), still("step", item="hip.step_down")]
    assert [s.earlier for s in report_stills(stills, earlier, {2, 5})] == [None, None]


def test_every_still_is_kept_in_order_whether_printed_or_not() -> None:
    stills = [still("one"), replace(still("two"), on_handout=True), still("three", view=View.BACK)]
    result = report_stills(stills, earlier, {5})
    assert [r.still.uid for r in result] == ["one", "two", "three"]
