"""What a report is made from: the clinic, the patient, the visit, its assessment and the plan."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

from kneedesk.core import locale_format
from kneedesk.core.assessment import Assessment
from kneedesk.core.exercises import LIBRARY_EDITION
from kneedesk.core.i18n import N_
from kneedesk.core.locale_format import MONTHS as MONTHS
from kneedesk.core.progress import VisitPoint
from kneedesk.core.stills import Still
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_doc import PatientInfo

# Treatments a clinic may add that current guidelines do not recommend (Wallis et al.,
# Phys Ther 2021): the clinician summary labels them so.
NOT_RECOMMENDED: Mapping[str, str] = MappingProxyType(
    {
        "electrotherapy": N_("Electrotherapy"),
        "manual_therapy_alone": N_("Manual therapy on its own"),
        "dry_needling": N_("Dry needling"),
        "patellar_bracing": N_("Patellar brace"),
    }
)  # English; print them through `_`
NOT_RECOMMENDED_LABEL = N_("not recommended by current guidelines")


@dataclass(frozen=True)
class Clinic:
    """The clinic printed in the letterhead."""

    name: str = ""
    address: str = ""
    phone: str = ""
    logo: bytes | Path | None = None  # PNG or JPEG bytes, or a path to one


@dataclass(frozen=True)
class FinalPlan:
    """The plan as the clinician left it: item ids, changed doses, notes per item and a note."""

    items: tuple[str, ...]
    doses: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    note: str = ""
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))  # per item
    library: int = LIBRARY_EDITION  # the exercise library edition its text prints from


@dataclass(frozen=True)
class EarlierStill:
    """A still of an earlier visit, of the same test, side and camera view as one of today's."""

    visit_date: date
    still: Still


@dataclass(frozen=True)
class ReportStill:
    """One of the visit's kept stills, with the newest comparable still of an earlier visit."""

    still: Still
    earlier: EarlierStill | None = None


@dataclass(frozen=True)
class HandoutData:
    """Everything one visit's handout or clinician summary shows."""

    clinic: Clinic
    patient: PatientInfo
    visit_date: date
    clinician: str
    assessment: Assessment
    plan: FinalPlan | None = None  # None: the plan the assessment suggests
    earlier_visits: Sequence[VisitPoint] = ()
    paper: str = "letter"  # "letter" or "a4"
    units: DisplayUnits = field(default_factory=DisplayUnits)
    altered: bool = False  # a signed visit whose stored digest no longer matches
    review: str = ""  # when to come back, e.g. "in 3 weeks" or "on 12 December"
    signed_by: str = ""  # who signed the visit, for the clinician summary
    seal: str = ""  # the signature's audit row, "row:first 16 hex digits of its hash"
    stills: Sequence[ReportStill] = ()  # every kept still; the handout prints on_handout ones

    def __post_init__(self) -> None:
        if self.paper not in ("letter", "a4"):
            raise ValueError(f"paper must be 'letter' or 'a4', not {self.paper!r}")

    @property
    def final_plan(self) -> FinalPlan:
        """The plan to print: the clinician's, or the suggested one; none with a red flag."""
        if self.assessment.red_flag:  # keeps the edition: a reprint keeps its wording
            return FinalPlan(items=(), library=self.plan.library if self.plan else LIBRARY_EDITION)
        return self.plan if self.plan is not None else FinalPlan(items=self.assessment.plan)

    @property
    def patient_name(self) -> str:
        """Given and family name as written in the record."""
        return " ".join(n for n in (self.patient.given_name, self.patient.family_name) if n)

    @property
    def visits(self) -> tuple[VisitPoint, ...]:
        """Earlier visits and this one, oldest first."""
        now = VisitPoint(self.visit_date, self.assessment.answers, self.assessment.protocol.version)
        earlier = [v for v in self.earlier_visits if v.date < self.visit_date]
        return (*sorted(earlier, key=lambda v: v.date), now)


def long_date(day: date) -> str:
    """A date for people in the active language, independent of the computer's locale:
    "20 November 2026", "20. November 2026" (`kneedesk.core.locale_format.long_date`)."""
    return locale_format.long_date(day)


def short_date(day: date) -> str:
    """A compact date for tables and chart axes: "20 Nov 2026", "20 nov 2026"."""
    return locale_format.short_date(day)
