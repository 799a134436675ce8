"""Patients: create, update, archive, look up by chart number, and search as you type."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from kneedesk.core.i18n import N_, _
from kneedesk.core.text_checks import unsafe_char_problem
from kneedesk.store.audit import Action, AuditLog, Entity
from kneedesk.store.canonical import Clock, timestamp, utc_now
from kneedesk.store.dialect import StoreDatabase, index_patient, patient_finder
from kneedesk.store.errors import (
    ConflictError,
    DuplicateChartNumberError,
    InvalidValueError,
    NotFoundError,
    translated,
)
from kneedesk.store.languages import checked_language
from kneedesk.store.patient_merge import changed_here, refuse_conflicts
from kneedesk.store.patient_search import COLUMNS as _COLUMNS
from kneedesk.store.search_text import search_fields, search_line, sort_key
from kneedesk.store.visit_rows import Visit, visits_of_patient

SEXES = ("female", "male", "other", "not_stated")
_EDITABLE = ("chart_number", "given_name", "family_name", "birth_date", "sex")


@dataclass(frozen=True)
class Patient:
    """One patient's identifying details."""

    id: int
    uid: str
    chart_number: str
    given_name: str
    family_name: str
    birth_date: str | None
    sex: str | None
    archived: bool
    created_at: str
    updated_at: str
    # The language this patient's handout prints in ("es"); None: the clinic's.
    handout_language: str | None = None
    # How many times the details were changed (`update`); 0 when not read (a search's rows).
    version: int = 0

    @property
    def display_name(self) -> str:
        """ "Family, Given" for lists (or whichever part is present)."""
        return ", ".join(p for p in (self.family_name, self.given_name) if p)


@dataclass(frozen=True)
class PatientRecord:
    """A patient opened for display, with every visit in date order."""

    patient: Patient
    visits: list[Visit]


