"""A visit's stills as the report prints them: each with the newest still of the same test,
side and camera view kept at an earlier signed visit of the patient (clinical rules,
section 13: angles are compared only like with like).

The stills and the earlier ones are read by the caller (the store's
`stills.for_visit(visit_id)` and `stills.earlier(patient_id, visit_id, item, side, view)`,
newest first); this picks what the report compares, so the rule is written once and is
tested on plain values.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from kneedesk.core.angles import View
from kneedesk.core.still_text import comparable
from kneedesk.core.stills import Still
from kneedesk.report.model import EarlierStill, ReportStill

EarlierStills = Callable[[str, str, View], Sequence[tuple[int, str, Still]]]
"""(item id, side, view) -> (visit id, ISO visit date, still) of earlier visits, newest first."""


def report_stills(
    stills: Sequence[Still], earlier: EarlierStills, signed_visits: Collection[int]
) -> tuple[ReportStill, ...]:
    """Each still with the newest comparable still of an earlier signed visit, if any.

    Only signed visits count, as for every other comparison the report prints: a draft's
    still may still change or go.
    """
    found: dict[tuple[str, str, View], EarlierStill | None] = {}
    out = []
    for still in stills:
        key = (still.item_id, still.side, still.view)
        if key not in found:
            found[key] = next(
                (
                    EarlierStill(date.fromisoformat(day), other)
                    for visit_id, day, other in earlier(*key)
                    if visit_id in signed_visits and comparable(still, other)
                ),
                None,
            )
        out.append(ReportStill(still, found[key]))
    return tuple(out)
