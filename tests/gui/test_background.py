"""The one helper for work off the GUI thread: results and failures come back on the GUI
thread, in order after the job's progress; a lane runs its jobs one at a time; a cancelled
job's callbacks never run and its work, if not yet started, never starts."""

from __future__ import annotations

import threading

from kneedesk.gui.background import (
    JobControl,
    run_in_background,
    start_job,
    tasks,
    wait_for_background_work,
)


def test_the_result_and_the_failure_arrive_on_the_gui_thread() -> None:
    seen: list[tuple[str, object, str]] = []

    def where() -> str:
        return threading.current_thread().name

    worker_names: list[str] = []

    def work() -> int:
        worker_names.append(where())
        return 42

    def fail() -> int:
        raise ValueError("the backup folder is gone")

    run_in_background(work, lambda r: seen.append(("done", r, where())), print)
    run_in_background(fail, print, lambda e: seen.append(("error", str(e), where())))
    wait_for_background_work()
    main = threading.main_thread().name
    assert sorted(seen) == [("done", 42, main), ("error", "the backup folder is gone", main)]
    assert worker_names != [main]


def test_progress_arrives_in_order_before_the_result() -> None:
    seen: list[object] = []

    def count(control: JobControl) -> str:
        for page in range(1, 4):
            control.report(page)
        return "printed"

    start_job(count, seen.append, seen.append, on_progress=seen.append)
    wait_for_background_work()
    assert seen == [1, 2, 3, "printed"]


def test_a_lane_runs_its_jobs_one_at_a_time_in_order() -> None:
    second_started = threading.Event()
    overlapped: list[bool] = []
    order: list[str] = []

    def first(_control: JobControl) -> None:
        # Given the chance, a second job outside the lane would start meanwhile.
        overlapped.append(second_started.wait(timeout=1))
        order.append("first")

    def second(_control: JobControl) -> None:
        second_started.set()
        order.append("second")

    start_job(first, print, print, lane="test-lane")
    start_job(second, print, print, lane="test-lane")
    wait_for_background_work()
    assert order == ["first", "second"]
    assert overlapped == [False]


def test_a_cancelled_job_never_calls_back_and_queued_work_never_starts() -> None:
    started, release = threading.Event(), threading.Event()
    ran: list[str] = []
    called_back: list[object] = []

    def first(control: JobControl) -> str:
        started.set()
        release.wait()
        ran.append("first")
        return "stale"

    def second(control: JobControl) -> str:
        ran.append("second")
        return "never wanted"

    running = start_job(first, called_back.append, called_back.append, lane="renders")
    queued = start_job(second, called_back.append, called_back.append, lane="renders")
    started.wait()
    running.cancel()
    queued.cancel()
    release.set()
    wait_for_background_work()
    assert ran == ["first"]  # running work finishes; its result is thrown away
    assert called_back == []
    assert running.done
    assert queued.done
    assert tasks().unfinished() == []


def test_waiting_for_one_job_delivers_its_result() -> None:
    results: list[object] = []
    job = run_in_background(lambda: "checked", results.append, results.append)
    assert job.wait()
    assert results == ["checked"]
    assert job.done
