"""The check every GUI test gets (`nothing_left_running` in conftest): it fails a test that
leaves a window open, a job or thread running, and names what was left."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from leak_guard import fail_on_leaks
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QDialog, QWidget

from kneedesk.gui.background import run_in_background


def left_behind(test: Callable[[], object]) -> str:
    """Run `test` under the check; what the check's failure said ("" when it passed)."""
    try:
        with fail_on_leaks():
            test()
    except pytest.fail.Exception as failure:
        return str(failure)
    return ""


def test_a_window_left_open_fails_the_test_and_is_named() -> None:
    window = QDialog()
    window.setObjectName("forgotten")
    window.setWindowTitle("Restore preview")
    said = left_behind(window.show)
    assert "window still open: QDialog 'forgotten' titled 'Restore preview'" in said
    assert not window.isVisible()  # closed, so the next test does not meet it


def test_a_window_closed_by_the_test_passes() -> None:
    window = QWidget()

    def show_and_close() -> None:
        window.show()
        window.close()

    assert left_behind(show_and_close) == ""


def test_a_background_job_still_running_fails_the_test_and_is_named() -> None:
    release = threading.Event()
    results: list[object] = []

    def slow_backup() -> str:
        release.wait()
        return "written"

    def start_and_leave() -> None:
        run_in_background(slow_backup, results.append, results.append)
        release.set()  # its work may end now, but its result is not delivered yet

    said = left_behind(start_and_leave)
    assert "background job not finished" in said
    assert "slow_backup" in said
    assert results == ["written"]  # the clean-up waited for it and delivered its result


def test_a_job_finished_and_delivered_passes() -> None:
    results: list[object] = []
    assert left_behind(lambda: run_in_background(lambda: 4, results.append, print).wait()) == ""
    assert results == [4]


def test_a_thread_still_running_fails_the_test_and_is_named() -> None:
    release = threading.Event()
    thread = threading.Thread(target=release.wait, name="forgotten-worker")
    try:
        assert "thread still running: 'forgotten-worker'" in left_behind(thread.start)
    finally:
        release.set()
        thread.join()


def test_a_qthread_still_running_fails_the_test() -> None:
    release = threading.Event()

    class Waiting(QThread):
        def run(self) -> None:
            release.wait()

    thread = Waiting()
    try:
        assert "QThread still running: Waiting" in left_behind(lambda: thread.start())
    finally:
        release.set()
        thread.wait()
