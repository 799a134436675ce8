"""The summary page's scores and measures as small Qt rich-text tables, from an Assessment."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from kneedesk.core.answer_text import answer_text
from kneedesk.core.answers import SIDES
from kneedesk.core.assessment import Assessment
from kneedesk.core.i18n import _
from kneedesk.core.locale_format import local_number
from kneedesk.core.score_results import Rating, Scores, reported
from kneedesk.core.scoring import LSI_DEFINITION
from kneedesk.core.units import DisplayUnits, convert
from kneedesk.gui import theme
from kneedesk.gui.screen.display import fmt, unit_suffix
from kneedesk.gui.screen.editor import side_caption
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

DASH = "–"
PAIN_LABELS = {
    "usual": QT_TRANSLATE_NOOP("SummaryText", "Usual pain"),
    "worst_week": QT_TRANSLATE_NOOP("SummaryText", "Worst pain this week"),
    "running": QT_TRANSLATE_NOOP("SummaryText", "Running"),
}


def _tr(text: str) -> str:
    """A message of this module (marked where it is written) in the clinician's language."""
    return QCoreApplication.translate("SummaryText", text)


def _fmt(value: float, decimals: int = 2) -> str:
    """A number as `fmt` writes it, with the language's decimal separator."""
    return local_number(fmt(value, decimals))


def _num(value: float | None, unit: str | None = None, decimals: int = 1) -> str:
    return DASH if value is None else f"{_fmt(value, decimals)}{unit_suffix(unit)}"


def _derived(value: float | None, unit: str | None = None, decimals: int = 1) -> str:
    """A derived number as `kneedesk score` reports it (to 0.1), shown to `decimals` places."""
    return _num(reported(value), unit, decimals)


def _table(head: list[str], rows: list[list[str]], width: str = "100%") -> str:
    cells = "".join(f"<th align='left'>{escape(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (
        f"<table width='{width}' cellspacing='0' cellpadding='3'>"
        f"<tr style='background:{theme.active().header}'>{cells}</tr>{body}</table>"
    )


def _change(delta: float | None, meaningful: bool | None, unit: str = "") -> str:
    if delta is None:
        return ""
    sign = "+" if delta > 0 else ""
    change = f"{sign}{_fmt(delta, 1)}{unit}"
    if not meaningful:
        return change
    return QCoreApplication.translate("SummaryText", "{change} (meaningful)").format(change=change)


