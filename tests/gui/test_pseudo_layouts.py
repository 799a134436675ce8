"""Every screen and dialog shown in the pseudo-language ("qps": every message accented,
bracketed and about 40% longer, see `kneedesk.core.pseudo_locale`) still shows every text
whole: no label, button, tab or placeholder is clipped or squeezed, none is cut off by its
parent and no two texts touch.

The pseudo-language stands for the longer words of German and French: a layout that passes
here fits them. It is installed (`install_language("qps")`) before the widgets are made, as
the app does at sign-in, and English is put back after each test whatever happens. The main
window is at the 1366 x 768 laptop size clinicians use; dialogs open at their own size.

The checks are those of the English test (`clipping.clipped_texts`, `test_no_clipped_text.py`)
and what Qt elides ("…") that those do not look at: the cells and column titles of lists and
tables, the chosen text of drop-downs, group titles (`elided_texts`). Each failure names the
widget, its text and how many pixels it is short. The padding that lengthens a long message
is one run of dots, which a wrapped label may break (`pseudo_label_need`).

A text that does not come out in the pseudo-language yet (not wrapped in tr()/_()) is
checked in English: these tests cover it once it is wrapped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import clinician_views as views
import clipping
import pytest
from backups_helpers import FAST_HASHER, use_folder, wait_idle
from clipping import SCREEN, app_style, clipped_texts, tab_pages
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot
from screen_fixtures import MemorySink, example_answers
from still_helpers import close_dialog, keep, open_dialog, squat_clip
from visit_reports import add_example_patient

from kneedesk.core.i18n import current_language
from kneedesk.core.protocol import load_protocol
from kneedesk.core.pseudo_locale import PSEUDO, pseudo
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.languages import gui_language, install_language
from kneedesk.gui.patients.dialog import PatientDialog
from kneedesk.gui.settings.dialog import SettingsDialog
from kneedesk.gui.settings.language_tab import LanguageTab
from kneedesk.gui.stills import MeasureDialog
from kneedesk.gui.visit.dialogs import SignDialog
from kneedesk.store.reports import ReportKind
from kneedesk.store.store import Store

V2 = load_protocol("runners-knee", 2)
V2_ANSWERS = "example-visit-v2.json"
V2_FOLLOW_UP = "example-v2-followup.json"
FOLLOW_UP_ANY_AGE = VisitContext(age=None, follow_up=True)
MISSING = ["Body mass", "Height", "Hip abduction strength", "Step-down quality", "Kujala score"]
RENDER_TIMEOUT_MS = 120_000  # a generous limit for a loaded machine, not a speed check

# What clips in the pseudo-language today, by test id: each is xfail(strict=True), so the
# mark has to go once the layout is fixed. The reason names the widget and where it is laid out.
CHOICE_LINES = (
    "check box and radio button labels are single lines: at 40% longer the hip page's widest "
    "options ('Knee medial to the inside of the foot') need about 390 px a side and the "
    "mobility page's side captions and choices as much, so the rows need about 1216 px where "
    "the page has 1112 and a side scroll appears; Spanish, French and German fit "
    "(tests/gui/test_translated_layouts.py)"
)
KNOWN_CLIPPED: dict[str, str] = {
    "test_v2_wizard_page[page-hip]": CHOICE_LINES,
    "test_v2_wizard_page[page-mobility]": CHOICE_LINES,
}


def known(test: str, case: str, *values: Any) -> Any:
    """A parameter of `test` (its id `case`), marked as a known clip when listed in
    `KNOWN_CLIPPED`."""
    reason = KNOWN_CLIPPED.get(f"{test}[{case}]")
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(*(values or (case,)), id=case, marks=marks)


_SIZES = re.compile(r"shown (\d+)x(\d+), needs (\d+)x(\d+)")
_ROOM = re.compile(r"needs (\d+) px, field has (\d+)")


def how_much(problem: str) -> str:
    """The problem, with how many pixels the text is short of what it needs."""
    sizes = _SIZES.search(problem)
    if sizes:
        width, height, need_w, need_h = map(int, sizes.groups())
        short = ((need_w - width, "too narrow"), (need_h - height, "too low"))
        cut = [f"{px} px {side}" for px, side in short if px > 0]
        return f"{problem} ({', '.join(cut)})" if cut else problem
    room = _ROOM.search(problem)
    if room:
        need, got = map(int, room.groups())
        return f"{problem} ({need - got} px cut)"
    return problem


def assert_whole(problems: list[str], where: str) -> None:
    assert not problems, f"{where} in the pseudo-language:\n" + "\n".join(map(how_much, problems))


MAX_ROWS = 40  # rows of a list or table checked (the first, as a clinician sees them)


def _name(widget: QWidget, text: str) -> str:
    return f"{widget.objectName() or type(widget).__name__} {text[:60]!r}"


def _text_need(view: QAbstractItemView, index: QModelIndex, text: str) -> int:
    """How wide a cell must be to draw its text without eliding it: the text in the cell's
    font, the item's text margins (as QCommonStyle lays out an item) and its icon."""
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        need += view.iconSize().width() + 2 * margin
    return need


