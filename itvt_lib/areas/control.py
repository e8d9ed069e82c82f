"""Internal control (internkontroll): the year's risks, their assessment and follow-up.

Each risk is assessed on two scales of 1–4: R, sannolikhet (likelihood), and K, konsekvens
(consequence); riskvärde = R × K (1–16). The plan of a year is followed up in that year's
year-end report (its data belongs to the report of YYYY-12). Follow-up items are plain
text, one item per line of `internkontroll_uppfoljning`; the notebook escapes them.
"""

from __future__ import annotations

import pandas as pd

from ..core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare
from ..core.errors import DataError
from ..core.formatting import esc, fmt_number
from ..core.loading import Column, Table
from ..core.periods import Period

AREA = "Internkontroll"
SCALE = 4  # R and K are assessed on 1..SCALE

TABLES = (
    Table("internkontroll",
          (Column("year", "year", doc="the year of the internal control plan"),
           Column("nr", "int", min=1, doc="the risk's number in the plan"),
           Column("risk", doc="risk area"),
           Column("kontrollmoment", doc="the control performed (without its number)"),
           Column("sannolikhet", "int", min=1, max=SCALE, doc="R, likelihood 1–4"),
           Column("konsekvens", "int", min=1, max=SCALE, doc="K, consequence 1–4"),
           Column("riskvarde_publicerat", "int", nullable=True, min=1, max=SCALE * SCALE,
                  doc="R × K as printed; checked against R × K"),
           Column("ansvar", doc="who controls and reports")),
          key=("year", "nr"),
          doc="Risks of the internal control plan with their assessment (R × K)."),
    Table("internkontroll_uppfoljning",
          (Column("year", "year"),
           Column("nr", "int", ref="internkontroll.nr", doc="the risk it follows up"),
           Column("ordning", "int", min=1, doc="order of the item under its risk"),
           Column("text", doc="one follow-up item, plain text")),
          key=("year", "nr", "ordning"),
          doc="Follow-up of the internal control plan: one plain-text item per line."),
)

COLUMN_LABELS = {"nr": "Nr", "risk": "Risk", "kontrollmoment": "Kontrollmoment",
                 "ansvar": "Ansvar för kontroll och rapportering",
                 "sannolikhet": "Sannolikhet (R)", "konsekvens": "Konsekvens (K)",
                 "riskvarde": "Riskvärde (R×K)"}
TEXT_COLUMNS = 4  # the first four columns of the table are text (left-aligned)


# ---------------------------------------------------------------- calculations

def risk_values(risks: pd.DataFrame) -> pd.Series:
    """Riskvärde = sannolikhet (R) × konsekvens (K)."""
    return (risks["sannolikhet"] * risks["konsekvens"]).rename("riskvarde")


def risks_of_year(risks: pd.DataFrame, year: int) -> pd.DataFrame:
    """The year's risks with their riskvärde, sorted by riskvärde (highest first), then nr."""
    own = risks[risks["year"] == year].copy()
    own["riskvarde"] = risk_values(own)
    return own.sort_values(["riskvarde", "nr"], ascending=[False, True], kind="stable")


def risk_matrix(risks: pd.DataFrame, scale: int = SCALE) -> pd.DataFrame:
    """Cells of the risk matrix: rows sannolikhet scale..1 (highest on top), columns
    konsekvens 1..scale; each cell lists the numbers of the risks placed there ("1, 5")."""
    levels = list(range(1, scale + 1))
    matrix = pd.DataFrame("", index=pd.Index(levels[::-1], name="sannolikhet"),
                          columns=pd.Index(levels, name="konsekvens"))
    for _, risk in risks.sort_values("nr").iterrows():
        r, k = int(risk["sannolikhet"]), int(risk["konsekvens"])
        cell = matrix.loc[r, k]
        matrix.loc[r, k] = f"{cell}, {risk['nr']}" if cell else str(risk["nr"])
    return matrix


def matrix_values(scale: int = SCALE) -> pd.DataFrame:
    """Riskvärde R × K of every cell, laid out as `risk_matrix` (colours the heat map)."""
    levels = list(range(1, scale + 1))
    return pd.DataFrame([[r * k for k in levels] for r in levels[::-1]],
                        index=pd.Index(levels[::-1], name="sannolikhet"),
                        columns=pd.Index(levels, name="konsekvens"))


