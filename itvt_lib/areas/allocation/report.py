"""The allocation's report protocol (docs/ARCHITECTURE.md, "The area protocol"): AREA,
TABLES, has_data, validate_period, summary, key_figures and checks, with the page's
explanation of the avvikelse.
"""

from __future__ import annotations

import pandas as pd

from ...core.checks import (
    PASS,
    WARN,
    Check,
    KeyFigure,
    band_light,
    compare,
    contradictions_of,
    share_of_shown,
)
from ...core.errors import DataError
from ...core.formatting import (
    as_written,
    fmt_number,
    fmt_percent,
    fmt_tkr,
    is_missing,
    join_sv,
    round_half_away,
)
from ...core.params import text
from ...core.paths import display_path
from ...core.periods import Period
from .. import budget
from .adapters import (
    allocation_for,
    differing_published_for,
    joint_budget_shares_for,
    kommun_statement,
    kommuner_of,
    neutral_budget_for,
    printed_deviations_for,
    share_decimals,
    shown_drift,
    surplus_deficit_for,
    tillagg_by_key_for,
    year_results,
)
from .amounts import deviation_parts, kommun_budget, record_by_kommun
from .comment import differ_checks
from .consistency import deviation_differs, tillagg_differs
from .fund import derived_opening_balance, result_total_note, surplus_deficit
from .key import has_key, key_date, key_label, key_rows
from .schema import (
    AREA,
    SECTION,
    TOTAL_POST,
    key_member_checks,
    refuse_the_total_printed_twice,
    stated_share_checks,
)
from .tables import BUDGET_SHARE, KEY


def has_data(dataset, period: Period) -> bool:
    """True when the operating statement covers the period and every kommun has a budget
    for its year."""
    if not budget.has_data(dataset, period):
        return False
    kb = kommun_budget(dataset["kommunbidrag_kommun"], kommuner_of(dataset), period.year)
    return not kb.isna().any()


def validate_period(dataset, period: Period) -> None:
    """The report's own year needs a complete key: missing is bad input, not "no data"."""
    kommuner = kommuner_of(dataset)
    befolkning = dataset["befolkning"]
    locations = dataset.locations.get("befolkning")
    shown = locations["file"].iloc[0] if locations is not None and len(locations) \
        else display_path(dataset.data_dir / "befolkning.csv")
    day = key_date(period.year)
    rows = key_rows(befolkning, period.year)
    if rows.empty:
        raise DataError(shown, f"fördelningsnyckel saknas för {period.year}: lägg till "
                        f"befolkningen {day.isoformat()} (key_date) för varje kommun")
    for kommun in kommuner:
        if kommun not in rows.index:
            raise DataError(shown, f"fördelningsnyckeln för {period.year} "
                            f"({day.isoformat()}) saknar en rad för {kommun}")


def _share_list(shares: pd.Series, decimals: int) -> str:
    return join_sv([f"{fmt_percent(v, decimals)} till {k}" for k, v in shares.items()])


def split_explains(gap: pd.Series, deviation: pd.Series, tolerance: float) -> bool:
    """True when the budget split explains the avvikelser: some kommun's budget share
    differs from its key share (`gap`, points as shown), and every kommun with a gap and an
    avvikelse beyond the tolerance deviates that way (a larger share, a positive avvikelse)."""
    return all((gap[k] > 0) == (deviation[k] > 0) for k in gap.index
               if abs(deviation[k]) > tolerance and gap[k] != 0) and bool((gap != 0).any())


def split_agrees(gap: pd.Series, deviation: pd.Series, tolerance: float) -> bool:
    """True when no kommun's avvikelse beyond the tolerance goes against its budget share's
    gap to the key (`gap`, points as shown): a larger share, a positive avvikelse; a smaller
    one, a negative; a share equal to the key, none beyond the tolerance."""
    return all(gap[k] != 0 and (gap[k] > 0) == (deviation[k] > 0) for k in gap.index
               if abs(deviation[k]) > tolerance)


