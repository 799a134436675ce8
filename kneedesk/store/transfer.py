"""Export visits as visit documents (the JSON interchange format) and import them back."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from kneedesk.core.stills import Still, marks_to_json
from kneedesk.core.text_checks import clip
from kneedesk.core.visit_batch import check_documents, describe_patient
from kneedesk.core.visit_doc import FORMAT, FORMAT_VERSION, VisitDoc, VisitDocError, parse_visit_doc
from kneedesk.core.visit_doc_stills import still_to_json
from kneedesk.store.audit import Action, Entity
from kneedesk.store.canonical import canonical_json
from kneedesk.store.errors import InvalidValueError, translated
from kneedesk.store.patients import Patient
from kneedesk.store.store import Store
from kneedesk.store.visit_rows import Side, Visit

UNKNOWN_CLINICIAN = "unknown"


@dataclass
class ExportResult:
    """Visit documents ready to write, and the visits that could not be exported (and why)."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import did: visits added, identical visits already present, patients added."""

    visits_added: int = 0
    visits_already_present: int = 0
    patients_added: int = 0


def visit_document(store: Store, patient: Patient, visit: Visit) -> dict[str, Any]:
    """One visit as a visit document; the patient's chart number is the document's patient id."""
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "protocol": visit.protocol,
        "protocol_version": visit.protocol_version,
        "patient": {
            "id": patient.chart_number,
            "given_name": patient.given_name,
            "family_name": patient.family_name,
            "birth_date": patient.birth_date,
            "sex": patient.sex or "not_stated",
        },
        "visit": {"date": visit.visit_date, "clinician": visit.clinician_name or UNKNOWN_CLINICIAN},
        "answers": store.visits.answers(visit.id),
    }
    not_tested = store.visits.not_tested(visit.id)
    if not_tested:
        data["not_tested"] = not_tested
    consent = store.stills.consent(visit.id)
    if consent is not None:
        data["visit"]["filming_consent"] = consent
    stills = store.stills.for_visit(visit.id)
    if stills:
        data["stills"] = [still_to_json(still) for still in stills]
    return data


def export_patients(store: Store, patients: Iterable[Patient]) -> ExportResult:
    """Every visit of these patients as checked visit documents, oldest first per patient.

    Each document is read back with the core's checker before it is returned, so whatever
    is exported can be imported. Each exported patient is recorded in the audit log.
    """
    result = ExportResult()
    for patient in patients:
        exported = 0
        for visit in store.visits.for_patient(patient.id):
            document = visit_document(store, patient, visit)
            try:
                parse_visit_doc(document)
            except VisitDocError as exc:
                problems = "; ".join(str(p) for p in exc.problems[:3])
                result.skipped.append(
                    f"{patient.chart_number} ({patient.display_name}), visit of "
                    f"{visit.visit_date}: {problems}"
                )
                continue
            result.documents.append(document)
            exported += 1
        if exported:
            with translated(store.path, "record the export"), store.db.atomic():
                store.audit.record(Action.EXPORT, Entity.PATIENT, patient.id, {"visits": exported})
    return result


def import_documents(store: Store, documents: Sequence[Mapping[str, Any]]) -> ImportResult:
    """Add visits from visit documents, all or nothing: every document is checked first.

    A patient is matched by chart number (the document's patient id) and created if new;
    a visit identical to one already stored is not added twice. Imported visits are drafts:
    a signature cannot travel in a visit document. Stills come with their visit, with the
    patient's consent to filming as the document records it.
    """
    parsed, problems = check_documents(documents)
    if problems:
        raise InvalidValueError(
            "The file has invalid visit documents; nothing was imported: "
            + "; ".join(problems[:10])
            + (" ..." if len(problems) > 10 else ""),
            "Correct the file (each problem names the item), then import it again.",
        )
    result = ImportResult()
    with translated(store.path, "import the visits"), store.db.atomic():
        for doc in parsed:
            patient = _patient_for(store, doc, result)
            if _already_present(store, patient, doc):
                result.visits_already_present += 1
                continue
            _add_visit(store, patient, doc)
            result.visits_added += 1
    return result


