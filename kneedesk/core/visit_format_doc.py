"""Render the item reference of docs/visit-format.md from the protocol, so the doc cannot drift.

Pure rendering (core does no file I/O); `docs/update_visit_format.py` rewrites the file.
"""

from __future__ import annotations

from kneedesk.core.protocol import Item, Kind, Protocol

BEGIN = "<!-- BEGIN ITEM TABLE: generated from the protocol file; do not edit by hand -->"
END = "<!-- END ITEM TABLE -->"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _values(item: Item) -> str:
    """The allowed values of an item, as written in the document."""
    if item.kind in (Kind.NUMBER, Kind.INTEGER):
        return f"{_num(item.minimum)} to {_num(item.maximum)}"
    if item.kind is Kind.LIST:
        entries = ", ".join(item.entry_labels) if item.entry_labels else "in order"
        return (
            f"{item.length} entries ({entries}), each {_num(item.minimum)} "
            f"to {_num(item.maximum)} or null"
        )
    if item.kind is Kind.YES_NO:
        return "`true`, `false`"
    if item.kind is Kind.TEXT:
        return "text"
    keys = []
    for option in item.options:
        text = f"`{option.key}`"
        extras = []
        if option.points is not None:
            extras.append(f"{option.points} pt")
        if option.group:
            extras.append(f"one of group {option.group}")
        keys.append(f"{text} ({', '.join(extras)})" if extras else text)
    return ", ".join(keys)


def render_item_table(protocol: Protocol) -> str:
    """Markdown tables of every item of the protocol, one table per section."""
    lines = [
        BEGIN,
        "",
        f"Protocol `{protocol.id}` version {protocol.version}: {protocol.title}.",
    ]
    for section in protocol.sections:
        lines += [
            "",
            f"#### {section.title} (`{section.id}`)",
            "",
            "| id | label | kind | unit | values | per side | required |",
            "|---|---|---|---|---|---|---|",
        ]
        for item in section.items:
            row = [
                f"`{item.id}`",
                item.label,
                item.kind.value,
                item.unit or "",
                _values(item),
                "yes" if item.per_side else "no",
                "yes" if item.required else "no",
            ]
            lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
    lines += ["", END]
    return "\n".join(lines)


def updated_doc(text: str, protocol: Protocol) -> str:
    """The document text with the part between the markers replaced by the rendered tables."""
    start = text.find(BEGIN)
    end = text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the document needs the markers {BEGIN!r} and {END!r}, in that order")
    return text[:start] + render_item_table(protocol) + text[end + len(END) :]
