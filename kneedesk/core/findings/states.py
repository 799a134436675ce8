"""Derived states of protocol v2: the irritability stage and the diagnosis status.

clinical content v2, 4.1 and 4.2. Both are re-worked out at every visit from its answers.
Their words (reasons, criteria) are kept in English, as `kneedesk score` prints them; people
read them through `reason_text`, `criterion_text` and `Irritability.label`, in the active
language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from kneedesk.core.answers import Answers
from kneedesk.core.derived import DIFFERENTIAL, SUSPECTED, other_causes_excluded
from kneedesk.core.i18n import N_, _, pgettext
from kneedesk.core.locale_format import local_number
from kneedesk.core.protocol import Protocol

RED_FLAG_PREFIX = "red_flags."
PFP_LOCATIONS = frozenset({"around_kneecap", "behind_kneecap"})
BENT_KNEE_AGGRAVATORS = frozenset({"stairs_up", "stairs_down", "squatting", "prolonged_sitting"})

# 4.1: clinic default (no study), adapted from Kelley 2013.
IRRITABILITY_SOURCE = "Clinic default (no study), adapted from Kelley 2013"
PAIN_HIGH_MIN = 7  # pain.usual 7 or more: high
PAIN_MODERATE_MIN = 4  # pain.usual 4-6: moderate
# (item, answer) -> (stage it reaches, in words for the evidence)
ANSWER_STAGES: dict[tuple[str, str], tuple[str, str]] = {
    ("irritability.provoked_by", "rest_or_walking"): ("high", N_("brought on at rest or walking")),
    ("irritability.settle_time", "over_24h"): ("high", N_("settles in over 24 hours")),
    ("irritability.provoked_by", "daily_bent_knee"): (
        "moderate",
        N_("brought on by daily bent-knee tasks"),
    ),
    ("irritability.settle_time", "1_to_24h"): ("moderate", N_("settles in 1 to 24 hours")),
}
_USUAL_PAIN = re.compile(r"usual pain (\S+)/10 \((7 or more|4 to 6)\)")


def reason_text(reason: str) -> str:
    """One of `Irritability.reasons` in the active language."""
    match = _USUAL_PAIN.fullmatch(reason)
    if match is None:
        return _(reason)
    pain = local_number(match.group(1))
    if match.group(2) == "7 or more":
        return _("usual pain {pain}/10 (7 or more)").format(pain=pain)
    return _("usual pain {pain}/10 (4 to 6)").format(pain=pain)


def stage_name(stage: str) -> str:
    """An irritability stage in the active language: "low", "moderate", "high"."""
    names = {
        # Translators: an irritability stage (how easily the knee pain flares).
        "low": pgettext("irritability", "low"),
        "moderate": pgettext("irritability", "moderate"),
        "high": pgettext("irritability", "high"),
    }
    return names.get(stage, stage)


class Stage(StrEnum):
    """Irritability stage; it sets the starting doses (6.2)."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


_ORDER = (Stage.LOW, Stage.MODERATE, Stage.HIGH)


@dataclass(frozen=True)
class Irritability:
    """The stage, whether it rests on usual pain alone ("provisional") and what raised it."""

    stage: Stage
    provisional: bool
    reasons: tuple[str, ...]  # e.g. "usual pain 7/10 (7 or more)", "settles in over 24 hours"

    @property
    def label(self) -> str:
        """ "high", or "moderate (provisional)" when only usual pain was answered (in the
        active language)."""
        name = stage_name(self.stage.value)
        # Translators: an irritability stage worked out from usual pain alone.
        return _("{stage} (provisional)").format(stage=name) if self.provisional else name

    def reasons_text(self) -> tuple[str, ...]:
        """The reasons in the active language."""
        return tuple(reason_text(reason) for reason in self.reasons)


