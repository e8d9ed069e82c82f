"""Charts for the committee pages: Swedish axis numbers, labels always plain text.

Labels come from data (project names, kontogrupper): `parse_math=False` keeps a "$" in a
name from turning into mathtext. Each chart renders its own PNG and shows it with a
Swedish alt text written from its data (`alt_text`); in a notebook the figure is then
closed so the inline backend does not show it a second time. A chart whose values are
all zero (or all missing) is not drawn: a sentence says so. Rules for every chart: bar
axes from zero, legends outside the data area, small bars labelled with their value, one
unit per axis (`panels=True` gives each row its own axis), notes marked on the chart.
Nothing here selects a backend.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import base64
import functools
import io

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import Formatter, MaxNLocator

from .formatting import MISSING, esc, fmt_number, fmt_percent

COLORS = ("#1f4e79", "#9dc3e6", "#c55a11", "#70ad47", "#7f7f7f", "#ffc000")
POSITIVE, NEGATIVE = "#2e7d32", "#c62828"


def plain_text(chart):
    """Create every text of a chart with mathtext off (labels from data stay literal), in
    interactive mode so that the notebook's inline backend shows every chart."""

    @functools.wraps(chart)
    def wrapper(*args, **kwargs):
        # When a kernel's first figure is made inside a function, IPython's inline
        # activation can leave matplotlib non-interactive, and later charts are then never
        # sent. Interactive mode selects no backend.
        matplotlib.interactive(True)
        with plt.rc_context({"text.parse_math": False}):
            return chart(*args, **kwargs)

    return wrapper


KINDS = {"bars": "Stapeldiagram", "lines": "Linjediagram", "heat": "Riskmatris",
         "stacked": "Staplat stapeldiagram"}
UNITS_IN_VALUES = ("tkr", "kr", "timmar")  # axis units written after each value in alt texts
SMALL_BAR = 0.04  # a bar shorter than this share of the axis gets its value written
LEGEND_OUTSIDE = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "frameon": False}


def value_text(value, unit: str = "", percent: bool = False, decimals: int = 0,
               signed: bool = False) -> str:
    """A chart value in Swedish: "+907 tkr", "43,6 %", "1 234", or "uppgift saknas"."""
    if value is None or value != value:
        return MISSING
    if percent:
        return fmt_percent(value, max(1, decimals), zero="0")
    text = fmt_number(value, decimals, zero="0", signed=signed)
    return f"{text} {unit}" if unit in UNITS_IN_VALUES else text


def alt_text(kind: str, title: str, values, unit: str = "", percent: bool = False,
             decimals: int = 0, signed: bool = False, note: str = "") -> str:
    """Alt text of a chart from its data: "Stapeldiagram: <title> (<unit>): <label> <value>,
    ..." (a frame gives "<row>: <column> <value>, ...; ..."), then any note."""
    head = KINDS.get(kind, kind) + ": " + title
    if unit and unit not in title and unit not in UNITS_IN_VALUES:
        head += f" ({unit})"
    if isinstance(values, pd.Series):
        items = ", ".join(f"{label} {value_text(v, unit, percent, decimals, signed)}"
                          for label, v in values.items())
    else:
        items = "; ".join(f"{label}: " + ", ".join(
            f"{column} {value_text(v, unit, percent, decimals, signed)}"
            for column, v in row.items()) for label, row in values.iterrows())
    text = f"{head}: {items}" if items else head
    return f"{text}. {note}" if note else text


def _empty_reason(values) -> str | None:
    """Why a chart is not drawn: every value missing, or every value given zero (a missing
    one is said to be missing, never counted zero) (else None)."""
    numbers = pd.DataFrame(values).astype(float)
    if numbers.isna().all().all():
        return "uppgifter saknas"
    if (numbers.fillna(0) == 0).all().all():
        return ("uppgift saknas för något värde och övriga värden är noll"
                if numbers.isna().any().any() else "alla värden är noll")
    return None


def _in_notebook() -> bool:
    from IPython import get_ipython

    return get_ipython() is not None


