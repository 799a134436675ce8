"""The fixed wording of the patient handout, kept as data so it can be reviewed in one place.

Plain words; "is linked with", "can", "may", never claims of certainty (clinical content v2,
section 1). The v2 texts not yet printed (diagnosis states, red-flag advice, return to run)
are in `kneedesk.report.handout_text_v2`; the findings' v2 patient sentences in
`kneedesk.core.findings.patient_text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

TITLE = "Your runner's knee plan"
RED_FLAG_TITLE = "Your knee: what happens next"

SECTION_FOUND = "What we found"
SECTION_PLAN = "Your plan"
SECTION_RUNNING = "Your running"
SECTION_PAIN_RULES = "The pain rules"
SECTION_GOOD_TO_KNOW = "Good to know"
SECTION_COME_BACK = "When to come back"
SECTION_PROGRESS = "Your progress"
SECTION_NEXT_STEPS = "Next steps"
SECTION_TODAY = "Your knee today"

INTRO = (
    "Here is a summary of your visit: what your tests showed, what it means for your knee, "
    "and what to do next. Keep it somewhere handy and bring it to your next visit."
)
FOUND_INTRO = (
    "Knee pain in runners is linked with how the hips, pelvis and ankle guide the leg, and "
    "with how quickly training has changed. The picture shows the links we looked for and "
    "which of them showed up in your tests."
)
FOUND_NOTHING_SPECIFIC = (
    "Your tests today did not point to one particular link. Your plan strengthens the hip "
    "and knee muscles together, which is the approach the current guidelines recommend."
)

# Finding id -> the heading the patient sees.
FINDING_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "refer_first": "Something to check first",
        "pfp_pattern": "What your pain fits",
        "load_spike": "Your training load",
        "downhill_squat_load": "Downhill running and deep squats",
        "hip_strength_deficit": "Hip strength",
        "pelvic_control": "Keeping your pelvis level",
        "knee_collapse": "Where your knee points",
        "trunk_control": "Trunk strength",
        "ankle_mobility": "Ankle movement",
        "balance_asymmetry": "Balance on one leg",
        "low_cadence": "Your running steps",
        "fatigue_breakdown": "When you get tired",
    }
)

PLAN_INTRO = (
    "Hip and thigh exercises together are the heart of your plan. Do them as often as it says "
    "under 'How much', slowly and with good form. Use the pain rules to judge how much."
)
RUNNING_INTRO = "Changes to your running for now, so the knee can settle while you keep going."
OTHER_ITEMS = "Also in your plan"
NOTE_FROM = "A note from {clinician}"

DOSE_LABEL = "How much"
PROGRESSION_LABEL = "When it feels easy"
ITEM_NOTE_LABEL = "Note"
TARGET_LABEL = "Works on"

PAIN_RULES: tuple[tuple[str, str], ...] = (
    (
        "During activity",
        "Pain ideally no more than 2 out of 10, and never above 5 out of 10.",
    ),
    (
        "Afterwards",
        "Back to your usual level within an hour, and no worse the next morning.",
    ),
    (
        "If not",
        "Do a little less next time: shorter, slower or fewer repetitions. Less, not nothing.",
    ),
)
PAIN_SCALE_ZONES: tuple[tuple[int, int, str], ...] = (
    (0, 2, "Fine"),
    (3, 5, "Acceptable: keep an eye on it"),
    (6, 10, "Too much: ease off"),
)

GOOD_TO_KNOW: tuple[str, ...] = (
    # Exercise vs wait-and-see: van der Heijden, Cochrane 2015.
    "Rest on its own does not usually fix runner's knee. Exercise helps more than rest alone.",
    # McCoy 1987 measured vibration, not sound; crepitus and cartilage: Schiphof 2014.
    "Clicking or grinding noises are common, even in knees that do not hurt. On their own "
    "they are usually not a sign of damage.",
    "Scans are rarely needed for this kind of knee pain.",
    # Collins 2013.
    "Most people get better: about 6 in 10 are doing well a year later.",
)

COME_BACK_DEFAULT = "Book your next visit for the time your clinician suggested."
COME_BACK_ON = "Your next visit: {review}."
COME_BACK_SOONER_INTRO = "Contact us sooner if:"
COME_BACK_SOONER_CALL = "Call us sooner on {phone} if:"
COME_BACK_SOONER: tuple[str, ...] = (
    "the knee swells, locks or gives way;",
    "pain wakes you at night or is there all the time, even at rest;",
    "pain stays above 5 out of 10, or keeps getting worse even when you do less.",
)

RED_FLAG_NEXT_STEPS = (
    "Your clinician will discuss the next steps with you before any exercise plan starts."
)
RED_FLAG_URGENT_INTRO = "Get medical care promptly if:"
RED_FLAG_URGENT: tuple[str, ...] = (
    "the knee becomes hot, red and swollen, or you feel feverish or unwell;",
    "you cannot put weight on the leg;",
    "you notice numbness, weakness, or a change in colour of the leg or foot.",
)

PROGRESS_INTRO = (
    "These charts compare today with your earlier visits. A change counts as meaningful "
    "when it is {kujala} for the knee score or {pain} for pain; smaller changes can be "
    "the usual ups and downs. Hatched bands show them around your first visit."
)

# Progress series shown to the patient, with a plain title (others are for the clinician).
PATIENT_SERIES: Mapping[str, str] = MappingProxyType(
    {
        "kujala": "Knee function score (Kujala, out of 100)",
        "pain": "Pain (0 = none, 10 = worst)",
        "abduction_bw": "Hip strength: leg out to the side",
        "external_rotation_bw": "Hip strength: turning the leg out",
        "extension_bw": "Hip strength: leg backwards",
        "step_down": "Step-down test (0 = best)",
        "knee_to_wall": "Ankle bend: knee-to-wall",
        "weekly_distance": "Running distance in the 7 days up to each visit",
        "cadence": "Steps per minute when running",
    }
)

TILE_KUJALA = "Knee function score, out of 100 (higher is better)"
TILE_PAIN_USUAL = "Usual pain, out of 10"
TILE_PAIN_RUNNING = "Pain when running, out of 10"
# {week} is the form's label of the most recent week ("this week"), as the findings say it.
TILE_DISTANCE = "Running {week} (the 7 days up to this visit)"


# The fixed sentences as printed before library edition 2 (clinical content v2, 10.2). A
# plan signed without an edition (before v2) reprints these word for word, as it reprints
# the edition 1 exercise text; everything else prints the current wording.
_EDITION_1_PLAN_INTRO = (
    "Combined hip and knee exercises are the heart of your plan. Do them on the days shown, "
    "slowly and with good form, and use the pain rules to judge how much."
)
_EDITION_1_GOOD_TO_KNOW: tuple[str, ...] = (
    "Rest on its own does not fix runner's knee. Keeping the knee loaded, in the right "
    "amount, works better.",
    "Clicking, cracking or grinding noises are common and are not a sign of damage: in one "
    "study, 99 out of 100 knees without any pain made noises.",
    GOOD_TO_KNOW[2],
    GOOD_TO_KNOW[3],
)
_EDITION_1_COME_BACK_DEFAULT = "Book your review visit for the time your clinician suggested today."


def plan_intro(edition: int) -> str:
    """The plan's opening sentence in the wording of library `edition`."""
    return _EDITION_1_PLAN_INTRO if edition <= 1 else PLAN_INTRO


def good_to_know(edition: int) -> tuple[str, ...]:
    """The "Good to know" points in the wording of library `edition`."""
    return _EDITION_1_GOOD_TO_KNOW if edition <= 1 else GOOD_TO_KNOW


def come_back_default(edition: int) -> str:
    """When to come back, with no next visit set, in the wording of library `edition`."""
    return _EDITION_1_COME_BACK_DEFAULT if edition <= 1 else COME_BACK_DEFAULT


SECTION_STILLS = "What the video showed"
STILLS_INTRO = (
    "Your clinician picked these moments from the video of your tests and measured the angles on "
    "them. The lines on each picture show what was measured."
)
STILLS_CAUTION = (
    "Angles measured on a video still are a guide. With one camera, a few degrees either way "
    "can come from where the camera stood, so they are read together with your other tests, "
    "never on their own."
)
STILL_TODAY = "Today, {date}"
STILL_LAST_VISIT = "Last visit, {date}"
STILL_EARLIER_VISIT = "Visit on {date}"
STILL_WHEN_LAST = "at your last visit"
STILL_WHEN_ON = "at your visit on {date}"
