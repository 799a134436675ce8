"""Who may write: the store's own check of the signed-in clinician and their role.

In the app (``Store.open(..., require_session=True)``) every write needs a signed-in
clinician, account and threshold/backup settings need an administrator, and a visit is
signed or amended only under the signed-in clinician's own name. A locked or logged-out
app therefore cannot write, whatever a window left open tries. The command line acts for
the operating-system user who owns the file (``require_session=False``): it has the file
anyway. A database with no accounts yet is being set up: its first writes (the clinic and
the first administrator) need nobody.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kneedesk.core.i18n import N_, _
from kneedesk.store.clinicians import Role
from kneedesk.store.errors import NotSignedInError, PermissionDeniedError

if TYPE_CHECKING:
    from kneedesk.store.clinicians import Clinician

LOCKED_TODO = N_("Log in again; what you typed is kept on screen.")
# Each refusal whole for each thing the store guards, so every language can word it; a
# `doing` not listed reads in English.
_NOBODY = {
    "save this": N_("Nobody is logged in, so KneeDesk did not save this."),
    "add a clinician account": N_(
        "Nobody is logged in, so KneeDesk did not add a clinician account."
    ),
    "change another clinician's password": N_(
        "Nobody is logged in, so KneeDesk did not change another clinician's password."
    ),
    "deactivate or reactivate an account": N_(
        "Nobody is logged in, so KneeDesk did not deactivate or reactivate an account."
    ),
    "change this setting": N_("Nobody is logged in, so KneeDesk did not change this setting."),
    "sign a visit": N_("Nobody is logged in, so KneeDesk did not sign a visit."),
    "add an addendum": N_("Nobody is logged in, so KneeDesk did not add an addendum."),
}
_ADMIN_ONLY = {
    "add a clinician account": N_("Only an administrator can add a clinician account."),
    "change another clinician's password": N_(
        "Only an administrator can change another clinician's password."
    ),
    "deactivate or reactivate an account": N_(
        "Only an administrator can deactivate or reactivate an account."
    ),
    "change this setting": N_("Only an administrator can change this setting."),
}
_OWN_NAME = {
    "sign a visit": N_(
        "Only the clinician who is logged in can sign a visit under their own name."
    ),
    "add an addendum": N_(
        "Only the clinician who is logged in can add an addendum under their own name."
    ),
}


class SessionGuard:
    """Checks, before each write, that the right clinician is signed in."""

    def __init__(
        self,
        current: Callable[[], Clinician | None],
        has_accounts: Callable[[], bool],
        *,
        required: bool,
    ) -> None:
        self._current = current
        self._has_accounts = has_accounts
        self.required = required

    def actor_id(self, doing: str = "save this") -> int | None:
        """The signed-in clinician's id for an audit row; refuses a write with nobody in."""
        me = self._current()
        if me is not None:
            return me.id
        if self.required and self._has_accounts():
            sentence = _NOBODY.get(doing)
            raise NotSignedInError(
                _(sentence) if sentence else f"Nobody is logged in, so KneeDesk did not {doing}.",
                _(LOCKED_TODO),
            )
        return None

    def require_admin(self, doing: str) -> None:
        """Refuse unless an administrator is signed in (or during first-time set-up)."""
        self.actor_id(doing)
        me = self._current()
        if not self.required or me is None:
            return
        if me.role is not Role.ADMIN or not me.active:
            sentence = _ADMIN_ONLY.get(doing)
            raise PermissionDeniedError(
                _(sentence) if sentence else f"Only an administrator can {doing}.",
                _("Ask an administrator to do it."),
            )

    def require_self(self, clinician_id: int, doing: str) -> None:
        """Refuse to act under another clinician's name than the one signed in."""
        self.actor_id(doing)
        me = self._current()
        if self.required and me is not None and me.id != clinician_id:
            sentence = _OWN_NAME.get(doing)
            raise PermissionDeniedError(
                _(sentence)
                if sentence
                else f"Only the clinician who is logged in can {doing} under their own name.",
                _("Log in as that clinician."),
            )

    def require_self_or_admin(self, clinician_id: int, doing: str) -> None:
        """A clinician may change their own account; anyone else's needs an administrator."""
        self.actor_id(doing)
        me = self._current()
        if self.required and me is not None and me.id != clinician_id:
            self.require_admin(doing)
