"""Garbage is collected on the GUI thread, never by a worker that happens to allocate."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from kneedesk.gui.main_thread_gc import MainThreadGarbageCollector


class Cycle:
    """A reference cycle that records the thread that finally collects it."""

    collected_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.collected_in.append(threading.current_thread().name)


def test_cycles_made_by_a_worker_are_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    gc.enable()  # as the app starts: automatic collection on
    collector = MainThreadGarbageCollector(interval_ms=10)
    try:
        assert not gc.isenabled()

        def worker() -> None:
            for _ in range(3000):  # far past generation 0's threshold
                Cycle()

        thread = threading.Thread(target=worker, name="render-worker")
        thread.start()
        thread.join()
        assert "render-worker" not in Cycle.collected_in
        qtbot.waitUntil(lambda: len(Cycle.collected_in) >= 3000)
        assert set(Cycle.collected_in) == {threading.main_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()
    gc.disable()  # back to the GUI tests' setting