class SummaryText:
    """Builds the text blocks of the summary in the clinic's display units."""

    def __init__(self, assessment: Assessment, units: DisplayUnits) -> None:
        self.a = assessment
        self.units = units
        self.scores: Scores = assessment.scores

    def _label(self, item_id: str) -> str:
        item = self.a.protocol.get(item_id)
        return item.label if item else item_id

    def _shown(self, item_id: str, value: float | None) -> str:
        """A stored value of an item in its display unit."""
        item = self.a.protocol.item(item_id)
        if value is None:
            return DASH
        return _num(self.units.to_shown(item, value), self.units.unit_for(item))

    def _length(self, item_id: str, cm: float | None) -> str:
        unit = self.units.unit_for(self.a.protocol.item(item_id)) or "cm"
        return DASH if cm is None else _num(convert(cm, "cm", unit), unit)

    def kujala(self) -> str:
        """Kujala total with change, or the missing items named."""
        k = self.scores.kujala
        if k.total is None:
            names = ", ".join(escape(self._label(i)) for i in k.missing)
            count = len(k.missing)
            if count == 1:
                text = QCoreApplication.translate(
                    "SummaryText",
                    "incomplete: {count} item missing ({names}). "
                    "No total until every item is answered.",
                )
            else:
                text = QCoreApplication.translate(
                    "SummaryText",
                    "incomplete: {count} items missing ({names}). "
                    "No total until every item is answered.",
                )
            return f"<p><b>Kujala:</b> {escape(text).format(count=count, names=names)}</p>"
        change = _change(k.change, k.meaningful_change)
        since = ""
        if change:
            since_text = QCoreApplication.translate(
                "SummaryText", "change since last visit {change}"
            )
            since = " · " + escape(since_text).format(change=escape(change))
        return (
            f"<p><b>Kujala:</b> <span style='font-size:15pt; font-weight:600'>{k.total}</span>"
            f" / 100{since}</p>"
        )

    def pain(self) -> str:
        """Pain ratings (and KOOS-PF), with change since the previous visit when there is one."""
        compare = self.a.previous is not None
        rows = []
        entries: list[tuple[str, Rating, str, int]] = [
            (_tr(PAIN_LABELS[key]), rating, "/10", 0) for key, rating in self.scores.pain.entries()
        ]
        koos = self.scores.koos_pf
        if koos.value is not None or koos.previous is not None:
            entries.append(
                (QCoreApplication.translate("SummaryText", "KOOS-PF (0 to 100)"), koos, "", 1)
            )
        for label, entry, unit, decimals in entries:
            row = [escape(label), _num(entry.value, unit, decimals)]
            if compare:
                row += [
                    _num(entry.previous, unit, decimals),
                    _change(entry.change, entry.meaningful_improvement),
                ]
            rows.append(row)
        head = [
            QCoreApplication.translate("SummaryText", "Rating"),
            QCoreApplication.translate("SummaryText", "Today"),
        ]
        if compare:
            head += [
                QCoreApplication.translate("SummaryText", "Last visit"),
                QCoreApplication.translate("SummaryText", "Change"),
            ]
        return _table(head, rows)

    def _lsi(self, lsi: float | None) -> str:
        value = reported(lsi)  # as `kneedesk score` reports it, to 0.1
        if value is None:
            return DASH
        low = value < self.a.thresholds.lsi_min_percent
        if not low:
            return f"{_fmt(value, 1)}%"
        below = QCoreApplication.translate("SummaryText", "{value}% (below {minimum}%)")
        shown = below.format(value=_fmt(value, 1), minimum=_fmt(self.a.thresholds.lsi_min_percent))
        return f"<b>{escape(shown)}</b>"

    def strength(self) -> str:
        """Force per side as measured, %BW and N.m/kg, and the LSI of the painful side."""
        rows = []
        muted = theme.active().muted
        for item_id, entry in self.scores.strength.items():
            cells = []
            for side in SIDES:
                force = entry.force_n.of(side)
                parts = []
                if (bw := reported(entry.percent_bw.of(side))) is not None:
                    parts.append(f"{_fmt(bw, 1)}&nbsp;%BW")
                if (torque := reported(entry.torque_nm_per_kg.of(side), 2)) is not None:
                    parts.append(f"{_fmt(torque, 2)}&nbsp;N·m/kg")
                normalised = (
                    f"<br><span style='color:{muted}'>{'<br>'.join(parts)}</span>" if parts else ""
                )
                cells.append(self._shown(item_id, force) + normalised)
            rows.append([escape(self._label(item_id)), *cells, self._lsi(entry.lsi)])
        plank = self.scores.side_plank
        rows.append(
            [
                escape(self._label("hip.side_plank")),
                *(_num(plank.seconds.of(s), "s", 0) for s in SIDES),
                self._lsi(plank.lsi),
            ]
        )
        test = QCoreApplication.translate("SummaryText", "Test")
        return _table([test, side_caption("left"), side_caption("right"), "LSI"], rows)

    def lsi_note(self) -> str:
        """How to read the LSI, and why it may be missing."""
        side = self.a.answers.symptom_side
        base = QCoreApplication.translate(
            "SummaryText",
            "LSI = {definition}. Below {minimum}% is a return-to-sport convention, "
            "not a knee-pain norm.",
        ).format(definition=_(LSI_DEFINITION), minimum=_fmt(self.a.thresholds.lsi_min_percent))
        if side == "both":
            both = QCoreApplication.translate(
                "SummaryText", "Pain on both sides: compare with the previous visit instead."
            )
            return f"{base} {both}"
        if side is None:
            record = QCoreApplication.translate("SummaryText", "Record the painful side to see it.")
            return f"{base} {record}"
        return base

    def other_measures(self) -> str:
        """Step-down, Y-balance, knee-to-wall, load and cadence."""
        s = self.scores
        rows: list[list[str]] = []
        step = s.step_down
        height_item = self.a.protocol.item("hip.step_down_height")
        if step.height:
            step_label = QCoreApplication.translate(
                "SummaryText", "Lateral step-down score ({height} step)"
            ).format(height=answer_text(height_item, step.height))
        else:
            step_label = QCoreApplication.translate("SummaryText", "Lateral step-down score")
        rows.append(
            [escape(step_label)]
            + [
                DASH if (side := step.sides.of(x)) is None else f"{side.score} ({side.rating})"
                for x in SIDES
            ]
            + [""]
        )
        yb = s.y_balance
        diff = reported(yb.anterior_difference_cm)
        rows.append(
            [
                escape(
                    QCoreApplication.translate("SummaryText", "Y-balance composite (% leg length)")
                )
            ]
            + [_derived(yb.composite_percent.of(x), "%") for x in SIDES]
            + [
                ""
                if diff is None
                else escape(
                    QCoreApplication.translate(
                        "SummaryText", "anterior difference {length}"
                    ).format(length=self._length("balance.y_anterior", diff))
                )
            ]
        )
        kw = s.knee_to_wall
        diff = reported(kw.difference_cm)
        rows.append(
            [escape(QCoreApplication.translate("SummaryText", "Knee-to-wall"))]
            + [self._length("ankle.knee_to_wall", kw.cm.of(x)) for x in SIDES]
            + [
                ""
                if diff is None
                else escape(
                    QCoreApplication.translate("SummaryText", "difference {length}").format(
                        length=self._length("ankle.knee_to_wall", diff)
                    )
                )
            ]
        )
        head = [
            QCoreApplication.translate("SummaryText", "Measure"),
            side_caption("left"),
            side_caption("right"),
            QCoreApplication.translate("SummaryText", "Note"),
        ]
        table = _table(head, rows)
        return table + self._load_and_cadence()

    def _load_and_cadence(self) -> str:
        load = self.scores.load
        lines: list[str] = []
        distances = load.weekly_distance_km
        if any(d is not None for d in distances):
            item = "load.weekly_distance"
            shown = ", ".join(self._shown(item, d) for d in distances)
            changes = ", ".join(_derived(c, "%", 0) for c in load.weekly_change_percent)
            lines.append(
                QCoreApplication.translate(
                    "SummaryText",
                    "Weekly distance (this week first): {distances}; "
                    "week-on-week change: {changes}",
                ).format(distances=shown, changes=changes)
            )
        spike = reported(load.single_run_spike_percent)
        if spike is not None:
            lines.append(
                QCoreApplication.translate(
                    "SummaryText", "Longest run this week vs the prior 30 days: {change}%"
                ).format(change=f"{'+' if spike > 0 else ''}{_fmt(spike, 0)}")
            )
        cadence = self.scores.cadence
        if cadence.steps_per_min is not None:
            target = cadence.retraining_range
            steps = _fmt(cadence.steps_per_min, 0)
            if target:
                text = QCoreApplication.translate(
                    "SummaryText",
                    "Cadence: {cadence} steps/min (a +5 to +10% range would be {low} to {high})",
                ).format(cadence=steps, low=target[0], high=target[1])
            else:
                text = QCoreApplication.translate("SummaryText", "Cadence: {cadence} steps/min")
                text = text.format(cadence=steps)
            lines.append(text)
        return "".join(f"<p>{escape(line)}</p>" for line in lines)