def _split_gap(ctx) -> pd.Series:
    """Each kommun's share of the joint budget (its budget share when no kommun has a
    budget of its own kostnadsställen) − key share, in percentage points as shown."""
    decimals = share_decimals(ctx.params)
    shares, _ = joint_budget_shares_for(ctx)
    return (shares - allocation_for(ctx)[KEY]).apply(lambda v: round_half_away(v * 100, decimals))


def explanation(ctx) -> list[str]:
    """Why each kommun deviates, in the source's manner, derived from key, budget shares
    and drift; that the split cannot be judged while a share is missing."""
    decimals = share_decimals(ctx.params)
    key = allocation_for(ctx)[KEY]
    shares, of_joint = joint_budget_shares_for(ctx)
    year = ctx.period.year
    deviation = shown_drift(ctx)
    lines = []
    gap = _split_gap(ctx)
    neutral = neutral_budget_for(ctx).iloc[:-1]
    costs, rest = cost_part_sentences(ctx, deviation, neutral["Förändring"])
    explained = not gap.isna().any() and (split_explains(gap, deviation, ctx.tolerance)
                                          or bool(costs) and bool((gap != 0).any()))
    lines += costs
    if explained:
        lines.append(f"Avvikelsen på helår i respektive kommun{rest} beror på att "
                     "budgetfördelningen "
                     "mellan kommunerna inte överensstämmer med den faktiska fördelningen av "
                     "utfallet för gemensamma kostnader utifrån befolkningsandel.")
    lines.append("Utfall för gemensamma kostnader fördelas under året efter "
                 "befolkningsantalet per "
                 f"{key_label(key_date(year))} vilket innebär en fördelning om "
                 f"{_share_list(key, decimals)}.")
    if shares.isna().any():
        return lines + [f"Budgetfördelningen {year} kan inte jämföras med befolkningsandelen: "
                        "budgeten för gemensamma kostnader per kommun kan inte beräknas (en "
                        "budget saknas eller den gemensamma budgeten är inte över 0 tkr)."]
    what = "en budget för gemensamma kostnader" if of_joint else "en budget"
    lines.append(f"I budget {year} har " + join_sv(
        [f"{k} {what} som procentuellt motsvarar {fmt_percent(shares[k], decimals)}"
         for k in key.index])
        + (" (kommunens budget utöver budgeten för dess egna kostnadsställen)." if of_joint
           else "."))
    parts = []
    for k in key.index:
        if gap[k] > 0:
            parts.append(f"{k} har en större budget än vad man procentuellt ska betala för "
                         "gemensamma kostnader")
        elif gap[k] < 0:
            parts.append(f"{k} har lägre budget än den procentuella befolkningsandelen")
        else:
            parts.append(f"{k} har en budget som motsvarar befolkningsandelen")
    lines.append("Det innebär att " + join_sv(parts) + ".")
    if (gap != 0).any():
        lines.append("Således speglar inte budgeten befolkningsandelen.")
    if not neutral.isna().any().any() and (neutral["Förändring"].abs() >= 0.5).any():
        lines.append("En budget fördelad efter befolkningsandelen skulle ge " + join_sv(
            [f"{k} {fmt_tkr(row['Budget enligt nyckeln'])} "
             f"({fmt_tkr(row['Förändring'], signed=True)})"
             for k, row in neutral.iterrows()]) + ".")
    return lines


