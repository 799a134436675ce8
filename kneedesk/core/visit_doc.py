"""Visit documents: the JSON interchange format of one visit, checked against its protocol."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kneedesk.core.answers import Answers
from kneedesk.core.json_input import JsonInputError, parse_json
from kneedesk.core.protocol import Item, Protocol, ProtocolError, is_protocol_id
from kneedesk.core.protocol_use import document_protocol
from kneedesk.core.stills import Still
from kneedesk.core.text_checks import clip, has_surrogate
from kneedesk.core.value_checks import check_value as check_value  # re-exported for the store
from kneedesk.core.value_checks import show_json, value_messages
from kneedesk.core.visit_doc_reader import ABSENT, DocReader, suggest
from kneedesk.core.visit_doc_reader import Problem as Problem  # re-exported: part of the API
from kneedesk.core.visit_doc_stills import read_consent, read_stills, still_to_json

FORMAT = "kneedesk-visit"
FORMAT_VERSION = 1
SEXES = ("female", "male", "other", "not_stated")
SIDE_KEYS = ("left", "right")
_TOP_KEYS = (
    "format", "format_version", "protocol", "protocol_version", "patient", "visit", "answers",
    "not_tested", "stills",
)  # fmt: skip
_PATIENT_KEYS = ("id", "given_name", "family_name", "birth_date", "sex")
_VISIT_KEYS = ("date", "clinician", "filming_consent")
# The longest texts the clinic database stores (see kneedesk.store's schema); a document the
# checker accepts must be one the store accepts, so both enforce the same limits.
CHART_NUMBER_MAX = 40
NAME_MAX = 200
REASON_MAX = 500
EARLIEST_BIRTH_YEAR = 1900


class VisitDocError(ValueError):
    """A visit document is invalid; `problems` holds every problem found, in document order."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class PatientInfo:
    """Who the visit is about."""

    id: str
    given_name: str
    family_name: str
    birth_date: date
    sex: str


@dataclass(frozen=True)
class VisitInfo:
    """When the visit happened and who saw the patient."""

    date: date
    clinician: str


@dataclass(frozen=True)
class VisitDoc:
    """One visit as an interchange document: patient, visit, answers and what was not tested."""

    patient: PatientInfo
    visit: VisitInfo
    answers: Answers
    protocol: str = "runners-knee"
    protocol_version: int = 1
    format_version: int = FORMAT_VERSION
    # "item.id" (whole item) or "item.id:left" / "item.id:right" (one side) -> reason.
    not_tested: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # When the patient agreed to be filmed (ISO time), and the stills kept with the visit.
    filming_consent: str | None = None
    stills: tuple[Still, ...] = ()

    def not_tested_reason(self, item_id: str, side: str | None = None) -> str | None:
        """Why an item (or one side of it) was not tested, or None if it was not marked."""
        if side is not None and f"{item_id}:{side}" in self.not_tested:
            return self.not_tested[f"{item_id}:{side}"]
        return self.not_tested.get(item_id)

    def to_dict(self) -> dict[str, Any]:
        """The document as JSON data, in the shape `parse_visit_doc` reads."""
        data: dict[str, Any] = {
            "format": FORMAT,
            "format_version": self.format_version,
            "protocol": self.protocol,
            "protocol_version": self.protocol_version,
            "patient": {**asdict(self.patient), "birth_date": self.patient.birth_date.isoformat()},
            "visit": {"date": self.visit.date.isoformat(), "clinician": self.visit.clinician},
            "answers": self.answers.to_dict(),
        }
        if self.not_tested:
            data["not_tested"] = dict(self.not_tested)
        if self.filming_consent is not None:
            data["visit"]["filming_consent"] = self.filming_consent
        if self.stills:
            data["stills"] = [still_to_json(still) for still in self.stills]
        return data


