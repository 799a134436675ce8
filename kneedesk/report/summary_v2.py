"""What the clinician summary adds for a protocol v2 visit: the diagnosis status with the CPG
criteria not met and the differential, and the irritability stage with what set it
(clinical content v2, 4.1 and 4.2). v1 visits print none of this."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from kneedesk.core.findings.states import criterion_text
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.report.blocks import Styles
from kneedesk.report.fonts import markup
from kneedesk.report.model import HandoutData

STATUS_WORDS = {
    "pfp": N_("PFP: meets the three CPG criteria (Willy 2019, grade B)"),
    "to_confirm": N_("To confirm: PFP template not used"),
    "red_flag": N_("Red flag: refer or rule out first; no plan"),
}
STAGE_SOURCE = N_("clinic default (no study), adapted from Kelley 2013")


def stage_word(stage: str) -> str:
    """An irritability stage ("low", "moderate", "high") in the active language."""
    # Translators: the irritability stage that sets the starting doses.
    words = {
        "low": pgettext("irritability", "low"),
        "moderate": pgettext("irritability", "moderate"),
        "high": pgettext("irritability", "high"),
    }
    return words.get(stage, stage)


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


def _line(label: str, text: str) -> str:
    """ "<b>Label:</b> text" (the text already marked up)."""
    return f"<b>{label}</b> {text}"


def diagnosis_block(data: HandoutData, s: Styles) -> list[Flowable]:
    """Diagnosis status, its unmet criteria and differential, and the irritability stage."""
    scores = data.assessment.scores.v2
    if scores is None:
        return []
    dx = scores.diagnosis
    status = dx.status.value
    words = _(STATUS_WORDS[status]) if status in STATUS_WORDS else status
    lines = [_line(_("Diagnosis status:"), markup(words))]
    if dx.unmet and status != "pfp":
        lines.append(
            _line(
                _("CPG criteria not met:"), markup("; ".join(criterion_text(c) for c in dx.unmet))
            )
        )
    if dx.suspected:
        lines.append(_line(_("Differential:"), markup(_differential(data, dx.suspected))))
    stage = scores.irritability
    irritability = _("Irritability:")
    if stage is None:
        lines.append(_line(irritability, _("not staged (no criterion answered)")))
    else:
        label = stage_word(stage.stage.value)
        if stage.provisional:
            label = _("{stage} (provisional: usual pain only)").format(stage=label)
        reasons = "; ".join(stage.reasons_text())
        text = f"{label}{f': {reasons}' if reasons else ''}"
        lines.append(f"<b>{irritability}</b> {markup(text)} <i>({_(STAGE_SOURCE)})</i>")
        shown = dose_stage(data)
        if shown is not None and shown != stage.stage.value:
            doses = _("{stage} (adolescent: moderate or lower)").format(stage=stage_word(shown))
            lines.append(_line(_("Starting doses for:"), doses))
    return [Spacer(1, 4), *(Paragraph(line, s["body"]) for line in lines)]
