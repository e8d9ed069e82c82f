"""Charts for the committee pages: Swedish axis numbers, labels always plain text.

Labels come from data (project names, kontogrupper): `parse_math=False` keeps a "$" in a
name from turning into mathtext. Figures are created with pyplot so that the kernel's
inline backend embeds them in the page; nothing here selects a backend.
"""

from __future__ import annotations

import functools

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter

from .formatting import fmt_number, fmt_percent

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


def swedish_axis(ax, axis: str = "y", percent: bool = False, decimals: int = 0) -> None:
    """Format an axis' tick labels as Swedish numbers (or percent of a share)."""
    if percent:
        formatter = FuncFormatter(lambda v, _: fmt_percent(v, decimals, zero="0"))
    else:
        formatter = FuncFormatter(lambda v, _: fmt_number(v, decimals, zero="0"))
    (ax.yaxis if axis == "y" else ax.xaxis).set_major_formatter(formatter)


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
                 percent: bool = False):
    """Side-by-side bars: one group per row of `frame`, one bar per column."""
    fig, ax = plt.subplots(figsize=(8, 0.5 + 0.45 * len(frame) * max(1, len(frame.columns) / 2))
                           if horizontal else (8, 4))
    width = 0.8 / max(1, len(frame.columns))
    for i, column in enumerate(frame.columns):
        offsets = [p - 0.4 + width * (i + 0.5) for p in range(len(frame))]
        values = frame[column].astype(float).fillna(0)
        if horizontal:
            ax.barh(offsets, values, height=width, label=str(column),
                    color=COLORS[i % len(COLORS)])
        else:
            ax.bar(offsets, values, width=width, label=str(column), color=COLORS[i % len(COLORS)])
    _set_labels(ax, list(frame.index), axis="y" if horizontal else "x",
                rotation=0 if horizontal else 20)
    if horizontal:
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
        swedish_axis(ax, "x", percent)
    else:
        ax.set_ylabel(ylabel)
        swedish_axis(ax, "y", percent)
    ax.axhline(0, color="black", linewidth=0.6) if not horizontal else ax.axvline(
        0, color="black", linewidth=0.6)
    ax.set_title(title)
    ax.legend(frameon=False)
    _plain(ax)
    fig.tight_layout()
    return fig


@plain_text
def signed_bars(series: pd.Series, title: str, xlabel: str = "tkr"):
    """Horizontal bars coloured by sign: green for positive (better), red for negative."""
    values = series.astype(float)
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.4 * len(values)))
    colors = [POSITIVE if v >= 0 else NEGATIVE for v in values.fillna(0)]
    ax.barh(range(len(values)), values.fillna(0), color=colors)
    _set_labels(ax, list(values.index), axis="y")
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=0.6)
    for i, v in enumerate(values):
        label = fmt_number(v, signed=True, missing="..")
        ax.annotate(label, (0 if v != v else v, i), xytext=(4 if (v != v or v >= 0) else -4, 0),
                    textcoords="offset points", va="center",
                    ha="left" if (v != v or v >= 0) else "right", fontsize=9).set_parse_math(False)
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x")
    ax.set_title(title)
    ax.margins(x=0.2)
    _plain(ax)
    fig.tight_layout()
    return fig


@plain_text
def ranked_bars(series: pd.Series, title: str, xlabel: str):
    """Horizontal bars sorted largest first, with each value written at the bar's end."""
    values = series.astype(float).sort_values(ascending=False, kind="stable")
    fig, ax = plt.subplots(figsize=(8, 0.8 + 0.35 * len(values)))
    ax.barh(range(len(values)), values, color=COLORS[0])
    _set_labels(ax, list(values.index), axis="y")
    ax.invert_yaxis()
    for i, v in enumerate(values):
        ax.annotate(fmt_number(v), (v, i), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=9).set_parse_math(False)
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x")
    ax.set_title(title)
    ax.margins(x=0.12)
    _plain(ax)
    fig.tight_layout()
    return fig


@plain_text
def lines(frame: pd.DataFrame, title: str, ylabel: str, percent: bool = False):
    """One line per column over the index (months, periods, thresholds)."""
    fig, ax = plt.subplots(figsize=(8, 4))
    for i, column in enumerate(frame.columns):
        ax.plot(range(len(frame)), frame[column].astype(float), marker="o", label=str(column),
                color=COLORS[i % len(COLORS)])
    _set_labels(ax, list(frame.index), axis="x")
    ax.set_ylabel(ylabel)
    swedish_axis(ax, "y", percent)
    ax.set_title(title)
    ax.legend(frameon=False)
    _plain(ax)
    fig.tight_layout()
    return fig


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
                ax.text(j, i, text, ha="center", va="center", fontsize=13,
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
    return fig


@plain_text
def stacked_bars(frame: pd.DataFrame, title: str, xlabel: str, percent: bool = False):
    """Horizontal stacked bars: one bar per row of `frame`, one segment per column, each
    segment labelled with its value; a missing value leaves a gap and the row says so."""
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
        if series.isna().any():
            ax.text(left[row], row, "  uppgift saknas", va="center", fontsize=8
                    ).set_parse_math(False)
    _set_labels(ax, list(frame.index), axis="y")
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    swedish_axis(ax, "x", percent)
    ax.set_title(title)
    ax.legend(frameon=False, loc="lower center", bbox_to_anchor=(0.5, 0.0),
              bbox_transform=fig.transFigure, ncol=min(4, max(1, len(frame.columns))))
    _plain(ax)
    fig.tight_layout(rect=(0, 0.4 / fig.get_figheight(), 1, 1))
    return fig


@plain_text
def bars_with_gaps(frame: pd.DataFrame, title: str, ylabel: str = "tkr",
                   percent: bool = False, decimals: int = 0):
    """Vertical grouped bars (one group per row, one bar per column) where a missing value
    draws no bar and is marked ".." at the baseline (missing is not zero)."""
    fig, ax = plt.subplots(figsize=(8, 4))
    values = frame.astype(float)
    width = 0.8 / max(1, len(values.columns))
    for i, column in enumerate(values.columns):
        offsets = [p - 0.4 + width * (i + 0.5) for p in range(len(values))]
        series = values[column]
        present = series.notna().tolist()
        ax.bar([o for o, ok in zip(offsets, present, strict=True) if ok], series.dropna().tolist(),
               width=width, label=str(column), color=COLORS[i % len(COLORS)])
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
    ax.legend(frameon=False, fontsize=8, ncol=2)
    _plain(ax)
    fig.tight_layout()
    return fig


@plain_text
def reference_lines(frame: pd.DataFrame, title: str, ylabel: str = "tkr", small: bool = False):
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
    ax.legend(frameon=False)
    _plain(ax)
    fig.tight_layout()
    return fig