def show(fig, alt: str, empty: str | None = None, title: str = ""):
    """Show a chart in the notebook as a PNG with its alt text (or, when `empty` gives a
    reason, a sentence instead of the chart); the figure is closed and returned."""
    fig.itvt_alt = alt
    if _in_notebook():
        from IPython.display import HTML, display

        if empty:
            display(HTML(f'<p class="itvt-chart-empty">Inget diagram för ”{esc(title)}”: '
                         f"{esc(empty)}.</p>"))
        else:
            buffer = io.BytesIO()
            fig.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
            data = base64.b64encode(buffer.getvalue()).decode("ascii")
            display({"image/png": data, "text/plain": alt},
                    metadata={"image/png": {"alt": alt}}, raw=True)
        plt.close(fig)
        fig._ipython_display_ = lambda: None  # already shown: a bare return shows nothing
    return fig


def _label_small_bars(ax, bars, values, unit_percent: bool, decimals: int = 0,
                      horizontal: bool = False, label_all: bool = False) -> None:
    """Write the value beside each bar that is too short to read (or every bar); a missing
    value (drawn as no bar) is written ".." (saknas), never as 0."""
    finite = [abs(v) for v in values if v == v]
    span = max(finite, default=0.0)
    for bar, v in zip(bars, values, strict=True):
        if v == v and (not span or not (label_all or abs(v) < SMALL_BAR * span)):
            continue
        text = ".." if v != v else fmt_percent(v, max(1, decimals), zero="0") \
            if unit_percent else fmt_number(v, decimals, zero="0")
        v = 0.0 if v != v else v
        if horizontal:
            x, y = bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2
            ax.annotate(text, (x, y), xytext=(3 if v >= 0 else -3, 0), textcoords="offset points",
                        ha="left" if v >= 0 else "right", va="center", fontsize=8
                        ).set_parse_math(False)
        else:
            x, y = bar.get_x() + bar.get_width() / 2, bar.get_height()
            ax.annotate(text, (x, y), xytext=(0, 2 if v >= 0 else -2), textcoords="offset points",
                        ha="center", va="bottom" if v >= 0 else "top", fontsize=8
                        ).set_parse_math(False)


def _note(fig, note: str) -> None:
    """Write a note under the chart (e.g. that a row is an extrapolation)."""
    if note:
        fig.text(0.01, 0.0, note, ha="left", va="top", fontsize=8, color="#333333",
                 wrap=True).set_parse_math(False)


def _plain(ax) -> None:
    """Make every text of an Axes plain (no mathtext) and use Swedish tick numbers."""
    for text in [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.get_xticklabels(),
                 *ax.get_yticklabels()]:
        text.set_parse_math(False)
    legend = ax.get_legend()
    if legend is not None:
        for text in legend.get_texts():
            text.set_parse_math(False)
    ax.spines[["top", "right"]].set_visible(False)


class SwedishTicks(Formatter):
    """Tick labels as Swedish numbers (or percent of a share), with as many decimals as
    it takes to show every tick exactly (at least `decimals`, at most 3 more)."""

    def __init__(self, percent: bool = False, decimals: int = 0):
        self.percent, self.decimals = percent, decimals

    def _text(self, value, decimals):
        if self.percent:
            return fmt_percent(value, decimals, zero="0")
        return fmt_number(value, decimals, zero="0")

    def __call__(self, value, pos=None):
        return self._text(value, self.decimals)

    def format_ticks(self, values):
        scaled = [v * 100 if self.percent else v for v in values]
        for decimals in range(self.decimals, self.decimals + 4):
            if all(abs(v - round(v, decimals)) < 1e-6 for v in scaled):
                break
        return [self._text(v, decimals) for v in values]


def swedish_axis(ax, axis: str = "y", percent: bool = False, decimals: int = 0) -> None:
    """Format an axis' tick labels as Swedish numbers (or percent of a share)."""
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(SwedishTicks(percent, decimals))
    if axis == "x":  # Swedish thousands are wide: fewer ticks keep their labels apart
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5))


def _set_labels(ax, labels, axis="x", rotation=0):
    positions = range(len(labels))
    if axis == "x":
        ax.set_xticks(list(positions))
        ax.set_xticklabels([str(x) for x in labels], rotation=rotation,
                           ha="right" if rotation else "center")
    else:
        ax.set_yticks(list(positions))
        ax.set_yticklabels([str(x) for x in labels])


