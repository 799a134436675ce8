"""PDF bytes for a report: the patient handout or the clinician summary (reportlab, no Qt).

Pure computation on immutable data, so it may run on a worker thread; the same data
always gives the same bytes. reportlab is imported on the first render, not with this
module, so the thread that renders also pays for loading it.
"""

from __future__ import annotations

from kneedesk.core.i18n import SOURCE_LANGUAGE, use_language
from kneedesk.report.model import HandoutData
from kneedesk.store.reports import ReportKind

TITLES = {ReportKind.HANDOUT: "Patient handout", ReportKind.SUMMARY: "Clinician summary"}


def render_report(
    data: HandoutData, kind: ReportKind | str, language: str = SOURCE_LANGUAGE
) -> bytes:
    """The PDF of one kind of report, its words in `language` (give `data` built in the
    same language: `visit_report(..., language)`)."""
    with use_language(language):
        if ReportKind(kind) is ReportKind.SUMMARY:
            from kneedesk.report.summary import render_summary

            return render_summary(data)
        from kneedesk.report.handout import render_handout

        return render_handout(data)
