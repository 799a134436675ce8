"""Labels, units and help text for the threshold form, derived from `Thresholds`."""

from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass

from kneedesk.core.thresholds import Thresholds

# Short names for the form; a threshold missing here still gets a label from its name.
_LABELS = {
    "lsi_min_percent": "Limb symmetry index, minimum",
    "strength_drop_percent": "Strength drop since the last visit",
    "side_plank_min_s": "Side plank hold, minimum",
    "knee_to_wall_diff_cm": "Knee-to-wall side difference",
    "knee_to_wall_min_cm": "Knee-to-wall, painful side, minimum",
    "single_run_spike_percent": "Single run over the 30-day longest",
    "weekly_increase_percent": "Weekly distance increase",
    "heavy_squat_sessions": "Heavy squat sessions a week",
    "cadence_max_spm": "Cadence, at or below",
    "y_anterior_diff_cm": "Y-balance anterior reach difference",
    "y_composite_min_percent": "Y-balance composite, minimum",
    "kujala_mcid": "Kujala meaningful change",
    "pain_mcid": "Pain meaningful change",
    "koos_pf_mcid": "KOOS-PF meaningful change",
}

# The name's last part says the unit the core stores the threshold in.
_SUFFIX_UNITS = {
    "percent": "%",
    "s": "s",
    "cm": "cm",
    "spm": "steps/min",
    "sessions": "sessions/week",
    "mcid": "points",
}


@dataclass(frozen=True)
class ThresholdInfo:
    """How one threshold is shown: label, unit, help text, default, whole number or not."""

    name: str
    label: str
    unit: str
    help: str
    default: float
    whole: bool

    @property
    def label_with_unit(self) -> str:
        """The form label, e.g. "Side plank hold, minimum (s)"."""
        return f"{self.label} ({self.unit})" if self.unit else self.label


def field_comments() -> dict[str, str]:
    """The comment above each field of `Thresholds` in its source ({} if no source ships)."""
    try:
        source = inspect.getsource(Thresholds)
    except (OSError, TypeError):
        return {}
    lines = inspect.cleandoc("\n" + source).splitlines() if source else []
    comments: dict[str, str] = {}
    pending: list[str] = []
    for node_line in lines:
        stripped = node_line.strip()
        if stripped.startswith("#"):
            pending.append(stripped.lstrip("#").strip())
            continue
        if pending and ":" in stripped:
            target = stripped.split(":", 1)[0].strip()
            if target.isidentifier():
                comments[target] = " ".join(pending)
        pending = []
    return comments


def _is_whole(field: dataclasses.Field[object]) -> bool:
    # With postponed annotations the type is the string "int".
    return field.type in ("int", int)


def threshold_infos() -> list[ThresholdInfo]:
    """One entry per threshold, in the order the core declares them."""
    comments = field_comments()
    defaults = Thresholds()
    infos = []
    for field in dataclasses.fields(Thresholds):
        suffix = field.name.rsplit("_", 1)[-1]
        label = _LABELS.get(field.name) or field.name.replace("_", " ").capitalize()
        infos.append(
            ThresholdInfo(
                name=field.name,
                label=label,
                unit=_SUFFIX_UNITS.get(suffix, ""),
                help=comments.get(field.name, ""),
                default=getattr(defaults, field.name),
                whole=_is_whole(field),
            )
        )
    return infos


def format_number(value: float) -> str:
    """A threshold as typed: 90 rather than 90.0, 16.4 as is."""
    number = float(value)
    return str(int(number)) if number.is_integer() else repr(number)


def parse_threshold(info: ThresholdInfo, text: str) -> tuple[float | None, str | None]:
    """The typed value, or None with what is wrong and the allowed values."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None, f"Enter a number (default {format_number(info.default)})."
    try:
        value = float(cleaned)
    except ValueError:
        return None, f"{text.strip()!r} is not a number. Enter e.g. {format_number(info.default)}."
    try:
        Thresholds.from_dict({info.name: value})
    except ValueError:
        kind = "a whole number" if info.whole else "a number"
        return None, f"Enter {kind} of 0 or more (default {format_number(info.default)})."
    return (int(value) if info.whole else value), None
