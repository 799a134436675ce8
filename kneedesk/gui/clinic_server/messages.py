"""What each connection problem means for the person at the workstation, in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kneedesk.gui.clinic_server.diagnosis import Diagnosis, Problem
from kneedesk.gui.tr_marks import QT_TRANSLATE_NOOP

CONTEXT = "ClinicServer"

MESSAGES: dict[Problem, str] = {
    Problem.NO_HOST: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "Enter the clinic server's name or address (your IT provider has it).",
    ),
    Problem.NO_DATABASE_NAME: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "Enter the name of the clinic database (usually kneedesk).",
    ),
    Problem.NO_USER: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "Enter the user KneeDesk signs in to the server as (usually kneedesk_app).",
    ),
    Problem.NO_PASSWORD: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "Enter the password of this user on the clinic server.",
    ),
    Problem.NO_CA_FILE: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "Choose the clinic's CA certificate file (.pem or .crt) from your IT provider: "
        "KneeDesk connects to a server on the network only over TLS.",
    ),
    Problem.CA_FILE_MISSING: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "This file does not exist or cannot be read. Choose the CA certificate again.",
    ),
    Problem.UNKNOWN_HOST: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "No computer of this name was found on the network. Check the spelling, or "
        "enter the server's address.",
    ),
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server does not answer at this address and port. Check that it is running "
        "and that this computer is on the clinic's network.",
    ),
    Problem.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server refused this password for {user}. Type it again, or ask your IT "
        "provider for the right one.",
    ),
    Problem.UNKNOWN_USER: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server has no user of this name (KneeDesk's is usually kneedesk_app).",
    ),
    Problem.NO_SUCH_DATABASE: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server has no database of this name. Check it with your IT provider.",
    ),
    Problem.NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server does not let this computer in. Ask your IT provider to allow this "
        "workstation (docs/clinic-server.md says how).",
    ),
    Problem.CERTIFICATE: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server's certificate could not be checked with this CA file. Choose the CA "
        "certificate file your IT provider gave you.",
    ),
    Problem.HOST_NAME_MISMATCH: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server's certificate is for another name. Enter the server's name exactly "
        "as its certificate has it.",
    ),
    Problem.NO_TLS: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "The server does not offer TLS, which KneeDesk needs over the network. Ask your IT "
        "provider to turn it on (docs/clinic-server.md).",
    ),
    Problem.NOT_SET_UP: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "This database has not been set up for KneeDesk. Your IT provider sets it up with "
        "'kneedesk server init'.",
    ),
    Problem.NEEDS_UPGRADE: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "This database needs upgrading for this version of KneeDesk. Ask your IT provider "
        "to run 'kneedesk server upgrade'. Nothing was changed.",
    ),
    Problem.TOO_NEW: QT_TRANSLATE_NOOP(
        "ClinicServer",
        "A newer version of KneeDesk upgraded this database. Install the same version as "
        "the other workstations.",
    ),
    Problem.OTHER: QT_TRANSLATE_NOOP("ClinicServer", "KneeDesk could not connect: {details}"),
}
"""The message shown under the field to fix (or under the Test button) for each problem;
{user} is the server user, {details} the server's own words."""


def problem_text(found: Diagnosis, user: str) -> str:
    """The message for `found`, in the language of the screens."""
    text = QCoreApplication.translate(CONTEXT, MESSAGES[found.problem])
    return text.format(user=user, details=found.detail)
