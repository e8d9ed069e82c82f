"""Internal control (internkontroll): the year's risks, their assessment and follow-up.

Each risk is assessed on two scales of 1–4: R, sannolikhet (likelihood), and K, konsekvens
(consequence); riskvärde = R × K (1–16). The plan of a year is followed up in that year's
year-end report (its data belongs to the report of YYYY-12). Follow-up items are plain
text, one item per line of `internkontroll_uppfoljning`; the notebook escapes them.
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import re

import pandas as pd

from ..core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare, contradictions_of
from ..core.errors import DataError
from ..core.formatting import count
from ..core.loading import Column, Table
from ..core.periods import Period

AREA = "Internkontroll"
SCALE = 4  # R and K are assessed on 1..SCALE


def _headings_in_their_year(frame: pd.DataFrame, locate) -> None:
    """A follow-up of a year's plan is dated in that year or later, never before it (last
    year's heading left under this year's plan)."""
    for i, row in frame.iterrows():
        for column in ("rubrik_per", "kolumn_per"):
            if row[column].year < row["year"]:
                file, line = locate(i)
                raise DataError(file, f"{row[column].isoformat()} ligger före "
                                f"internkontrollplanens år {row['year']}", line, column)


TABLES = (
    Table("internkontroll",
          (Column("year", "year"),
           Column("nr", "int", min=1),
           Column("risk"),
           Column("kontrollmoment"),
           Column("sannolikhet", "int", min=1, max=SCALE),
           Column("konsekvens", "int", min=1, max=SCALE),
           Column("riskvarde_publicerat", "int", nullable=True, min=1, max=SCALE * SCALE),
           Column("ansvar")),
          key=("year", "nr")),
    Table("internkontroll_uppfoljning",
          (Column("year", "year"),
           Column("nr", "int", ref="internkontroll.nr"),
           Column("ordning", "int", min=1),
           Column("text")),
          key=("year", "nr", "ordning")),
    Table("internkontroll_rubrik",
          (Column("year", "year"),
           Column("rubrik"),
           Column("rubrik_per", "date"),
           Column("kolumnrubrik"),
           Column("kolumn_per", "date")),
          key=("year",),
          validate=_headings_in_their_year),
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


STEM = 5  # letters of a word compared; shorter words (att, och, ska, för) are not compared
MARK = "1)"  # the footnote marker beside a control step that shares no word with its risk


def stems(text: str) -> set[str]:
    """The first STEM letters of each word of at least STEM letters, lower case."""
    return {w[:STEM] for w in re.findall(r"[a-zåäöéü]+", str(text).lower()) if len(w) >= STEM}


def unrelated_steps(risks: pd.DataFrame, follow_up: pd.DataFrame) -> pd.DataFrame:
    """The risks whose control step (kontrollmoment) shares no word with the risk's name or
    its follow-up items (first STEM letters compared): nr, risk, kontrollmoment."""
    rows = []
    for _, risk in risks.sort_values("nr").iterrows():
        own = " ".join([str(risk["risk"]),
                        *follow_up_items(follow_up, risk["year"], risk["nr"])])
        if not stems(risk["kontrollmoment"]) & stems(own):
            rows.append((int(risk["nr"]), risk["risk"], risk["kontrollmoment"]))
    return pd.DataFrame(rows, columns=["nr", "risk", "kontrollmoment"])


def marked_table(table: pd.DataFrame, unrelated: pd.DataFrame) -> pd.DataFrame:
    """`display_table` with each unrelated control step marked at its end."""
    marked = table.copy()
    flagged = set(unrelated["nr"])
    column = COLUMN_LABELS["kontrollmoment"]
    marked[column] = [f"{text} {MARK}" if nr in flagged else text
                      for nr, text in zip(marked[COLUMN_LABELS["nr"]], marked[column],
                                          strict=True)]
    return marked


def step_note(unrelated: pd.DataFrame) -> str:
    """The footnote on the control steps that share no word with their risk ("" if none)."""
    if unrelated.empty:
        return ""
    pairs = "; ".join(f"{r.nr}. \u201d{r.kontrollmoment}\u201d under risken "
                      f"\u201d{r.risk}\u201d" for r in unrelated.itertuples())
    return (f"{MARK} Planens numrering och kontrollmoment återges som de trycktes. Dessa "
            f"kontrollmoment har inget ord gemensamt med sin risk eller dess uppföljning: "
            f"{pairs}.")


def follow_up_items(follow_up: pd.DataFrame, year: int, nr: int) -> list[str]:
    """The follow-up items of one risk, in order."""
    own = follow_up[(follow_up["year"] == year) & (follow_up["nr"] == nr)]
    return own.sort_values("ordning")["text"].tolist()


NO_FOLLOW_UP = "Ingen uppföljning redovisad."


def follow_up_sections(ranked: pd.DataFrame, follow_up: pd.DataFrame
                       ) -> list[tuple[str, str, list[str]]]:
    """Each risk (in the order given) as (title "nr. risk", its kontrollmoment, its
    follow-up items in order); plain text, rendered by the notebook."""
    return [(f"{risk['nr']}. {risk['risk']}", str(risk["kontrollmoment"]),
             follow_up_items(follow_up, risk["year"], risk["nr"]))
            for _, risk in ranked.iterrows()]


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
            raise DataError(file, f'risk {row["nr"]} finns inte i internkontrollplanen '
                            f'{row["year"]}', line, "nr")


def ranked_for(ctx) -> pd.DataFrame:
    """The context's year's risks, highest riskvärde first."""
    return risks_of_year(ctx.dataset["internkontroll"], ctx.period.year)


def unrelated_steps_for(ctx) -> pd.DataFrame:
    """The year's control steps that share no word with their risk (`unrelated_steps`)."""
    return unrelated_steps(ranked_for(ctx), ctx.dataset["internkontroll_uppfoljning"])


