"""Stills from phone videos and photos: step to the frame, keep it, measure angles on it.

`open_in_background` opens the file off the GUI thread; `StillDialog` shows the video
(`VideoViewer`), keeps a frame and measures it (`MeasureView`); `MeasureDialog` reopens a
kept still. Every `MediaSource.frame()` call runs on one lane of the background helper
(`FrameDecoder`), so the GUI thread never waits for a decode.
"""

from kneedesk.gui.stills.decoder import DecodedFrame, FrameDecoder
from kneedesk.gui.stills.measure_dialog import MeasureDialog
from kneedesk.gui.stills.measure_view import MeasureView
from kneedesk.gui.stills.opening import open_in_background
from kneedesk.gui.stills.still_dialog import StillDialog
from kneedesk.gui.stills.video_viewer import VideoViewer

__all__ = [
    "DecodedFrame",
    "FrameDecoder",
    "MeasureDialog",
    "MeasureView",
    "StillDialog",
    "VideoViewer",
    "open_in_background",
]
