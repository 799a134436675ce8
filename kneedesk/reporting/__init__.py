"""From a stored visit to its handout or summary: the bridge the app and the CLI share (no Qt).

`source.visit_report(store, visit_id)` reads everything a report shows from the store (on
the store's writer thread); `render.render_report(data, kind)` turns it into PDF bytes
(pure computation, safe on a worker thread); `files.write_atomically` puts bytes on disk.
"""
