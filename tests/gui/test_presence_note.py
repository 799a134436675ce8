"""The presence note's wording: who, and since when in this computer's local time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from kneedesk.gui.visit.presence_note import PresenceNote, when
from kneedesk.store.presence import Present


def test_today_is_said_as_a_time_and_an_earlier_day_with_its_date() -> None:
    now = datetime.now().astimezone()
    assert when(now.astimezone(UTC), now) == now.strftime("%H:%M")
    earlier = now - timedelta(days=2)
    assert when(earlier.astimezone(UTC), now) == earlier.strftime("%Y-%m-%d %H:%M")


def test_each_other_workstation_is_named_and_nobody_hides_the_note(qtbot: QtBot) -> None:
    note = PresenceNote()
    qtbot.addWidget(note)
    note.show()
    opened = datetime.now().astimezone()
    note.show_others([Present("Ana Ruiz", opened, "room-1"), Present("Ben Okafor", opened, "")])
    lines = note.text().splitlines()
    assert lines[0] == f"Open on another workstation by Ana Ruiz since {opened:%H:%M}."
    assert lines[1].startswith("Open on another workstation by Ben Okafor")
    assert note.isVisible()
    note.show_others([])
    assert not note.isVisible()
