"""The stills viewer as a clinician meets it: first frame on screen, a step per arrow key,
slow playback, and the longest turn of the GUI thread meanwhile.

On the 1080p H.264 phone-like clip of `video_bench.py` (10 s at 30 fps, a keyframe every
60 frames, 2 B-frames), in a `StillDialog` of 1366 x 768, offscreen, in process:

- first frame on screen: from `open_in_background` to the dialog's first frame painted
  (the file opened and indexed on a worker, the dialog built, frame 0 decoded on the
  decoder's worker and painted);
- a step: one Right arrow key sent to the frame view, timed to the new frame painted, for
  200 steps from frame 0; then 60 steps back (Left);
- the GUI thread: a 1 ms timer notes when each event-loop turn ends; the longest gap
  between two ticks, less the timer's own 1 ms, is the longest turn the GUI thread spent
  elsewhere (decoding must never be one). Taken over the stepping, and over 4 s of
  playback at 1x and at 1/4.

The floor is the decoder alone on the thread that calls it (`video_bench.py`'s figures:
`av.open` to the first decoded frame; one frame decoded in order) and, for the GUI thread,
the same 1 ms timer in a bare window of the same size with nothing else to do.

    .venv/bin/python benchmarks/still_viewer_bench.py
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

from common import STAT_HEADERS, header, load_average, quick, save, stat_row, stats, table
from video_bench import CLIPS, make_bench_clip

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kneedesk.gui.stills import StillDialog, open_in_background  # noqa: E402
from kneedesk.media import MediaError, MediaSource  # noqa: E402

SIZE = (1366, 768)


class TurnWatch:
    """A 1 ms timer; the longest gap between its ticks is the longest GUI-thread turn."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self.last = 0
        self.gaps: list[float] = []

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        self.gaps.append((now - self.last) / 1e6)
        self.last = now

    def start(self) -> None:
        self.gaps = []
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return [max(0.0, gap - 1.0) for gap in self.gaps]


def wait_until(app: QApplication, done: object, timeout_s: float = 30.0) -> None:
    end = time.perf_counter() + timeout_s
    while not done():  # type: ignore[operator]
        if time.perf_counter() > end:
            raise SystemExit("timed out waiting for the viewer")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def first_frame(app: QApplication, path: Path) -> tuple[float, StillDialog]:
    owner = QWidget()
    opened: list[MediaSource] = []
    shown: list[int] = []

    def failed(error: MediaError) -> None:
        raise SystemExit(error.message)

    start = time.perf_counter()
    open_in_background(path, owner, opened.append, failed)
    wait_until(app, lambda: opened)
    dialog = StillDialog(opened[0], "hip.single_leg_squat", "right", "Single-leg squat", "Right")
    dialog.viewer.frameShown.connect(lambda decoded: shown.append(decoded.index))
    dialog.resize(*SIZE)
    dialog.show()
    wait_until(app, lambda: shown)
    dialog.repaint()
    elapsed = (time.perf_counter() - start) * 1000
    owner.deleteLater()
    return elapsed, dialog


def steps(app: QApplication, dialog: StillDialog, count: int, key: Qt.Key) -> list[float]:
    shown: list[int] = []
    dialog.viewer.frameShown.connect(lambda decoded: shown.append(decoded.index))
    view = dialog.viewer.view
    times = []
    for _ in range(count):
        before = len(shown)
        start = time.perf_counter()
        QTest.keyClick(view, key)
        wait_until(app, lambda before=before: len(shown) > before)
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times


def playback(app: QApplication, dialog: StillDialog, seconds: float, speed: str) -> int:
    viewer = dialog.viewer
    combo = viewer.speed  # the speed choice of the controls bar
    combo.setCurrentIndex(combo.findText(speed))
    shown: list[int] = []
    viewer.frameShown.connect(lambda decoded: shown.append(decoded.index))
    viewer.set_position(0)
    viewer.play()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    viewer.pause()
    return len(shown)


def idle_floor(app: QApplication, seconds: float) -> list[float]:
    window = QWidget()
    window.resize(*SIZE)
    window.show()
    watch = TurnWatch()
    watch.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    window.close()
    return watch.stop()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    path = make_bench_clip(CLIPS[0])
    count = 40 if quick() else 200
    header(f"Stills viewer on {CLIPS[0].label}")
    firsts = []
    dialog = None
    for _ in range(3 if quick() else 5):
        elapsed, dialog = first_frame(app, path)
        firsts.append(elapsed)
        dialog.done(0)
        app.processEvents()
    elapsed, dialog = first_frame(app, path)
    watch = TurnWatch()
    watch.start()
    forward = steps(app, dialog, count, Qt.Key.Key_Right)
    back = steps(app, dialog, count // 3, Qt.Key.Key_Left)
    stepping_turns = watch.stop()
    play_turns: dict[str, list[float]] = {}
    play_frames: dict[str, int] = {}
    for speed in ("1x", "1/4"):
        watch.start()
        play_frames[speed] = playback(app, dialog, 2.0 if quick() else 4.0, speed)
        play_turns[speed] = watch.stop()
    dialog.done(0)
    app.processEvents()
    floor_turns = idle_floor(app, 4.0)
    results = {
        "first frame on screen": stats(firsts),
        "step forward (Right)": stats(forward),
        "step back (Left)": stats(back),
        "GUI turns while stepping": stats(stepping_turns),
        "GUI turns, playback 1x": stats(play_turns["1x"]),
        "GUI turns, playback 1/4": stats(play_turns["1/4"]),
        "GUI turns, bare window (floor)": stats(floor_turns),
    }
    print(table(STAT_HEADERS, [stat_row(name, s) for name, s in results.items()]))
    print(f"frames shown in 4 s of playback: {play_frames}; load average {load_average():.1f}")
    save("still_viewer", {name: dataclasses.asdict(s) for name, s in results.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
