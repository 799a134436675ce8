"""The guided movement screen: wizard pages generated from the protocol, and the summary page.

The application embeds ``ScreenWizard`` (or ``SummaryPage`` alone for a signed visit) and
passes an ``AnswerSink`` on top of the store's autosave.
"""

from kneedesk.gui.screen.recorder import AnswerSink
from kneedesk.gui.screen.state import not_tested_key
from kneedesk.gui.screen.summary_page import SummaryPage
from kneedesk.gui.screen.wizard import ScreenWizard

__all__ = ["AnswerSink", "ScreenWizard", "SummaryPage", "not_tested_key"]