def _patient_for(store: Store, doc: VisitDoc, result: ImportResult) -> Patient:
    info = doc.patient
    existing = store.patients.by_chart_number(info.id)
    if existing is None:
        result.patients_added += 1
        return store.patients.create(
            chart_number=info.id,
            given_name=info.given_name,
            family_name=info.family_name,
            birth_date=info.birth_date,
            sex=info.sex,
        )
    same = (existing.given_name, existing.family_name, existing.birth_date) == (
        info.given_name,
        info.family_name,
        info.birth_date.isoformat(),
    )
    if not same:
        raise InvalidValueError(
            f"Chart number {clip(info.id, 40)} belongs to {clip(existing.display_name)} here, but "
            f"the file has it for {describe_patient(info)}; nothing was imported.",
            "Check which patient the file is about; change the chart number in the file or here.",
        )
    return existing


def _already_present(store: Store, patient: Patient, doc: VisitDoc) -> bool:
    for visit in store.visits.for_patient(patient.id):
        if (visit.visit_date, visit.protocol, visit.protocol_version) != (
            doc.visit.date.isoformat(),
            doc.protocol,
            doc.protocol_version,
        ):
            continue
        same_answers = store.visits.answers(visit.id) == _as_stored(doc.answers.to_dict())
        if (
            same_answers
            and store.visits.not_tested(visit.id) == _expanded_not_tested(store, doc)
            and _still_keys(store.stills.for_visit(visit.id)) == _still_keys(doc.stills)
        ):
            return True
    return False


def _still_keys(stills: Iterable[Still]) -> list[tuple[str, str, str, str, str]]:
    """What makes two visits' stills the same: the images, where and how they were taken,
    and the points on them."""
    return [
        (s.image_sha256, s.item_id, s.side, str(s.view), canonical_json(marks_to_json(s.marks)))
        for s in stills
    ]


def _add_visit(store: Store, patient: Patient, doc: VisitDoc) -> None:
    visit = store.visits.create_draft(
        patient.id,
        visit_date=doc.visit.date,
        clinician_name=doc.visit.clinician,
        protocol=doc.protocol,
        protocol_version=doc.protocol_version,
    )
    for item_id, value in doc.answers.items():
        if isinstance(value, Mapping):
            for side in ("left", "right"):
                if value.get(side) is not None:
                    store.visits.save_answer(visit.id, item_id, _side(side), value[side])
        elif value is not None:
            store.visits.save_answer(visit.id, item_id, "whole", value)
    for key, reason in _expanded_not_tested(store, doc).items():
        item_id, _, side = key.partition(":")
        store.visits.save_answer(visit.id, item_id, _side(side or "whole"), None, reason)
    if doc.filming_consent is not None:
        store.stills.set_consent(visit.id, True, None, at=doc.filming_consent)
    for still in doc.stills:
        # A still keeps its uid unless this database already has one by that uid (the same
        # visit imported again after a change): then it is kept under a new one.
        taken = store.stills.visit_of(still.uid) is not None
        store.stills.add(visit.id, replace(still, uid="") if taken else still, None)
    store.audit.record(
        Action.IMPORT,
        Entity.VISIT,
        visit.id,
        {"patient": patient.chart_number, "date": doc.visit.date.isoformat()},
    )


def _expanded_not_tested(store: Store, doc: VisitDoc) -> dict[str, str]:
    """Not-tested marks as stored: a per-side item marked as a whole counts for both sides."""
    protocol = store.visits.protocols(doc.protocol, doc.protocol_version)
    expanded: dict[str, str] = {}
    for key, reason in doc.not_tested.items():
        item = protocol.get(key.partition(":")[0])
        if item is not None and item.per_side and ":" not in key:
            expanded[f"{key}:left"] = reason.strip()
            expanded[f"{key}:right"] = reason.strip()
        else:
            expanded[key] = reason.strip()
    return expanded


def _as_stored(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as `answers()` returns them once saved: no nulls, both side keys present."""
    stored: dict[str, Any] = {}
    for item_id, value in answers.items():
        if isinstance(value, Mapping):
            sides = {side: value.get(side) for side in ("left", "right")}
            if any(v is not None for v in sides.values()):
                stored[item_id] = sides
        elif value is not None:
            stored[item_id] = value
    return stored


def _side(text: str) -> Side:
    if text == "left":
        return "left"
    if text == "right":
        return "right"
    return "whole"
