"""Handout wording of protocol v2, kept as data (printed by `kneedesk.report.handout_v2`).

From the clinical content v2 (sections 4.2, 5.1, 6.6, 6.7, 7 and 9): the titles and
introductions per diagnosis status, the red-flag handout's advice, the chain figure's labels,
the "Getting back to running" box and the progress additions. Quoted sentences are final
wording; the return-to-run criteria in plain words are ours (section 7 asks for them).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kneedesk.core.i18n import N_, _
from kneedesk.report import handout_text as v1

# Diagnosis status (section 4.2): "pfp", "to_confirm" or "red_flag".
STATUSES: tuple[str, ...] = ("pfp", "to_confirm", "red_flag")

TITLES: Mapping[str, str] = MappingProxyType(
    {
        "pfp": N_("Your runner's knee plan"),
        "to_confirm": N_("Your knee plan"),
        "red_flag": N_("Your knee: what happens next"),
    }
)

PLAN_INTROS: Mapping[str, str] = MappingProxyType(
    {
        "pfp": v1.PLAN_INTRO,
        "to_confirm": (
            N_(
                "Your clinician chose these exercises for now, while they check what is causing "
                "your pain."
            )
        ),
    }
)

# "To confirm": the first sentence of FOUND_INTRO only (no chain picture is drawn).
FOUND_INTRO_TO_CONFIRM = N_(
    "Knee pain in runners is linked with how the hips, pelvis and ankle guide the leg, and "
    "with how quickly training has changed."
)

# "Good to know" is shown on the pfp path only.
GOOD_TO_KNOW_STATUSES: frozenset[str] = frozenset({"pfp"})

# Red-flag handout (section 6.6).
INTRO_RED_FLAG = N_(
    "Here is what happens after your visit, and what to do until your knee has been "
    "checked. Keep it somewhere handy and bring it to your next visit."
)
RED_FLAG_OPENING = N_(
    "Some of what you told us today needs checking before we start an exercise plan."
)
RED_FLAG_ARRANGE = N_("Your clinician will arrange this with you.")  # printed when they will
RED_FLAG_UNTIL_INTRO = N_("Until your knee has been checked:")
RED_FLAG_UNTIL: tuple[str, ...] = (
    N_("Stop running, jumping and sport for now."),
    N_("Use your leg for daily tasks as far as it is comfortable."),
    N_("If walking hurts more, walk less."),
    N_("Follow any other advice your clinician wrote below."),
)
RED_FLAG_URGENT_INTRO = N_("Get medical care straight away if:")
RED_FLAG_URGENT: tuple[str, ...] = (
    N_("your knee locks and you cannot straighten it;"),
    N_("your knee gives way;"),
    N_("your knee becomes hot, red and swollen, or you feel feverish or unwell;"),
    N_("you cannot put weight on the leg;"),
    N_("you notice numbness, weakness, or a change in colour of the leg or foot;"),
)
RED_FLAG_URGENT_ADOLESCENT = N_("you start to limp, or have new pain in the hip, groin or thigh.")
ADOLESCENT_AGES = (8, 16)  # whole years, both included


def red_flag_urgent(age: int | None) -> tuple[str, ...]:
    """The "get medical care straight away" list for a patient of this age (None: unknown).

    Between 8 and 16 the list ends with limping or new hip, groin or thigh pain; otherwise
    the last item ends the list with a full stop. In the active language.
    """
    low, high = ADOLESCENT_AGES
    urgent = tuple(_(s) for s in RED_FLAG_URGENT)
    if age is not None and low <= age <= high:
        return (*urgent, _(RED_FLAG_URGENT_ADOLESCENT))
    return (*urgent[:-1], urgent[-1].rstrip(" ;\u00a0\u202f") + ".")


# Chain figure (section 5.1; pfp only). Box id -> label.
CHAIN_BOXES: Mapping[str, str] = MappingProxyType(
    {
        "hip": N_("Hip and pelvis: weaker muscles or less control"),
        "thigh": N_("The thigh moves inward"),
        "knee_in": N_("The knee moves inward over the foot"),
        "ankle": N_("Stiff ankle"),
    }
)
CHAIN_TARGET = N_("More load where the kneecap meets the thigh bone")
CHAIN_TARGET_SUB = N_("Where your pain is")
CHAIN_LOAD_ITEMS: Mapping[str, str] = MappingProxyType(
    {
        "too_much": N_("Too much, too soon"),
        "downhill": N_("Downhill, deep squats"),
        "fatigue": N_("Running on tired legs"),
        "stride": N_("Long strides, few steps a minute"),
    }
)
CHAIN_STATES: Mapping[str, str] = MappingProxyType(
    {
        "seen": N_("Seen in your tests"),
        "possible": N_("Possible link"),
        "not_seen": N_("Not seen today"),
    }
)
CHAIN_LEGEND = N_(
    "Bold: seen in your tests today. Dashed: possible links we did not test directly. "
    "Grey: checked, not seen today."
)

# "Getting back to running" (section 7). Criterion id -> the criterion in plain words.
RTR_TITLE = N_("Getting back to running")
RTR_CRITERIA: Mapping[str, str] = MappingProxyType(
    {
        "rtr.pain_during": (
            N_(
                "Pain no more than 2 out of 10 in daily activities and at your current "
                "running stage"
            )
        ),
        "rtr.pain_24h": N_("No worse the next morning, or a day after running"),
        "rtr.single_leg_control": (
            N_(
                "20 single-leg squats or step-downs on the painful leg, pain no more than 2 out "
                "of 10, knee in line"
            )
        ),
        "rtr.hop": (
            N_(
                "Hopping on one leg: knee pain no more than 2 out of 10, and no sharp pain in "
                "one spot of the bone"
            )
        ),
        "rtr.strength": (
            N_("Strength and hop tests on the painful leg at least 90% of the other leg")
        ),
    }
)
RTR_MARKS: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "yes": ("✓", N_("Done")),
        "no": ("○", N_("Not yet")),
        "not_tested": ("–", N_("Not tested")),
        "not_applicable": ("–", N_("Does not apply: both knees hurt")),
    }
)
RTR_STAGES: Mapping[str, str] = MappingProxyType(
    {
        "not_running": N_("not running yet: walk, cycle or swim"),
        "walk_run": (
            N_(
                "walk-run: 1 minute running, 1-2 minutes walking, for 15-20 minutes, every "
                "other day"
            )
        ),
        "easy_continuous": N_("easy running for 20 minutes, 3 times a week"),
        "build_volume": N_("building up, one change at a time"),
        "usual_training": N_("your usual training"),
        "full": N_("full training, with hills and speed work"),
    }
)
RTR_NOW = N_(
    "Your running now: {stage}. Next step: {next_stage}, when all the boxes are ticked and "
    "the pain rules hold for a week."
)
# The first sentence of RTR_NOW alone, at the last stage (there is no next step).
RTR_NOW_LAST = N_("Your running now: {stage}.")

# Progress (section 9).
PROGRESS_BAND = N_(
    "For strength, ankle and balance tests, the shaded band shows the test's usual error: "
    "a change inside it may just be noise."
)
PATIENT_SERIES_V2: Mapping[str, str] = MappingProxyType(
    {"knee_extension_bw": N_("Thigh strength: straightening the knee")}
)
STRENGTH_CHANGE: Mapping[str, str] = MappingProxyType(
    {
        "beyond": N_("{change}, more than the test's usual error"),
        "within": N_("{change}, within the test's usual error"),
    }
)

# Finding id -> the heading the patient sees, for the findings protocol v2 adds.
FINDING_TITLES: Mapping[str, str] = MappingProxyType(
    {
        **v1.FINDING_TITLES,
        "diagnosis_to_confirm": N_("Still to be worked out"),
        "meaningful_worsening": N_("Since your last visit"),
        "energy_bone_health": N_("Food energy and bones"),
        "fear_of_movement": N_("Worries about moving"),
        "training_changes": N_("Changes to your training"),
        "quadriceps_deficit": N_("Thigh strength"),
        "foot_pronation": N_("How your foot rests"),
        "mobility_deficit": N_("Tight muscles"),
    }
)
# Section 1 rule 6: printed under a finding only when its plan items are in the final plan.
IN_PLAN_ONE = N_("{what} is in your plan.")
IN_PLAN_MANY = N_("{what} are in your plan.")