def cost_part_sentences(ctx, deviation: pd.Series, change: pd.Series) -> tuple[list[str], str]:
    """When some kommun's avvikelse is not all the budget split's (`deviation_parts`: its
    costs' part beyond the tolerance, as when the nämnd itself deviates): a sentence giving
    that part (the nämnd's avvikelse as the costs are split), and the words naming the
    split's part for the source's "Avvikelsen … beror på att budgetfördelningen"; else
    ([], "")."""
    parts = deviation_parts(deviation, change)
    if parts.isna().any().any() or not (parts["kostnader"].abs() > ctx.tolerance).any():
        return [], ""
    total = kommun_statement(ctx).iloc[-1, -1]
    amounts = join_sv([f"{fmt_tkr(v, signed=True)} för {k}"
                       for k, v in parts["kostnader"].items()])
    rows = float(parts["kostnader"].sum())
    summed = "" if is_missing(total) or round_half_away(rows) == round_half_away(total) else \
        f" (kommunernas rader summerar till {fmt_tkr(rows, signed=True)})"
    what = (f"Nämndens avvikelse på totalt {fmt_tkr(total, signed=True)}{summed} fördelas som "
            "kostnaderna (gemensamma efter befolkningsandel, kommunspecifika till kommunen)"
            if not is_missing(total) and abs(total) > ctx.tolerance else
            "Kostnadernas avvikelse mot en budget fördelad efter befolkningsandelen")
    split = join_sv([f"{fmt_tkr(v, signed=True)} för {k}"
                     for k, v in parts["budgetfördelning"].items()])
    return [f"{what}: {amounts}."], \
        f" utöver det, {split},"


def fund_notes_for(ctx) -> list[str]:
    """The footnote under page 02's "Över- och underskott" when its Totalt of årets
    resultat is not the nämnd's resultat the statement above shows (`result_total_note`)."""
    statement = kommun_statement(ctx)
    fund = surplus_deficit_for(ctx)
    column = next(c for c in fund.columns if str(c).startswith("Årets resultat"))
    of_record = ctx.period.is_year_end and not record_by_kommun(
        ctx.dataset["bokslut_totaler"], ctx.period.year, "resultat",
        kommuner_of(ctx.dataset)).isna().all()
    return result_total_note(fund[column].iloc[-1], statement.iloc[-1, -1],
                             f"{statement.index[-1]} ovan", of_record)


def summary(ctx) -> list[str]:
    """Swedish sentences: drift per kommun, and how budget shares relate to the key."""
    if not has_data(ctx.dataset, ctx.period):
        return []
    year = ctx.period.year
    deviation = shown_drift(ctx)
    amounts = join_sv([f"{fmt_tkr(v, signed=True)} för {k}"
                       for k, v in deviation.items()])
    if deviation.isna().any():
        what = "utfallet" if ctx.period.is_year_end else "prognosen"
        first = (f"Avvikelsen per kommun för {year} kan inte anges: {what} saknas för en "
                 "eller flera rader.")
    elif ctx.period.is_year_end:
        first = f"Utfallet {year} ger ett resultat per kommun på {amounts}."
    else:
        first = f"Prognosen för {year} ger en avvikelse mot budget på {amounts}."
    # "Det innebär" after the avvikelser says the budget split explains them: only when it
    # agrees with them (`split_agrees`), never a larger budget beside a negative avvikelse
    gap = _split_gap(ctx)
    explains = not deviation.isna().any() and not gap.isna().any() and split_agrees(
        gap, deviation, ctx.tolerance)
    lines = [first] + [line for line in explanation(ctx)
                       if explains and line.startswith("Det innebär")]
    fund = surplus_deficit(ctx.dataset["resultatfond"], year_results(ctx),
                           kommuner_of(ctx.dataset), year)
    name = text(ctx.params, "namnd", default="Nämnden")
    return lines + decision_sentences(name, fund["Beslut"], fund["Status"], year, fund["UB"])


def balance_words(balances: pd.Series) -> str:
    """The kommuner's UB as shown in whole tkr, in their order, in words: "överskott" when
    every one is above 0, "underskott" when every one is below, "över- respektive
    underskott" ("under- respektive överskott") for two of opposite signs in that order,
    else "över- eller underskott" (a 0, a missing one, more kommuner of both signs)."""
    shown = [None if is_missing(v) else round_half_away(float(v)) for v in balances]
    if shown and all(v is not None and v > 0 for v in shown):
        return "överskott"
    if shown and all(v is not None and v < 0 for v in shown):
        return "underskott"
    if len(shown) == 2 and None not in shown and shown[0] * shown[1] < 0:
        return "över- respektive underskott" if shown[0] > 0 else "under- respektive överskott"
    return "över- eller underskott"