def _cell_problems(view: QAbstractItemView) -> list[str]:
    """Cells of a list or table whose text the view elides: narrower than their text needs,
    or (in a list that wraps its text) a word wider than the list."""
    model = view.model()
    if model is None:
        return []
    problems = []
    port = view.viewport().rect()
    top = QModelIndex()
    listed = isinstance(view, QListView)
    columns = [view.modelColumn()] if listed else range(model.columnCount(top))
    for row in range(min(model.rowCount(top), MAX_ROWS)):
        for column in columns:
            index = model.index(row, column)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            shown = view.visualRect(index)
            if not isinstance(text, str) or not text.strip() or not shown.intersects(port):
                continue
            if isinstance(view, QTableView) and (
                view.isColumnHidden(column) or view.isRowHidden(row)
            ):
                continue
            if listed and view.wordWrap():
                word = max(text.split(), key=view.fontMetrics().horizontalAdvance)
                need, room = _text_need(view, index, word), port.width()
            else:
                need, room = _text_need(view, index, text), shown.width()
            if room < need:
                problems.append(
                    f"{_name(view, text)}: cell shown {room} px wide, needs {need} "
                    f"({need - room} px cut)"
                )
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    """Column or row titles narrower than their text (the header elides them)."""
    model = header.model()
    if model is None:
        return []
    problems = []
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for logical in range(header.count()):
        if header.isSectionHidden(logical):
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text.strip():
            continue
        need = max(header.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
        need += 2 * margin
        size = header.sectionSize(logical)
        if header.orientation() is Qt.Orientation.Horizontal and size < need:
            problems.append(
                f"{_name(header, text)}: column title shown {size} px wide, needs {need} "
                f"({need - size} px cut)"
            )
    return problems


def _combo_problems(combo: QComboBox) -> list[str]:
    """A drop-down whose chosen text is wider than the field that shows it."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - (combo.iconSize().width() + 4 if not combo.itemIcon(
        combo.currentIndex()).isNull() else 0)  # fmt: skip
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > room:
        return [f"{_name(combo, text)}: shows {room} px of its text, needs {need} "
                f"({need - room} px cut)"]  # fmt: skip
    return []


def _group_problems(box: QGroupBox) -> list[str]:
    """A group box narrower than its title."""
    need = box.minimumSizeHint().width()
    if box.title() and box.width() < need:
        return [f"{_name(box, box.title())}: shown {box.width()} px wide, its title needs "
                f"{need} ({need - box.width()} px cut)"]  # fmt: skip
    return []


def elided_texts(root: QWidget) -> list[str]:
    """What `clipping.clipped_texts` does not look at: the cells and column titles of lists
    and tables, the chosen text of drop-downs and the titles of group boxes, where Qt
    elides ("…") a text that does not fit."""
    window = root.window()
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QHeaderView):
            problems += _header_problems(widget)
        elif isinstance(widget, QAbstractItemView):
            problems += _cell_problems(widget)
        elif isinstance(widget, QComboBox):
            problems += _combo_problems(widget)
        elif isinstance(widget, QGroupBox):
            problems += _group_problems(widget)
    return problems


def everything_cut(root: QWidget) -> list[str]:
    """Every text in `root` that is clipped, squeezed, elided or touching another."""
    return clipped_texts(root) + elided_texts(root)


def assert_fits_pseudo(root: QWidget, where: str) -> None:
    """As `clipping.assert_fits`: the window fits the screen and every text shows whole, on
    each page of its tabs too; each problem with its shortfall in pixels."""
    QApplication.processEvents()
    size = root.size()
    assert size.width() <= SCREEN.width(), f"{where} is {size.width()} px wide"
    assert size.height() <= SCREEN.height(), f"{where} is {size.height()} px high"
    problems = everything_cut(root)
    for title in tab_pages(root):
        problems += [f"[{title}] {p}" for p in everything_cut(root)]
    assert_whole(problems, where)


_TAGS = re.compile(r"<[^<>]*>")


def padding_only(word: str) -> bool:
    """A word of the pseudo-language's padding ("·····]"), no letter in it."""
    return not word.strip("·[]")


def pseudo_label_need(label: QLabel) -> QSize:
    """What `clipping` asks of a label, but a word-wrapped label's padding is not one word.

    The pseudo-language pads a long message with one run of dots (40% of its length): a
    word as wide as the label, where Qt breaks it anywhere. It stands for longer words, not
    for a word no language has, so a wrapped label needs its widest real word (and the
    height its text takes at its width, as before).
    """
    need = original_label_need(label)
    if not label.wordWrap():
        return need
    metrics = label.fontMetrics()
    words = _TAGS.sub(" ", label.text()).split()
    padding = [metrics.horizontalAdvance(w) for w in words if padding_only(w)]
    real = [metrics.horizontalAdvance(w) for w in words if not padding_only(w)]
    if not padding or max(padding) <= max(real, default=0):
        return need
    excess = max(padding) - max(max(real, default=0), metrics.horizontalAdvance("··]"))
    return QSize(max(need.width() - excess, 0), need.height())


original_label_need = clipping._label_need


@pytest.fixture
def qps(styled: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """The GUI and core's text in the pseudo-language for the test (with the app's
    appearance); English again afterwards, also when the test fails."""
    monkeypatch.setattr(clipping, "_label_need", pseudo_label_need)
    install_language(PSEUDO)
    try:
        yield styled
    finally:
        install_language("en")


@pytest.fixture
def signed_in(store: Store) -> Store:
    store.sign_in("ana", views.PASSWORD)
    return store


@pytest.fixture
def new_clinic(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "new.kneedesk", hasher=FAST_HASHER)
    yield opened
    opened.close()


# The pseudo-language itself, and the detector.


def test_the_pseudo_language_reaches_the_gui_and_core(qps: QApplication) -> None:
    assert gui_language() == current_language() == PSEUDO
    text = QCoreApplication.translate("LoginPage", "Sign in")
    assert text == pseudo("Sign in")
    assert text.startswith("[")


def test_english_is_back_after_a_pseudo_test() -> None:
    assert gui_language() == current_language() == "en"
    assert QCoreApplication.translate("LoginPage", "Sign in") == "Sign in"


def test_a_label_too_narrow_for_its_pseudo_text_is_reported(
    qtbot: QtBot, qps: QApplication
) -> None:
    """The detector: a label wide enough for English but not for the pseudo text is named,
    with its text and the pixels it lacks."""
    english = "Hip abduction strength"
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    label = QLabel(QCoreApplication.translate("PseudoCheck", english))
    label.setObjectName("tight_label")
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(english) + 4)
    roomy = QLabel(QCoreApplication.translate("PseudoCheck", "Pain"))
    roomy.setObjectName("roomy_label")
    layout.addWidget(label)
    layout.addWidget(roomy)
    box.show()
    qtbot.waitExposed(box)
    problems = [how_much(p) for p in clipped_texts(box)]
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"tight_label {pseudo(english)!r}: shown ")
    short = label.sizeHint().width() - label.width()
    assert short > 0
    assert problems[0].endswith(f"({short} px too narrow)")
    with pytest.raises(AssertionError, match="tight_label.*px too narrow"):
        assert_whole(clipped_texts(box), "the test box")


