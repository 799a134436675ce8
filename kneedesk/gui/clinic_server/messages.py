"""What each connection problem means for the person at the workstation, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Problem


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicServer", text)


def problem_text(found: Diagnosis, user: str) -> str:
    """The message shown under the field to fix (or under the Test button)."""
    p = found.problem
    if p is Problem.NO_HOST:
        return _tr("Enter the clinic server's name or address (your IT provider has it).")
    if p is Problem.NO_DATABASE_NAME:
        return _tr("Enter the name of the clinic database (usually kneedesk).")
    if p is Problem.NO_USER:
        return _tr("Enter the user KneeDesk signs in to the server as (usually kneedesk_app).")
    if p is Problem.NO_PASSWORD:
        return _tr("Enter the password of this user on the clinic server.")
    if p is Problem.NO_CA_FILE:
        return _tr(
            "Choose the clinic's CA certificate file (.pem or .crt) from your IT provider: "
            "KneeDesk connects to a server on the network only over TLS."
        )
    if p is Problem.CA_FILE_MISSING:
        return _tr("This file does not exist or cannot be read. Choose the CA certificate again.")
    if p is Problem.UNKNOWN_HOST:
        return _tr(
            "No computer of this name was found on the network. Check the spelling, or "
            "enter the server's address."
        )
    if p is Problem.UNREACHABLE:
        return _tr(
            "The server does not answer at this address and port. Check that it is running "
            "and that this computer is on the clinic's network."
        )
    if p is Problem.WRONG_PASSWORD:
        return _tr(
            "The server refused this password for {user}. Type it again, or ask your IT "
            "provider for the right one."
        ).format(user=user)
    if p is Problem.UNKNOWN_USER:
        return _tr("The server has no user of this name (KneeDesk's is usually kneedesk_app).")
    if p is Problem.NO_SUCH_DATABASE:
        return _tr("The server has no database of this name. Check it with your IT provider.")
    if p is Problem.NOT_ALLOWED:
        return _tr(
            "The server does not let this computer in. Ask your IT provider to allow this "
            "workstation (docs/clinic-server.md says how)."
        )
    if p is Problem.CERTIFICATE:
        return _tr(
            "The server's certificate could not be checked with this CA file. Choose the CA "
            "certificate file your IT provider gave you."
        )
    if p is Problem.HOST_NAME_MISMATCH:
        return _tr(
            "The server's certificate is for another name. Enter the server's name exactly "
            "as its certificate has it."
        )
    if p is Problem.NO_TLS:
        return _tr(
            "The server does not offer TLS, which KneeDesk needs over the network. Ask your IT "
            "provider to turn it on (docs/clinic-server.md)."
        )
    if p is Problem.NOT_SET_UP:
        return _tr(
            "This database has not been set up for KneeDesk. Your IT provider sets it up with "
            "'kneedesk server init'."
        )
    if p is Problem.NEEDS_UPGRADE:
        return _tr(
            "This database needs upgrading for this version of KneeDesk. Ask your IT provider "
            "to run 'kneedesk server upgrade'. Nothing was changed."
        )
    if p is Problem.TOO_NEW:
        return _tr(
            "A newer version of KneeDesk upgraded this database. Install the same version as "
            "the other workstations."
        )
    return _tr("KneeDesk could not connect: {details}").format(details=found.detail)
