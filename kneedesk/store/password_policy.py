"""What a new password must be: long, varied, not a common one, not built on a name.

The rules, each with a message saying how to fix the password:

- at least `MIN_PASSWORD_LENGTH` characters;
- at least `MIN_DISTINCT` different characters (not "aaaaaaaaaa" or "1212121212");
- not one of the most common passwords (bundled in resources/passwords/common.txt, no
  network), nor one of them with digits or symbols around it or letters swapped for look-alike
  digits ("Password2026!", "p@ssw0rd");
- not built on the user name, the clinician's name or the clinic's name: once those are
  taken out, at least `MIN_OWN` letters or digits must be left ("ana2026!" for user ana is
  refused; "ben's own new password" for user ben is not).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.resources import files

from kneedesk.core.i18n import N_, _
from kneedesk.store.errors import InvalidValueError

MIN_PASSWORD_LENGTH = 10
MIN_DISTINCT = 4
MIN_OWN = 6
_LOOK_ALIKE = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_AROUND = "0123456789!?.,;:-_+*#%&=~^ \t"
_ADVICE = N_("A short sentence of a few unrelated words is long and easy to remember.")
# What the password is built on -> (what is wrong, how to fix it), whole sentences so each
# language words them as it needs; the keys are the kinds `AccountRepo.names_to_avoid` gives.
_BUILT_ON = {
    "user name": (
        N_("The password is built on the user name, which others know."),
        N_("Add words of your own: at least {n} letters or digits besides the user name."),
    ),
    "clinician's name": (
        N_("The password is built on the clinician's name, which others know."),
        N_("Add words of your own: at least {n} letters or digits besides the clinician's name."),
    ),
    "clinic's name": (
        N_("The password is built on the clinic's name, which others know."),
        N_("Add words of your own: at least {n} letters or digits besides the clinic's name."),
    ),
}


@cache
def common_passwords() -> frozenset[str]:
    """The bundled list of common passwords (lower case)."""
    text = files("kneedesk.resources").joinpath("passwords", "common.txt").read_text("utf-8")
    lines = (line.strip().casefold() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def _alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _is_common(password: str) -> bool:
    common = common_passwords()
    plain = _alnum(password)
    if plain in common:
        return True
    # Letters with digits or symbols around them: the word they are built on.
    core = password.strip(_AROUND)
    look_alike = _alnum(core.casefold().translate(_LOOK_ALIKE))
    core = _alnum(core)
    return core in common or look_alike in common


def password_problem(
    password: str, names: Iterable[tuple[str, str]] = ()
) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) for a new password, or None if it may be used.

    `names` are (what it is, the name) pairs, e.g. ("user name", "ana"), which the password
    must not be built on.
    """
    advice = _(_ADVICE)
    if len(password) < MIN_PASSWORD_LENGTH:
        return (
            _("The password has {count} characters; it needs at least {n}.").format(
                count=len(password), n=MIN_PASSWORD_LENGTH
            ),
            _("Choose a longer password. {advice}").format(advice=advice),
        )
    if len(set(password.casefold())) < MIN_DISTINCT:
        return (
            _("The password repeats the same few characters."),
            _("Use at least {n} different characters. {advice}").format(
                n=MIN_DISTINCT, advice=advice
            ),
        )
    if _is_common(password):
        return (
            _("The password is one of the most common passwords, which are tried first."),
            _(
                "Choose another password; adding digits to a common word is not enough. {advice}"
            ).format(advice=advice),
        )
    own = _alnum(password)
    for kind, name in names:
        folded = _alnum(name)
        if len(folded) >= 3 and folded in own and len(own.replace(folded, "")) < MIN_OWN:
            if kind in _BUILT_ON:
                what, todo = _BUILT_ON[kind]
                return _(what), f"{_(todo).format(n=MIN_OWN)} {advice}"
            return (
                f"The password is built on the {kind}, which others know.",
                f"Add words of your own: at least {MIN_OWN} letters or digits besides the "
                f"{kind}. {advice}",
            )
    return None


def check_password(password: str, names: Iterable[tuple[str, str]] = ()) -> None:
    """Raise InvalidValueError saying how to fix the password if it breaks a rule."""
    problem = password_problem(password, names)
    if problem is not None:
        raise InvalidValueError(*problem, field="password")
