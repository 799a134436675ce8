"""Whether the clinic server can be reached, and what the clinician sees when it cannot.

In clinic server mode the first call that finds the server out of reach (a save, a search,
the change listener losing its connection) reports it here (`lost`). The window then shows
a banner under every page: the server cannot be reached, what is typed is kept on this
computer and saved when it is back, and how many answers are waiting. From then on a worker
tries the server every few seconds (`reconnect`, with the connect timeout: never on the GUI
thread); meanwhile saves do not go to the network at all. When it answers, the audit rows of
a lock or unlock made meanwhile are written, `cameBack` is emitted (the open visit sends
what is waiting, in order) and the banner says so, then goes.

A workstation on its own file has no link: its database cannot drop off a network.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kneedesk.gui.background import tasks
from kneedesk.store.errors import StoreError
from kneedesk.store.outbox import OUTBOX_FILENAME, Outbox
from kneedesk.store.paths import default_data_dir

if TYPE_CHECKING:
    from kneedesk.gui.main_window import MainWindow
    from kneedesk.store.store import Store

log = logging.getLogger(__name__)

FIRST_RETRY_MS = 1_000
LONGEST_RETRY_MS = 5_000
BACK_NOTE_MS = 8_000
"""How long "Connected again" stays before the banner goes."""


class OfflineBanner(QFrame):
    """The banner over the pages while the clinic server cannot be reached."""

    tryNow = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.setProperty("role", "warning-banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel(self)
        self.title.setObjectName("offlineTitle")
        self.title.setProperty("role", "banner-title")
        self.title.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("offlineDetail")
        self.detail.setWordWrap(True)
        text.addWidget(self.title)
        text.addWidget(self.detail)
        layout.addLayout(text, 1)
        self.try_now = QPushButton(self.tr("Try now"), self)
        self.try_now.setObjectName("offlineTryNow")
        self.try_now.clicked.connect(self.tryNow.emit)
        layout.addWidget(self.try_now)
        self.hide()

    def show_offline(self, label: str, waiting: int) -> None:
        """Say the server cannot be reached, and how many answers wait on this computer."""
        self.title.setText(
            self.tr("The clinic server cannot be reached ({server})").format(server=label)
        )
        detail = self.tr(
            "Keep working: what you type stays on screen and is kept on this computer until "
            "the server answers, then saved there in the order you typed it. Everything saved "
            "before is safe on the server. KneeDesk tries again every few seconds."
        )
        if waiting:
            detail += " " + self.tr("Answers waiting: {count}.").format(count=waiting)
        self.detail.setText(detail)
        self._calm(False)
        self.try_now.show()
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(detail)
        self.show()

    def show_back(self, sent: int) -> None:
        """Say the server answers again (and that what waited is saved)."""
        self.title.setText(self.tr("Connected to the clinic server again"))
        self.detail.setText(
            self.tr("The answers typed meanwhile are saved on the server: {count}.").format(
                count=sent
            )
            if sent
            else self.tr("Everything is saved on the server.")
        )
        self._calm(True)
        self.try_now.hide()
        self.setAccessibleName(self.title.text())
        self.show()

    def _calm(self, back: bool) -> None:
        """The calm look once the server is back (its labels are styled again too)."""
        if bool(self.property("back")) == back:
            return
        self.setProperty("back", back)
        for label in (self, self.title, self.detail):
            label.style().unpolish(label)
            label.style().polish(label)


class ServerLink(QObject):
    """The clinic server's reachability for one window: the banner and the retries."""

    cameBack = Signal()
    """The server answers again (emitted on the GUI thread; the open visit sends what waits)."""

    def __init__(
        self,
        store: Store,
        banner: OfflineBanner,
        outbox: Outbox,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.banner = banner
        self.outbox = outbox
        """Answers typed while the server was out of reach, kept on this computer."""
        self.calls = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kneedesk-server")
        """Where the open visit's saves are sent, one at a time, in order."""
        self.online = True
        self.waiting = 0
        """Answers kept on this computer for the open visit (shown in the banner)."""
        self.sent_since_back = 0
        self.attempts = 0
        """Tries since the server was lost (for tests and the log)."""
        self._trying = False
        self._stopped = False  # the window closed: nothing more is tried or shown
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.try_now)
        self._hide_note = QTimer(self)
        self._hide_note.setSingleShot(True)
        self._hide_note.setInterval(BACK_NOTE_MS)
        self._hide_note.timeout.connect(self._note_over)
        banner.tryNow.connect(self.try_now)

    @staticmethod
    def of(widget: QWidget) -> ServerLink | None:
        """The link of the main window this widget belongs to (None: no clinic server)."""
        top = widget
        while (parent := top.parentWidget()) is not None:
            top = parent
        return top.findChild(ServerLink)

    @property
    def label(self) -> str:
        return self.store.location

    def lost(self, why: BaseException | None = None) -> None:
        """A call found the server out of reach: show the banner and start trying again."""
        if self._stopped:
            return
        if why is not None:
            log.info("clinic server out of reach: %s", why)
        self._hide_note.stop()
        if self.online:
            self.online = False
            self.attempts = 0
            self.sent_since_back = 0
        self.banner.show_offline(self.label, self.waiting)
        if not self._trying and not self._retry.isActive():
            self._retry.start(FIRST_RETRY_MS)

    def listener_state(self, up: bool) -> None:
        """The change listener lost the server (say so), or found it again (try it now)."""
        if up:
            self.try_now()
        else:
            self.lost()

    def set_waiting(self, count: int) -> None:
        """How many answers wait on this computer (the banner counts them)."""
        sent = max(0, self.waiting - count)
        self.waiting = count
        if not self.online:
            self.banner.show_offline(self.label, count)
        elif sent:
            self.sent_since_back += sent
            if count == 0 and self.banner.isVisible():
                self.banner.show_back(self.sent_since_back)
                self._hide_note.start()

    def try_now(self) -> None:
        """Try the server now, on a worker (the connect timeout bounds it)."""
        if self.online or self._trying or self._stopped:
            return
        self._retry.stop()
        self._trying = True
        self.attempts += 1
        store = self.store
        tasks().start(
            lambda _control: store.reconnect(),
            lambda _written: self._back(),
            self._still_out,
            lane="clinic-server",
            name="reconnect to the clinic server",
        )

    def _back(self) -> None:
        self._trying = False
        if self._stopped or not shiboken6.isValid(self.banner):
            return
        self.online = True
        self.banner.show_back(self.sent_since_back)
        self._hide_note.start()
        self.cameBack.emit()

    def _still_out(self, exc: Exception) -> None:
        self._trying = False
        if self._stopped or not shiboken6.isValid(self.banner):
            return
        if not isinstance(exc, StoreError):
            log.warning("reconnecting failed unexpectedly", exc_info=exc)
        self.banner.show_offline(self.label, self.waiting)
        delay = min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** min(self.attempts, 3))
        self._retry.start(delay)

    def _note_over(self) -> None:
        if self.online and self.waiting == 0:
            self.banner.hide()

    def stop(self) -> None:
        """Stop trying (the window closes); what waits stays in the file for next time."""
        self._stopped = True
        self._retry.stop()
        self._hide_note.stop()
        self.calls.shutdown(wait=True)  # what was sent is answered (each call has a timeout)
        tasks().deliver()  # and what the answers say is done before the file closes
        self.outbox.close()


def attach(window: MainWindow) -> ServerLink | None:
    """The link and its banner above the window's pages (None on a SQLite file)."""
    if window.store.server is None:
        return None
    banner = OfflineBanner()
    holder = QWidget()
    holder.setObjectName("PagesWithBanner")
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    window.takeCentralWidget()  # the page stack, with the banner under it
    layout.addWidget(window.front, 1)
    # At the bottom: showing it shortens the page from below, so the field being typed in
    # does not move under the clinician's hand.
    layout.addWidget(banner)
    window.setCentralWidget(holder)
    outbox = Outbox(default_data_dir() / OUTBOX_FILENAME, server=window.store.location)
    link = ServerLink(window.store, banner, outbox, window)
    if window.live is not None:
        window.live.bridge.connection.connect(link.listener_state)
    return link
