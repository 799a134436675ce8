"""Every kind of unexpected failure reaches the crash log: a worker thread's exception, an
exception Python cannot raise, and a hard crash (its trace is copied in at the next start)."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kneedesk.gui.errors import ExceptionHook


def test_a_worker_threads_exception_is_logged_and_shown_with_the_threads_name(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    reports: list[str] = []
    before = threading.excepthook
    hook = ExceptionHook(None, show=reports.append)
    hook.install()
    try:

        def fail() -> None:
            raise RuntimeError("the backup folder vanished")

        worker = threading.Thread(target=fail, name="backup-worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    finally:
        hook.uninstall()
    assert threading.excepthook is before
    assert "In thread backup-worker" in reports[0]
    assert "the backup folder vanished" in reports[0]
    assert "the backup folder vanished" in caplog.text


def test_an_exception_python_cannot_raise_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    class Leaky:
        def __del__(self) -> None:
            raise ValueError("closing the print job failed")

    before = sys.unraisablehook
    hook = ExceptionHook(None, show=lambda report: None)
    hook.install()
    try:
        leaky = Leaky()
        del leaky
        gc.collect()
    finally:
        hook.uninstall()
    assert sys.unraisablehook is before
    assert "closing the print job failed" in caplog.text
    assert "Leaky.__del__" in caplog.text


START = """
    import logging, sys
    from kneedesk.gui import app
    print(app.setup_logging(), flush=True)
    if sys.argv[1] == "crash":
        import faulthandler
        faulthandler._sigsegv()
    logging.shutdown()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the test reads the signal of the crash")
def test_a_hard_crash_leaves_its_trace_in_the_log_at_the_next_start(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}

    def start(how: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(START), how],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    crashed = start("crash")
    assert crashed.returncode == -signal.SIGSEGV, crashed.stderr
    log = Path(crashed.stdout.strip())
    assert "Fatal Python error" in (log.parent / "kneedesk-fault.log").read_text()
    again = start("clean")
    assert again.returncode == 0, again.stderr
    text = log.read_text()
    assert "KneeDesk stopped abruptly the last time it ran" in text
    assert "Fatal Python error: Segmentation fault" in text
    assert (log.parent / "kneedesk-fault.log").read_text() == ""  # copied over once
