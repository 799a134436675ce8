"""What the clinician summary adds for a protocol v2 visit: the diagnosis status with the CPG
criteria not met and the differential, and the irritability stage with what set it
(clinical content v2, 4.1 and 4.2). v1 visits print none of this."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from kneedesk.report.blocks import Styles
from kneedesk.report.fonts import markup
from kneedesk.report.model import HandoutData

STATUS_WORDS = {
    "pfp": "PFP: meets the three CPG criteria (Willy 2019, grade B)",
    "to_confirm": "To confirm: PFP template not used",
    "red_flag": "Red flag: refer or rule out first; no plan",
}
STAGE_SOURCE = "clinic default (no study), adapted from Kelley 2013"


def dose_stage(data: HandoutData) -> str | None:
    """The irritability stage the starting doses are for (None on v1 visits)."""
    suggested = data.assessment.suggested
    if suggested is None or suggested.dose_stage is None:
        return None
    return suggested.dose_stage.value


def _differential(data: HandoutData, suspected: list[Any]) -> str:
    protocol = data.assessment.protocol
    parts = []
    for pair in suspected:
        item_id, value = str(pair[0]), str(pair[1])
        item = protocol.get(item_id)
        parts.append(f"{item.label if item is not None else item_id} ({value})")
    return "; ".join(parts)


def diagnosis_block(data: HandoutData, s: Styles) -> list[Flowable]:
    """Diagnosis status, its unmet criteria and differential, and the irritability stage."""
    scores = data.assessment.v2_scores
    if scores is None:
        return []
    dx = scores.get("diagnosis") or {}
    status = str(dx.get("status", ""))
    lines = [f"<b>Diagnosis status:</b> {markup(STATUS_WORDS.get(status, status))}"]
    unmet = [str(u) for u in dx.get("unmet", [])]
    if unmet and status != "pfp":
        lines.append(f"<b>CPG criteria not met:</b> {markup('; '.join(unmet))}")
    suspected = list(dx.get("suspected", []))
    if suspected:
        lines.append(f"<b>Differential:</b> {markup(_differential(data, suspected))}")
    stage = scores.get("irritability")
    if stage is None:
        lines.append("<b>Irritability:</b> not staged (no criterion answered)")
    else:
        label = stage["stage"] + (" (provisional: usual pain only)" if stage["provisional"] else "")
        reasons = "; ".join(str(r) for r in stage.get("reasons", []))
        text = f"{label}{f': {reasons}' if reasons else ''}"
        lines.append(f"<b>Irritability:</b> {markup(text)} <i>({STAGE_SOURCE})</i>")
        shown = dose_stage(data)
        if shown is not None and shown != stage["stage"]:
            lines.append(f"<b>Starting doses for:</b> {shown} (adolescent: moderate or lower)")
    return [Spacer(1, 4), *(Paragraph(line, s["body"]) for line in lines)]