@plain_text
def grouped_bars(frame: pd.DataFrame, title: str, ylabel: str = "tkr", horizontal=False,
                 percent: bool = False, panels: bool = False, note: str = ""):
    """Side-by-side bars: one group per row of `frame`, one bar per column. With `panels`
    each row gets a panel and an axis of its own (rows on different bases)."""
    if panels and not horizontal and len(frame) > 1:
        return _panel_bars(frame, title, ylabel, percent, note)
    fig, ax = plt.subplots(figsize=(8, max(2.4, 0.5 + 0.45 * len(frame) * max(
        1, len(frame.columns) / 2))) if horizontal else (8, 4))
    width = 0.8 / max(1, len(frame.columns))
    label_all = len(frame) * len(frame.columns) <= 8
    for i, column in enumerate(frame.columns):
        offsets = [p - 0.4 + width * (i + 0.5) for p in range(len(frame))]
        values = frame[column].astype(float)
        if horizontal:
            bars = ax.barh(offsets, values.fillna(0), height=width, label=str(column),
                           color=COLORS[i % len(COLORS)])
        else:
            bars = ax.bar(offsets, values.fillna(0), width=width, label=str(column),
                          color=COLORS[i % len(COLORS)])
        _label_small_bars(ax, bars, list(values), percent, horizontal=horizontal,
                          label_all=label_all)
    _set_labels(ax, list(frame.index), axis="y" if horizontal else "x",
                rotation=0 if horizontal else 20)
    if horizontal:
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        swedish_axis(ax, "x", percent)
        ax.axvline(0, color="black", linewidth=0.6)
        ax.margins(x=0.1)
    else:
        ax.set_ylabel(ylabel)
        swedish_axis(ax, "y", percent)
        ax.axhline(0, color="black", linewidth=0.6)
    ax.set_title(title)
    ax.legend(**LEGEND_OUTSIDE)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("bars", title, frame, ylabel, percent, note=note),
                _empty_reason(frame), title)


def _panel_bars(frame: pd.DataFrame, title: str, ylabel: str, percent: bool, note: str):
    """One small bar chart per row of `frame` (columns as bars), each with its own axis."""
    fig, axes = plt.subplots(1, len(frame), figsize=(8, 3.6), squeeze=False)
    for ax, (label, row) in zip(axes[0], frame.iterrows(), strict=True):
        values = row.astype(float)
        bars = ax.bar(range(len(values)), values.fillna(0),
                      color=[COLORS[i % len(COLORS)] for i in range(len(values))])
        _label_small_bars(ax, bars, list(values), percent, label_all=True)
        _set_labels(ax, [str(c) for c in values.index], axis="x")
        ax.set_title(str(label), fontsize=10)
        ax.set_ylabel(ylabel)
        swedish_axis(ax, "y", percent)
        ax.axhline(0, color="black", linewidth=0.6)
        ax.margins(y=0.15)
        _plain(ax)
    fig.suptitle(title, fontsize=11)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("bars", title, frame, ylabel, percent, note=note),
                _empty_reason(frame), title)


@plain_text
def signed_bars(series: pd.Series, title: str, xlabel: str = "tkr", note: str = ""):
    """Horizontal bars coloured by sign: green for positive (better), red for negative."""
    values = series.astype(float)
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.4 * len(values)))
    colors = [POSITIVE if v >= 0 else NEGATIVE for v in values.fillna(0)]
    ax.barh(range(len(values)), values.fillna(0), color=colors)
    _set_labels(ax, list(values.index), axis="y")
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.6)
    for i, v in enumerate(values):
        label = fmt_number(v, signed=True, missing="..", zero="0")
        ax.annotate(label, (0 if v != v else v, i), xytext=(4 if (v != v or v >= 0) else -4, 0),
                    textcoords="offset points", va="center",
                    ha="left" if (v != v or v >= 0) else "right", fontsize=9).set_parse_math(False)
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x")
    ax.set_title(title)
    ax.margins(x=0.2)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("bars", title, values, xlabel, signed=True, note=note),
                _empty_reason(values), title)


@plain_text
def ranked_bars(series: pd.Series, title: str, xlabel: str, note: str = ""):
    """Horizontal bars sorted largest first, with each value written at the bar's end."""
    values = series.astype(float).sort_values(ascending=False, kind="stable")
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.35 * len(values)))
    ax.barh(range(len(values)), values, color=COLORS[0])
    _set_labels(ax, list(values.index), axis="y")
    ax.invert_yaxis()
    for i, v in enumerate(values):
        ax.annotate(fmt_number(v, zero="0"), (v, i), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=9).set_parse_math(False)
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x")
    ax.set_title(title)
    ax.margins(x=0.12)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("bars", title, values, xlabel, note=note),
                _empty_reason(values), title)