def decision_sentences(name: str, decisions: pd.Series, states: pd.Series,
                       year: int, balances: pd.Series) -> list[str]:
    """What was proposed (by the committee, `name`) or decided (by each kommun's
    kommunfullmäktige, which alone decides) about each kommun's över- or underskott: one
    sentence for all when every kommun has the same decision in the same state (its word
    from their UB, `balances`: `balance_words`), else one per decision and state naming its
    kommuner, and one naming those without a decision; none without any decision."""
    pairs = [(d, s) if not is_missing(d) else None for d, s in zip(decisions, states,
                                                                    strict=True)]
    if all(p is None for p in pairs):
        return []
    if len(set(pairs)) == 1:
        decision, state = pairs[0]
        return [f"{_who(name, state, 'respektive kommun')} {_VERBS[state]} att "
                f"{_whom(state, 'respektive kommun')}{_WHAT[decision]} {year} års "
                f"{balance_words(balances)}."]
    lines = []
    for pair in dict.fromkeys(p for p in pairs if p is not None):
        kommuner = [k for k, p in zip(decisions.index, pairs, strict=True) if p == pair]
        words = balance_words(balances[kommuner])
        lines.append(f"{_who(name, pair[1], join_sv(kommuner))} {_VERBS[pair[1]]} att "
                     f"{_whom(pair[1], join_sv(kommuner))}{_WHAT[pair[0]]} {words}et för "
                     f"{year}.")
    without = [k for k, p in zip(decisions.index, pairs, strict=True) if p is None]
    if without:
        lines.append(f"För {join_sv(without)} finns inget beslut om över- eller underskottet "
                     f"för {year}.")
    return lines


def _who(name: str, state: str, kommuner: str) -> str:
    """Who proposes (the committee) or decided (the kommunfullmäktige of `kommuner`)."""
    return f"Kommunfullmäktige i {kommuner}" if state == "beslutat" else name


def _whom(state: str, kommuner: str) -> str:
    """Whom a proposal names ("Herrljunga ska "); a decision of the kommun's own council
    names none."""
    return "" if state == "beslutat" else f"{kommuner} ska "


_VERBS = {"forslag": "föreslår", "beslutat": "har beslutat"}
_WHAT = {"avskrivning": "skriva av", "overforing": "föra över"}


def key_figures(ctx) -> list[KeyFigure]:
    """Drift per kommun, coloured by its size relative to the kommun's budget
    (params status.drift)."""
    rule = ctx.params.status.drift
    green, yellow = rule.green_within_share_of_budget, rule.yellow_within_share_of_budget
    statement = kommun_statement(ctx)
    budget_label = next(c for c in statement.columns if c.startswith("Budget "))
    word = ctx.period.outcome_measure
    differing = differing_published_for(ctx, statement)
    printed = differing[differing["column"] == statement.columns[-1]].set_index("row")
    result = []
    for kommun, value in statement.iloc[:-1, -1].items():
        size = abs(float(statement.loc[kommun, budget_label]))
        status = band_light(round_half_away(value), share_of_shown(green, size),
                            share_of_shown(yellow, size))
        published = printed.loc[kommun] if kommun in printed.index else None
        result.append(KeyFigure(
            f"Avvikelse {kommun} ({word} {ctx.period.year})", float(value), "tkr", status,
            f"grön inom ±{as_written(green * 100)}\u00a0% av kommunens budget, "
            f"gul inom ±{as_written(yellow * 100)}\u00a0%, röd utanför",
            published=None if published is None else float(published["printed"]),
            note="" if published is None else
            f"Publicerat {fmt_tkr(published['printed'], signed=True)} i "
            f"{published['source']}; beräknat med fördelningsnyckeln."))
    return result


RESULT_SPLIT_NOTE = ("avvikelsen per kommun räknas mot kommunens budget: ett kommunbidrag i "
                     "prognosen eller utfallet som skiljer sig från budgeten fördelas inte")


