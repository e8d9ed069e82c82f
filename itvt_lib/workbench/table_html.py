"""The workbench's tables as light HTML (Swedish formats, all text escaped) and the notes
under them: plain string building, redrawn on every change of the form.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import pandas as pd

from ..core.formatting import esc, format_frame


def notes_html(notes) -> str:
    """The lines under a table (escaped), or nothing."""
    if not notes:
        return ""
    return ('<div class="itvt-wb-note" style="font-size:90%;margin:-0.6em 0 1em">'
            + "".join(f"<div>{esc(line)}</div>" for line in notes) + "</div>")


def table_html(frame: pd.DataFrame, formats: dict, caption: str, label_columns: int,
               cell_kinds: dict[str, list] | None = None) -> str:
    """A light committee-style table (Swedish formats via format_frame, a column of
    `cell_kinds` formatted cell by cell, all text escaped; only the first column wraps, so
    "prognos 2024-02" is never split): redrawn on every change, so plain string building
    rather than a Styler."""
    text = format_frame(frame, formats)
    for column, kinds in (cell_kinds or {}).items():
        text[column] = [kind.text(v) for kind, v in zip(kinds, frame[column], strict=True)]
    head = "".join(f'<th style="text-align:{"left" if j < label_columns else "right"};'
                   f'padding:2px 6px;line-height:1.2">{esc(c)}</th>' for j, c in enumerate(text.columns))
    body = []
    for row in text.itertuples(index=False):
        cells = "".join(f'<td style="text-align:{"left" if j < label_columns else "right"};'
                        f'padding:2px 6px;white-space:{"normal" if j == 0 else "nowrap"}">'
                        f'{esc(v)}</td>'
                        for j, v in enumerate(row))
        body.append(f"<tr>{cells}</tr>")
    return (f'<table class="itvt-wb-table" style="border-collapse:collapse;margin:0 0 1em">'
            f'<caption style="caption-side:top;text-align:left;font-weight:bold">'
            f'{esc(caption)}</caption><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table>')