@plain_text
def lines(frame: pd.DataFrame, title: str, ylabel: str, percent: bool = False, note: str = ""):
    """One line per column over the index (months, periods, thresholds); the value axis
    starts at zero."""
    fig, ax = plt.subplots(figsize=(8, 4))
    for i, column in enumerate(frame.columns):
        ax.plot(range(len(frame)), frame[column].astype(float), marker="o", label=str(column),
                color=COLORS[i % len(COLORS)])
    _set_labels(ax, list(frame.index), axis="x")
    ax.set_ylabel(ylabel)
    swedish_axis(ax, "y", percent)
    low = float(frame.astype(float).min().min()) if frame.size else 0.0
    ax.set_ylim(bottom=min(0.0, low) if low == low else 0.0)
    ax.set_title(title)
    ax.legend(**LEGEND_OUTSIDE)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("lines", title, frame, ylabel, percent, note=note),
                _empty_reason(frame), title)


def cell_lines(text: str) -> tuple[str, int]:
    """A risk-matrix cell's list "1, 2, …" wrapped after a comma, at the largest font size
    (13, 11, 9, 7 pt) whose lines fit the cell (3 lines of 11 characters at 13 pt)."""
    for size in (13, 11, 9, 7):
        width, lines = 11 * 13 // size, [""]
        for item in text.split(", "):
            joined = f"{lines[-1]}, {item}" if lines[-1] else item
            if len(joined) + 1 > width and lines[-1]:
                lines[-1] += ","
                lines.append(item)
            else:
                lines[-1] = joined
        if len(lines) * size <= 3 * 13:
            break
    return "\n".join(lines), size


@plain_text
def heat_matrix(labels: pd.DataFrame, values: pd.DataFrame, title: str, xlabel: str,
                ylabel: str, cmap: str = "YlOrRd"):
    """A heat map (risk matrix): cells coloured by `values`, each showing its text from
    `labels` (same shape); rows top to bottom, columns left to right, as the frames are."""
    fig, ax = plt.subplots(figsize=(6, 5))
    grid = values.astype(float).to_numpy()
    ax.imshow(grid, cmap=cmap, vmin=0, vmax=float(grid.max()) * 1.35, aspect="auto")
    for i in range(len(values.index)):
        for j in range(len(values.columns)):
            text = str(labels.iat[i, j])
            ax.text(j - 0.45, i - 0.42, fmt_number(values.iat[i, j]), ha="left", va="top",
                    fontsize=8, color="black", alpha=0.7).set_parse_math(False)
            if text:
                lines, size = cell_lines(text)
                ax.text(j, i, lines, ha="center", va="center", fontsize=size,
                        fontweight="bold").set_parse_math(False)
    ax.set_xticks(range(len(values.columns)))
    ax.set_xticklabels([str(c) for c in values.columns])
    ax.set_yticks(range(len(values.index)))
    ax.set_yticklabels([str(r) for r in values.index])
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    _plain(ax)
    ax.spines[["left", "bottom"]].set_visible(False)
    ax.tick_params(length=0)
    fig.tight_layout()
    placed = [f"{labels.iat[i, j]} ({ylabel} {r}, {xlabel} {c})"
              for i, r in enumerate(values.index) for j, c in enumerate(values.columns)
              if str(labels.iat[i, j])]
    alt = f"{KINDS['heat']}: {title}: " + ("; ".join(placed) if placed else "inga risker")
    return show(fig, alt)