def irritability(answers: Answers) -> Irritability | None:
    """4.1: the highest stage any answered criterion reaches; None when none is answered.

    high = usual pain 7 or more, or brought on at rest or walking, or settling over 24 hours;
    moderate = usual pain 4-6, or brought on by daily bent-knee tasks, or settling in 1-24
    hours; low otherwise. With usual pain the only answer, the stage is provisional.
    """
    pain = answers.number("pain.usual")
    provoked = answers.choice("irritability.provoked_by")
    settle = answers.choice("irritability.settle_time")
    if pain is None and provoked is None and settle is None:
        return None
    stage = Stage.LOW
    reasons: list[tuple[Stage, str]] = []
    if pain is not None:
        if pain >= PAIN_HIGH_MIN:
            reasons.append((Stage.HIGH, f"usual pain {pain:g}/10 (7 or more)"))
        elif pain >= PAIN_MODERATE_MIN:
            reasons.append((Stage.MODERATE, f"usual pain {pain:g}/10 (4 to 6)"))
    for item_id, answer in (
        ("irritability.provoked_by", provoked),
        ("irritability.settle_time", settle),
    ):
        if answer is not None and (item_id, answer) in ANSWER_STAGES:
            reached, words = ANSWER_STAGES[(item_id, answer)]
            reasons.append((Stage(reached), words))
    for reached, _words in reasons:
        stage = max(stage, reached, key=_ORDER.index)
    return Irritability(
        stage=stage,
        provisional=provoked is None and settle is None,
        reasons=tuple(text for reached, text in reasons if reached is stage),
    )


class DiagnosisStatus(StrEnum):
    """4.2: which path the visit takes (handout title, pfp_pattern, chain figure, plan)."""

    PFP = "pfp"
    TO_CONFIRM = "to_confirm"
    RED_FLAG = "red_flag"


@dataclass(frozen=True)
class Diagnosis:
    """The status, the CPG criteria not met and the differential entries suspected."""

    status: DiagnosisStatus
    red_flags: tuple[str, ...]  # item ids answered yes
    unmet: tuple[str, ...]  # criteria in words, in CPG order
    suspected: tuple[tuple[str, str], ...]  # (dx item id, "possible" or "likely")
    # What met the criteria, for evidence: locations and bent-knee aggravators found.
    locations: frozenset[str] = frozenset()
    aggravators: frozenset[str] = frozenset()
    squat_pain: float | None = None


CRITERIA = (
    N_("pain around or behind the kneecap"),
    N_("pain reproduced by squatting or bent-knee loading"),
    N_("other causes excluded"),
)


def criterion_text(criterion: str) -> str:
    """One of `CRITERIA` (as in `Diagnosis.unmet`) in the active language."""
    return _(criterion)


def red_flag_ids(answers: Answers, protocol: Protocol) -> tuple[str, ...]:
    """Ids of the red-flag items answered yes, in protocol order."""
    return tuple(
        item.id
        for item in protocol.items()
        if item.id.startswith(RED_FLAG_PREFIX) and answers.flag(item.id) is True
    )


def diagnosis(answers: Answers, protocol: Protocol, age: int | None = None) -> Diagnosis:
    """4.2: red_flag with any red flag; pfp when the three CPG criteria are met; else to_confirm.

    Other causes count as excluded only when every differential entry is not suspected (or
    not applicable at this age) and "other" names nothing; unanswered entries leave it unmet.
    """
    flags = red_flag_ids(answers, protocol)
    locations = answers.choices("history.pain_location") & PFP_LOCATIONS
    squat = answers.number("knee.squat_pain")
    aggravators = answers.choices("history.aggravators") & BENT_KNEE_AGGRAVATORS
    loading = (squat is not None and squat >= 1) or bool(aggravators)
    excluded = other_causes_excluded(answers, protocol, age) is True
    met = (bool(locations), loading, excluded)
    unmet = tuple(c for c, ok in zip(CRITERIA, met, strict=True) if not ok)
    suspected = tuple(
        (item_id, value)
        for item_id in DIFFERENTIAL
        if (value := answers.choice(item_id)) in SUSPECTED
    )
    if flags:
        status = DiagnosisStatus.RED_FLAG
    elif not unmet:
        status = DiagnosisStatus.PFP
    else:
        status = DiagnosisStatus.TO_CONFIRM
    return Diagnosis(status, flags, unmet, suspected, locations, aggravators, squat)
