"""Each clinician's layout of the pages, kept beside the window's place (QSettings, per
clinician, so a shared computer keeps everyone's own): how wide they dragged the panes of
a splitter, and which record tab they had open.

Pages mark what is kept with `remember`; the main window calls `save` when a clinician
locks, logs out or quits, and `restore` when one logs in and when a page is first made.
Sizes saved on a larger window are fitted to the one there is now (`fit_sizes`): the panes
that stretch take the difference and no pane is made smaller than it can be used at.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from kneedesk.gui import window_geometry

REMEMBERED = "kneedeskRemembered"
WISH = "kneedeskWishedSizes"
"""A splitter's sizes as the clinician left them, until they drag it again: given to it,
fitted, whenever it is shown or its panes' minimum sizes change (a label's text while a
document is prepared), so a passing squeeze does not become what is saved."""


def remember(widget: QSplitter | QTabWidget) -> None:
    """Keep this splitter's pane sizes or this tab widget's open tab per clinician (by its
    object name, which must be set). A splitter's panes can no longer be dragged shut."""
    if not widget.objectName():
        raise ValueError("a remembered widget needs an object name to be saved under")
    widget.setProperty(REMEMBERED, True)
    if isinstance(widget, QSplitter):
        widget.setChildrenCollapsible(False)
        refitter = _Refitter(widget)
        widget.installEventFilter(refitter)
        widget.splitterMoved.connect(refitter.dragged)


def save(root: QWidget, username: str | None) -> None:
    """Remember, for this clinician, the layout of every remembered widget under `root`."""
    if not username:
        return
    store = window_geometry.settings()
    for widget in _remembered(root):
        if isinstance(widget, QSplitter):
            wish = widget.property(WISH)
            sizes = list(wish) if wish else widget.sizes()
            if sum(sizes) > 0:  # never laid out and nothing to give it: nothing to keep
                store.setValue(_key(username, widget), [str(n) for n in sizes])
        elif isinstance(widget, QTabWidget) and widget.currentWidget() is not None:
            store.setValue(_key(username, widget), widget.currentWidget().objectName())
    store.sync()


def restore(root: QWidget, username: str | None) -> None:
    """Lay out every remembered widget under `root` as this clinician left it; as the page
    lays itself out by default where they never changed it (not as the last clinician)."""
    if not username:
        return
    store = window_geometry.settings()
    for widget in _remembered(root):
        saved = store.value(_key(username, widget))
        if isinstance(widget, QSplitter):
            _restore_splitter(widget, _ints(saved))
        elif isinstance(widget, QTabWidget):
            _restore_tab(widget, saved if isinstance(saved, str) else "")


def fit_sizes(
    saved: Sequence[int], minimums: Sequence[int], stretches: Sequence[int], total: int
) -> list[int] | None:
    """Pane sizes adding up to `total`: as saved where they fit, the panes that stretch (all,
    if none does) taking the difference, none below its minimum. None when the saved sizes
    are for another number of panes or the panes cannot all have their minimum in `total`."""
    count = len(saved)
    if count == 0 or len(minimums) != count or len(stretches) != count:
        return None
    if any(n < 0 for n in saved) or total < sum(minimums):
        return None
    sizes = list(saved)
    weights = list(stretches) if any(w > 0 for w in stretches) else [1] * count
    difference, weight = total - sum(sizes), sum(weights)
    for n in range(count):
        sizes[n] += difference * weights[n] // weight
    last = max(range(count), key=lambda n: (weights[n], n))
    sizes[last] += total - sum(sizes)  # what integer division left over
    short = 0
    for n in range(count):
        if sizes[n] < minimums[n]:
            short += minimums[n] - sizes[n]
            sizes[n] = minimums[n]
    for n in sorted(range(count), key=lambda n: minimums[n] - sizes[n]):  # most room first
        take = min(short, sizes[n] - minimums[n])
        sizes[n] -= take
        short -= take
    return sizes


class _Refitter(QObject):
    """Gives a splitter the sizes wished for it once it is shown (and has its real size),
    and again after its panes' minimum sizes change, until the clinician drags it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QSplitter) and watched.property(WISH):
            if event.type() == QEvent.Type.Show:
                _apply(watched, list(watched.property(WISH)))
            elif event.type() == QEvent.Type.LayoutRequest and watched.isVisible():
                # After the splitter has taken in the new minimum sizes itself.
                QTimer.singleShot(0, self, lambda: self._refit(watched))
        return False

    def dragged(self, _position: int, _index: int) -> None:
        """The clinician has chosen new sizes: they are what is kept from now on."""
        splitter = self.parent()
        if isinstance(splitter, QSplitter):
            splitter.setProperty(WISH, None)

    def _refit(self, splitter: QSplitter) -> None:
        wish = splitter.property(WISH)
        if wish and splitter.isVisible():
            _apply(splitter, list(wish))


def _restore_splitter(splitter: QSplitter, saved: list[int] | None) -> None:
    count = splitter.count()
    if saved is None or len(saved) != count:  # never changed, or the panes have changed
        horizontal = splitter.orientation() == Qt.Orientation.Horizontal
        hints = [pane.sizeHint() for pane in _panes(splitter)]
        saved = [h.width() if horizontal else h.height() for h in hints]
    splitter.setProperty(WISH, saved)
    if splitter.isVisible():
        _apply(splitter, saved)


def _apply(splitter: QSplitter, saved: list[int]) -> None:
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    panes = _panes(splitter)
    length = splitter.width() if horizontal else splitter.height()
    total = length - splitter.handleWidth() * (len(panes) - 1)
    minimums = [_minimum(pane, horizontal) for pane in panes]
    stretches = [
        pane.sizePolicy().horizontalStretch() if horizontal else pane.sizePolicy().verticalStretch()
        for pane in panes
    ]
    sizes = fit_sizes(saved, minimums, stretches, total)
    if sizes is not None:
        splitter.setSizes(sizes)


def _minimum(pane: QWidget, horizontal: bool) -> int:
    """The size below which a pane cannot be used: its set minimum, else its hint's."""
    hint = pane.minimumSizeHint()
    if horizontal:
        return pane.minimumWidth() or max(hint.width(), 0)
    return pane.minimumHeight() or max(hint.height(), 0)


def _panes(splitter: QSplitter) -> list[QWidget]:
    return [pane for n in range(splitter.count()) if (pane := splitter.widget(n)) is not None]


def _restore_tab(tabs: QTabWidget, name: str) -> None:
    pages = [page.objectName() if (page := tabs.widget(n)) else "" for n in range(tabs.count())]
    tabs.setCurrentIndex(pages.index(name) if name in pages else 0)


def _remembered(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget) if w.property(REMEMBERED)]
    return [root, *found] if root.property(REMEMBERED) else found


def _key(username: str, widget: QWidget) -> str:
    kind = "splitters" if isinstance(widget, QSplitter) else "tabs"
    return f"clinicians/{username}/{kind}/{widget.objectName()}"


def _ints(saved: object) -> list[int] | None:
    """Sizes as QSettings gives them back from its INI file (strings), or None."""
    if not isinstance(saved, list | tuple):
        return None
    try:
        return [int(str(n)) for n in saved]
    except ValueError:
        return None
