"""Add an addendum to a signed visit: the only way to correct one."""

from __future__ import annotations

from kneedesk.core.i18n import _
from kneedesk.store.errors import NotSignedInError
from kneedesk.store.session import LOCKED_TODO
from kneedesk.store.signing import Addendum
from kneedesk.store.store import Store


def add_addendum(store: Store, visit_id: int, reason: str, text: str) -> Addendum:
    """Store a correction with its reason beside a signed visit, in the name of the clinician
    signed in; the signed record itself is not changed.

    Raises NotSignedInError when nobody is signed in, and the store's InvalidValueError when
    the reason or the text is empty or the visit is a draft.
    """
    me = store.current
    if me is None:
        raise NotSignedInError(
            _("Nobody is logged in, so KneeDesk did not add the addendum."), _(LOCKED_TODO)
        )
    return store.signing.add_addendum(visit_id, me.id, reason.strip(), text.strip())
