"""The report view: preview, print, save and reprint a visit's handout and summary.

Imported only when the view is first opened, so starting the app loads neither QtPdf
nor reportlab (`kneedesk.gui.main_window.MainWindow.show_reports`).
"""
