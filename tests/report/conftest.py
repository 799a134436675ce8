"""Report tests render real PDFs; the expensive ones are rendered once per session."""

from __future__ import annotations

import pytest
from pdf_helpers import ana

from kneedesk.report.handout import render_handout
from kneedesk.report.summary import render_summary


@pytest.fixture(scope="session")
def three_visit_handout() -> bytes:
    """The demo patient's handout at the third visit (progress charts, Letter)."""
    return render_handout(ana(3))


@pytest.fixture(scope="session")
def first_visit_handout() -> bytes:
    """The demo patient's first-visit handout (no progress section)."""
    return render_handout(ana(1))


@pytest.fixture(scope="session")
def three_visit_summary() -> bytes:
    """The clinician summary at the third visit."""
    return render_summary(ana(3))