def _kommunbidrag_checks(ctx) -> list[Check]:
    """Per budget year up to the report's: the kommunbidrag per kommun sums to the
    committee's (a kommun's missing budget warns: uppgift saknas)."""
    ds, tol = ctx.dataset, ctx.tolerance
    kommuner = kommuner_of(ds)
    n = len(kommuner)
    kb_groups = ds["kontogrupper"][ds["kontogrupper"]["typ"] == "kommunbidrag"]["kontogrupp"]
    result = []
    for y in sorted(set(ds["kommunbidrag_kommun"]["year"]) | {ctx.period.year}):
        if y > ctx.period.year:
            continue
        per_kommun = kommun_budget(ds["kommunbidrag_kommun"], kommuner, y)
        committee = budget.budget_amounts(ds["driftredovisning"], "kontogrupp", y)
        committee = committee.reindex(kb_groups)
        result.append(compare(AREA, f"Kommunbidrag per kommun summerar till nämndens "
                              f"kommunbidrag (budget {y})",
                              committee.sum(min_count=1) if not committee.isna().any() else None,
                              per_kommun.sum(min_count=n) if not per_kommun.isna().any() else None,
                              tol * n))
    return result


def checks(ctx) -> list[Check]:
    """Shares sum to 100 %, the kommun split sums to the committee's totals, recomputed
    vs of record per kommun, IB vs the previous decision, published figures, and a key
    date without some member (`key_member_checks`)."""
    ds, period = ctx.dataset, ctx.period
    if not has_data(ds, period):
        # the committee reports, a kommun's budget is missing: say so on the checks page
        return _kommunbidrag_checks(ctx) if budget.has_data(ds, period) else []
    return key_member_checks(ds) + stated_share_checks(ds, share_decimals(ctx.params)) \
        + _checks(ctx) + differ_checks(ctx)


def _checks(ctx) -> list[Check]:
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    kommuner, totals = kommuner_of(ds), ds["bokslut_totaler"]
    year, n = period.year, len(kommuner)
    result: list[Check] = []
    table = allocation_for(ctx)
    for label, shares in ((f"Fördelningsnyckeln {year}", table[KEY]),
                          (f"Budgetandelarna {year}", table[BUDGET_SHARE])):
        result.append(compare(AREA, f"{label} summerar till 100 %", 100.0,
                              round_half_away(float(shares.sum()) * 100, 6), 0.0))
    result += _kommunbidrag_checks(ctx)
    # the allocated cost sums to the committee's net cost
    measure = period.outcome_measure
    statement = budget.statement_for(ctx)
    _, outcome_label = budget.budget_outcome_labels(period)
    result.append(compare(AREA, f"Fördelad kostnad summerar till nettokostnaden "
                          f"({measure} {year})",
                          statement.loc[budget.NETTOKOSTNAD, outcome_label],
                          table["Kostnad"].sum(min_count=n), tol * n))
    # the kommuner's results (page 02's Över- och underskott) sum to the committee's resultat
    own = year_results(ctx)
    result.append(compare(AREA, f"Årets resultat per kommun summerar till nämndens resultat "
                          f"({measure} {year})",
                          statement.loc[budget.RESULTAT, outcome_label],
                          own[own["year"] == year]["resultat"].sum(min_count=n), tol * n,
                          note=RESULT_SPLIT_NOTE))
    # of record per kommun: sums and recomputation
    for y in sorted(set(totals[totals["kommun"].notna()]["year"])):
        if y > year:
            continue
        record = budget.of_record(totals, y)
        for post, label in (("nettokostnad", "Nettokostnad"), ("resultat", "Resultat")):
            values = record_by_kommun(totals, y, post, kommuner)
            if values.isna().all():
                continue
            result.append(compare(AREA, f"{label} {y} per kommun (fastställt bokslut) summerar till "
                                  f"nämndens {label.lower()}", record.get(post),
                                  values.sum() if not values.isna().any() else None, tol * n))
        if not has_key(ds["befolkning"], kommuner, y):
            continue
        recomputed = allocation_for(ctx, y, "utfall")
        for post, column, label in (("nettokostnad", "Kostnad", "nettokostnad"),
                                    ("resultat", "Avvikelse", "resultat")):
            values = record_by_kommun(totals, y, post, kommuner)
            for kommun in kommuner:
                if is_missing(values[kommun]):
                    continue
                result.append(compare(AREA, f"{kommun} {label} {y}: fastställt bokslut mot beräknat "
                                      "med nyckeln", values[kommun],
                                      recomputed.loc[kommun, column], tol))
    # IB given in the data vs what the previous year's decision implies (next year's IB
    # too: the page shows it, derived from this year's decision)
    given = ds["resultatfond"]
    for y in sorted(set(given["year"])):
        if y > year + 1:
            continue
        derived = derived_opening_balance(given, year_results(ctx), kommuner, y)
        rows = given[given["year"] == y].set_index("kommun")
        for kommun in rows.index:
            if is_missing(rows.loc[kommun, "ib"]) or is_missing(derived.get(kommun)):
                continue
            result.append(compare(AREA, f"{kommun} IB {y} mot föregående års beslut",
                                  rows.loc[kommun, "ib"], derived[kommun], tol))   # väntat:
            # the IB given (as other checks expect the data's figure), beräknat: derived
    result += published_checks(ctx)
    return result + contradiction_checks(ctx)


