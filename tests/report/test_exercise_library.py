"""The exercise library covers every plan item, with steps, a dose and a drawing."""

from __future__ import annotations

import pytest

from kneedesk.core.exercises import (
    DRAWING_HEIGHT,
    DRAWING_WIDTH,
    ExerciseLibraryError,
    load_exercises,
    missing_exercises,
    parse_library,
    parse_shape,
)
from kneedesk.core.plan import PLAN_ITEMS
from kneedesk.report.figures import exercise_drawing


def test_every_plan_item_has_an_entry() -> None:
    assert missing_exercises() == ()
    assert set(load_exercises()) == set(PLAN_ITEMS)


@pytest.mark.parametrize("item_id", sorted(PLAN_ITEMS))
def test_entry_is_complete_and_drawable(item_id: str) -> None:
    ex = load_exercises()[item_id]
    assert 3 <= len(ex.steps) <= 5
    assert all((ex.name, ex.target, ex.dose, ex.progression))
    assert any(s.kind in ("limb", "arc", "circle", "line") for s in ex.drawing)
    for shape in ex.drawing:
        for x, y in shape.points:
            assert -5 <= x <= DRAWING_WIDTH + 5, (item_id, shape)
            assert -5 <= y <= DRAWING_HEIGHT + 5, (item_id, shape)
    drawing = exercise_drawing(ex.drawing, 150)
    assert drawing.width == 150


@pytest.mark.parametrize(
    "command", ["wiggle 1 2", "limb 1 2 3", "head 1", "limb 1 x 3 4", "box 1 2 3"]
)
def test_bad_drawing_commands_are_refused(command: str) -> None:
    with pytest.raises(ExerciseLibraryError):
        parse_shape(command, "exercise x")


def test_bad_library_entries_are_refused() -> None:
    entry = """
[[exercise]]
id = "a"
name = "A"
target = "T"
steps = ["one", "two"]
dose = "d"
progression = "p"
drawing = ["floor 6"]
"""
    with pytest.raises(ExerciseLibraryError, match="3 to 5"):
        parse_library(entry)