class PatientRepo:
    """Patient records. Nothing is hard-deleted: a patient is archived instead."""

    def __init__(self, db: StoreDatabase, audit: AuditLog, *, clock: Clock = utc_now) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock
        self.finder = patient_finder(db)

    def create(
        self,
        *,
        chart_number: str,
        given_name: str,
        family_name: str,
        birth_date: date | str | None = None,
        sex: str | None = None,
        uid: str | None = None,
    ) -> Patient:
        """Add a patient; the chart number must be unique (case-insensitive)."""
        fields = _clean(
            {
                "chart_number": chart_number,
                "given_name": given_name,
                "family_name": family_name,
                "birth_date": birth_date,
                "sex": sex,
            }
        )
        now = timestamp(self.clock())
        row = {
            "uid": uid or uuid.uuid4().hex,
            **fields,
            "sort_key": sort_key(fields["family_name"], fields["given_name"]),
            "search_text": _line(fields),
            "archived": 0,
            "created_at": now,
            "updated_at": now,
        }
        with translated(None, "add the patient"), self.db.atomic():
            self._refuse_duplicate(fields["chart_number"], None)
            patient_id = self.db.table("patients").insert(row).last_pk
            assert isinstance(patient_id, int)
            self._index(patient_id, row)
            # The identity is recorded so `kneedesk check` can tell a later change made
            # outside KneeDesk (the audit log disagrees) from a correction (an audited edit).
            self.audit.record(
                Action.CREATE,
                Entity.PATIENT,
                patient_id,
                {k: row[k] for k in ("chart_number", "given_name", "family_name", "birth_date")},
            )
            # Read before the commit: nothing after it may fail and report the new patient
            # as not saved (the clinician would add them twice).
            return self.get(patient_id)

    def update(
        self, patient_id: int, *, based_on: Patient | None = None, **changes: Any
    ) -> Patient:
        """Change any of chart_number, given_name, family_name, birth_date, sex.

        `based_on` is the patient as the clinician saw it: only the fields changed from it
        are written, onto the details as they are now, and a field another workstation has
        changed since to something else raises ConflictError (`patient_merge`). None
        writes every given field.
        """
        unknown = sorted(set(changes) - set(_EDITABLE))
        if unknown:
            raise InvalidValueError(
                _("Patient details {names} cannot be changed here.").format(
                    names=", ".join(unknown)
                ),
                _("Change only {names}.").format(names=", ".join(_EDITABLE)),
            )
        if based_on is not None:
            shown = {name: getattr(based_on, name) for name in _EDITABLE}
            changes = changed_here(based_on, _clean(shown | changes))
        # A save races another workstation's only between reading and writing the row: the
        # write is made only at the version read, and read again when it has moved on.
        for _attempt in range(5):
            current = self.get(patient_id)
            if based_on is not None:
                refuse_conflicts(self.db, current, based_on, changes)
            merged = {name: getattr(current, name) for name in _EDITABLE} | changes
            fields = _clean(merged)
            changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
            if not changed:
                return current
            if self._write(current, fields, changed):
                return self.get(patient_id)
        raise ConflictError(
            _("Another workstation keeps changing this patient's details."),
            _("Nothing was saved. Try again in a moment."),
            field="",
            mine=None,
            theirs=None,
            by="",
            at="",
            version=current.version,
        )

    def _write(self, current: Patient, fields: dict[str, Any], changed: dict[str, Any]) -> bool:
        """Write the details if the row is still at `current`'s version; whether it was."""
        row = {
            **fields,
            "sort_key": sort_key(fields["family_name"], fields["given_name"]),
            "search_text": _line(fields),
            "updated_at": timestamp(self.clock()),
            "version": current.version + 1,
        }
        names = list(row)
        with translated(None, "save the patient's details"), self.db.atomic():
            self._refuse_duplicate(fields["chart_number"], current.id)
            cursor = self.db.execute(
                f"UPDATE patients SET {', '.join(f'{n} = ?' for n in names)} "
                "WHERE id = ? AND version = ?",
                [*(row[n] for n in names), current.id, current.version],
            )
            if cursor.rowcount != 1:
                return False
            self._index(current.id, row)
            before = {k: getattr(current, k) for k in changed}
            self.audit.record(
                Action.EDIT, Entity.PATIENT, current.id, {"before": before, "after": changed}
            )
        return True

    def set_handout_language(self, patient_id: int, language: str | None) -> Patient:
        """The language this patient's handouts print in (None: the clinic's); audited."""
        code = None if language is None else checked_language(language)
        current = self.get(patient_id)
        if current.handout_language == code:
            return current
        with translated(None, "save the patient's handout language"), self.db.atomic():
            self.db.table("patients").update(
                patient_id, {"handout_language": code, "updated_at": timestamp(self.clock())}
            )
            self.audit.record(
                Action.EDIT,
                Entity.PATIENT,
                patient_id,
                {
                    "before": {"handout_language": current.handout_language},
                    "after": {"handout_language": code},
                },
            )
        return self.get(patient_id)

    def archive(self, patient_id: int) -> Patient:
        """Hide a patient from the list and search; all records are kept."""
        return self._set_archived(patient_id, True)

    def unarchive(self, patient_id: int) -> Patient:
        """Bring an archived patient back into the list and search."""
        return self._set_archived(patient_id, False)

    def get(self, patient_id: int) -> Patient:
        """The patient with this id (not audited: use `open` to show a patient to a user)."""
        row = self.db.execute(
            f"SELECT {_COLUMNS}, version FROM patients WHERE id = ?", [patient_id]
        ).fetchone()
        if row is None:
            raise NotFoundError(_("There is no patient with id {id}.").format(id=patient_id))
        return _patient(row)

    def open(self, patient_id: int) -> PatientRecord:
        """Load a patient and their visits for display, recording the view in the audit log."""
        with self.db.atomic():
            record = self.read_record(patient_id)
            self.record_view(patient_id)
        return record

    def read_record(self, patient_id: int) -> PatientRecord:
        """A patient and their visits, read with plain SELECTs and no transaction, so a worker
        thread may call it while the writer thread goes on (not audited: the writer thread
        then calls `record_view` before the record is shown)."""
        return PatientRecord(self.get(patient_id), visits_of_patient(self.db, patient_id))

    def record_view(self, patient_id: int) -> None:
        """Record in the audit log that a user was shown this patient (on the writer thread)."""
        with self.db.atomic():
            self.audit.record(Action.VIEW, Entity.PATIENT, patient_id)

    def by_chart_number(self, chart_number: str) -> Patient | None:
        """The patient with this chart number (case-insensitive), or None."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM patients WHERE chart_number = ?", [chart_number.strip()]
        ).fetchone()
        return _patient(row) if row else None

    def by_uid(self, uid: str) -> Patient | None:
        """The patient with this stable id (as used in visit documents), or None."""
        row = self.db.execute(f"SELECT {_COLUMNS} FROM patients WHERE uid = ?", [uid]).fetchone()
        return _patient(row) if row else None

    def search(
        self, query: str = "", *, limit: int = 50, offset: int = 0, include_archived: bool = False
    ) -> list[Patient]:
        """One page of patients matching every typed word as a prefix, in name order.

        Words match names (accents and case ignored), chart numbers and birth dates typed as
        1994-03-02, 02.03.1994 or 03/02/1994 (or the start of one). An empty query lists all.
        How each search is answered quickly is `PatientFinder`'s business.
        """
        rows = self.finder.page(query, int(limit), int(offset), include_archived)
        return [_patient(row) for row in rows]

    def count(
        self, query: str = "", *, include_archived: bool = False, stop_at: int | None = None
    ) -> int:
        """How many patients `search` would return over all pages.

        With `stop_at`, counting stops there: the answer is at most `stop_at`, and reading a
        few hundred matches keeps a count as you type fast even when thousands match.
        """
        return self.finder.count(query, include_archived, stop_at)

    # --- internals ---------------------------------------------------------------------------

    def _set_archived(self, patient_id: int, archived: bool) -> Patient:
        current = self.get(patient_id)
        if current.archived == archived:
            return current
        with translated(None, "archive the patient"), self.db.atomic():
            self.db.table("patients").update(
                patient_id, {"archived": int(archived), "updated_at": timestamp(self.clock())}
            )
            self.audit.record(
                Action.ARCHIVE if archived else Action.UNARCHIVE, Entity.PATIENT, patient_id
            )
        return self.get(patient_id)

    def _refuse_duplicate(self, chart_number: str, own_id: int | None) -> None:
        other = self.by_chart_number(chart_number)
        if other is not None and other.id != own_id:
            raise DuplicateChartNumberError(
                _("Chart number {chart} already belongs to {name}.").format(
                    chart=chart_number, name=other.display_name
                ),
                _("Check the number, or open that patient instead of adding a new one."),
            )

    def _index(self, patient_id: int, row: dict[str, Any]) -> None:
        # Kept in step here rather than by triggers: trusted_schema=OFF forbids triggers that
        # write to virtual tables, and the folding (Ł -> l) is done in Python.
        fields = search_fields(
            row["given_name"], row["family_name"], row["chart_number"], row["birth_date"]
        )
        index_patient(self.db, patient_id, fields)


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    """Trimmed, checked patient fields; raises InvalidValueError naming the field."""
    chart = str(fields["chart_number"] or "").strip()
    given = str(fields["given_name"] or "").strip()
    family = str(fields["family_name"] or "").strip()
    if not chart or len(chart) > 40:
        raise InvalidValueError(
            _("The chart number is missing or longer than 40 characters."),
            _("Enter the clinic's chart number for this patient."),
            field="chart_number",
        )
    if not (given or family):
        raise InvalidValueError(
            _("The patient's name is missing."),
            _("Enter a given or family name."),
            field="given_name",
        )
    for name, value in (("given_name", given), ("family_name", family)):
        if len(value) > 200:
            raise InvalidValueError(
                _("A name is longer than 200 characters."), _("Shorten the name."), field=name
            )
    _refuse_unsafe(chart, given, family)
    birth = fields["birth_date"]
    if isinstance(birth, date):
        birth = birth.isoformat()
    if birth in ("", None):
        birth = None
    else:
        try:
            parsed = date.fromisoformat(str(birth))
        except ValueError:
            parsed = None
        if parsed is None or parsed.isoformat() != birth:
            raise InvalidValueError(
                # Translators: {typed} comes with its quotes, e.g. '2024-13-01'.
                _("The birth date {typed} is not a date written as YYYY-MM-DD.").format(
                    typed=repr(birth)
                ),
                _("Enter the birth date as year-month-day, e.g. 1994-03-02."),
                field="birth_date",
            )
        if parsed > date.today() or parsed.year < 1900:
            raise InvalidValueError(
                _("The birth date {typed} is in the future or before 1900.").format(typed=birth),
                _("Check the year."),
                field="birth_date",
            )
    sex = fields["sex"] or None
    if sex is not None and sex not in SEXES:
        raise InvalidValueError(
            # Translators: {value} comes with its quotes; {choices} are stored codes.
            _("Sex {value} is not one of {choices}.").format(
                value=repr(sex), choices=", ".join(SEXES)
            ),
            _("Choose one of the listed values."),
            field="sex",
        )
    return {
        "chart_number": chart,
        "given_name": given,
        "family_name": family,
        "birth_date": birth,
        "sex": sex,
    }


def _refuse_unsafe(chart: str, given: str, family: str) -> None:
    """Refuse control, bidi-override and surrogate characters, naming the field and place."""
    for name, label, value in (
        # Translators: {problem} says which invisible character and where, e.g. "has the
        # invisible character U+202E (...) at character 3; remove it".
        ("chart_number", N_("The chart number {problem}."), chart),
        ("given_name", N_("The given name {problem}."), given),
        ("family_name", N_("The family name {problem}."), family),
    ):
        problem = unsafe_char_problem(value)
        if problem:
            raise InvalidValueError(
                _(label).format(problem=problem),
                _("Such characters are invisible or change how text is shown; retype the text."),
                field=name,
            )


def _line(fields: dict[str, Any]) -> str:
    return search_line(
        fields["given_name"], fields["family_name"], fields["chart_number"], fields["birth_date"]
    )


def _patient(row: tuple[Any, ...]) -> Patient:
    """A patient from a row of COLUMNS, and its version when the row has it."""
    pid, uid, chart, given, family, birth, sex, archived, created, updated, language = row[:11]
    version = int(row[11]) if len(row) > 11 else 0
    return Patient(
        pid,
        uid,
        chart,
        given,
        family,
        birth,
        sex,
        bool(archived),
        created,
        updated,
        language,
        version,
    )
