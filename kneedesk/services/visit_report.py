"""Everything one stored visit's handout or summary shows, read from the store.

Call on the store's writer thread (the GUI thread in the app); the result is immutable
and can be rendered anywhere (`kneedesk.services.report_render`).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from functools import partial

from kneedesk.core.answers import Answers
from kneedesk.core.assessment import assess_answers
from kneedesk.core.derived import age_in_years
from kneedesk.core.i18n import SOURCE_LANGUAGE, parse_language, use_language
from kneedesk.core.progress import VisitPoint
from kneedesk.core.protocol import load_protocol
from kneedesk.core.visit_doc import PatientInfo
from kneedesk.report.model import Clinic, HandoutData
from kneedesk.services.previous_visit import earlier_signed_visits
from kneedesk.services.report_stills import report_stills
from kneedesk.services.signed_content import signed_findings, signed_plan, signed_review
from kneedesk.services.signed_translation import translated_findings
from kneedesk.store.audit import Action, Entity
from kneedesk.store.clinic_settings import ClinicDetails
from kneedesk.store.errors import NotFoundError
from kneedesk.store.patients import Patient
from kneedesk.store.reports import ReportKind
from kneedesk.store.signing import SignatureStatus
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Visit


class ReportUnavailableError(Exception):
    """This visit cannot be reported on; `what` says why and `todo` what to do."""

    def __init__(self, what: str, todo: str = "") -> None:
        self.what = what
        self.todo = todo
        super().__init__(f"{what} {todo}".strip())


@dataclass(frozen=True)
class VisitReport:
    """A stored visit ready to render: its rows, its signature state and the report data."""

    visit: Visit
    patient: Patient
    status: SignatureStatus
    data: HandoutData
    # The language `data`'s words are in; render it with `render_report(..., language)`.
    language: str = SOURCE_LANGUAGE

    @property
    def signed(self) -> bool:
        """True when the visit is signed (only signed visits are printed or saved)."""
        return self.visit.signed

    @property
    def altered(self) -> bool:
        """True when the signed visit no longer matches its signature."""
        return self.status is SignatureStatus.ALTERED

    def file_name(self, kind: ReportKind | str) -> str:
        """A suggested file name: kind, chart number and visit date ("handout-D-1008-...")."""
        chart = re.sub(r"[^A-Za-z0-9._-]+", "_", self.patient.chart_number).strip("._") or "visit"
        return f"{ReportKind(kind).value}-{chart}-{self.visit.visit_date}.pdf"


def handout_language(store: Store, patient: Patient) -> str:
    """The language a patient's handout prints in: the patient's own, else the clinic's."""
    return patient.handout_language or store.settings.read().handout_language


def visit_report(store: Store, visit_id: int, language: str | None = None) -> VisitReport:
    """Read a visit for its report in `language` (default: the patient's handout
    language); raises NotFoundError or ReportUnavailableError.

    A signed visit prints the findings and plan it was signed with (per-item doses and
    notes included, and the next visit); a draft shows what its answers give now with the
    suggested plan and the next visit typed so far.
    Earlier signed visits of the patient feed the changes and the progress charts; the
    clinic's letterhead, logo, paper, units and thresholds come from the settings.
    """
    visit = store.visits.get(visit_id)
    patient = store.patients.get(visit.patient_id)
    code = parse_language(language) if language else handout_language(store, patient)
    with use_language(code):
        return _visit_report(store, visit, patient, code)


def _visit_report(store: Store, visit: Visit, patient: Patient, language: str) -> VisitReport:
    if not patient.birth_date:
        raise ReportUnavailableError(
            f"{patient.display_name} has no date of birth, which the report needs.",
            "Add it with Edit details on the patient's record, then try again.",
        )
    protocol = load_protocol(visit.protocol, visit.protocol_version)
    signed_before = earlier_signed_visits(store, visit)
    earlier = [
        (date.fromisoformat(v.visit_date), Answers(store.visits.answers(v.id)), v.protocol_version)
        for v in signed_before
    ]
    stills = report_stills(
        store.stills.for_visit(visit.id),
        lambda item, side, view: store.stills.earlier(visit.patient_id, visit.id, item, side, view),
        {v.id for v in signed_before},
    )
    settings = store.settings.read()
    units = settings.units
    assess = partial(
        assess_answers,
        Answers(store.visits.answers(visit.id)),
        protocol,
        previous=earlier[-1][1] if earlier else None,
        thresholds=settings.thresholds,
        units=units,
        # v2 rules use the age (adolescent doses, the 8-16 "get care" item); v1 never did.
        age=(
            age_in_years(
                date.fromisoformat(patient.birth_date), date.fromisoformat(visit.visit_date)
            )
            if protocol.version >= 2
            else None
        ),
    )
    assessment = assess()
    status = store.signing.verify(visit.id)
    plan, signed_by, seal = None, "", ""
    review = "" if visit.signed else store.drafts.review(visit.id)
    content = store.signing.signed_content(visit.id) if visit.signed else None
    if content is not None:
        findings = signed_findings(content.findings, protocol)
        if findings is not None and language != SOURCE_LANGUAGE:
            with use_language(SOURCE_LANGUAGE):
                english = assess().findings
            findings = translated_findings(findings, english, assessment.findings)
        if findings is not None:
            assessment = dataclasses.replace(assessment, findings=findings)
        plan = signed_plan(content.plan)
        review = signed_review(content.plan)
        signed_by = _clinician_name(store, content.signed_by)
        seal = _seal(store, visit.id)
    data = HandoutData(
        clinic=_clinic(settings.clinic),
        patient=PatientInfo(
            id=patient.chart_number,
            given_name=patient.given_name,
            family_name=patient.family_name,
            birth_date=date.fromisoformat(patient.birth_date),
            sex=patient.sex or "not_stated",
        ),
        visit_date=date.fromisoformat(visit.visit_date),
        clinician=visit.clinician_name,
        assessment=assessment,
        plan=plan,
        earlier_visits=tuple(VisitPoint(*visit) for visit in earlier),
        paper=settings.paper,
        units=units,
        altered=status is SignatureStatus.ALTERED,
        review=review,
        signed_by=signed_by,
        seal=seal,
        stills=stills,
    )
    return VisitReport(visit=visit, patient=patient, status=status, data=data, language=language)


def _clinic(details: ClinicDetails) -> Clinic:
    return Clinic(
        name=details.name, address=details.address, phone=details.phone, logo=details.logo_png
    )


def _seal(store: Store, visit_id: int) -> str:
    """The signature's audit row as printed: its number and the start of its hash.

    Anyone can later compare it with the audit log (`kneedesk check` verifies the chain and
    its anchors): a record rewritten after printing no longer has this row with this hash.
    """
    rows = store.audit.entries(entity=Entity.VISIT, entity_id=visit_id, action=Action.SIGN)
    return f"{rows[-1].id}:{rows[-1].hash[:16]}" if rows else ""


def _clinician_name(store: Store, clinician_id: int) -> str:
    try:
        return store.accounts.get(clinician_id).display_name
    except NotFoundError:
        return f"clinician {clinician_id}"