def contradiction_checks(ctx) -> list[Check]:
    """Where the papers could contradict their own rules, a check (a contradiction is a
    warning: shown as printed and footnoted on the page): at year end each avvikelse of
    record against budget − kostnad; each tillägg to kommunbidraget against the joint
    costs' tillägg split by the key."""
    result = []
    for row in printed_deviations_for(ctx).itertuples():
        differs = deviation_differs(row.printed, row.computed)
        result.append(Check(
            contradictions_of(AREA), f"{row.kommun} {row.year}: tryckt avvikelse mot "
            "budget − kostnad", row.printed, row.computed, 0.0, WARN if differs else PASS,
            f"{fmt_number(row.budget)} − {fmt_number(row.kostnad)} = "
            f"{fmt_number(row.computed, zero='0')}; underlaget motsäger sin egen regel, se "
            "sidans fotnot" if differs else ""))
    found, _, centres = tillagg_by_key_for(ctx)
    for row in found.itertuples():
        differs = tillagg_differs(row.taken, row.by_key, ctx.tolerance)
        result.append(Check(
            contradictions_of(AREA), f"{row.kommun}: tillägg {ctx.period.year} till "
            "kommunbidraget mot de gemensamma kostnadernas tillägg efter nyckeln",
            row.by_key, row.taken, ctx.tolerance, WARN if differs else PASS,
            f"tillägget gäller {', '.join(centres)} men tas inte efter nyckeln; se fotnoten "
            "under Kostnadsställen och Fördelning mellan kommunerna" if differs else ""))
    return result


def published_checks(ctx) -> list[Check]:
    """Each per-kommun figure printed in this period's report vs the recomputed one."""
    statement = kommun_statement(ctx)
    refuse_the_total_printed_twice(ctx.dataset["published"], ctx.dataset.locations.get(
        "published"), ctx.period, statement.index[-1])
    columns, aliases = budget.statement_columns(ctx.period), {TOTAL_POST: statement.index[-1]}
    shares = [round_half_away(v * 100, share_decimals(ctx.params))
              for v in allocation_for(ctx)[KEY] if not is_missing(v)]
    return budget.published_checks(ctx.dataset["published"], ctx.period, SECTION, statement,
                                   columns, ctx.tolerance, area=AREA, aliases=aliases) + \
        budget.note_checks(ctx.dataset["published"], ctx.dataset.locations.get("published"),
                           ctx.period, SECTION, statement, columns, ctx.tolerance, AREA,
                           aliases=aliases, key_shares=shares)