def test_an_elided_cell_and_drop_down_are_reported(qtbot: QtBot, qps: QApplication) -> None:
    """The detector of what Qt elides: a table column and a drop-down wide enough for the
    English text but not for the pseudo text are named, with the pixels they lack."""
    english = "Hip abduction strength"
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    table = QTableWidget(1, 2)
    table.setObjectName("tight_table")
    table.setItem(0, 0, QTableWidgetItem(QCoreApplication.translate("PseudoCheck", english)))
    table.setItem(0, 1, QTableWidgetItem("32"))
    table.setColumnWidth(0, table.fontMetrics().horizontalAdvance(english) + 12)
    combo = QComboBox()
    combo.setObjectName("tight_combo")
    combo.addItem(QCoreApplication.translate("PseudoCheck", english))
    combo.setFixedWidth(combo.fontMetrics().horizontalAdvance(english) + 40)
    layout.addWidget(table)
    layout.addWidget(combo)
    box.resize(600, 300)
    box.show()
    qtbot.waitExposed(box)
    problems = elided_texts(box)
    assert len(problems) == 2, problems
    assert problems[0].startswith(f"tight_table {pseudo(english)!r}: cell shown ")
    assert problems[1].startswith(f"tight_combo {pseudo(english)!r}: shows ")
    assert all(re.search(r"\(\d+ px cut\)$", problem) for problem in problems)
    table.setColumnWidth(0, 400)
    combo.setFixedWidth(400)
    QApplication.processEvents()
    assert elided_texts(box) == []


