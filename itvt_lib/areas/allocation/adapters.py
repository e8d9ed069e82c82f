"""The allocation's context adapters: each rule applied to a report context (`*_for(ctx)`
and the page's tables), in one place. Notebook 02 and the report protocol (`report`)
call these.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import is_missing
from ...core.periods import Period
from ...core.reference import kommun_names
from .. import budget
from ..budget.statement import record_columns, unsummed_note
from .amounts import (
    allocation_table,
    joint_budget_shares,
    kommun_budget,
    neutral_budget,
    record_by_kommun,
    shown_neutral_budget,
    split_net_cost,
    with_neutral_total,
)
from .consistency import (
    TILLAGG_MARK,
    deviation_contradictions,
    deviation_note,
    printed_deviations,
    tillagg_by_key,
    tillagg_contradictions,
    tillagg_note,
    with_marks,
)
from .fund import decision_text, surplus_deficit
from .key import (
    KEY_LAG_YEARS,
    befolkning_key,
    has_key,
    key_date,
    key_label,
    key_rows,
    round_to_total,
)
from .schema import SECTION, TOTAL_POST, refuse_the_total_printed_twice
from .tables import (
    BUDGET_SHARE,
    FUND_TOTAL,
    JOINT_BUDGET_SHARE,
    KEY,
    KEY_TOTAL,
    POINTS,
    with_total,
    with_total_row,
)


def share_decimals(params) -> int:
    """The `share_decimals` parameter: decimals of a percent in shares (0–6, validated on
    loading)."""
    return params.share_decimals


def kommuner_of(ds) -> list[str]:
    """The member municipalities of the data, in display order."""
    return kommun_names(ds["kommuner"])


def key_for(ctx, year: int | None = None) -> pd.Series:
    """The population key for `year` (default the report's year)."""
    year = ctx.period.year if year is None else year
    return befolkning_key(ctx.dataset["befolkning"], kommuner_of(ctx.dataset), year,
                          share_decimals(ctx.params))


def _net_cost_parts(ds, year: int, measure: str, period: Period | None) -> tuple[float, pd.Series]:
    """(joint, kommunspecifika) of a measure, as reported (a ledger year's utfall, as on
    pages 01 and 80); a closed year's joint cost is of record."""
    items = budget.measure_amounts(budget.netto_for(ds), "kostnadsstalle", year, measure,
                                   period)
    joint, specific = split_net_cost(items, ds["kostnadsstallen"], kommuner_of(ds))
    if measure == "utfall":
        joint = budget.of_record(ds["bokslut_totaler"], year).get("nettokostnad_gemensamma",
                                                                    joint)
    return joint, specific


def allocation_for(ctx, year: int | None = None, measure: str | None = None) -> pd.DataFrame:
    """The allocation table for the report's year and measure (prognos, or utfall at year
    end), recomputed from the key (not of record)."""
    ds, period = ctx.dataset, ctx.period
    year = period.year if year is None else year
    measure = period.outcome_measure if measure is None else measure
    joint, specific = _net_cost_parts(ds, year, measure, period)
    return allocation_table(kommun_budget(ds["kommunbidrag_kommun"], kommuner_of(ds), year),
                            joint, specific, key_for(ctx, year), share_decimals(ctx.params))


def neutral_budget_for(ctx) -> pd.DataFrame:
    """The budget split of the report's year that would remove the drift, as shown (whole
    tkr by largest remainder, as the cost split beside it)."""
    ds, year = ctx.dataset, ctx.period.year
    joint, specific = _net_cost_parts(ds, year, "budget", ctx.period)
    table = shown_neutral_budget(neutral_budget(kommun_budget(ds["kommunbidrag_kommun"], kommuner_of(ds), year),
                           joint, specific, key_for(ctx)))
    return with_neutral_total(table, budget.total_label(ctx.params))


def joint_budget_shares_for(ctx) -> tuple[pd.Series, bool]:
    """(shares, of_joint): each kommun's share of the report year's joint budget when some
    kommun has a budget of its own kostnadsställen (of_joint True), else its budget share,
    as the allocation table shows it; missing while some kommun's budget of its own
    kostnadsställen is, or the joint budget is not above 0 (the split cannot be judged,
    never on the whole budget instead)."""
    ds, year = ctx.dataset, ctx.period.year
    _, specific = _net_cost_parts(ds, year, "budget", ctx.period)
    budgets = kommun_budget(ds["kommunbidrag_kommun"], kommuner_of(ds), year)
    of_joint = bool(specific.abs().gt(0).any())
    if specific.isna().any():
        return pd.Series(float("nan"), index=budgets.index, dtype="float64"), of_joint
    if not of_joint:
        return allocation_for(ctx)[BUDGET_SHARE], False
    return joint_budget_shares(budgets, specific, share_decimals(ctx.params)), True


def kommun_statement(ctx) -> pd.DataFrame:
    """The source's "Fördelning mellan kommunerna": per kommun the columns of the
    resultaträkning (bokslut, budget build-up, prognos/utfall, avvikelse) and a total row.
    A closed year's nettokostnad and resultat per kommun are those of record. Computed once
    per report; each caller gets its own copy."""
    return ctx.memo("allocation.kommun_statement", lambda: _kommun_statement(ctx)).copy()


def _kommun_statement(ctx) -> pd.DataFrame:
    ds, period = ctx.dataset, ctx.period
    kommuner, total_label = kommuner_of(ds), budget.total_label(ctx.params)
    kb, totals = ds["kommunbidrag_kommun"], ds["bokslut_totaler"]
    columns = budget.statement_columns(period, budget.has_split(kb, period.year))
    table = pd.DataFrame(index=[*kommuner, total_label])
    for col in columns:
        if col.measure == "avvikelse":
            continue
        record = budget.of_record(totals, col.year) if col.measure == "utfall" else {}
        if col.measure in ("utfall", "prognos"):
            values = record_by_kommun(totals, col.year, "nettokostnad", kommuner)
            if values.isna().any() and has_key(ds["befolkning"], kommuner, col.year):
                computed = allocation_for(ctx, col.year, col.measure)["Kostnad"]
                values = values.where(values.notna(), round_to_total(computed))
        elif col.measure == "budget":
            values = kommun_budget(kb, kommuner, col.year)
        else:  # a tillägg as the budget counts it: no row is 0 where the year has rows
            values = budget.measure_amounts(kb, "kommun", col.year, col.measure).reindex(kommuner)
        table[col.label] = with_total(values, total_label, record.get("nettokostnad"))
    budget_label = next(c.label for c in columns if c.measure == "budget")
    outcome_label = next(c.label for c in columns if c.year == period.year
                         and c.measure == period.outcome_measure)
    deviation = shown_deviation(table[budget_label], table[outcome_label])
    if period.is_year_end:
        result = record_by_kommun(totals, period.year, "resultat", kommuner)
        record = budget.of_record(totals, period.year).get("resultat")
        of_record = with_total(result, total_label, record)
        deviation = of_record.where(of_record.notna(), deviation)
    table[columns[-1].label] = deviation
    return table


def shown_deviation(kommun_budget: pd.Series, cost: pd.Series) -> pd.Series:
    """A kommun's avvikelse as shown: its shown budget − its shown kostnad
    (`budget.shown_avvikelse`), so 12 480 − 11 603 (11 602,5) reads 877, not 878."""
    return budget.shown_avvikelse(kommun_budget.astype(float),
                                  cost.reindex(kommun_budget.index).astype(float),
                                  pd.Series("kostnad", index=kommun_budget.index))


def year_results(ctx) -> pd.DataFrame:
    """Result per kommun and year (year, kommun, resultat): of record where the annual
    report has it; else, for the report's year, the drift of its prognos or utfall."""
    ds, kommuner = ctx.dataset, kommuner_of(ctx.dataset)
    totals = ds["bokslut_totaler"]
    rows = []
    years = sorted(set(totals["year"]) | {ctx.period.year})
    for year in years:
        if year > ctx.period.year:
            continue
        values = record_by_kommun(totals, year, "resultat", kommuner)
        if year == ctx.period.year and values.isna().any():
            values = values.where(values.notna(), shown_drift(ctx))
        rows += [(year, k, values[k]) for k in kommuner]
    return pd.DataFrame(rows, columns=["year", "kommun", "resultat"])


def surplus_deficit_for(ctx) -> pd.DataFrame:
    """The surplus/deficit table of the report's year, with a total row (Totalt)."""
    ds, year = ctx.dataset, ctx.period.year
    table = surplus_deficit(ds["resultatfond"], year_results(ctx), kommuner_of(ds), year)
    numbers = table[["IB", "Årets resultat", "UB", "IB nästa år"]]
    total = numbers.sum(min_count=len(numbers)).where(~numbers.isna().any())
    columns = {
        f"IB {year}": [*numbers["IB"], total["IB"]],
        f"IB {year}, förutsättning": [*table["IB förutsätter"], ""],
        "Årets resultat" if ctx.period.is_year_end else "Årets resultat (prognos)":
            [*numbers["Årets resultat"], total["Årets resultat"]],
        f"UB {year}": [*numbers["UB"], total["UB"]],
        "Beslut": [*(decision_text(d, s) for d, s in
                     zip(table["Beslut"], table["Status"], strict=True)), ""],
        f"IB {year + 1}": [*numbers["IB nästa år"], total["IB nästa år"]],
        f"IB {year + 1}, förutsättning": [*table["IB nästa år förutsätter"], ""],
    }
    shown = pd.DataFrame(columns, index=[*table.index, FUND_TOTAL])
    empty = [c for c in shown.columns if c.endswith(", förutsättning") and not shown[c].any()]
    return shown.drop(columns=empty)


def key_table_for(ctx) -> pd.DataFrame:
    """The source's key table for the report's year: inhabitants on the key date and
    the share (% fördelning), with a total row."""
    ds, year = ctx.dataset, ctx.period.year
    kommuner = kommuner_of(ds)
    rows = key_rows(ds["befolkning"], year).reindex(kommuner)
    counts = rows["invanare"].astype(float)
    key = key_for(ctx)
    return pd.DataFrame({
        f"Antal invånare {key_label(key_date(year))}": with_total(counts, KEY_TOTAL),
        "% fördelning": with_total(key, KEY_TOTAL),
    })


def key_history(ctx) -> pd.DataFrame:
    """Every key in the data up to the report's year: year, key date, share per kommun
    and where the figures come from (counts or stated shares)."""
    ds = ctx.dataset
    kommuner, decimals = kommuner_of(ds), share_decimals(ctx.params)
    befolkning = ds["befolkning"]
    rows = []
    for day in sorted(set(befolkning["key_date"])):
        year = day.year + KEY_LAG_YEARS
        if year > ctx.period.year:
            continue
        key = befolkning_key(befolkning, kommuner, year, decimals)
        given = key_rows(befolkning, year)
        kind = "antal invånare" if given["invanare"].notna().all() else "angivna andelar"
        sources = "; ".join(dict.fromkeys(given["source"]))
        rows.append({"År": str(year), "Nyckeldatum": key_label(day),
                     **{f"{k} andel": key[k] for k in kommuner},
                     "Underlag": kind, "Källa": sources})
    return pd.DataFrame(rows)


def shares_for(ctx) -> pd.DataFrame:
    """Population share vs the budget share the page judges the split on, per kommun, and
    the difference in percentage points (that share − population share: positive = more
    budget than key): the share of the joint budget when some kommun has a budget of its
    own kostnadsställen (`joint_budget_shares_for`, JOINT_BUDGET_SHARE), else the budget
    share."""
    key = allocation_for(ctx)[KEY]
    shares, of_joint = joint_budget_shares_for(ctx)
    return pd.DataFrame({KEY: key, JOINT_BUDGET_SHARE if of_joint else BUDGET_SHARE: shares,
                         POINTS: (shares - key) * 100})


def history_for(ctx) -> pd.DataFrame:
    """Budget and outcome per kommun and year (long), from the first year in the data to
    the report's year: of record where it exists, recomputed where a key allows (whole tkr
    by largest remainder, as the statement shows it), the report's prognos for an open
    year; missing stays missing."""
    ds, period = ctx.dataset, ctx.period
    kommuner, totals = kommuner_of(ds), ds["bokslut_totaler"]
    years = sorted(y for y in set(ds["driftredovisning"]["year"]) | set(totals["year"])
                   | set(ds["kommunbidrag_kommun"]["year"]) if y <= period.year)
    rows = []
    for year in years:
        closed = year < period.year or period.is_year_end
        measure = "utfall" if closed else "prognos"
        keyed = has_key(ds["befolkning"], kommuner, year)
        key = key_for(ctx, year)
        kb = kommun_budget(ds["kommunbidrag_kommun"], kommuner, year)
        outcome = record_by_kommun(totals, year, "nettokostnad", kommuner)
        result = record_by_kommun(totals, year, "resultat", kommuner)
        if keyed and outcome.isna().any():
            computed = round_to_total(allocation_for(ctx, year, measure)["Kostnad"])
            outcome = outcome.where(outcome.notna(), computed)
        deviation = result.where(result.notna(), shown_deviation(kb, outcome))
        avser = "utfall" if closed else f"prognos {period}"
        for k in kommuner:
            rows.append({"År": str(year), "Kommun": k, KEY: key[k], "Budget": kb[k],
                         "Utfall/prognos": outcome[k], "Avser": avser,
                         "Avvikelse": deviation[k]})
    return pd.DataFrame(rows)


def allocation_display_for(ctx) -> pd.DataFrame:
    """The allocation table with a total row: the joint cost split by largest remainder,
    and each kommun's cost and avvikelse as the statement shows them (of record for a
    closed year), so one figure has one value on the page."""
    table = allocation_for(ctx)
    table["Gemensamma kostnader"] = round_to_total(table["Gemensamma kostnader"])
    statement = kommun_statement(ctx)
    outcome = next(c.label for c in budget.statement_columns(ctx.period) if c.year ==
                   ctx.period.year and c.measure == ctx.period.outcome_measure)
    table["Kostnad"] = statement[outcome].iloc[:-1]
    table["Avvikelse"] = statement.iloc[:-1, -1]
    shown = with_total_row(table, budget.total_label(ctx.params), list(table.columns))
    shown.iloc[-1, shown.columns.get_loc("Avvikelse")] = statement.iloc[-1, -1]
    return shown


def statement_display_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The kommun statement with each differing printed figure beside the computed one,
    marked, and the footnotes that explain the marks."""
    statement = kommun_statement(ctx)
    return budget.with_published(statement, differing_published_for(ctx, statement))


def differing_published_for(ctx, statement: pd.DataFrame) -> pd.DataFrame:
    """The figures this period's report printed for the kommun statement that differ from
    the shown ones (budget.differing_published)."""
    refuse_the_total_printed_twice(ctx.dataset["published"], ctx.dataset.locations.get(
        "published"), ctx.period, statement.index[-1])
    return budget.differing_published(ctx.dataset["published"], ctx.period, SECTION, statement,
                                      budget.statement_columns(ctx.period), ctx.tolerance,
                                      aliases={TOTAL_POST: statement.index[-1]})


def shown_drift(ctx) -> pd.Series:
    """Drift per kommun as the report shows it (of record at year end where available)."""
    statement = kommun_statement(ctx)
    return statement.iloc[:-1, -1]


def total_labels(ctx) -> tuple[str, ...]:
    """Labels of the total rows of the page's tables (shown bold)."""
    return (budget.total_label(ctx.params), KEY_TOTAL, FUND_TOTAL)


def footnote_text(ctx) -> str:
    """The page's footnote: units, sign, how shares are rounded."""
    decimals = share_decimals(ctx.params)
    places = "heltal" if decimals == 0 else f"{decimals} decimal" + ("er" if decimals > 1 else "")
    return ("Belopp i tkr. Positiv avvikelse är bättre än budget. Andelarna avrundas till "
            f"{places} i procent med största-restmetoden så att de summerar till exakt 100\u00a0%. "
            "Avrundningsdifferenser kan förekomma.")


# ---------------------------------------------------------------- the papers' contradictions

def printed_deviations_for(ctx) -> pd.DataFrame:
    """Per closed year shown (the history up to the report's year) and kommun, the
    avvikelse shown against budget − kostnad between the shown amounts
    (`consistency.printed_deviations`), with its year."""
    return _per_closed_year(ctx, printed_deviations)


def _deviation_parts(part: pd.DataFrame) -> tuple[pd.Series, pd.Series, pd.Series]:
    rows = part.set_index("Kommun")
    return rows["Budget"], rows["Utfall/prognos"], rows["Avvikelse"]


def deviation_contradictions_for(ctx) -> pd.DataFrame:
    """Per closed year shown, the kommuner whose avvikelse of record is not budget − kostnad
    between the shown amounts (`consistency.deviation_contradictions`), with the year."""
    return _per_closed_year(ctx, deviation_contradictions)


def _per_closed_year(ctx, rule) -> pd.DataFrame:
    """`rule(budget, kostnad, avvikelse)` on each closed year of the history, with the year."""
    history = history_for(ctx)
    frames = [rule(*_deviation_parts(part)).assign(year=int(year))
              for year, part in history[history["Avser"] == "utfall"].groupby("År", sort=True)]
    columns = ["kommun", "budget", "kostnad", "printed", "computed", "year"]
    return pd.concat(frames, ignore_index=True)[columns] if frames else \
        pd.DataFrame(columns=columns)


def _flagged_in_report_year(ctx) -> set[str]:
    """The kommuner whose avvikelse of the report's (closed) year contradicts the rule."""
    found = deviation_contradictions_for(ctx)
    if not ctx.period.is_year_end:
        return set()
    return set(found[found["year"] == ctx.period.year]["kommun"])


def tillagg_contradictions_for(ctx) -> tuple[pd.DataFrame, float, list[str]]:
    """The report year's tillägg to kommunbidraget per kommun that differ from the joint
    costs' tillägg split by the key (`consistency.tillagg_contradictions`), the joint
    tillägg and the joint kostnadsställen that carry it."""
    found, joint, centres = tillagg_by_key_for(ctx)
    return tillagg_contradictions(found, ctx.tolerance), joint, centres


def _tillagg_parts(ctx) -> tuple[pd.Series, float, pd.Series]:
    """The report year's tillägg per kostnadsställe, the joint costs' and each kommun's own."""
    ds, year = ctx.dataset, ctx.period.year
    items = budget.amounts(budget.netto_for(ds), "kostnadsstalle", year, "tillagg")
    joint, specific = split_net_cost(items, ds["kostnadsstallen"], kommuner_of(ds))
    return items, joint, specific


def tillagg_by_key_for(ctx) -> tuple[pd.DataFrame, float, list[str]]:
    """Per kommun the report year's tillägg to kommunbidraget and its share by the key of
    the joint costs' tillägg (`consistency.tillagg_by_key`), the joint tillägg and the joint
    kostnadsställen that carry it."""
    ds, year = ctx.dataset, ctx.period.year
    items, joint, specific = _tillagg_parts(ctx)
    owner = ds["kostnadsstallen"].set_index("kostnadsstalle")["kommun"]
    centres = [c for c, v in items.items() if abs(v) >= 0.5 and is_missing(owner.get(c))]
    taken = budget.amounts(ds["kommunbidrag_kommun"], "kommun", year, "tillagg")
    keyed = has_key(ds["befolkning"], kommuner_of(ds), year)
    found = tillagg_by_key(joint if keyed else float("nan"), specific, taken, key_for(ctx))
    return found, joint, centres


def tillagg_note_for(ctx) -> str:
    """The footnote on the report year's tillägg taken otherwise than by the key ("" when
    none is)."""
    found, joint, centres = tillagg_contradictions_for(ctx)
    if found.empty:
        return ""
    return tillagg_note(found, joint, centres, ctx.period.year, own=_tillagg_parts(ctx)[2])


def statement_marked_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The kommun statement as shown (`statement_display_for`), with the papers'
    contradictions marked in their rows and footnoted: an avvikelse of record that is not
    budget − kostnad, a tillägg taken otherwise than by the key."""
    shown, notes = statement_display_for(ctx)
    deviations = deviation_contradictions_for(ctx)
    deviations = deviations[deviations["year"] == ctx.period.year] if ctx.period.is_year_end \
        else deviations.iloc[0:0]
    tillagg, _, _ = tillagg_contradictions_for(ctx)
    shown = with_marks(shown, [label in set(deviations["kommun"]) for label in shown.index])
    added = next((c.label for c in budget.statement_columns(ctx.period)
                  if c.measure == "tillagg" and c.year == ctx.period.year), None)
    shown = with_marks(shown, [label in set(tillagg["kommun"]) for label in shown.index],
                       after=added if added in shown.columns else None, mark=TILLAGG_MARK)
    extra = [deviation_note(deviations)] if not deviations.empty else []
    extra += [tillagg_note_for(ctx)] if not tillagg.empty else []
    return shown, notes + extra + unsummed_kommuner(
        shown, record_columns(ctx.dataset["bokslut_totaler"], ctx.period))


def unsummed_kommuner(table: pd.DataFrame, of_record_in=frozenset()) -> list[str]:
    """The footnote under a page-02 table whose kommun rows, each shown in whole tkr, do not
    add up to its last row, the sum (`budget.statement.unsummed_note`; shares left out;
    columns of record `of_record_in`)."""
    amounts = table[[c for c in table.columns if "andel" not in str(c).lower()]]
    return unsummed_note(amounts, [(table.index[-1], list(table.index[:-1]), "kommunerna")],
                         of_record_in)


def allocation_record_columns(ctx) -> set[str]:
    """The allocation table's columns of record: Kostnad and Avvikelse when the statement's
    outcome column is (`budget.statement.record_columns`, a closed year)."""
    _, outcome = budget.budget_outcome_labels(ctx.period)
    return {"Kostnad", "Avvikelse"} if outcome in record_columns(
        ctx.dataset["bokslut_totaler"], ctx.period) else set()


def allocation_marked_for(ctx) -> pd.DataFrame:
    """The allocation table as shown (`allocation_display_for`) with each avvikelse of
    record that is not budget − kostnad marked (the statement's footnote explains it)."""
    table = allocation_display_for(ctx)
    flagged = _flagged_in_report_year(ctx)
    return with_marks(table, [label in flagged for label in table.index])


def history_marked_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """The history per kommun and year (`history_for`) with each avvikelse of record that is
    not budget − kostnad marked beside it, and a footnote when a mark stands that the
    statement above does not footnote (a closed year before the report's): it names every
    mark of the table, so a sheet of it alone explains each (none when the statement's
    footnote explains them all)."""
    history = history_for(ctx)
    found = deviation_contradictions_for(ctx)
    pairs = set(zip(found["year"].astype(str), found["kommun"], strict=True))
    flags = [(y, k) in pairs for y, k in zip(history["År"], history["Kommun"], strict=True)]
    unnoted = found[[not (ctx.period.is_year_end and year == ctx.period.year)
                     for year in found["year"]]]  # the statement's footnote names these
    return with_marks(history, flags, after="Avvikelse"), \
        ([deviation_note(found)] if len(unnoted) else [])


def centres_marked_for(ctx) -> tuple[pd.DataFrame, list[str]]:
    """Page 01's kostnadsställe table as shown (`budget.kostnadsstallen_display_for`) with
    the joint kostnadsställen whose tillägg is taken otherwise than by the key marked beside
    their tillägg, and the footnote."""
    shown, notes = budget.kostnadsstallen_display_for(ctx)
    found, _, centres = tillagg_contradictions_for(ctx)
    if found.empty:
        return shown, notes
    added = next((c.label for c in budget.statement_columns(ctx.period)
                  if c.measure == "tillagg" and c.year == ctx.period.year), None)
    shown = with_marks(shown, [label in centres for label in shown.index],
                       after=added if added in shown.columns else None, mark=TILLAGG_MARK)
    return shown, notes + [tillagg_note_for(ctx)]
