"""One protocol section as a scrolling page of item rows; Enter moves to the next field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kneedesk.core.protocol import Item, Section
from kneedesk.core.scoring import KUJALA
from kneedesk.core.units import DisplayUnits
from kneedesk.core.visit_context import VisitContext
from kneedesk.gui.screen.consent_bar import ConsentBar
from kneedesk.gui.screen.editor import Editor, set_flag
from kneedesk.gui.screen.item_row import NOT_TESTED_KEYS, ItemRow
from kneedesk.gui.screen.no_red_flags import NoRedFlagsControl, red_flag_items
from kneedesk.gui.screen.recorder import Recorder
from kneedesk.gui.screen.still_area import IMPORT_KEYS, StillsArea, filmed
from kneedesk.gui.screen.still_hub import StillHub

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SectionPage(QScrollArea):
    """A section's title, introduction, missing-items notice and one row per item."""

    lastFieldPassed = Signal()  # Enter on the last field: the wizard focuses "Next"
    patientModeRequested = Signal()

    def __init__(
        self,
        section: Section,
        units: DisplayUnits,
        recorder: Recorder,
        read_only: bool = False,
        parent: QWidget | None = None,
        context: VisitContext | None = None,
        stills: StillHub | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        # Items outside their age band get no row at all: nothing to tab through or count.
        shown = [i for i in section.items if (context or VisitContext()).shows(i)]
        self.setObjectName(f"section.{section.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self)
        body.setObjectName("section_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(0)
        title = QLabel(section.title, body)
        title.setProperty("role", "page-title")
        layout.addWidget(title)
        if section.intro:
            intro = QLabel(section.intro, body)
            intro.setWordWrap(True)
            intro.setProperty("role", "intro")
            layout.addWidget(intro)
        self.notice = QLabel(body)
        self.notice.setObjectName(f"section.{section.id}.missing")
        self.notice.setWordWrap(True)
        self.notice.setProperty("role", "notice")
        self.notice.hide()
        layout.addSpacing(10)
        layout.addWidget(self.notice)
        self.patient_button: QPushButton | None = None
        if any(i.score == KUJALA for i in section.items) and not read_only:
            self.patient_button = QPushButton(
                self.tr("Hand the Kujala questionnaire to the patient…"), body
            )
            self.patient_button.setObjectName("patient_mode_button")
            self.patient_button.setToolTip(self.tr("Large print, one question at a time"))
            self.patient_button.clicked.connect(self.patientModeRequested.emit)
            layout.addWidget(self.patient_button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addSpacing(6)
        self.no_red_flags: NoRedFlagsControl | None = None
        flags = red_flag_items(shown)
        if flags and not read_only:
            self.no_red_flags = NoRedFlagsControl(flags, recorder, self._flag_saved, body)
            layout.addWidget(self.no_red_flags)
        # Filmed tests: the visit's consent to filming once at the top, stills on their rows.
        self.consent: ConsentBar | None = None
        if stills is not None and any(filmed(i.id) for i in shown):
            self.consent = ConsentBar(stills, section.id, body)
            layout.addWidget(self.consent)
        self.rows: dict[str, ItemRow] = {}
        self.stills: dict[str, StillsArea] = {}
        for item in shown:
            row = ItemRow(item, units, recorder, read_only, body)
            layout.addWidget(row)
            self.rows[item.id] = row
            if stills is not None and filmed(item.id):
                self.stills[item.id] = StillsArea(row, stills)
        layout.addStretch(1)
        width = max((row.side_width() for row in self.rows.values()), default=0)
        for row in self.rows.values():
            row.set_side_width(width)
            if not width:  # no Left | Right columns: give the instructions more room
                row.set_label_weight(14)
        self.setWidget(body)
        self._editors: list[Editor] = [e for row in self.rows.values() for e in row.editors()]
        for editor in self._editors:
            for widget in editor.inputs():
                widget.installEventFilter(self)
        not_tested = QShortcut(QKeySequence(NOT_TESTED_KEYS), self)
        not_tested.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        not_tested.activated.connect(self.not_tested_here)
        if self.stills:
            import_here = QShortcut(QKeySequence(IMPORT_KEYS), self)
            import_here.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            import_here.activated.connect(self.import_here)

    def row_with_focus(self) -> ItemRow | None:
        """The item row the keyboard is in (None: not in a row)."""
        focused = QApplication.focusWidget()
        if focused is None:
            return None
        return next((r for r in self.rows.values() if r.isAncestorOf(focused)), None)

    def not_tested_here(self) -> None:
        """Open "Not tested" for the row the keyboard is in (its link is not a Tab stop)."""
        row = self.row_with_focus()
        if row is not None:
            row.open_not_tested(None)

    def import_here(self) -> None:
        """ "Video or photo…" for the filmed item and side the keyboard is in."""
        row = self.row_with_focus()
        area = self.stills.get(row.item.id) if row is not None else None
        focused = QApplication.focusWidget()
        if area is not None and focused is not None:
            area.choose_file_for(focused)

    def editors(self) -> list[Editor]:
        """Every editor in screen order."""
        return list(self._editors)

    def first_input(self) -> QWidget | None:
        """Where focus goes when the page is opened."""
        visible = [e for e in self._editors if e.isVisibleTo(self)]
        return visible[0].focus_target() if visible else None

    def focus_first(self) -> None:
        """Put the cursor in the first field, with the page shown from its heading.

        A page being opened has not been laid out yet, so the field's place is only known
        once the event loop has run: scrolling to it now would scroll by stale positions
        (the heading and first rows went off the top). Start at the top, then bring the
        field into view if it lies further down.
        """
        self.verticalScrollBar().setValue(0)
        target = self.first_input()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            QTimer.singleShot(0, target, lambda: self._reveal(target))

    def _reveal(self, target: QWidget) -> None:
        if target.hasFocus():  # the user has not moved on meanwhile
            self.ensureWidgetVisible(target, 40, 80)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return in a field moves to the next field (Tab also reaches buttons)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QWidget)
        ):
            self._focus_after(watched)
            return True
        return super().eventFilter(watched, event)

    def _focus_after(self, widget: QWidget) -> None:
        index = next((n for n, e in enumerate(self._editors) if e.isAncestorOf(widget)), None)
        if index is None:
            return
        editor = self._editors[index]
        if isinstance(widget, QLineEdit):
            editor.finish()  # save now, whether or not the focus change reaches the field
        inputs = editor.inputs()
        # Within a list of numbers Enter goes to the next entry first.
        if isinstance(widget, QLineEdit) and widget in inputs and widget is not inputs[-1]:
            nxt: QWidget | None = inputs[inputs.index(widget) + 1]
        else:
            after = [e for e in self._editors[index + 1 :] if e.isVisibleTo(self)]
            nxt = after[0].focus_target() if after else None
        if nxt is None:
            self.lastFieldPassed.emit()
            return
        nxt.setFocus(Qt.FocusReason.TabFocusReason)
        self.ensureWidgetVisible(nxt, 40, 80)

    def show_missing(self, items: Sequence[Item]) -> None:
        """List required items still empty at the top of the page and highlight their rows."""
        missing = {i.id for i in items}
        for item_id, row in self.rows.items():
            row.set_missing(item_id in missing)
        names = ", ".join(i.label for i in items)
        self.notice.setText(
            self.tr("Required and still empty ({count}): {names}.").format(
                count=len(items), names=names
            )
            if items
            else ""
        )
        self.notice.setVisible(bool(items))

    def reload(self, item_ids: Iterable[str] | None = None) -> None:
        """Show the state's values again (all rows, or the given items)."""
        for item_id in self.rows if item_ids is None else item_ids:
            if item_id in self.rows:
                self.rows[item_id].reload()

    def refill(self) -> None:
        """Show another visit: every row from the state, nothing marked missing, at the top."""
        for row in self.rows.values():
            row.refill()
        self.show_missing([])
        self.verticalScrollBar().setValue(0)
        self.horizontalScrollBar().setValue(0)

    def mark_flagged(self, item_ids: Iterable[str]) -> None:
        """Highlight the rows of red flags answered yes (the row also says "Yes")."""
        flagged = set(item_ids)
        for item_id, row in self.rows.items():
            set_flag(row, "flagged", item_id in flagged)
        if self.no_red_flags is not None:
            self.no_red_flags.refresh()

    def _flag_saved(self, item: Item, error: str | None) -> None:
        """Show an answer "None of these" saved (checked No), or why it was not saved."""
        row = self.rows[item.id]
        if error:
            row.cells[None].show_error(error)
        else:
            row.reload()

    def set_painful_side(self, side: str | None) -> None:
        """Mark the painful side on every per-side row."""
        for row in self.rows.values():
            row.set_painful_side(side)
