"""The resultaträkning and the kostnadsställe table: rows (line items and totals by sign
class), columns (bokslut, budget build-up, prognos or utfall, avvikelse), the totals of
record of a closed year, and the avvikelse (positive = better than budget).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ...core.errors import DataError
from ...core.formatting import as_shown, fmt_number, round_half_away
from ...core.params import text
from ...core.periods import Period
from ...core.reference import row_twin
from .amounts import measure_amounts, of_record

SUMMA_INTAKTER = "Summa intäkter"
SUMMA_KOSTNADER = "Summa kostnader"
NETTOKOSTNAD = "Summa nettokostnader"
RESULTAT = "Resultat"
GEMENSAMMA = "Kommungemensamma"
DEFAULT_TOTAL_LABEL = "Summa"
VARAV = "– varav "  # the prefix of a joint kostnadsställe's row under Kommungemensamma
TOTAL_POST = {SUMMA_INTAKTER: "summa_intakter", SUMMA_KOSTNADER: "summa_kostnader",
              NETTOKOSTNAD: "nettokostnad", RESULTAT: "resultat"}


def statement_layout(kontogrupper: pd.DataFrame) -> pd.DataFrame:
    """Rows of the resultaträkning: line items by sign class, with the total rows between."""
    groups = kontogrupper.sort_values("ordning")
    rows = []
    for klass, total, total_class in (("intakt", SUMMA_INTAKTER, "summa_intakter"),
                                      ("kostnad", SUMMA_KOSTNADER, "summa_kostnader")):
        rows += [(k, klass, False) for k in groups[groups["typ"] == klass]["kontogrupp"]]
        rows.append((total, total_class, True))
    rows.append((NETTOKOSTNAD, "nettokostnad", True))
    rows += [(k, "kommunbidrag", False) for k in groups[groups["typ"] == "kommunbidrag"]["kontogrupp"]]
    rows.append((RESULTAT, "resultat", True))
    return pd.DataFrame(rows, columns=["post", "klass", "total"]).set_index("post")


def with_totals(items: pd.Series, layout: pd.DataFrame) -> pd.Series:
    """Statement column from line items: summa intäkter and kostnader, nettokostnad =
    intäkter + kostnader, resultat = kommunbidrag − nettokostnad (NaN if any item missing)."""
    result = pd.Series(index=layout.index, dtype="float64")
    for post in layout.index:
        if not layout.loc[post, "total"]:
            result[post] = items.get(post, float("nan"))

    def total(klass):
        values = result[layout.index[(layout["klass"] == klass) & ~layout["total"]]]
        return values.sum(min_count=1) if not values.isna().any() else float("nan")

    result[SUMMA_INTAKTER] = total("intakt")
    result[SUMMA_KOSTNADER] = total("kostnad")
    result[NETTOKOSTNAD] = result[SUMMA_INTAKTER] + result[SUMMA_KOSTNADER]
    result[RESULTAT] = total("kommunbidrag") - result[NETTOKOSTNAD]
    return result


def signs_reversed(intakter: float, kostnader: float) -> bool:
    """A column's summa intäkter above zero or summa kostnader below zero as shown in whole
    tkr (`as_shown`; +0,4 reads "–", no sign): its signs are the other way round (income
    is negative, costs positive)."""
    return bool(as_shown(intakter) > 0 or as_shown(kostnader) < 0)


def apply_of_record(column: pd.Series, record: dict[str, float]) -> pd.Series:
    """Replace computed totals by the totals of record where the annual report has them."""
    result = column.copy()
    for label, post in TOTAL_POST.items():
        if post in record and label in result.index:
            result[label] = record[post]
    return result


def avvikelse(budget: pd.Series, outcome: pd.Series, classes: pd.Series) -> pd.Series:
    """Positive = better than budget: budget − outcome, but outcome − budget for
    kommunbidrag and resultat rows."""
    better_when_higher = classes.isin(["kommunbidrag", "resultat"])
    difference = budget - outcome
    return difference.where(~better_when_higher, -difference)


def shown_avvikelse(budget: pd.Series, outcome: pd.Series, classes: pd.Series) -> pd.Series:
    """A row's avvikelse as the page shows it: `avvikelse` of its budget and prognos/utfall
    as shown (`as_shown`, whole tkr), so 100 − 99 (98,5) reads 1, not 2. Total rows keep
    the unrounded sum of their line items (as the bokslut's totals of record do) and their
    avvikelse too is of their shown amounts; a column summing otherwise is the rounding the
    footnote states."""
    return avvikelse(budget.map(as_shown), outcome.map(as_shown), classes)


@dataclass(frozen=True)
class StatementColumn:
    """One column of a report table: its label, year and measure (or the avvikelse)."""

    label: str
    year: int
    measure: str  # utfall, ursprunglig_budget, tillagg, budget, prognos, avvikelse


def statement_columns(period: Period, has_split: bool = True) -> list[StatementColumn]:
    """The source's columns: a monthly report shows last year's bokslut, the budget build-up,
    the prognos and avvikelse helår; a year-end report two earlier boksluts, budget,
    utfall and avvikelse."""
    y = period.year
    if period.is_year_end:
        return [StatementColumn(f"Bokslut {y - 2}", y - 2, "utfall"),
                StatementColumn(f"Bokslut {y - 1}", y - 1, "utfall"),
                StatementColumn(f"Budget {y}", y, "budget"),
                StatementColumn(f"Utfall {y}", y, "utfall"),
                StatementColumn("Avvikelse", y, "avvikelse")]
    split = [StatementColumn(f"Urspr. budget {y}", y, "ursprunglig_budget"),
             StatementColumn(f"Tillägg {y}", y, "tillagg")] if has_split else []
    return [StatementColumn(f"Bokslut {y - 1}", y - 1, "utfall"), *split,
            StatementColumn(f"Budget {y}", y, "budget"),
            StatementColumn(f"Prognos {y}", y, "prognos"),
            StatementColumn("Avvikelse helår", y, "avvikelse")]


def has_split(frame: pd.DataFrame, year: int) -> bool:
    """True when the year's budget is given as ursprunglig budget and tillägg."""
    return bool(((frame["year"] == year) & (frame["measure"] == "ursprunglig_budget")).any())


def operating_statement(drift: pd.DataFrame, kontogrupper: pd.DataFrame,
                        totals: pd.DataFrame, period: Period, recomputed: bool = False
                        ) -> pd.DataFrame:
    """The resultaträkning for a period: rows as `statement_layout`, columns as
    `statement_columns`; a closed year's totals are those of record unless `recomputed`."""
    layout = statement_layout(kontogrupper)
    table = pd.DataFrame(index=layout.index)
    for col in statement_columns(period, has_split(drift, period.year)):
        if col.measure == "avvikelse":
            continue
        items = measure_amounts(drift, "kontogrupp", col.year, col.measure, period)
        column = with_totals(items, layout) if not items.empty else \
            pd.Series(float("nan"), index=layout.index)
        if col.measure == "utfall" and not recomputed:
            column = apply_of_record(column, of_record(totals, col.year))
        table[col.label] = column
    budget_label, outcome_label = budget_outcome_labels(period)
    table[statement_columns(period)[-1].label] = shown_avvikelse(
        table[budget_label], table[outcome_label], layout["klass"])
    return table


def budget_outcome_labels(period: Period) -> tuple[str, str]:
    """(budget label, prognos or utfall label) of the period's year in the statement."""
    cols = statement_columns(period)
    budget = next(c.label for c in cols if c.measure == "budget" and c.year == period.year)
    outcome = next(c.label for c in cols if c.measure == period.outcome_measure
                   and c.year == period.year)
    return budget, outcome


def kostnadsstalle_statement(netto: pd.DataFrame, kostnadsstallen: pd.DataFrame,
                          totals: pd.DataFrame, period: Period, total_label: str,
                          grouped: bool | None = None) -> pd.DataFrame:
    """Net cost per kostnadsställe with the same columns as the resultaträkning.

    The sum row is the total of record for a closed year's utfall; with `grouped` (default
    at year end) the joint cost centres get a "Kommungemensamma" subtotal and their rows
    are shown as "varav".
    """
    grouped = period.is_year_end if grouped is None else grouped
    centres = kostnadsstallen.sort_values("ordning")
    joint = centres[centres["kommun"].isna()]["kostnadsstalle"].tolist()
    own = centres[centres["kommun"].notna()]["kostnadsstalle"].tolist()
    order = (joint + own) if grouped else centres["kostnadsstalle"].tolist()
    index = ([GEMENSAMMA] + [f"{VARAV}{c}" for c in joint] + own if grouped else order) + [total_label]
    table = pd.DataFrame(index=index)
    for col in statement_columns(period, has_split(netto, period.year)):
        if col.measure == "avvikelse":
            continue
        items = measure_amounts(netto, "kostnadsstalle", col.year, col.measure, period)
        items = items.reindex(order)
        record = of_record(totals, col.year) if col.measure == "utfall" else {}
        summed = items.sum(min_count=1) if not items.isna().any() else float("nan")
        values = list(items.reindex(own if grouped else order))
        if grouped:
            joint_items = items.reindex(joint)
            joint_sum = joint_items.sum(min_count=1) if not joint_items.isna().any() \
                else float("nan")
            joint_sum = record.get("nettokostnad_gemensamma", joint_sum)
            values = [joint_sum, *joint_items.tolist(), *values]
        if not items.isna().all() or record:
            values.append(record.get("nettokostnad", summed))
        else:
            values.append(float("nan"))
        table[col.label] = values
    budget_label, outcome_label = budget_outcome_labels(period)
    classes = pd.Series("nettokostnad", index=table.index)
    table[statement_columns(period)[-1].label] = shown_avvikelse(
        table[budget_label], table[outcome_label], classes)
    return table


def line_items(table: pd.DataFrame, layout: pd.DataFrame) -> pd.DataFrame:
    """The income and cost rows of a statement (no totals, no kommunbidrag)."""
    mask = ~layout["total"] & layout["klass"].isin(["intakt", "kostnad"])
    return table[mask.reindex(table.index).fillna(False).astype(bool)]


def budget_vs_outcome(table: pd.DataFrame, layout: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Budget and prognos (utfall at year end) of each line item, for a chart."""
    budget_label, outcome_label = budget_outcome_labels(period)
    return line_items(table, layout)[[budget_label, outcome_label]]


def total_label(params: dict) -> str:
    """The label of a committee total row: namnd_kort of the parameters, else "Summa"."""
    return text(params, "namnd_kort", default=DEFAULT_TOTAL_LABEL)


def check_kontogrupp_names(dataset) -> None:
    """No kontogrupp bears the name of a total row of the resultaträkning (`row_twin`): its
    row would stand beside that total under the same name."""
    for i, name in dataset["kontogrupper"]["kontogrupp"].items():
        twin = row_twin(name, TOTAL_POST)
        if twin is not None:
            file, line = dataset.locate("kontogrupper", i)
            raise DataError(file, f'"{name}" är namnet på resultaträkningens summarad {twin}; '
                            "skriv ett annat namn på kontogruppen", line=line, column="kontogrupp")


def reads_as_varav_row(name: str) -> bool:
    """A name the kostnadsställe table would read as its own "– varav" row or subtotal:
    "varav …" after any dashes and spaces (case aside), or "Kommungemensamma"."""
    bare = str(name).lstrip("–-−— \u00a0").casefold()
    return bare.startswith("varav ") or row_twin(str(name), [GEMENSAMMA]) is not None


def check_kostnadsstalle_names(dataset) -> None:
    """No kostnadsställe bears a name the table gives its own rows (`reads_as_varav_row`):
    it would be summed as a joint cost under Kommungemensamma."""
    for i, name in dataset["kostnadsstallen"]["kostnadsstalle"].items():
        if reads_as_varav_row(name):
            file, line = dataset.locate("kostnadsstallen", i)
            raise DataError(file, f'"{name}" läses som en rad som tabellen Kostnadsställen '
                            'själv visar (Kommungemensamma eller "– varav …"); skriv ett '
                            "annat namn på kostnadsstället", line=line, column="kostnadsstalle")


def kostnadsstalle_total_labels(params: dict) -> tuple[str, ...]:
    """Rows of the kostnadsställe tables shown as totals: the joint subtotal and the total."""
    return (GEMENSAMMA, total_label(params))


def kostnadsstalle_sums(table: pd.DataFrame, total_label: str) -> list[tuple[str, list, str]]:
    """The sums of a kostnadsställe table as (sum row, its rows, what they are): the "varav"
    rows make Kommungemensamma, the other rows `total_label`."""
    varav = [r for r in table.index if str(r).startswith(VARAV)]
    groups = [(GEMENSAMMA, varav, "varav-raderna")] if GEMENSAMMA in table.index and varav \
        else []
    return groups + [(total_label, [r for r in table.index if r != total_label and
                                    r not in varav], "raderna")]


def statement_sums(layout: pd.DataFrame, columns: list | None = None,
                   avvikelse: str | None = None) -> list[tuple]:
    """The sums of the resultaträkning as (sum row, its rows, what they are[, the columns it
    holds in]): the line items of each class make its summa, summa intäkter and summa
    kostnader the nettokostnad; given the table's `columns`, resultat is kommunbidrag minus
    nettokostnad in each amount column and kommunbidrag plus nettokostnad in `avvikelse`
    (each avvikelse has the sign of better than budget)."""
    items = [(total, list(layout.index[(layout["klass"] == klass) & ~layout["total"]]),
              "raderna") for klass, total in (("intakt", SUMMA_INTAKTER),
                                              ("kostnad", SUMMA_KOSTNADER))]
    sums = items + [(NETTOKOSTNAD, [SUMMA_INTAKTER, SUMMA_KOSTNADER],
                     "summa intäkter och summa kostnader")]
    bidrag = list(layout.index[(layout["klass"] == "kommunbidrag") & ~layout["total"]])
    if columns is None or not bidrag:
        return sums
    amounts = [c for c in columns if c != avvikelse]
    sums.append((RESULTAT, [*bidrag, (NETTOKOSTNAD, -1)],
                 "kommunbidrag minus summa nettokostnader", amounts))
    if avvikelse in columns:
        sums.append((RESULTAT, [*bidrag, NETTOKOSTNAD],
                     "kommunbidrag och summa nettokostnader", [avvikelse]))
    return sums


def unsummed_totals(table: pd.DataFrame, sums: list[tuple]
                    ) -> list[tuple[str, str, float, float, str]]:
    """(sum row, column, its rows as shown, itself as shown, what its rows are) wherever a
    sum row's rows (`sums`; a row given as (row, −1) is subtracted; a fourth item limits
    the columns), each rounded to whole tkr as shown, do not add up to the sum row as shown
    (a total of record, or a sum of unrounded amounts); a column with a part missing is
    left out."""
    found = []
    for total, parts, what, *limit in sums:
        signs = dict(p if isinstance(p, tuple) else (p, 1) for p in parts)
        if not signs or total not in table.index or not set(signs) <= set(table.index):
            continue
        for column in table.columns:
            if limit and limit[0] is not None and column not in limit[0]:
                continue
            values = pd.to_numeric(table.loc[[*signs, total], column], errors="coerce")
            if values.isna().any():
                continue
            rows = sum(sign * round_half_away(float(v))
                       for sign, v in zip(signs.values(), values.iloc[:-1]))
            shown = round_half_away(float(values.iloc[-1]))
            if rows != shown:
                found.append((total, str(column), rows, shown, what))
    return found


def record_columns(totals: pd.DataFrame, period: Period) -> set[str]:
    """The statement's columns holding totals of record: an utfall whose year has them, and
    the avvikelse when the period's outcome is one of those."""
    cols = statement_columns(period)
    labels = {c.label for c in cols if c.measure == "utfall" and of_record(totals, c.year)}
    return labels | ({cols[-1].label} if budget_outcome_labels(period)[1] in labels else set())


def unsummed_note(table: pd.DataFrame, sums: list[tuple], of_record_in=frozenset(),
                  why: str = "bokslutets fastställda summa") -> list[str]:
    """The footnote under a table whose rows as shown do not add up to a sum row
    (`unsummed_totals`): a spreadsheet's sum of the column differs from the table's; `why`
    named only where such a column holds totals of record (`of_record_in`)."""
    found = unsummed_totals(table, sums)
    return unsummed_sentence(found, why=why if any(f[1] in of_record_in for f in found)
                             else None)


def unsummed_sentence(found: list[tuple[str, str, float, float, str]],
                      units: dict[str, str] | None = None,
                      why: str | None = None) -> list[str]:
    """The footnote naming each sum row its rows as shown do not add up to (`found` as
    `unsummed_totals` gives it; a column's unit from `units`, else tkr; the reason beside
    rounding, `why`, only when given); none when none."""
    if not found:
        return []
    units = units or {}
    parts = [f"{column}: {what} summerar till {fmt_number(rows, zero='0')} "
             f"{units.get(column, 'tkr')}, {total} visar {fmt_number(shown, zero='0')} "
             f"{units.get(column, 'tkr')}" for total, column, rows, shown, what in found]
    whole = "hela tkr" if not units else "hela " + " och ".join(dict.fromkeys(units.values()))
    return [f"Raderna, var för sig avrundade till {whole}, går inte ihop med summaraden: "
            + "; ".join(parts) + (f" (en avrundningsdifferens, eller {why})." if why
                                 else " (en avrundningsdifferens).")]
