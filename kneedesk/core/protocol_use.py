"""Which bundled protocol versions a visit document may name, and which the store may use.

New and stored visits follow `protocol.visit_protocol` (no newer than NEW_VISIT_PROTOCOL). A
visit document may also name a newer version whose finding rules exist (SCORED_PROTOCOL), so
`kneedesk score` scores a runners-knee 2 document with the v2 rules before the wizard and the
handout show v2.
"""

from __future__ import annotations

from typing import Final

from kneedesk.core.protocol import Protocol, ProtocolError, ProtocolRef, load_protocol

SCORED_PROTOCOL: Final = ProtocolRef("runners-knee", 2)
"""The newest version whose finding rules exist (kneedesk.core.findings.rules_for)."""


def document_protocol(protocol_id: str, version: int) -> Protocol:
    """A protocol a visit document may name: bundled, and no newer than SCORED_PROTOCOL."""
    if (
        protocol_id == SCORED_PROTOCOL.id
        and isinstance(version, int)
        and version > SCORED_PROTOCOL.version
    ):
        raise ProtocolError(
            "protocols", [f"protocol {protocol_id!r} version {version} is not in use yet"]
        )
    return load_protocol(protocol_id, version)
