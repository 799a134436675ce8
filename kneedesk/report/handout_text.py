"""The fixed wording of the patient handout, kept as data so it can be reviewed in one place.

Plain words; "is linked with", "can", "may", never claims of certainty (clinical content v2,
section 1). The v2 texts not yet printed (diagnosis states, red-flag advice, return to run)
are in `kneedesk.report.handout_text_v2`; the findings' v2 patient sentences in
`kneedesk.core.findings.patient_text`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kneedesk.core.i18n import N_

TITLE = N_("Your runner's knee plan")
RED_FLAG_TITLE = N_("Your knee: what happens next")

SECTION_FOUND = N_("What we found")
SECTION_PLAN = N_("Your plan")
SECTION_RUNNING = N_("Your running")
SECTION_PAIN_RULES = N_("The pain rules")
SECTION_GOOD_TO_KNOW = N_("Good to know")
SECTION_COME_BACK = N_("When to come back")
SECTION_PROGRESS = N_("Your progress")
SECTION_NEXT_STEPS = N_("Next steps")
SECTION_TODAY = N_("Your knee today")

INTRO = N_(
    "Here is a summary of your visit: what your tests showed, what it means for your knee, "
    "and what to do next. Keep it somewhere handy and bring it to your next visit."
)
FOUND_INTRO = N_(
    "Knee pain in runners is linked with how the hips, pelvis and ankle guide the leg, and "
    "with how quickly training has changed. The picture shows the links we looked for and "
    "which of them showed up in your tests."
)
FOUND_NOTHING_SPECIFIC = N_(
    "Your tests today did not point to one particular link. Your plan strengthens the hip "
    "and knee muscles together, which is the approach the current guidelines recommend."
)

# Finding id -> the heading the patient sees.
FINDING_TITLES: Mapping[str, str] = MappingProxyType(
    {
        "refer_first": N_("Something to check first"),
        "pfp_pattern": N_("What your pain fits"),
        "load_spike": N_("Your training load"),
        "downhill_squat_load": N_("Downhill running and deep squats"),
        "hip_strength_deficit": N_("Hip strength"),
        "pelvic_control": N_("Keeping your pelvis level"),
        "knee_collapse": N_("Where your knee points"),
        "trunk_control": N_("Trunk strength"),
        "ankle_mobility": N_("Ankle movement"),
        "balance_asymmetry": N_("Balance on one leg"),
        "low_cadence": N_("Your running steps"),
        "fatigue_breakdown": N_("When you get tired"),
    }
)

PLAN_INTRO = N_(
    "Hip and thigh exercises together are the heart of your plan. Do them as often as it says "
    "under 'How much', slowly and with good form. Use the pain rules to judge how much."
)
RUNNING_INTRO = N_("Changes to your running for now, so the knee can settle while you keep going.")
OTHER_ITEMS = N_("Also in your plan")
NOTE_FROM = N_("A note from {clinician}")

DOSE_LABEL = N_("How much")
PROGRESSION_LABEL = N_("When it feels easy")
ITEM_NOTE_LABEL = N_("Note")
TARGET_LABEL = N_("Works on")

PAIN_RULES: tuple[tuple[str, str], ...] = (
    (
        N_("During activity"),
        N_("Pain ideally no more than 2 out of 10, and never above 5 out of 10."),
    ),
    (
        N_("Afterwards"),
        N_("Back to your usual level within an hour, and no worse the next morning."),
    ),
    (
        N_("If not"),
        N_("Do a little less next time: shorter, slower or fewer repetitions. Less, not nothing."),
    ),
)
PAIN_SCALE_ZONES: tuple[tuple[int, int, str], ...] = (
    (0, 2, N_("Fine")),
    (3, 5, N_("Acceptable: keep an eye on it")),
    (6, 10, N_("Too much: ease off")),
)

GOOD_TO_KNOW: tuple[str, ...] = (
    # Exercise vs wait-and-see: van der Heijden, Cochrane 2015.
    N_("Rest on its own does not usually fix runner's knee. Exercise helps more than rest alone."),
    # McCoy 1987 measured vibration, not sound; crepitus and cartilage: Schiphof 2014.
    N_(
        "Clicking or grinding noises are common, even in knees that do not hurt. On their own "
        "they are usually not a sign of damage."
    ),
    N_("Scans are rarely needed for this kind of knee pain."),
    # Collins 2013.
    N_("Most people get better: about 6 in 10 are doing well a year later."),
)

COME_BACK_DEFAULT = N_("Book your next visit for the time your clinician suggested.")
COME_BACK_ON = N_("Your next visit: {review}.")
COME_BACK_SOONER_INTRO = N_("Contact us sooner if:")
COME_BACK_SOONER_CALL = N_("Call us sooner on {phone} if:")
COME_BACK_SOONER: tuple[str, ...] = (
    N_("the knee swells, locks or gives way;"),
    N_("pain wakes you at night or is there all the time, even at rest;"),
    N_("pain stays above 5 out of 10, or keeps getting worse even when you do less."),
)

RED_FLAG_NEXT_STEPS = N_(
    "Your clinician will discuss the next steps with you before any exercise plan starts."
)
RED_FLAG_URGENT_INTRO = N_("Get medical care promptly if:")
RED_FLAG_URGENT: tuple[str, ...] = (
    N_("the knee becomes hot, red and swollen, or you feel feverish or unwell;"),
    N_("you cannot put weight on the leg;"),
    N_("you notice numbness, weakness, or a change in colour of the leg or foot."),
)

PROGRESS_INTRO = N_(
    "These charts compare today with your earlier visits. A change counts as meaningful "
    "when it is {kujala} for the knee score or {pain} for pain; smaller changes can be "
    "the usual ups and downs. Hatched bands show them around your first visit."
)

# Progress series shown to the patient, with a plain title (others are for the clinician).
PATIENT_SERIES: Mapping[str, str] = MappingProxyType(
    {
        "kujala": N_("Knee function score (Kujala, out of 100)"),
        "pain": N_("Pain (0 = none, 10 = worst)"),
        "abduction_bw": N_("Hip strength: leg out to the side"),
        "external_rotation_bw": N_("Hip strength: turning the leg out"),
        "extension_bw": N_("Hip strength: leg backwards"),
        "step_down": N_("Step-down test (0 = best)"),
        "knee_to_wall": N_("Ankle bend: knee-to-wall"),
        "weekly_distance": N_("Running distance in the 7 days up to each visit"),
        "cadence": N_("Steps per minute when running"),
    }
)

TILE_KUJALA = N_("Knee function score, out of 100 (higher is better)")
TILE_PAIN_USUAL = N_("Usual pain, out of 10")
TILE_PAIN_RUNNING = N_("Pain when running, out of 10")
# {week} is the form's label of the most recent week ("this week"), as the findings say it.
TILE_DISTANCE = N_("Running {week} (the 7 days up to this visit)")


# The fixed sentences as printed before library edition 2 (clinical content v2, 10.2). A
# plan signed without an edition (before v2) reprints these word for word, as it reprints
# the edition 1 exercise text; everything else prints the current wording.
_EDITION_1_PLAN_INTRO = N_(
    "Combined hip and knee exercises are the heart of your plan. Do them on the days shown, "
    "slowly and with good form, and use the pain rules to judge how much."
)
_EDITION_1_GOOD_TO_KNOW: tuple[str, ...] = (
    N_(
        "Rest on its own does not fix runner's knee. Keeping the knee loaded, in the right "
        "amount, works better."
    ),
    N_(
        "Clicking, cracking or grinding noises are common and are not a sign of damage: in one "
        "study, 99 out of 100 knees without any pain made noises."
    ),
    GOOD_TO_KNOW[2],
    GOOD_TO_KNOW[3],
)
_EDITION_1_COME_BACK_DEFAULT = N_(
    "Book your review visit for the time your clinician suggested today."
)


def plan_intro(edition: int) -> str:
    """The plan's opening sentence in the wording of library `edition`."""
    return _EDITION_1_PLAN_INTRO if edition <= 1 else PLAN_INTRO


def good_to_know(edition: int) -> tuple[str, ...]:
    """The "Good to know" points in the wording of library `edition`."""
    return _EDITION_1_GOOD_TO_KNOW if edition <= 1 else GOOD_TO_KNOW


def come_back_default(edition: int) -> str:
    """When to come back, with no next visit set, in the wording of library `edition`."""
    return _EDITION_1_COME_BACK_DEFAULT if edition <= 1 else COME_BACK_DEFAULT


SECTION_STILLS = N_("What the video showed")
STILLS_INTRO = N_(
    "Your clinician picked these moments from the video of your tests and measured the angles on "
    "them. The lines on each picture show what was measured."
)
STILLS_CAUTION = N_(
    "Angles measured on a video still are a guide. With one camera, a few degrees either way "
    "can come from where the camera stood, so they are read together with your other tests, "
    "never on their own."
)
STILL_TODAY = N_("Today, {date}")
STILL_LAST_VISIT = N_("Last visit, {date}")
STILL_EARLIER_VISIT = N_("Visit on {date}")
STILL_WHEN_LAST = N_("at your last visit")
STILL_WHEN_ON = N_("at your visit on {date}")
