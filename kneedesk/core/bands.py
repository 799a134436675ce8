"""Published bands of protocol v2 (clinical content v2, 3.5, 3.6, 3.8 and 4.3) as data.

Single-run spike bands (Frandsen 2025), TSK-11 bands (Chimenti 2021), FPI-6 bands
(Redmond 2006), and the meaningful-change and measurement-error bands between visits. The
findings, the plan, `kneedesk score` and docs/clinical-rules.md all read these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from kneedesk.core.i18n import _, pgettext
from kneedesk.core.thresholds import Thresholds


@dataclass(frozen=True)
class SpikeBand:
    """One single-run spike band: above `above` % up to and including `up_to` %."""

    name: str  # "small", "moderate", "large"
    above: float
    up_to: float | None
    hrr: float  # hazard rate ratio for any overuse running injury (not PFP)


SPIKE_SOURCE = "Frandsen et al., BJSM 2025;59(17):1203-10"
# 3.6: <=10 none; >10-30 small (HRR 1.64); >30-100 moderate (1.52); >100 large (2.28).
SPIKE_BANDS: tuple[SpikeBand, ...] = (
    SpikeBand("small", 10.0, 30.0, 1.64),
    SpikeBand("moderate", 30.0, 100.0, 1.52),
    SpikeBand("large", 100.0, None, 2.28),
)


def spike_band(spike_percent: float | None, lowest: float = 10.0) -> SpikeBand | None:
    """The band of a single-run spike; None at or below `lowest` (the clinic's threshold).

    A clinic that moves the threshold above 10% keeps the published bands for the rest.
    """
    if spike_percent is None or spike_percent <= lowest:
        return None
    for band in SPIKE_BANDS:
        if spike_percent > band.above and (band.up_to is None or spike_percent <= band.up_to):
            return band
    return SPIKE_BANDS[0]  # a clinic threshold below 10%: counted with the smallest band


TSK11_SOURCE = "Chimenti et al., Front Pain Res 2021 (from Neblett et al., Eur J Pain 2016)"
# 3.5: <=22 minimal, 23-28 low, 29-35 moderate, >=36 high; (lowest total, name).
TSK11_BANDS: tuple[tuple[int, str], ...] = (
    (11, "minimal"),
    (23, "low"),
    (29, "moderate"),
    (36, "high"),
)


def tsk11_band(total: float | None) -> str | None:
    """The TSK-11 band of a total (11-44)."""
    if total is None:
        return None
    name = None
    for lowest, band in TSK11_BANDS:
        if total >= lowest:
            name = band
    return name


FPI6_SOURCE = "Redmond et al., Clin Biomech 2006"
# 3.8: <=-5 highly supinated, -4..-1 supinated, 0..+5 normal, +6..+9 pronated, >=+10 highly.
FPI6_BANDS: tuple[tuple[int, str], ...] = (
    (-12, "highly supinated"),
    (-4, "supinated"),
    (0, "normal"),
    (6, "pronated"),
    (10, "highly pronated"),
)


def fpi6_band(total: float | None) -> str | None:
    """The FPI-6 band of a total (-12..+12)."""
    if total is None:
        return None
    name = None
    for lowest, band in FPI6_BANDS:
        if total >= lowest:
            name = band
    return name


def spike_band_name(name: str) -> str:
    """A spike band's name ("small", "moderate", "large") as people read it, in the active
    language (the name itself stays the band's id)."""
    names = {
        "small": pgettext("single-run spike band", "small"),
        "moderate": pgettext("single-run spike band", "moderate"),
        "large": pgettext("single-run spike band", "large"),
    }
    return names.get(name, name)


def tsk11_band_name(name: str) -> str:
    """A TSK-11 band's name ("minimal" ... "high") in the active language."""
    names = {
        "minimal": pgettext("TSK-11 band", "minimal"),
        "low": pgettext("TSK-11 band", "low"),
        "moderate": pgettext("TSK-11 band", "moderate"),
        "high": pgettext("TSK-11 band", "high"),
    }
    return names.get(name, name)


def fpi6_band_name(name: str) -> str:
    """An FPI-6 band's name ("highly supinated" ... "highly pronated") in the active
    language."""
    names = {
        "highly supinated": pgettext("FPI-6 band", "highly supinated"),
        "supinated": pgettext("FPI-6 band", "supinated"),
        "normal": pgettext("FPI-6 band", "normal"),
        "pronated": pgettext("FPI-6 band", "pronated"),
        "highly pronated": pgettext("FPI-6 band", "highly pronated"),
    }
    return names.get(name, name)


class Basis(StrEnum):
    """Why a change counts: a minimal important change, or the test's measurement error."""

    MCID = "MCID"
    MIC = "MIC"
    MDC = "MDC"
    MDC_BAND = "MDC band"


@dataclass(frozen=True)
class ChangeRule:
    """4.3: how much change between visits counts, for one measure."""

    measure: str
    threshold_key: str  # the Thresholds field holding the amount
    relative: bool  # True: per cent of the earlier value; False: in the measure's own unit
    higher_is_better: bool
    basis: Basis
    source: str
    unit: str

    @property
    def meaningful(self) -> bool:
        """Whether "meaningful" may be said (wording rule 4: Kujala, pain and KOOS-PF only)."""
        return self.basis in (Basis.MCID, Basis.MIC)


CHANGE_RULES: tuple[ChangeRule, ...] = (
    ChangeRule("kujala", "kujala_mcid", False, True, Basis.MCID, "Crossley et al., 2004", "points"),
    ChangeRule(
        "pain",
        "pain_mcid",
        False,
        False,
        Basis.MCID,
        "Crossley et al., 2004 (VAS 2/10); NPRS 1.16 (Piva et al., 2009)",
        "/10",
    ),
    ChangeRule(
        "koos_pf", "koos_pf_mcid", False, True, Basis.MIC, "Crossley et al., BJSM 2018", "points"
    ),
    ChangeRule(
        "hip_percent_bw",
        "mdc_hip_strength_percent",
        True,
        True,
        Basis.MDC_BAND,
        "Clinic default inside HHD error (Thorborg et al., 2010: 3-12% between sessions)",
        "%",
    ),
    ChangeRule(
        "knee_extension_percent_bw",
        "mdc_knee_strength_percent",
        True,
        True,
        Basis.MDC_BAND,
        "Clinic default inside knee HHD SDD 19-36% (Koblbauer et al., 2011)",
        "%",
    ),
    ChangeRule(
        "knee_to_wall",
        "mdc_knee_to_wall_cm",
        False,
        True,
        Basis.MDC,
        "Powden et al., Man Ther 2015",
        "cm",
    ),
    ChangeRule(
        "y_anterior",
        "mdc_y_anterior_cm",
        False,
        True,
        Basis.MDC,
        "Shaffer et al., Mil Med 2013",
        "cm",
    ),
)
CHANGE_RULE = {rule.measure: rule for rule in CHANGE_RULES}

Verdict = Literal["improved", "worse", "within"]


def change_verdict(
    measure: str, before: float | None, now: float | None, thresholds: Thresholds
) -> Verdict | None:
    """4.3: "improved" or "worse" when the change reaches the band, "within" inside it.

    Kujala +/-10, pain -/+2, KOOS-PF +/-16.4 points; hip %BW +/-15% and knee extension %BW
    +/-20% of the earlier value; knee-to-wall +/-1.9 cm; Y anterior reach +/-8.6 cm. A change
    exactly at the band's edge counts (Kujala 80 -> 70 is worse). None if either is missing.
    """
    rule = CHANGE_RULE[measure]
    if before is None or now is None:
        return None
    amount = float(getattr(thresholds, rule.threshold_key))
    delta = now - before
    if rule.relative:
        if before <= 0:
            return None
        delta = delta / before * 100.0
    delta = round(delta, 9)  # 1.9 cm is 1.9, not 1.8999999999999986
    if not rule.higher_is_better:
        delta = -delta
    if delta >= amount:
        return "improved"
    if delta <= -amount:
        return "worse"
    return "within"


def change_words(measure: str, verdict: Verdict) -> str:
    """Wording rule 4: "meaningful" only for Kujala, pain and KOOS-PF; tests say error."""
    if CHANGE_RULE[measure].meaningful:
        return {
            "improved": _("a meaningful improvement"),
            "worse": _("a meaningful worsening"),
            "within": _("not a meaningful change"),
        }[verdict]
    if verdict == "within":
        return _("within the test's usual error")
    return _("more than the test's usual error")