def _protocol_for(
    reader: DocReader, data: Mapping[str, Any], given: Protocol | None
) -> Protocol | None:
    """The protocol the document declares, checked against `given` when there is one."""
    protocol_id = reader.text(data, "protocol")
    version = reader.version(data, "protocol_version")
    if protocol_id is not None and not is_protocol_id(protocol_id):
        reader.add(
            "protocol",
            f'must be a protocol id like "runners-knee" (lowercase letters, digits and '
            f"dashes, at most 40), not {show_json(protocol_id)}",
        )
        return None
    if protocol_id is None or version is None:
        return None
    if given is not None:
        if (given.id, given.version) == (protocol_id, version):
            return given
        reader.add(
            "protocol",
            f"{protocol_id!r} version {show_json(version)} is not the expected protocol, "
            f"{given.id!r} version {given.version}",
        )
        return None
    try:
        return document_protocol(protocol_id, version)
    except ProtocolError:
        reader.add("protocol", f"unknown protocol {protocol_id!r} version {show_json(version)}")
        return None


def _check_answer(reader: DocReader, item: Item, value: Any) -> None:
    """Check the whole answer of one item, including its left/right structure."""
    if value is None:
        return
    if item.per_side:
        if not isinstance(value, Mapping):
            reader.add(
                item.id,
                f'is asked per side: give {{"left": ..., "right": ...}} (null for a side not '
                f"measured), not {show_json(value)}",
            )
            return
        missing = [s for s in SIDE_KEYS if s not in value]
        if missing:
            reader.add(item.id, f"missing side(s) {', '.join(missing)} (use null if not measured)")
        extra = sorted(k for k in value if k not in SIDE_KEYS)
        if extra:
            shown = ", ".join(clip(k) for k in extra[:5]) + (" ..." if len(extra) > 5 else "")
            reader.add(item.id, f"unknown side key(s) {shown} (allowed: left, right)")
        for side in SIDE_KEYS:
            for message in value_messages(item, value.get(side)):
                reader.add(item.id, f"{side} side: {message}")
        return
    if isinstance(value, Mapping):
        reader.add(item.id, "is not asked per side: give one value, not a left/right object")
        return
    for message in value_messages(item, value):
        reader.add(item.id, message)


def _read_answers(reader: DocReader, raw: Any, protocol: Protocol | None) -> dict[str, Any]:
    if not isinstance(raw, Mapping):
        reader.add("answers", f"must be an object keyed by item id, not {show_json(raw)}")
        return {}
    if protocol is not None:
        ids = [i.id for i in protocol.items()]
        for item_id, value in raw.items():
            item = protocol.get(item_id)
            if item is None:
                reader.add(item_id, f"unknown item id{reader.suggest(item_id, ids)}")
            else:
                _check_answer(reader, item, value)
    return {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in raw.items()}


def _read_not_tested(
    reader: DocReader, raw: Any, protocol: Protocol | None, answers: Mapping[str, Any]
) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        reader.add(
            "not_tested",
            f'must be an object like {{"item.id:left": "reason"}}, not {show_json(raw)}',
        )
        return {}
    for key, reason in raw.items():
        where = f"not_tested.{key}"
        if not isinstance(reason, str) or not reason.strip():
            reader.add(where, f"the reason must be non-empty text, not {show_json(reason)}")
        elif len(reason.strip()) > REASON_MAX:
            reader.add(
                where, f"the reason is {len(reason.strip())} characters; at most {REASON_MAX}"
            )
        elif has_surrogate(reason):
            reader.add(where, "the reason has a lone surrogate (not valid Unicode)")
        item_id, _, side = key.partition(":")
        item = protocol.get(item_id) if protocol is not None else None
        if protocol is not None and item is None:
            ids = [i.id for i in protocol.items()]
            reader.add(where, f"unknown item id{reader.suggest(item_id, ids)}")
            continue
        if side and side not in SIDE_KEYS:
            reader.add(
                where,
                f"unknown side {clip(repr(side[:100]))} (use item.id, item.id:left or "
                "item.id:right)",
            )
            continue
        if side and item is not None and not item.per_side:
            reader.add(where, f"{item_id} is not asked per side: use {item_id!r} without a side")
            continue
        if side and item_id in raw:
            reader.add(where, f"{item_id!r} is already marked not tested on both sides")
        value = answers.get(item_id)
        if side and isinstance(value, Mapping):
            value = value.get(side)
        elif isinstance(value, Mapping):
            value = None if all(v is None for v in value.values()) else value
        if value is not None:
            reader.add(where, "is marked not tested but has a value; remove one of the two")
    return dict(raw)


