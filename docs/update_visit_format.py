"""Regenerate the item tables of docs/visit-format.md from the protocol new visits follow.

Run after changing the protocol file: `make docs`.
tests/unit/test_visit_format_doc.py fails while the committed document is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kneedesk.core.protocol import new_visit_protocol
from kneedesk.core.visit_format_doc import updated_doc

DOC = Path(__file__).resolve().parent.parent / "docs" / "visit-format.md"


def main() -> int:
    """Rewrite the document in place if its tables differ from the protocol."""
    text = DOC.read_text(encoding="utf-8")
    new = updated_doc(text, new_visit_protocol())
    if new == text:
        sys.stdout.write(f"{DOC} is up to date\n")
    else:
        DOC.write_text(new, encoding="utf-8", newline="\n")
        sys.stdout.write(f"updated {DOC}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
