"""The hover read-out of a chart: a ring around the nearest point and a label beside it."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor

from kneedesk.gui.progress import palette as pal


class HoverMarker:
    """Shows one point's value and date next to it; hidden until the pointer is near."""

    def __init__(self, plot: Any, colours: pal.ChartColours) -> None:
        self._plot = plot
        self.label = pg.TextItem(anchor=(0, 1))
        self.label.setZValue(50)
        self.ring = pg.ScatterPlotItem(size=17, brush=None, symbol="o")
        self.ring.setZValue(40)
        self.restyle(colours)
        for item in (self.label, self.ring):
            plot.addItem(item, ignoreBounds=True)
        self.hide()

    def restyle(self, colours: pal.ChartColours) -> None:
        """The read-out in these colours: ink on the chart's surface, nearly opaque."""
        fill = QColor(colours.surface)
        fill.setAlpha(240)
        self.label.setColor(colours.ink)
        self.label.fill = pg.mkBrush(fill)
        self.label.border = pg.mkPen(colours.band_edge)
        self.ring.setPen(pg.mkPen(colours.ink, width=1.5))

    def show(self, x: float, y: float, text: str) -> None:
        """Mark the point at (x, y) and put `text` beside it, on the side with more room."""
        (x_low, x_high), (y_low, y_high) = self._plot.vb.viewRange()
        right_half = x > (x_low + x_high) / 2
        upper_half = y > (y_low + y_high) / 2
        self.label.setText(text)
        self.label.setAnchor((1.1 if right_half else -0.1, -0.15 if upper_half else 1.15))
        self.label.setPos(x, y)
        self.ring.setData([x], [y])
        self.label.show()
        self.ring.show()

    def hide(self) -> None:
        """Take the read-out away."""
        self.label.hide()
        self.ring.hide()

    @property
    def text(self) -> str:
        """The label's text while it is shown, else ""."""
        return self.label.toPlainText() if self.label.isVisible() else ""
