"""The handout as a file: page sizes, reproducible bytes, pages that draw, valid PDF."""

from __future__ import annotations

import dataclasses
import io
import re
import subprocess
from pathlib import Path

import pytest
from external_tools import require_tool
from pdf_helpers import ana, filled_share, pages_text
from pypdf import PdfReader

from kneedesk.report.handout import render_handout
from kneedesk.report.model import FinalPlan
from kneedesk.report.summary import render_summary

POINTS = {"letter": (612.0, 792.0), "a4": (595.28, 841.89)}


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("render", [render_handout, render_summary])
def test_page_size_follows_the_paper_setting(paper: str, render: object) -> None:
    pdf = render(ana(2, paper=paper))  # type: ignore[operator]
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx(POINTS[paper], abs=0.5)


def test_output_is_reproducible_byte_for_byte(three_visit_handout: bytes) -> None:
    assert render_handout(ana(3)) == three_visit_handout
    assert render_summary(ana(3)) == render_summary(ana(3))


def test_every_page_draws_text_and_graphics(three_visit_handout: bytes) -> None:
    reader = PdfReader(io.BytesIO(three_visit_handout))
    for n, page in enumerate(reader.pages, start=1):
        content = page.get_contents()
        assert content is not None, n
        stream = content.get_data()
        assert re.search(rb"\bTj\b|\bTJ\b", stream), f"page {n} draws no text"
        assert len((page.extract_text() or "").split()) > 20, f"page {n} is nearly empty"


def _pdftoppm() -> str:
    return require_tool("pdftoppm", "poppler-utils")


def test_every_page_renders_to_a_non_blank_image(
    three_visit_handout: bytes, tmp_path: Path
) -> None:
    from PIL import Image

    tool = _pdftoppm()
    source = tmp_path / "handout.pdf"
    source.write_bytes(three_visit_handout)
    subprocess.run([tool, "-png", "-r", "30", str(source), str(tmp_path / "p")], check=True)
    images = sorted(tmp_path.glob("p-*.png"))
    assert len(images) == len(PdfReader(io.BytesIO(three_visit_handout)).pages)
    for image_path in images:
        with Image.open(image_path) as image:
            low, high = image.convert("L").getextrema()
        assert low < 100 < high, f"{image_path.name} looks blank"


@pytest.mark.parametrize("kind", ["handout", "summary"])
def test_qpdf_check_passes(kind: str, tmp_path: Path) -> None:
    qpdf = require_tool("qpdf", "qpdf")
    render = render_handout if kind == "handout" else render_summary
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(render(ana(3)))
    result = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_logo_is_drawn_in_the_letterhead() -> None:
    import dataclasses

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (120, 40), (11, 79, 92)).save(buffer, format="PNG")
    data = ana(1)
    clinic = dataclasses.replace(data.clinic, logo=buffer.getvalue())
    pdf = render_handout(dataclasses.replace(data, clinic=clinic))
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert list(first.images), "the logo should be an image on the first page"


@pytest.mark.parametrize("exercises", [("wall_sit",), ("glute_bridge", "wall_sit")])
def test_running_advice_follows_the_exercises_without_an_empty_page(
    exercises: tuple[str, ...],
) -> None:
    """ "Your running" starts on the page of the last exercise unless that page is nearly full."""
    plan = FinalPlan(items=(*exercises, "run_reduce_rebuild", "cadence_retraining"))
    pdf = render_handout(dataclasses.replace(ana(1), plan=plan))
    pages = pages_text(pdf)
    wall_sit = next(n for n, text in enumerate(pages) if "Wall sit" in text)
    running = next(n for n, text in enumerate(pages) if "Changes to your running" in text)
    # The running heading, its introduction and first item need about a third of a page.
    assert running == wall_sit or filled_share(pdf)[wall_sit] > 0.66, pages[wall_sit]
