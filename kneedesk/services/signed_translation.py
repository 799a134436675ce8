"""A signed visit's findings in another language, without changing what was signed.

A visit is signed with its findings' words in English (the stored record). A handout in
Spanish needs the same findings in Spanish: the visit's answers are assessed again in both
languages, and each signed finding whose English words are exactly what the answers give
today takes today's words in the other language. A finding whose words differ (thresholds
or wording changed since signing) keeps the words it was signed with, so nothing printed ever
says more or less than the signed record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kneedesk.core.findings import Finding
from kneedesk.core.findings.model import Value


def _same_words(signed: Finding, today: Finding) -> bool:
    return (
        signed.title == today.title
        and signed.clinician_text == today.clinician_text
        and signed.patient_text == today.patient_text
        and signed.level == today.level
        and signed.plan == today.plan
        and len(signed.evidence) == len(today.evidence)
        and all(
            (a.measure, a.side) == (b.measure, b.side) and _same_value(a.value, b.value)
            for a, b in zip(signed.evidence, today.evidence, strict=True)
        )
    )


def _same_value(signed: Value, today: Value) -> bool:
    """Equal, a number stored rounded (13.67) matching the one worked out (13.669...)."""
    if isinstance(signed, int | float) and isinstance(today, int | float):
        return round(float(signed), 2) == round(float(today), 2)
    return signed == today


def translated_findings(
    signed: Sequence[Finding], english: Sequence[Finding], local: Sequence[Finding]
) -> tuple[Finding, ...]:
    """`signed`, each finding in the words of `local` where `english` (the same answers
    assessed in English) matches it word for word, else as signed."""
    english_by_id = {f.id: f for f in english}
    local_by_id = {f.id: f for f in local}
    out: list[Finding] = []
    for finding in signed:
        today = english_by_id.get(finding.id)
        translated = local_by_id.get(finding.id)
        if today is not None and translated is not None and _same_words(finding, today):
            out.append(replace(translated, level=finding.level, plan=finding.plan))
        else:
            out.append(finding)
    return tuple(out)
