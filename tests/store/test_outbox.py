"""Answers typed while the clinic server is out of reach wait in a file on this computer:
in the order they were last changed, one row per field (the newest value, the version first
seen), per server, and still there after the app (or the computer) went down."""

from __future__ import annotations

from pathlib import Path

from kneedesk.store.outbox import Outbox


def test_answers_wait_in_the_order_they_were_last_changed(tmp_path: Path) -> None:
    box = Outbox(tmp_path / "waiting.sqlite3", "clinic on server-a")
    box.keep(7, "height", "whole", 172.0, None, 0)
    box.keep(7, "leg_length", "left", 88.0, None, 3)
    box.keep(7, "height", "whole", 173.0, None, 5)  # typed again: newest value, moved last
    box.keep(7, "single_leg_squat", "right", None, "pain", 0)
    waiting = box.waiting(7)
    assert [(w.item_id, w.side, w.value, w.reason) for w in waiting] == [
        ("leg_length", "left", 88.0, None),
        ("height", "whole", 173.0, None),
        ("single_leg_squat", "right", None, "pain"),
    ]
    # The version is the one the clinician saw before the first change, not a later guess.
    assert waiting[1].based_on == 0
    box.sent(waiting[0])
    assert [w.item_id for w in box.waiting(7)] == ["height", "single_leg_squat"]


def test_each_server_and_visit_has_its_own_and_they_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "data" / "waiting.sqlite3"
    box = Outbox(path, "clinic on server-a")
    box.keep(7, "height", "whole", 172.0, None, 0)
    box.keep(8, "height", "whole", 150.0, None, 0)
    Outbox(path, "clinic on server-b").keep(7, "height", "whole", 999.0, None, 0)
    box.close()  # the app goes down with answers waiting

    again = Outbox(path, "clinic on server-a")
    assert [(w.visit_id, w.value) for w in again.waiting()] == [(7, 172.0), (8, 150.0)]
    assert again.count(8) == 1
    assert path.stat().st_mode & 0o077 == 0  # readable by this user only
