"""The next visit as printed: "in 3 weeks" also says the date it falls on."""

from __future__ import annotations

import re
from datetime import date, timedelta

from kneedesk.core.i18n import SOURCE_LANGUAGE, _, current_language, ngettext
from kneedesk.report.model import long_date

_IN_WEEKS = re.compile(r"in (\d{1,2}) weeks?", re.IGNORECASE)


def review_text(review: str, visit_date: date) -> str:
    """The clinician's next visit for print, "" when none was set.

    "in N week(s)" (N from 1 to 52) gets the day it falls on counted from the visit:
    "in 3 weeks (around 16 December 2026)". Anything else prints as typed, without a
    final full stop, so it fits in a sentence. In another language than English, "in N
    weeks" is written in that language too ("in 3 Wochen (um den 16. Dezember 2026)").
    """
    text = " ".join(review.split()).rstrip(". ")
    match = _IN_WEEKS.fullmatch(text)
    if match is None or not 1 <= int(match.group(1)) <= 52:
        return text
    weeks = int(match.group(1))
    day = visit_date + timedelta(weeks=weeks)
    if current_language() != SOURCE_LANGUAGE:  # English keeps the clinician's own words
        text = ngettext("in {n} week", "in {n} weeks", weeks).format(n=weeks)
    # Translators: {review} is when to come back, e.g. "in 3 weeks"; {date} the day it falls on.
    return _("{review} (around {date})").format(review=text, date=long_date(day))
