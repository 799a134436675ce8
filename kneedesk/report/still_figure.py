"""A still drawn on the page: its picture (face hidden when asked) with each measured angle
drawn over it: the lines between the points, the points, the reference line the angle is
measured from (dashed) and the angle in whole degrees beside its vertex.

The picture keeps its aspect: it is scaled to fit the box it is given, never stretched.
Lines are drawn twice, a wide white line under a narrow dark one, so they show on dark and
light clothing alike, and in black and white.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kneedesk.core.angles import ANGLES, Point
from kneedesk.core.i18n import N_, _
from kneedesk.core.locale_format import local_number
from kneedesk.core.stills import AngleMark, Still
from kneedesk.report.fonts import SANS_BOLD, text_width
from kneedesk.report.still_image import StillImageError, printed_jpeg
from kneedesk.report.styles import ACCENT, MUTED, RULE, TINT

LINE = ACCENT
LABEL_SIZE = 8.5
UNREADABLE = N_("Image cannot be read")


@dataclass(frozen=True)
class Fit:
    """The picture's size on the page (points) and its scale from image pixels."""

    width: float
    height: float
    scale: float


def fit(still: Still, max_width: float, max_height: float) -> Fit:
    """The largest size that fits the box with the image's aspect kept."""
    scale = min(max_width / still.width, max_height / still.height)
    return Fit(still.width * scale, still.height * scale, scale)


def _vertex(mark: AngleMark) -> Point:
    pts = mark.points
    if len(pts) == 3:
        return pts[1]
    return Point((pts[0].x + pts[1].x) / 2, (pts[0].y + pts[1].y) / 2)


def _reference(mark: AngleMark) -> tuple[Point, Point] | None:
    """The dashed line the angle is measured from, in image pixels, or None."""
    kind = ANGLES[mark.angle_id]
    pts = mark.points
    if mark.angle_id == "angle.fppa":
        return pts[0], pts[2]
    length = ((pts[0].x - pts[-1].x) ** 2 + (pts[0].y - pts[-1].y) ** 2) ** 0.5
    if kind.reference == "horizontal":
        left = min(pts, key=lambda p: p.x)
        return left, Point(left.x + length, left.y)
    if kind.reference == "vertical":
        lower = max(pts, key=lambda p: p.y)  # from the lower point, straight up
        return lower, Point(lower.x, lower.y - length)
    return None


class StillFigure(Flowable):  # type: ignore[misc]
    """One still with its angles drawn, `fit` within the given box.

    The angle beside each vertex is its size for the patient (the sentence says which way)
    and signed as section 13 defines it for the clinician (`signed=True`).
    """

    def __init__(
        self, still: Still, max_width: float, max_height: float, *, signed: bool = False
    ) -> None:
        super().__init__()
        self.still = still
        self.signed = signed
        self.size = fit(still, max_width, max_height)
        self.width = self.size.width
        self.height = self.size.height
        try:
            self._jpeg: bytes | None = printed_jpeg(still)
        except StillImageError:
            self._jpeg = None  # drawn as a box that says so, with the points on it
        self._labels: list[tuple[float, float, float, float]] = []  # placed boxes: x, y, w, h

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _xy(self, p: Point) -> tuple[float, float]:
        return p.x * self.size.scale, self.height - p.y * self.size.scale

    def _line(self, canvas: Canvas, a: Point, b: Point, width: float, color: Color) -> None:
        canvas.setStrokeColor(color)
        canvas.setLineWidth(width)
        canvas.line(*self._xy(a), *self._xy(b))

    def _mark(self, canvas: Canvas, mark: AngleMark) -> None:
        pts = mark.points
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        reference = _reference(mark)
        if reference is not None:
            canvas.setDash(3, 2.5)
            self._line(canvas, *reference, 2.6, white)
            self._line(canvas, *reference, 1.0, LINE)
            canvas.setDash()
        for a, b in zip(pts, pts[1:], strict=False):
            self._line(canvas, a, b, 3.6, white)
            self._line(canvas, a, b, 1.7, LINE)
        for p in pts:
            x, y = self._xy(p)
            canvas.setFillColor(white)
            canvas.setStrokeColor(LINE)
            canvas.setLineWidth(1.3)
            canvas.circle(x, y, 2.8, stroke=1, fill=1)
        value = self.still.angle(mark)
        if value is not None:
            shown = round(value, 1) if self.signed else round(abs(value))
            self._label(canvas, _vertex(mark), f"{local_number(str(shown))}°")

    def _label(self, canvas: Canvas, at: Point, text: str) -> None:
        """The value in a small white box beside the vertex, kept inside the picture."""
        w = text_width(text, LABEL_SIZE, bold=True) + 6
        h = LABEL_SIZE + 4
        x, y = self._xy(at)
        left = x + 7 if x + 7 + w <= self.width else x - 7 - w
        bottom = self._free_bottom(left, y - h / 2, w, h)
        self._labels.append((left, bottom, w, h))
        canvas.setFillColor(white)
        canvas.setStrokeColor(LINE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(left, bottom, w, h, 2, stroke=1, fill=1)
        canvas.setFillColor(LINE)
        canvas.setFont(SANS_BOLD, LABEL_SIZE)
        canvas.drawString(left + 3, bottom + 3.2, text)

    def _free_bottom(self, left: float, bottom: float, w: float, h: float) -> float:
        """The nearest height to `bottom` where the box overlaps no label placed before."""

        def inside(b: float) -> float:
            return min(max(b, 1.0), self.height - h - 1)

        def clear(b: float) -> bool:
            return all(
                left + w <= x or x + bw <= left or b + h <= y or y + bh <= b
                for x, y, bw, bh in self._labels
            )

        for step in range(12):
            for sign in (-1, 1):
                candidate = inside(bottom + sign * step * (h / 2 + 1))
                if clear(candidate):
                    return candidate
        return inside(bottom)

    def draw(self) -> None:
        self._labels = []
        canvas = self.canv
        canvas.saveState()
        if self._jpeg is None:
            canvas.setFillColor(TINT)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
            canvas.setFillColor(MUTED)
            canvas.setFont(SANS_BOLD, LABEL_SIZE)
            canvas.drawCentredString(self.width / 2, self.height - LABEL_SIZE - 6, _(UNREADABLE))
        else:
            image = ImageReader(io.BytesIO(self._jpeg))
            canvas.drawImage(image, 0, 0, self.width, self.height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        for mark in self.still.marks:
            self._mark(canvas, mark)
        canvas.restoreState()
