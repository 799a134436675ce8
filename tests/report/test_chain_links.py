"""The hip-to-knee chain highlights only the links the patient's findings support."""

from __future__ import annotations

from kneedesk.report.chain import LINKS, LOAD_ITEMS, chain_drawing, chain_state
from kneedesk.report.fonts import register_fonts


def test_no_findings_no_links() -> None:
    state = chain_state([])
    assert not state.any_active
    assert not any(state.links.values())


def test_only_supported_links_light_up() -> None:
    state = chain_state(["ankle_mobility", "load_spike"])
    assert state.links == {k: k in ("ankle", "knee_forward") for k in LINKS}
    assert state.load == {k: k == "too_much" for k in LOAD_ITEMS}


def test_knee_collapse_supports_thigh_and_knee_but_not_hip() -> None:
    state = chain_state(["knee_collapse"])
    assert state.links["knee_in"]
    assert state.links["thigh"]
    assert not state.links["hip"]


def test_drawing_fits_the_width() -> None:
    register_fonts()
    drawing = chain_drawing(chain_state(["pelvic_control"]), 500)
    x0, _, x1, _ = drawing.getBounds()
    assert x0 >= -1
    assert x1 <= 501
