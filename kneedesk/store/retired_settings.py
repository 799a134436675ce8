"""Settings retired by clinical content v2 (10.6) and the one-time notice about them (no Qt).

`strength_drop_percent` (the v1 10% strength drop) and `y_composite_min_percent` (the v1 Y
composite) no longer judge v2 visits: the MDC bands of 4.3 do. A clinic that had changed
either is told once, at an administrator's next sign-in, to review the MDC band settings;
the notice is stored as seen and not shown again.
"""

from __future__ import annotations

from typing import Any

from kneedesk.core.thresholds import Thresholds
from kneedesk.store.clinic_settings import SettingKey
from kneedesk.store.settings import SettingsRepo

RETIRED_THRESHOLDS: tuple[str, ...] = ("strength_drop_percent", "y_composite_min_percent")
NOTICE_SEEN_KEY = "notice_retired_thresholds_seen"
NOTICE_TITLE = "Review the MDC band settings"
RETIRED_WORDS = {
    "strength_drop_percent": "the strength drop (v1, {value}%)",
    "y_composite_min_percent": "the Y-balance composite minimum (v1, {value}%)",
}


def changed_retired(settings: SettingsRepo) -> dict[str, Any]:
    """The retired thresholds this clinic set to something other than the default."""
    stored = settings.get(SettingKey.THRESHOLDS, {})
    if not isinstance(stored, dict):
        return {}
    defaults = Thresholds()
    return {
        key: stored[key]
        for key in RETIRED_THRESHOLDS
        if key in stored and stored[key] != getattr(defaults, key)
    }


def notice_due(settings: SettingsRepo) -> bool:
    """Whether the one-time notice is still to be shown."""
    return bool(changed_retired(settings)) and settings.get(NOTICE_SEEN_KEY, False) is not True


def notice_text(settings: SettingsRepo) -> str:
    """The notice: which changed settings are retired and what to review instead."""
    changed = changed_retired(settings)
    names = " and ".join(RETIRED_WORDS[k].format(value=v) for k, v in changed.items())
    return (
        f"This clinic changed {names}. Protocol v2 no longer uses "
        f"{'these settings' if len(changed) > 1 else 'this setting'}: v2 visits judge "
        "strength, knee-to-wall and Y anterior reach by measurement-error (MDC) bands. "
        "v1 visits keep their own rules. Please review the MDC band settings in "
        "Settings > Thresholds."
    )


def mark_seen(settings: SettingsRepo) -> None:
    """Store that the notice was shown, so it is not shown again."""
    settings.set(NOTICE_SEEN_KEY, True)
