"""What the clinician summary adds for a protocol v2 visit: the diagnosis status with the CPG
criteria not met and the differential, and the irritability stage with what set it
(clinical content v2, 4.1 and 4.2). v1 visits print none of this."""

from __future__ import annotations

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


def _differential(data: HandoutData, suspected: tuple[tuple[str, str], ...]) -> str:
    protocol = data.assessment.protocol
    parts = []
    for item_id, value in suspected:
        item = protocol.get(item_id)
        parts.append(f"{item.label if item is not None else item_id} ({value})")
    return "; ".join(parts)


def diagnosis_block(data: HandoutData, s: Styles) -> list[Flowable]:
    """Diagnosis status, its unmet criteria and differential, and the irritability stage."""
    scores = data.assessment.scores.v2
    if scores is None:
        return []
    dx = scores.diagnosis
    status = dx.status.value
    lines = [f"<b>Diagnosis status:</b> {markup(STATUS_WORDS.get(status, status))}"]
    if dx.unmet and status != "pfp":
        lines.append(f"<b>CPG criteria not met:</b> {markup('; '.join(dx.unmet))}")
    if dx.suspected:
        lines.append(f"<b>Differential:</b> {markup(_differential(data, dx.suspected))}")
    stage = scores.irritability
    if stage is None:
        lines.append("<b>Irritability:</b> not staged (no criterion answered)")
    else:
        label = stage.stage.value + (" (provisional: usual pain only)" if stage.provisional else "")
        reasons = "; ".join(stage.reasons)
        text = f"{label}{f': {reasons}' if reasons else ''}"
        lines.append(f"<b>Irritability:</b> {markup(text)} <i>({STAGE_SOURCE})</i>")
        shown = dose_stage(data)
        if shown is not None and shown != stage.stage.value:
            lines.append(f"<b>Starting doses for:</b> {shown} (adolescent: moderate or lower)")
    return [Spacer(1, 4), *(Paragraph(line, s["body"]) for line in lines)]
