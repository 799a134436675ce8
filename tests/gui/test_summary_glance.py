"""The summary at 1366 x 768: findings one line each that open to the full card, the plan on
the first screen, a signed plan cleanly read-only, and labels instead of option keys."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from screen_fixtures import example_answers, make_wizard
from visit_reports import add_example_patient

from kneedesk.core.protocol import load_protocol
from kneedesk.gui.main_window import MainWindow
from kneedesk.gui.screen.summary_page import SummaryPage
from kneedesk.store.store import Store

PROTOCOL = load_protocol("runners-knee", 1)
KEYS = sorted(
    {o.key for i in PROTOCOL.items() for o in i.options if re.fullmatch(r"[a-z]+_[a-z_]+", o.key)}
)
KEY_PATTERN = re.compile(r"\b(" + "|".join(map(re.escape, KEYS)) + r")\b")


def open_summary(window: MainWindow, visit_id: int) -> SummaryPage:
    window.open_visit(visit_id)
    wizard = window.visit.wizard
    assert wizard is not None
    wizard.set_section(wizard.section_count)
    return wizard.summary


def visible_children(parent: QWidget) -> list[QWidget]:
    return [
        w
        for w in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if w.isVisible() and not w.isWindow()
    ]


def overlaps(parent: QWidget) -> list[tuple[str, str]]:
    """Pairs of visible direct children of `parent` drawn over each other."""
    children = visible_children(parent)
    return [
        (name(a), name(b))
        for n, a in enumerate(children)
        for b in children[n + 1 :]
        if a.geometry().intersects(b.geometry())
    ]


def name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel) else ""
    return f"{type(widget).__name__} {widget.objectName()} {text[:30]}"


def all_text(page: SummaryPage) -> str:
    """Every text the summary page shows in labels, cards and the plan table."""
    texts = [label.text() for label in page.findChildren(QLabel)]
    texts += [card.key.toolTip() for card in page.cards()]
    return "\n".join(texts)


def test_ten_findings_leave_the_plan_on_the_first_screen(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    first, _ = add_example_patient(store, 1, sign=(False, False))
    page = open_summary(window, first.id)
    assert (window.width(), window.height()) == (1366, 768)
    cards = page.cards()
    assert len(cards) == 10
    assert sum(c.finding.level.value == "attention" for c in cards) >= 8
    qtbot.waitUntil(lambda: page.plan_editor.table.rowCount() > 0)
    viewport = page.viewport()
    top = page.plan_editor.table.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= top < viewport.height(), (top, viewport.height())
    # Each line names its level, title and first numbers, and opens to the full card.
    for card in cards:
        assert card.isVisible()
        assert not card.evidence.isVisible()
        assert card.finding.evidence[0].text() in card.key.text()
        qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
        assert card.evidence.isVisible()
        for evidence in card.finding.evidence:
            assert evidence.text().replace("<", "&lt;").replace(">", "&gt;") in (
                card.evidence.text()
            )
        assert card.finding.source in all_text(page)
        qtbot.mouseClick(card.toggle, Qt.MouseButton.LeftButton)
        assert not card.evidence.isVisible()


def test_show_all_details_opens_every_card(qtbot: Any) -> None:
    wizard, _ = make_wizard(qtbot, example_answers())
    wizard.set_section(wizard.section_count)
    page = wizard.summary
    qtbot.mouseClick(page.expand_all, Qt.MouseButton.LeftButton)
    assert all(card.evidence.isVisible() for card in page.cards())
    page.set_answers(wizard.answers())  # new cards keep the choice
    qtbot.waitUntil(lambda: all(card.evidence.isVisible() for card in page.cards()))
    qtbot.mouseClick(page.expand_all, Qt.MouseButton.LeftButton)
    assert not any(card.evidence.isVisible() for card in page.cards())


def test_a_signed_plan_has_no_edit_controls_and_nothing_overlaps(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    first, _ = add_example_patient(store, 1)
    page = open_summary(window, first.id)
    editor = page.plan_editor
    qtbot.waitUntil(lambda: editor.table.rowCount() > 0)
    for control in (editor.add_combo, editor.add_button, editor.remove_button):
        assert not control.isVisible()
    assert not editor.reset_button.isVisible()
    shown = [w.text() for w in editor.findChildren(QLabel) if w.isVisible()]
    assert not any("Add from the library" in t for t in shown)
    assert "F2" not in page.plan_hint.text()
    assert "type to change" not in page.plan_hint.text()
    assert editor.table.editTriggers() == editor.table.EditTrigger.NoEditTriggers
    assert overlaps(editor) == []
    assert overlaps(page.widget()) == []


def test_the_signed_record_shows_labels_not_option_keys(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    first, _ = add_example_patient(store, 1)
    page = open_summary(window, first.id)
    qtbot.mouseClick(page.expand_all, Qt.MouseButton.LeftButton)
    text = all_text(page) + "\n" + page.findings_text()
    assert "around the kneecap, behind the kneecap" in text
    assert "20 cm step" in text
    assert KEY_PATTERN.findall(text) == []
