"""Pre-filled answers of the return-to-run checklist (clinical.md section 7).

`rtr.hop` and `rtr.strength` are worked out from the tests of the same visit and shown
pre-filled; the clinician confirms or changes them. Each function returns the option key to
pre-fill, or None when there is nothing to suggest.

`next_stage_readiness` says whether the checklist allows the next running stage; the
clinician decides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kneedesk.core.answers import SIDES, Answers, Side
from kneedesk.core.derived import STRENGTH_LSI_ITEMS
from kneedesk.core.i18n import N_, _
from kneedesk.core.scoring import symptomatic_lsi

HOP_PAIN_MAX = 2  # clinical.md 7 and 12.5: pain 2/10 or less
LSI_MIN = 90.0  # per cent, the return-to-sport convention


def painful_sides(answers: Answers) -> tuple[Side, ...]:
    """The painful legs: one side, or both when both hurt or the side is not recorded."""
    side = answers.single_symptom_side
    return (side,) if side is not None else SIDES


def prefill_rtr_hop(answers: Answers) -> str:
    """'yes' when hop.pain is 2 or less on each painful side and red_flags.hop_pain is no.

    'no' as soon as one of them fails; 'not_tested' while one is missing and none fails.
    """
    pains = [answers.number("hop.pain", side) for side in painful_sides(answers)]
    flag = answers.flag("red_flags.hop_pain")
    if flag is True or any(p is not None and p > HOP_PAIN_MAX for p in pains):
        return "no"
    if flag is None or any(p is None for p in pains):
        return "not_tested"
    return "yes"


def prefill_rtr_strength(answers: Answers) -> str | None:
    """'yes' when every strength and hop LSI that was measured is 90% or more.

    'no' if one is under 90%; 'not_tested' when none could be worked out; 'not_applicable'
    when both knees hurt (no symmetry index); None when the painful side is not recorded.
    """
    side = answers.symptom_side
    if side is None:
        return None
    if side == "both":
        return "not_applicable"
    values = [symptomatic_lsi(answers, item_id) for item_id in STRENGTH_LSI_ITEMS]
    measured = [v for v in values if v is not None]
    if not measured:
        return "not_tested"
    return "yes" if all(v >= LSI_MIN for v in measured) else "no"


# clinical.md 7: the running stages in order, and what a step up needs.
STAGES = (
    "not_running",
    "walk_run",
    "easy_continuous",
    "build_volume",
    "usual_training",
    "full",
)
STAGE_ITEM = "rtr.stage"
PAIN_RULES = ("rtr.pain_during", "rtr.pain_24h")
CHECKLIST = (*PAIN_RULES, "rtr.single_leg_control", "rtr.hop", "rtr.strength")
MET = "yes"
NOT_COUNTED = frozenset({"not_tested", "not_applicable"})  # an item not tested is not needed
# Short names for the readiness line (the items' labels are too long to list together).
# Marked with N_: shown through `_` (readiness_text).
SHORT_NAMES = {
    "rtr.pain_during": N_("pain 2/10 or less"),
    "rtr.pain_24h": N_("not worse the next morning"),
    "rtr.single_leg_control": N_("single-leg control"),
    "rtr.hop": N_("hopping without pain"),
    "rtr.strength": N_("strength and hop symmetry"),
}
# Translators: a return-to-run checklist answer, shown in brackets after the item's name.
ANSWER_WORDS = {None: N_("not answered"), "no": N_("no"), "not_tested": N_("not tested")}


@dataclass(frozen=True)
class Readiness:
    """Whether the answers of one visit allow the next running stage.

    `missing` lists the items that stop it, each with its answer (None: not answered).
    `week_rule`: from stage 1 on, the pain rules must also have held for a week at the
    current stage, with the single-run rule; one visit cannot show that, the clinician decides.
    """

    stage: str | None
    next_stage: str | None
    missing: tuple[tuple[str, str | None], ...] = ()
    week_rule: bool = False

    @property
    def ready(self) -> bool:
        """Every rule one visit can check is met, and there is a next stage."""
        return self.next_stage is not None and not self.missing


def next_stage_readiness(answers: Answers) -> Readiness:
    """Whether the patient is ready for the next running stage (clinical.md 7).

    From not_running to walk_run: every checklist item that was tested is yes (not tested or
    not applicable items are left out) and the two pain items are yes. From walk_run on: the
    two pain items are yes (the week at the stage is the clinician's call). At full, or with
    no stage ticked, there is no next stage.
    """
    stage = answers.choice(STAGE_ITEM)
    if stage not in STAGES or stage == STAGES[-1]:
        return Readiness(stage if stage in STAGES else None, None)
    next_stage = STAGES[STAGES.index(stage) + 1]
    first_step = stage == STAGES[0]
    missing: list[tuple[str, str | None]] = []
    for item_id in CHECKLIST if first_step else PAIN_RULES:
        value = answers.choice(item_id)
        if value == MET or (item_id not in PAIN_RULES and value in NOT_COUNTED):
            continue
        missing.append((item_id, value))
    return Readiness(stage, next_stage, tuple(missing), week_rule=not first_step)


def _name(stage: str, stage_labels: Mapping[str, str]) -> str:
    return stage_labels.get(stage, stage).split(":")[0].strip()


def readiness_text(readiness: Readiness, stage_labels: Mapping[str, str]) -> str:
    """The line shown at the running stage: ready for which stage, or what is still missing.

    `stage_labels`: the stage option labels, e.g. "1 Walk-run: 1 min run, ..."; the part
    before the colon names the stage.
    """
    if readiness.stage is None:
        return _("Tick the running stage to see whether the next stage is due.")
    if readiness.next_stage is None:
        return _("{stage} is the last stage: there is no next stage.").format(
            stage=_name(readiness.stage, stage_labels)
        )
    name = _name(readiness.next_stage, stage_labels)
    if readiness.missing:
        parts = [
            f"{_(SHORT_NAMES[i]) if i in SHORT_NAMES else i} "
            f"({_(ANSWER_WORDS[v]) if v in ANSWER_WORDS else v})"
            for i, v in readiness.missing
        ]
        # Translators: {missing} lists checklist items, each with its answer in brackets.
        return _("Not yet ready for {stage}. Still missing: {missing}.").format(
            stage=name, missing=", ".join(parts)
        )
    if readiness.week_rule:
        return _(
            "Ready for the next stage: {stage}, if the pain rules have held for a week at this "
            "stage and each run stays within 10% of the longest run of the last 30 days. "
            "You decide."
        ).format(stage=name)
    return _("Ready for the next stage: {stage}. You decide.").format(stage=name)
