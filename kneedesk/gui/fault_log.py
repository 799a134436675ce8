"""A hard crash (a fault inside Qt, an abort) leaves a trace in the crash log.

Python's `faulthandler` can only write to an open file, not through `logging`, so it writes
each thread's stack to a file of its own beside the log. At the next start, anything found
there is copied into the log as an error, and the file starts empty again.
"""

from __future__ import annotations

import faulthandler
import logging
from pathlib import Path
from typing import TextIO

log = logging.getLogger(__name__)
FAULT_FILE = "kneedesk-fault.log"
"""The file faulthandler writes to, in the log folder."""


def carry_over(path: Path) -> bool:
    """Copy what an earlier run's hard crash left in `path` into the log; whether there was any."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return False
    if not text:
        return False
    log.error("KneeDesk stopped abruptly the last time it ran:\n%s", text)
    return True


def enable_fault_log(folder: Path) -> TextIO:
    """Carry over an earlier crash, then have every thread's stack written to
    folder/kneedesk-fault.log if this process dies hard. The file stays open while the
    process runs (faulthandler writes to it from a signal handler)."""
    path = folder / FAULT_FILE
    carry_over(path)
    stream = path.open("w", encoding="utf-8")
    faulthandler.enable(stream, all_threads=True)
    return stream