@plain_text
def stacked_bars(frame: pd.DataFrame, title: str, xlabel: str, percent: bool = False,
                 notes: dict | None = None):
    """Horizontal stacked bars: one bar per row of `frame`, one segment per column, each
    segment labelled with its value; a missing value leaves a gap and the row says so.
    `notes` (row label -> text) marks a row with "*" and writes the note under the chart."""
    notes = {k: v for k, v in (notes or {}).items() if k in frame.index}
    note = " ".join(f"* {k}: {v}" for k, v in notes.items())
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.6 * len(frame)))
    values = frame.astype(float)
    peak = float(values.sum(axis=1).max()) if len(values) else 0.0
    left = [0.0] * len(values)
    for i, column in enumerate(values.columns):
        widths = values[column]
        ax.barh(range(len(values)), widths.fillna(0), left=left, label=str(column),
                color=COLORS[i % len(COLORS)])
        for row, width in enumerate(widths):
            if width == width and peak and width >= 0.06 * peak:
                text = fmt_percent(width) if percent else fmt_number(width)
                ax.text(left[row] + width / 2, row, text, ha="center", va="center", fontsize=8,
                        color="white" if i % len(COLORS) in (0, 2) else "black"
                        ).set_parse_math(False)
        left = [a + (0.0 if w != w else w) for a, w in zip(left, widths, strict=True)]
    for row, (_, series) in enumerate(values.iterrows()):
        small = [f"{column} " + (fmt_percent(v) if percent else fmt_number(v))
                 for column, v in series.items() if v == v and v and v < 0.06 * peak]
        if series.isna().any():
            small.append("uppgift saknas")
        if small:
            ax.text(left[row], row, "  " + ", ".join(small), va="center", fontsize=8
                    ).set_parse_math(False)
    _set_labels(ax, [f"{x} *" if x in notes else x for x in frame.index], axis="y")
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x", percent)
    ax.set_title(title)
    ax.legend(frameon=False, loc="upper center", bbox_to_anchor=(0.5, -0.25 if len(frame) > 2
                                                                 else -0.45),
              ncol=min(4, max(1, len(frame.columns))))
    _plain(ax)
    fig.tight_layout()
    _note(fig, note)
    return show(fig, alt_text("stacked", title, values, xlabel, percent, note=note),
                _empty_reason(values), title)


@plain_text
def bars_with_gaps(frame: pd.DataFrame, title: str, ylabel: str = "tkr",
                   percent: bool = False, decimals: int = 0, note: str = ""):
    """Vertical grouped bars (one group per row, one bar per column) where a missing value
    draws no bar and is marked ".." at the baseline (missing is not zero)."""
    fig, ax = plt.subplots(figsize=(8, 4))
    values = frame.astype(float)
    width = 0.8 / max(1, len(values.columns))
    for i, column in enumerate(values.columns):
        offsets = [p - 0.4 + width * (i + 0.5) for p in range(len(values))]
        series = values[column]
        present = series.notna().tolist()
        bars = ax.bar([o for o, ok in zip(offsets, present, strict=True) if ok],
                      series.dropna().tolist(), width=width, label=str(column),
                      color=COLORS[i % len(COLORS)])
        _label_small_bars(ax, bars, series.dropna().tolist(), percent, decimals)
        for offset, ok in zip(offsets, present, strict=True):
            if not ok:
                ax.annotate("..", (offset, 0), xytext=(0, 2), textcoords="offset points",
                            ha="center", va="bottom", fontsize=9,
                            color="#7f7f7f").set_parse_math(False)
    _set_labels(ax, list(values.index), axis="x")
    ax.set_ylabel(ylabel)
    swedish_axis(ax, "y", percent, decimals)
    ax.axhline(0, color="black", linewidth=0.6)
    ax.set_title(title)
    ax.legend(fontsize=8, **LEGEND_OUTSIDE)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("bars", title, values, ylabel, percent, decimals, note=note),
                _empty_reason(values), title)


@plain_text
def reference_lines(frame: pd.DataFrame, title: str, ylabel: str = "tkr", small: bool = False,
                    note: str = ""):
    """Lines over the index (months): the first column is the reference (dashed, e.g. the
    periodised budget), the others solid with markers; missing values leave the line off."""
    fig, ax = plt.subplots(figsize=(6, 3) if small else (8, 4))
    for i, column in enumerate(frame.columns):
        values = frame[column].astype(float)
        if i == 0:
            ax.plot(range(len(frame)), values, linestyle="--", color=COLORS[4], label=str(column))
        else:
            ax.plot(range(len(frame)), values, marker="o", color=COLORS[(i - 1) % len(COLORS)],
                    label=str(column))
    _set_labels(ax, list(frame.index), axis="x")
    ax.set_ylabel(ylabel)
    swedish_axis(ax, "y")
    ax.set_title(title)
    ax.legend(**LEGEND_OUTSIDE)
    _plain(ax)
    _note(fig, note)
    fig.tight_layout()
    return show(fig, alt_text("lines", title, frame, ylabel, note=note),
                _empty_reason(frame), title)

