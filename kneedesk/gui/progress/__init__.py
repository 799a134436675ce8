"""The Progress tab: charts over visit dates (pyqtgraph loads only when the tab is first shown)."""