def display_table(ranked: pd.DataFrame) -> pd.DataFrame:
    """The committee's table of risks (already sorted) with Swedish headings."""
    return ranked[list(COLUMN_LABELS)].rename(columns=COLUMN_LABELS)


def follow_up_items(follow_up: pd.DataFrame, year: int, nr: int) -> list[str]:
    """The follow-up items of one risk, in order."""
    own = follow_up[(follow_up["year"] == year) & (follow_up["nr"] == nr)]
    return own.sort_values("ordning")["text"].tolist()


def follow_up_html(ranked: pd.DataFrame, follow_up: pd.DataFrame) -> str:
    """Each risk (in the order given) as a heading "nr. risk" over its follow-up items as a
    list; every text is HTML-escaped."""
    parts = []
    for _, risk in ranked.iterrows():
        items = follow_up_items(follow_up, risk["year"], risk["nr"])
        parts.append(f"<h4>{esc(risk['nr'])}. {esc(risk['risk'])}</h4>")
        parts.append(f"<p><em>{esc(risk['kontrollmoment'])}</em></p>")
        if items:
            parts.append("<ul>" + "".join(f"<li>{esc(item)}</li>" for item in items) + "</ul>")
        else:
            parts.append("<p>Ingen uppföljning redovisad.</p>")
    return "".join(parts)


# ---------------------------------------------------------------- report protocol

def has_data(dataset, period: Period) -> bool:
    """The plan of a year is followed up in its year-end report only."""
    return period.is_year_end and bool((dataset["internkontroll"]["year"] == period.year).any())


def validate_period(dataset, period: Period) -> None:
    """Every follow-up item must belong to a risk of the same year's plan."""
    risks = set(zip(dataset["internkontroll"]["year"], dataset["internkontroll"]["nr"],
                    strict=True))
    follow_up = dataset["internkontroll_uppfoljning"]
    for i, row in follow_up.iterrows():
        if (row["year"], row["nr"]) not in risks:
            file, line = dataset.locate("internkontroll_uppfoljning", i)
            raise DataError(file, f'no risk {row["nr"]} in the internal control plan '
                            f'{row["year"]}', line, "nr")


def ranked_for(ctx) -> pd.DataFrame:
    """The context's year's risks, highest riskvärde first."""
    return risks_of_year(ctx.dataset["internkontroll"], ctx.period.year)


def summary(ctx) -> list[str]:
    """How many risks the plan has and which has the highest riskvärde."""
    ranked = ranked_for(ctx)
    top = ranked[ranked["riskvarde"] == ranked["riskvarde"].max()]
    names = ", ".join(f"{r['risk']} ({r['sannolikhet']} × {r['konsekvens']} = "
                      f"{r['riskvarde']})" for _, r in top.iterrows())
    word = "risken" if len(top) == 1 else "riskerna"
    return [f"Internkontrollplanen för {ctx.period.year} omfattar {len(ranked)} risker, "
            f"som har följts upp per {ctx.period.last_day.isoformat()}.",
            f"Högst riskvärde har {word} {names}."]


def key_figures(ctx) -> list[KeyFigure]:
    """The highest riskvärde of the year's plan (of SCALE × SCALE)."""
    ranked = ranked_for(ctx)
    return [KeyFigure(f"Högsta riskvärde (internkontroll {ctx.period.year})",
                      float(ranked["riskvarde"].max()), f"av {SCALE * SCALE}",
                      rule="riskvärde = sannolikhet × konsekvens")]


def checks(ctx) -> list[Check]:
    """R × K equals the printed riskvärde of each risk; each risk has follow-up items."""
    ds, period = ctx.dataset, ctx.period
    if not has_data(ds, period):
        return []
    result = []
    follow_up = ds["internkontroll_uppfoljning"]
    for _, risk in ranked_for(ctx).sort_values("nr").iterrows():
        printed = risk["riskvarde_publicerat"]
        result.append(compare(
            AREA, f"Risk {risk['nr']} ({risk['risk']}): R × K = {risk['sannolikhet']} × "
            f"{risk['konsekvens']} mot tryckt riskvärde", None if pd.isna(printed)
            else float(printed), float(risk["riskvarde"]), 0, differ_status=FAIL))
        count = len(follow_up_items(follow_up, risk["year"], risk["nr"]))
        result.append(Check(AREA, f"Risk {risk['nr']} ({risk['risk']}) har uppföljning",
                            "minst 1 punkt", fmt_number(count, zero="0"), 0,
                            PASS if count else WARN, "" if count else "ingen uppföljning"))
    return result
