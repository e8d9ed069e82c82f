"""The workbench's charts: cost per kommun per model and the difference from the current
model, as inline SVG with Swedish axis labels, each model in its fixed colour.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..core.formatting import esc, fmt_number
from .decision import SIGN_LEGEND, model_colors
from .results import COMPARISON, Outcome, frame_key


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Axis ticks (whole tkr, each labelled as it is): multiples of the smallest whole step
    of 1, 2, 2,5 or 5 × 10^k (so 2,5 from 25 up), at least 1, that covers [low, high] in
    at most about `count` steps, from a multiple at or below low to one at or above high."""
    span = (high - low) or max(abs(high), 1.0)
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = max(1.0, next(m * magnitude for m in (1, 2, 2.5, 5, 10)
                         if m * magnitude >= raw * (1 - 1e-9)
                         and (m * magnitude < 1 or float(m * magnitude).is_integer())))
    first, last = math.floor(low / step + 1e-9), math.ceil(high / step - 1e-9)
    return [i * step for i in range(first, max(last, first + 1) + 1)]


def bars_svg(data: pd.DataFrame, unit: str = "tkr", width: int = 400,
             height: int = 200, colors: dict[str, str] | None = None) -> str:
    """Grouped bars as inline SVG: groups = rows (kommuner), bars = columns (models), each
    model in its colour (`colors`, else by its column); y axis with Swedish tick labels; each bar's value in its tooltip; text
    escaped."""
    left, right, top, bottom = 58, 6, 8, 22
    inner_w, inner_h = width - left - right, height - top - bottom
    values = data.to_numpy(dtype=float)
    finite = values[np.isfinite(values)]
    ticks = nice_ticks(min(0.0, float(finite.min()) if finite.size else 0.0),
                       max(0.0, float(finite.max()) if finite.size else 1.0))
    low, high = ticks[0], ticks[-1]

    def y(v: float) -> float:
        return top + (high - v) / (high - low) * inner_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             'role="img" style="width:100%;height:auto;font:11px sans-serif">']
    for tick in ticks:
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y(tick):.1f}" '
                     f'y2="{y(tick):.1f}" stroke="{"#444" if tick == 0 else "#ddd"}" '
                     'stroke-width="0.8"/>'
                     f'<text x="{left - 4}" y="{y(tick) + 4:.1f}" text-anchor="end">'
                     f'{esc(fmt_number(tick, 0, zero="0"))}</text>')
    groups, models = list(data.index), list(data.columns)
    colors = colors or model_colors(models)
    group_w = inner_w / max(1, len(groups))
    bar_w = group_w * 0.8 / max(1, len(models))
    for g, group in enumerate(groups):
        x0 = left + g * group_w + group_w * 0.1
        for j, model in enumerate(models):
            value = values[g, j]
            if not np.isfinite(value):
                continue
            y1, y2 = sorted((y(value), y(0.0)))
            parts.append(f'<rect x="{x0 + j * bar_w:.1f}" y="{y1:.1f}" width="{bar_w:.1f}" '
                         f'height="{max(y2 - y1, 0.5):.1f}" fill="{colors[model]}">'
                         f'<title>{esc(model)}, {esc(group)}: '
                         f'{esc(fmt_number(value, 0, zero="0"))} {esc(unit)}</title></rect>')
        parts.append(f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{height - 6}" '
                     f'text-anchor="middle">{esc(group)}</text>')
    parts.append("</svg>")
    return "".join(parts)


class ChartPainter:
    """The workbench's charts, report year: cost per kommun per model and the difference
    from the current model, as inline SVG (cheap to redraw: a string, no rendering in the
    kernel); redrawn only when their figures changed."""

    def __init__(self):
        self.models: tuple[str, ...] = ()
        self.colors: dict[str, str] = {}
        self.last_key: tuple | None = None
        self.last_html = ""

    def legend_html(self, period: str) -> str:
        """The models' colours, as HTML above the charts (of the last charts drawn), and
        what the sign of a difference means."""
        return '<div class="itvt-wb-legend" style="font-size:90%">' + " ".join(
            f'<span style="white-space:nowrap" data-color="{self.colors[m]}"><span '
            f'style="display:inline-block;width:10px;height:10px;background:{self.colors[m]}">'
            f'</span> {esc(m)}</span>' for m in self.models) + (
            f"<div>{esc(SIGN_LEGEND)}</div></div>")

    def html(self, outcome: Outcome, period: str, colors: dict[str, str] | None = None) -> str:
        """Both charts with their titles, side by side where there is room (the last ones
        again when their figures did not change); each model in its fixed colour
        (`colors`: decision.model_colors over the full model list)."""
        frame = outcome.tables[COMPARISON][["Modell", "Kommun", "Kostnad",
                                            "Skillnad mot nuvarande modell"]]
        models = tuple(dict.fromkeys(frame["Modell"]))
        colors = {m: (colors or {}).get(m) or model_colors(list(models))[m] for m in models}
        key = (period, frame_key(frame), tuple(colors.items()))
        if key != self.last_key:
            self.models, self.colors = models, colors
            kommuner = list(dict.fromkeys(frame["Kommun"]))
            titles = {"Kostnad": f"Kostnad per kommun {period[:4]} (tkr)",
                      "Skillnad mot nuvarande modell": "Skillnad mot nuvarande modell (tkr)"}
            charts = [f'<div style="flex:1 1 320px;max-width:420px"><div style="font-weight:'
                      f'bold">{esc(title)}</div>'
                      + bars_svg(frame.pivot(index="Kommun", columns="Modell", values=column)
                                 .reindex(index=kommuner, columns=list(self.models)),
                                 colors=colors)
                      + "</div>" for column, title in titles.items()]
            self.last_key = key
            self.last_html = ('<div class="itvt-wb-chart" style="display:flex;flex-wrap:wrap;'
                              'gap:12px">' + "".join(charts) + "</div>")
        return self.last_html