def marked_table_for(ctx) -> tuple[pd.DataFrame, str]:
    """The risk table as shown, unrelated control steps marked, and their footnote."""
    unrelated = unrelated_steps_for(ctx)
    return marked_table(display_table(ranked_for(ctx)), unrelated), step_note(unrelated)


def summary(ctx) -> list[str]:
    """How many risks the plan has and which has the highest riskvärde."""
    ranked = ranked_for(ctx)
    top = ranked[ranked["riskvarde"] == ranked["riskvarde"].max()]
    names = ", ".join(f"{r['risk']} ({r['sannolikhet']} × {r['konsekvens']} = "
                      f"{r['riskvarde']})" for _, r in top.iterrows())
    word = "risken" if len(top) == 1 else "riskerna"
    per = follow_up_date(ctx.dataset["internkontroll_rubrik"], ctx.period.year)
    followed = "" if per is None else f", som har följts upp per {per.isoformat()}"
    risks = "risk" if len(ranked) == 1 else "risker"
    return [f"Internkontrollplanen för {ctx.period.year} omfattar {len(ranked)} {risks}"
            f"{followed}.",
            f"Högst riskvärde har {word} {names}."]


def follow_up_date(headings: pd.DataFrame, year: int):
    """The year's follow-up date: its title's (rubrik_per); None without a heading row."""
    rows = headings[headings["year"] == year]
    return None if rows.empty else rows.iloc[0]["rubrik_per"]


def key_figures(ctx) -> list[KeyFigure]:
    """The highest riskvärde of the year's plan, a count on the scale 1 to SCALE × SCALE
    (the rule names the scale: the value reads "16", not "16 av 16")."""
    ranked = ranked_for(ctx)
    return [KeyFigure(f"Högsta riskvärde (internkontroll {ctx.period.year})",
                      float(ranked["riskvarde"].max()), count(),
                      rule=f"riskvärde = sannolikhet × konsekvens, på skalan 1–"
                           f"{SCALE * SCALE}")]


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
                            "minst 1 punkt", float(count), 0,
                            PASS if count else WARN, "" if count else "ingen uppföljning"))
    return result + heading_checks(ds["internkontroll_rubrik"], period.year) + step_checks(ctx)


def step_checks(ctx) -> list[Check]:
    """The year's control steps against their risks: no step should share no word with its
    risk or its follow-up (steps that do are a known inconsistency of the papers: warn)."""
    unrelated = unrelated_steps_for(ctx)
    numbers = ", ".join(str(nr) for nr in unrelated["nr"])
    return [Check(contradictions_of(AREA), f"Kontrollmomenten {ctx.period.year} delar ord med "
                  "sin risk eller dess uppföljning (antal som inte gör det)", 0.0,
                  float(len(unrelated)), 0.0, WARN if len(unrelated) else PASS,
                  f"kontrollmoment {numbers} har inget ord gemensamt med sin risk; se sidans "
                  "fotnot" if len(unrelated) else "")]


def follow_up_heading(headings: pd.DataFrame, year: int) -> tuple[str, str]:
    """The follow-up's heading as the papers print it (their column heading) and, where the
    plan's title names another date, a footnote saying so ("", "" without a row)."""
    rows = headings[headings["year"] == year]
    if rows.empty:
        return "", ""
    row = rows.iloc[0]
    if row["rubrik_per"] == row["kolumn_per"]:
        return str(row["kolumnrubrik"]), ""
    return str(row["kolumnrubrik"]), (
        f"Så står det i underlaget: kolumnen heter \u201d{row['kolumnrubrik']}\u201d, men "
        f"uppföljningens rubrik avser {row['rubrik_per'].isoformat()} "
        f"(\u201d{row['rubrik']}\u201d). Uppföljningen återges som den trycktes.")


def heading_checks(headings: pd.DataFrame, year: int) -> list[Check]:
    """The follow-up's title and its column heading name the same date (else: warn, a
    known inconsistency of the source)."""
    result = []
    for _, row in headings[headings["year"] == year].iterrows():
        same = row["rubrik_per"] == row["kolumn_per"]
        result.append(Check(
            AREA, f"Uppföljningens rubrik och kolumnrubrik avser samma datum ({year})",
            row["rubrik_per"].isoformat(), row["kolumn_per"].isoformat(), 0.0,
            PASS if same else WARN,
            "" if same else f"rubriken \u201d{row['rubrik']}\u201d men kolumnen "
            f"\u201d{row['kolumnrubrik']}\u201d"))
    return result
