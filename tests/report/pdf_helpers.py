"""Helpers for report tests: build report data from visit documents and read PDFs back."""

from __future__ import annotations

import copy
import html
import io
import json
import re
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from kneedesk.core.visit_doc import VisitDoc, parse_visit_doc
from kneedesk.report.documents import handout_data
from kneedesk.report.model import Clinic, HandoutData

EXAMPLES = files("kneedesk.resources").joinpath("examples")
DATA = Path(__file__).parent / "data"
CLINIC = Clinic(
    name="Riverside Sports Physiotherapy", address="14 Mill Lane, Riverside", phone="555 0100"
)


def raw_doc(name: str) -> dict[str, Any]:
    """A visit document as JSON data: an example shipped with KneeDesk or a test document."""
    local = DATA / name
    text = (
        local.read_text("utf-8") if local.exists() else EXAMPLES.joinpath(name).read_text("utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def doc(name: str, **changes: Any) -> VisitDoc:
    """A parsed visit document, with answers changed (a value of None removes the answer)."""
    data = copy.deepcopy(raw_doc(name))
    for key, value in changes.items():
        if value is None:
            data["answers"].pop(key, None)
        else:
            data["answers"][key] = value
    return parse_visit_doc(data)


def without(data: VisitDoc, prefixes: Iterable[str]) -> VisitDoc:
    """The document with every answer whose id starts with one of the prefixes removed."""
    raw = data.to_dict()
    raw["answers"] = {k: v for k, v in raw["answers"].items() if not k.startswith(tuple(prefixes))}
    raw.pop("not_tested", None)
    return parse_visit_doc(raw)


def ana(visits: int = 3, paper: str = "letter", **kwargs: Any) -> HandoutData:
    """The demo patient: 1 to 3 visits, reporting on the last."""
    chain = [doc("example-visit.json"), doc("example-followup.json"), doc("ana-visit-3.json")]
    *earlier, now = chain[:visits]
    return handout_data(now, earlier, clinic=CLINIC, paper=paper, **kwargs)


def pages_text(pdf: bytes) -> list[str]:
    """Text of each page, extracted with pypdf."""
    reader = PdfReader(io.BytesIO(pdf))
    return [page.extract_text() or "" for page in reader.pages]


def normalise(text: str) -> str:
    """Collapse whitespace (line breaks included) so sentences compare across lines."""
    return re.sub(r"\s+", " ", text).strip()


def text_of(pdf: bytes) -> str:
    """All the PDF's text, whitespace-normalised."""
    return normalise(" ".join(pages_text(pdf)))


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font resource in the file -> whether its program is embedded (FontFile2 etc.)."""
    reader = PdfReader(io.BytesIO(pdf))
    fonts: dict[str, bool] = {}

    def visit(font: Any) -> None:
        font = font.get_object()
        name = str(font.get("/BaseFont"))
        if font.get("/Subtype") == "/Type0":
            for child in font["/DescendantFonts"]:
                visit(child)
            return
        descriptor = font.get("/FontDescriptor")
        embedded = descriptor is not None and any(
            k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
        )
        fonts[name] = fonts.get(name, False) or embedded

    def walk(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for font in (resources.get("/Font") or {}).values():
            visit(font)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            walk(xobject.get("/Resources"))

    for page in reader.pages:
        walk(page.get("/Resources"))
    return fonts


@dataclass(frozen=True)
class Word:
    """One word as poppler places it on the page, in PDF points with y measured upwards."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def mid_y(self) -> float:
        """Vertical middle of the word's box."""
        return (self.y0 + self.y1) / 2


_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def page_words(pdf: bytes) -> list[tuple[float, float, list[Word]]]:
    """Each page's width, height and words with their boxes, from poppler's `pdftotext -bbox`."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        )
    pages = []
    for width, height, body in _PAGE.findall(done.stdout):
        h = float(height)
        words = [
            Word(
                html.unescape(m.group(5)),
                float(m.group(1)),
                h - float(m.group(4)),
                float(m.group(3)),
                h - float(m.group(2)),
            )
            for m in _WORD.finditer(body)
        ]
        pages.append((float(width), h, words))
    return pages


def body_words(pdf: bytes) -> list[tuple[float, float, list[Word]]]:
    """Each page's width, height and the words between its running header and its footer."""
    from kneedesk.report.styles import HEADER_HEIGHT, MARGIN_BOTTOM

    return [
        (width, height, [w for w in words if MARGIN_BOTTOM < w.y0 < height - HEADER_HEIGHT])
        for width, height, words in page_words(pdf)
    ]


def filled_share(pdf: bytes) -> list[float]:
    """How far down its text area each page is written: 0 empty, 1 down to the footer."""
    from kneedesk.report.styles import HEADER_HEIGHT, MARGIN_BOTTOM

    shares = []
    for _, height, words in body_words(pdf):
        top, bottom = height - HEADER_HEIGHT, MARGIN_BOTTOM
        lowest = min((w.y0 for w in words), default=top)
        shares.append((top - lowest) / (top - bottom))
    return shares
