"""Regenerate docs/clinical-rules.md from the code's thresholds, bands, levels and sources.

Run after changing a rule, a threshold or a source: `make docs`.
tests/unit/test_clinical_rules_doc.py fails while the committed page is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kneedesk.core.clinical_rules_doc import render

DOC = Path(__file__).resolve().parent.parent / "docs" / "clinical-rules.md"


def main() -> int:
    """Rewrite the page if it differs from what the code says."""
    new = render()
    old = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    if new == old:
        sys.stdout.write(f"{DOC} is up to date\n")
    else:
        DOC.write_text(new, encoding="utf-8", newline="\n")
        sys.stdout.write(f"updated {DOC}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