# Sign-in and set-up.


def test_login_screen(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    window = views.open_login(qtbot, store)
    shown = [label.text() for label in window.login.findChildren(QLabel) if label.isVisible()]
    assert any(text.startswith("[") for text in shown), "made before the language was set"
    assert_fits_pseudo(window, "the login screen")


def test_lock_screen(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    assert_fits_pseudo(views.open_lock(qtbot, store), "the lock screen")


@pytest.mark.parametrize(
    "store_fails",
    [known("test_clinic_set_up", "fields", False), known("test_clinic_set_up", "disk-full", True)],
)
def test_clinic_set_up(
    qtbot: QtBot, qps: QApplication, new_clinic: Store, store_fails: bool
) -> None:
    dialog = views.open_setup(qtbot, new_clinic, store_fails=store_fails)
    assert_fits_pseudo(dialog, "the clinic set-up dialog")


ACCOUNT_CASES = [
    known("test_account_dialog", f"{action}-{fields}", reset, fails)
    for action, reset in (("add", False), ("reset-password", True))
    for fields, fails in (("fields", False), ("disk-full", True))
]


@pytest.mark.parametrize(("reset", "store_fails"), ACCOUNT_CASES)
def test_account_dialog(
    qtbot: QtBot, qps: QApplication, signed_in: Store, reset: bool, store_fails: bool
) -> None:
    dialog = views.open_account(qtbot, signed_in, reset=reset, store_fails=store_fails)
    assert_fits_pseudo(dialog, "the account dialog")


@pytest.mark.xfail(
    strict=True,
    reason="with a long message under every field of every tab at once, the pseudo dialog "
    "needs 764 px of the 728 a 1366x768 screen leaves (it grows up to the screen's height); "
    "as clinicians open it, Spanish, French and German fit (test_translated_layouts.py)",
)
def test_every_settings_tab(qtbot: QtBot, qps: QApplication, signed_in: Store) -> None:
    """Clinic, units, videos, thresholds, security, clinicians, backups and language, each
    with its error lines showing."""
    assert_fits_pseudo(views.open_settings(qtbot, signed_in), "the settings dialog")


def test_language_tab(qtbot: QtBot, qps: QApplication, signed_in: Store) -> None:
    """Settings > Language, at the settings dialog's size (added to the dialog's tabs when
    the dialog does not show it itself yet)."""
    dialog = SettingsDialog(signed_in)
    tab = dialog.findChild(LanguageTab)
    if tab is None:
        tab = LanguageTab(can_edit_clinic=True)
        dialog.ui.tabs.addTab(tab, QCoreApplication.translate("SettingsDialog", "Language"))
    views.show(qtbot, dialog)
    dialog.ui.tabs.setCurrentWidget(tab)
    QApplication.processEvents()
    assert tab.mine.currentText().startswith("[")  # "Same as this computer (…)", in pseudo
    assert_whole(everything_cut(dialog), "Settings > Language")


def test_backups_tab_listing_a_backup(
    qtbot: QtBot, qps: QApplication, signed_in: Store, tmp_path: Path
) -> None:
    """Settings > Backups after Back up now: the result, the last backup and its row."""
    folder = tmp_path / "Sauvegardes KneeDesk"
    folder.mkdir()
    dialog = SettingsDialog(signed_in)
    views.show(qtbot, dialog)
    dialog.ui.tabs.setCurrentWidget(dialog.backups)
    use_folder(dialog, folder)
    dialog.backups.ui.back_up.click()
    wait_idle(qtbot, dialog.backup_center)
    assert dialog.backups.ui.table.rowCount() == 1
    assert_whole(everything_cut(dialog), "Settings > Backups with a backup made")


def test_restore_preview(qtbot: QtBot, qps: QApplication, tmp_path: Path) -> None:
    assert_fits_pseudo(views.open_restore_preview(qtbot, tmp_path), "the restore preview")


def test_addendum_dialog(qtbot: QtBot, qps: QApplication) -> None:
    assert_fits_pseudo(views.open_addendum(qtbot), "the addendum dialog")


def test_print_progress(qtbot: QtBot, qps: QApplication) -> None:
    assert_fits_pseudo(views.open_print_progress(qtbot), "the print progress dialog")


# Patients.


def test_patient_dialog(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    """A new patient's dialog, empty and then with each field's problem showing."""
    dialog = PatientDialog(store.patients)
    views.show(qtbot, dialog)
    assert_fits_pseudo(dialog, "the new patient dialog")
    store.patients.create(chart_number="C-7", given_name="Kim", family_name="Lee")
    dialog.ui.chartNumber.setText("C-7")
    dialog.ui.birthDate.setText("1992-02-30")
    dialog.try_accept()
    assert_fits_pseudo(dialog, "the patient dialog with its problems")


def signed_in_window(qtbot: QtBot, store: Store) -> Any:
    window = views.main_window(qtbot, store)
    window.login.ui.username.setText("ana")
    window.login.ui.password.setText(views.PASSWORD)
    window.login.attempt()
    window.resize(views.SCREEN_SIZE)  # as the window was left last time: maximised
    QApplication.processEvents()
    return window


def test_patient_list(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    """The list with a long name (the chart number's column: see the next test)."""
    store.patients.create(
        chart_number="KD-0417", given_name=views.LONG_PATIENT[0],
        family_name=views.LONG_PATIENT[1], birth_date="1994-03-02",
    )  # fmt: skip
    store.patients.create(chart_number="KD-1", given_name="Lou", family_name="Park")
    window = signed_in_window(qtbot, store)
    window.show_patients()
    assert window.work.currentWidget() is window.patients
    assert_fits_pseudo(window, "the patient list")


@pytest.mark.xfail(
    strict=True,
    reason="patientTable (kneedesk/gui/patients/list_page.py): the 'Chart no.' column is "
    "114 px wide and elides a 14-character chart number such as 'KD-2026-000417' (11 px "
    "short), in English too",
)
def test_patient_list_long_chart_number(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    views.add_long_patient(store)
    window = signed_in_window(qtbot, store)
    window.show_patients()
    assert_fits_pseudo(window, "the patient list")


def test_empty_patient_list(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    """A clinic with no patients yet says how to add the first."""
    window = signed_in_window(qtbot, store)
    assert_fits_pseudo(window, "the empty patient list")


def test_patient_record_with_visits(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    """A record with a first visit and a follow-up, both signed: the visit history and
    each tab with something in it."""
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visit = add_example_patient(store, ana.id)[-1]
    window = signed_in_window(qtbot, store)
    window.show_patient(visit.patient_id)
    window.record.wait_until_loaded()
    QApplication.processEvents()
    assert window.work.currentWidget() is window.record
    assert_fits_pseudo(window, "the patient record with two visits")


def test_patient_record_tabs(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    assert_fits_pseudo(views.open_record(qtbot, store), "the patient record")


# The v2 screen wizard, page by page, then its summary and the sign dialog.

V2_PAGES = [section.id for section in V2.sections]


@pytest.fixture(scope="module")
def v2_wizard(qapp: QApplication) -> Iterator[Any]:
    """The v2 wizard of a follow-up visit with the example answers, shared by the page tests
    (it takes seconds to make): a follow-up with no birth date shows every page and every
    age-shown item. Made in the pseudo-language with the app's appearance, at the main
    window's size; each test's `qps` puts the pseudo-language back for what it changes."""
    from kneedesk.core.answers import Answers
    from kneedesk.core.units import DisplayUnits
    from kneedesk.gui.screen import ScreenWizard

    install_language(PSEUDO)
    try:
        with app_style():
            wizard = ScreenWizard(
                V2,
                DisplayUnits(),
                MemorySink(),
                Answers(example_answers(V2_FOLLOW_UP)),
                {},
                previous=Answers(example_answers(V2_ANSWERS)),
                context=FOLLOW_UP_ANY_AGE,
            )
            wizard.resize(SCREEN.size())
            wizard.show()
            QApplication.processEvents()
    finally:
        install_language("en")
    yield wizard
    destroy(wizard)


def destroy(widget: QWidget) -> None:
    """Close a module's shared window and delete it now: a hidden window left alive is
    polished again by every later test that sets the app's style, slowing the whole run."""
    widget.close()
    widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def show_section(wizard: Any, index: int) -> None:
    wizard.set_section(index)
    QApplication.processEvents()


@pytest.mark.parametrize(
    "section", [known("test_v2_wizard_page", f"page-{s}", s) for s in V2_PAGES]
)
def test_v2_wizard_page(qps: QApplication, v2_wizard: Any, section: str) -> None:
    index = next(n for n, s in enumerate(v2_wizard.sections) if s.id == section)
    show_section(v2_wizard, index)
    assert_whole(everything_cut(v2_wizard), f"the v2 wizard's {section} page")


@pytest.mark.parametrize(
    "scrolled",
    [
        known("test_v2_wizard_summary", "summary-top", False),
        known("test_v2_wizard_summary", "summary-end", True),
    ],
)
def test_v2_wizard_summary(qps: QApplication, v2_wizard: Any, scrolled: bool) -> None:
    """The summary: findings, plan and next visit, at its top and scrolled to its end."""
    show_section(v2_wizard, v2_wizard.section_count)
    assert v2_wizard.pages.currentWidget() is v2_wizard.summary
    for area in v2_wizard.summary.findChildren(QScrollArea):
        bar = area.verticalScrollBar()
        bar.setValue(bar.maximum() if scrolled else bar.minimum())
    QApplication.processEvents()
    problems = everything_cut(v2_wizard)
    for title in tab_pages(v2_wizard.summary):
        problems += [f"[{title}] {p}" for p in everything_cut(v2_wizard)]
    assert_whole(problems, "the v2 wizard's summary page")


def test_sign_dialog(qtbot: QtBot, qps: QApplication, store: Store) -> None:
    """Signing with required items left out, after a wrong password."""
    dialog = SignDialog("Ana Ruiz", store.accounts, "ana", missing_required=MISSING)
    views.show(qtbot, dialog)
    assert_fits_pseudo(dialog, "the sign dialog")
    qtbot.keyClicks(dialog.password, "wrong password")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.checking())
    assert dialog.error.isVisible()
    assert_fits_pseudo(dialog, "the sign dialog after a wrong password")


# The report view's panel (the pages themselves: tests/report/test_pseudo_pages.py).


@pytest.mark.parametrize(
    "kind", [known("test_report_view_panel", "handout"), known("test_report_view_panel", "summary")]
)
def test_report_view_panel(qtbot: QtBot, qps: QApplication, store: Store, kind: str) -> None:
    ana = store.accounts.by_username("ana")
    assert ana is not None
    visit = add_example_patient(store, ana.id)[-1]
    window = signed_in_window(qtbot, store)
    window.show_patient(visit.patient_id)
    window.record.wait_until_loaded()
    window.record.reportsRequested.emit(visit.id)
    view = window.reports
    assert view is not None
    assert window.work.currentWidget() is view
    if view.kind != ReportKind(kind):
        view.set_kind(kind)
    qtbot.waitUntil(lambda: view.current_pdf() is not None, timeout=RENDER_TIMEOUT_MS)
    assert_whole(everything_cut(view), f"the report view ({kind})")


# Stills: the viewer, its measuring page, and a kept still reopened.


@pytest.fixture
def still_dialog(qtbot: QtBot, qps: QApplication, tmp_path: Path) -> Iterator[Any]:
    opened = open_dialog(qtbot, squat_clip(tmp_path))
    yield opened
    close_dialog(qtbot, opened)


def test_still_viewer(still_dialog: Any) -> None:
    assert_whole(everything_cut(still_dialog), "the still viewer")


def test_still_measure_page(qtbot: QtBot, still_dialog: Any) -> None:
    keep(qtbot, still_dialog)
    assert_whole(everything_cut(still_dialog), "the still dialog's measuring page")


@pytest.mark.parametrize(
    "editable",
    [known("test_measure_dialog", "editable", True), known("test_measure_dialog", "signed", False)],
)
def test_measure_dialog(qtbot: QtBot, still_dialog: Any, editable: bool) -> None:
    keep(qtbot, still_dialog)
    still = still_dialog.result_still()
    reopened = MeasureDialog(still, editable=editable)
    views.show(qtbot, reopened)
    try:
        assert_whole(everything_cut(reopened), "the measure dialog")
    finally:
        reopened.reject()
