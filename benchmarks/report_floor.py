"""Benchmark child: the floor for `kneedesk report`, a one-page PDF with one paragraph.

Run by report_bench.py as ``python benchmarks/report_floor.py OUT.pdf``: it imports
reportlab and writes a one-page PDF with a single paragraph, as a fresh process.
"""

from __future__ import annotations

import sys


def main() -> int:
    """Write the PDF."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    doc = SimpleDocTemplate(sys.argv[1], pagesize=letter)
    doc.build([Paragraph("Your knee and your running.", getSampleStyleSheet()["Normal"])])
    return 0


if __name__ == "__main__":
    sys.exit(main())