def parse_visit_doc(
    data: Mapping[str, Any], protocol: Protocol | None = None, *, today: date | None = None
) -> VisitDoc:
    """Read and check a visit document; raise VisitDocError listing every problem found.

    Without `protocol`, the bundled protocol the document names is loaded. `today` (default:
    the current date) is the latest allowed birth date.
    """
    if not isinstance(data, Mapping):
        raise VisitDocError([Problem("document", f"must be a JSON object, not {show_json(data)}")])
    reader = DocReader()
    for key in data:
        if key not in _TOP_KEYS:
            reader.add(key, f"unknown top-level key{suggest(key, _TOP_KEYS)}")
    if data.get("format") != FORMAT:
        reader.add("format", f'must be "{FORMAT}", not {show_json(data.get("format"))}')
    format_version = reader.version(data, "format_version")
    if format_version not in (None, FORMAT_VERSION):
        reader.add(
            "format_version",
            f"{show_json(format_version)} is not supported (only {FORMAT_VERSION})",
        )
    proto = _protocol_for(reader, data, protocol)

    raw = reader.table(data, "patient", _PATIENT_KEYS)
    patient_id = reader.name(raw, "patient.id", CHART_NUMBER_MAX)
    given_name = reader.name(raw, "patient.given_name", NAME_MAX)
    family_name = reader.name(raw, "patient.family_name", NAME_MAX)
    birth_date = reader.day(raw, "patient.birth_date")
    if birth_date is not None and birth_date > (today or date.today()):
        reader.add("patient.birth_date", f"{birth_date.isoformat()} is in the future")
    elif birth_date is not None and birth_date.year < EARLIEST_BIRTH_YEAR:
        reader.add(
            "patient.birth_date", f"{birth_date.isoformat()} is before {EARLIEST_BIRTH_YEAR}"
        )
    sex = raw.get("sex")
    if raw is not ABSENT and sex not in SEXES:
        reader.add("patient.sex", f"must be one of {', '.join(SEXES)}, not {show_json(sex)}")

    raw = reader.table(data, "visit", _VISIT_KEYS)
    visit_date = reader.day(raw, "visit.date")
    clinician = reader.name(raw, "visit.clinician", NAME_MAX)
    consent = read_consent(reader, raw)
    if visit_date and birth_date and visit_date < birth_date:
        reader.add("visit.date", f"{visit_date.isoformat()} is before the patient's birth date")

    answers = _read_answers(reader, data.get("answers"), proto)
    not_tested = _read_not_tested(reader, data.get("not_tested"), proto, answers)
    stills = read_stills(reader, data.get("stills"), proto, consent)
    if reader.problems:
        raise VisitDocError(reader.problems)
    if proto is None or birth_date is None or visit_date is None:  # pragma: no cover
        raise AssertionError("a missing field was not reported")
    return VisitDoc(
        format_version=FORMAT_VERSION,
        protocol=proto.id,
        protocol_version=proto.version,
        patient=PatientInfo(
            str(patient_id), str(given_name), str(family_name), birth_date, str(sex)
        ),
        visit=VisitInfo(visit_date, str(clinician)),
        answers=Answers(answers),
        not_tested=MappingProxyType(not_tested),
        filming_consent=consent,
        stills=stills,
    )


def visit_doc_from_json(raw: bytes, protocol: Protocol | None = None) -> VisitDoc:
    """Read a visit document from JSON bytes (VisitDocError if unusable, one line per problem)."""
    try:
        data = parse_json(raw)
    except JsonInputError as exc:
        raise VisitDocError([Problem("document", str(exc))]) from None
    if isinstance(data, list):
        # An export file (kneedesk export): one line saying so, not every patient echoed back.
        raise VisitDocError(
            [
                Problem(
                    "document",
                    f"is an export file with {len(data)} visit document(s) (a JSON array), "
                    "not one visit; add them with 'kneedesk import', or give one visit document",
                )
            ]
        )
    return parse_visit_doc(data, protocol)


def load_visit_doc(path: str | os.PathLike[str], protocol: Protocol | None = None) -> VisitDoc:
    """Read a visit document from a JSON file (OSError if unreadable, VisitDocError if bad)."""
    return visit_doc_from_json(Path(path).read_bytes(), protocol)
