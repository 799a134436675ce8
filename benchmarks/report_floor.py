"""The floors for the handout: a one-page PDF as a process, and the handout's words in process.

Run by report_bench.py as ``python benchmarks/report_floor.py OUT.pdf``: it imports
reportlab and writes a one-page PDF with a single paragraph, as a fresh process (the floor
for ``kneedesk report``).

`plain_pdf` is the floor for generating the handout in process, which report_bench.py
imports and times warm: the handout's words, already extracted, set as plain platypus
Paragraphs of one style in a SimpleDocTemplate, with no letterhead, tables, drawings or
charts.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Sequence


def paragraphs(lines: Sequence[str]) -> list[str]:
    """Lines of extracted text joined into paragraphs (Paragraph markup), each ending at a
    blank line or a line that ends a sentence."""
    import re
    from xml.sax.saxutils import escape

    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        if current and (not line.strip() or re.search(r"[.!?:]$", line.strip())):
            out.append(escape(" ".join(current)))
            current = []
    if current:
        out.append(escape(" ".join(current)))
    return out


def plain_pdf(
    texts: Sequence[str],
    *,
    font: str,
    size: float,
    leading: float,
    pagesize: tuple[float, float],
    margin: float,
) -> bytes:
    """PDF bytes of these paragraphs (Paragraph markup) in one registered font and size."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("plain", fontName=font, fontSize=size, leading=leading)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=margin, rightMargin=margin)
    doc.build([Paragraph(text, style) for text in texts])
    return out.getvalue()


def main() -> int:
    """Write the one-page PDF."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    doc = SimpleDocTemplate(sys.argv[1], pagesize=letter)
    doc.build([Paragraph("Your knee and your running.", getSampleStyleSheet()["Normal"])])
    return 0


if __name__ == "__main__":
    sys.exit(main())
