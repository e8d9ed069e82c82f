"""The operating budget's report protocol (docs/ARCHITECTURE.md, "The area protocol"):
has_data, validate_period, summary (balance, main driver, tillägg), key_figures and
checks (totals of record, kostnadsställen, printed figures).
"""

from __future__ import annotations

import re

import pandas as pd

from ...core.checks import FAIL, WARN, Check, KeyFigure, compare, share_of_shown, traffic_light
from ...core.errors import ParamError
from ...core.formatting import (
    as_written,
    fmt_number,
    is_missing,
    join_sv,
    round_half_away,
    shown_beyond,
)
from ...core.params import text
from ...core.periods import Period
from .adapters import (
    PRINTED_TOTAL,
    drift_for,
    kostnadsstallen_for,
    netto_for,
    result_for,
    statement_for,
)
from .amounts import (
    amounts,
    forecasts_without_budget,
    forecasts_without_statement,
    of_record,
    reportable_periods,
)
from .comment_figures import stated_kommunbidrag_change, stated_result_amounts
from .published import differing_published, published_checks, rounding_only
from .published_notes import note_checks
from .schema import AREA
from .statement import (
    GEMENSAMMA,
    NETTOKOSTNAD,
    SUMMA_INTAKTER,
    SUMMA_KOSTNADER,
    TOTAL_POST,
    has_split,
    kostnadsstalle_statement,
    reads_as_varav_row,
    row_twin,
    signs_reversed,
    statement_columns,
    statement_layout,
    total_label,
)


def has_data(dataset, period: Period) -> bool:
    """True when the period is reportable by the operating statement."""
    return period in reportable_periods(drift_for(dataset))


def validate_period(dataset, period: Period) -> None:
    """A run for a period without a budget and a prognos/utfall is bad input."""
    if not has_data(dataset, period):
        drift = drift_for(dataset)
        known = ", ".join(str(p) for p in reportable_periods(drift))
        forecast = ((drift["measure"] == "prognos") & (drift["period"] == str(period))).any()
        why = (f" (årsrapporten kräver utfall {period.year}, inte en prognos)"
               if period.is_year_end and forecast else
               f" (prognosen saknar budget {period.year} i driftredovisning.csv)"
               if period in forecasts_without_budget(drift) else
               f" (driftredovisning.csv saknar prognos {period}; kostnadsstalle_netto.csv har den)"
               if period in forecasts_without_statement(drift, netto_for(dataset)) else "")
        raise ParamError(f"period: {period} går inte att rapportera{why} (möjliga perioder: "
                         f"{known or 'ingen'})")


def validate_params(ctx) -> None:
    """The committee's total label (namnd_kort) is no kommun's, kostnadsställe's or joint
    subtotal's name (`row_twin`): its row would stand beside that row under the same name;
    nor does it read as a "– varav" row (`reads_as_varav_row`)."""
    ds = ctx.dataset
    names = [*ds["kommuner"]["kommun"], *ds["kostnadsstallen"]["kostnadsstalle"], GEMENSAMMA]
    twin = row_twin(total_label(ctx.params), names)
    if twin is not None:
        raise ParamError(f"{ctx.params.sources.where('namnd_kort')}: \"{total_label(ctx.params)}\" "
                         f"är namnet på raden {twin}; summaraden skulle stå bredvid den med "
                         "samma namn: skriv en annan text")
    if reads_as_varav_row(total_label(ctx.params)):
        raise ParamError(f"{ctx.params.sources.where('namnd_kort')}: \"{total_label(ctx.params)}\" "
                         "läses som en varav-rad i tabellen Kostnadsställen, inte som dess "
                         "summarad: skriv en annan text")


def result_kind(resultat: float) -> str:
    """The word for a resultat as shown in whole tkr: "i balans" only when it reads 0 (the
    tolerance is for rounding in sums, not a word: −1 tkr beside "i balans" contradicts
    it), else "ett överskott" above 0 and "ett underskott" below."""
    shown = round_half_away(resultat)
    if shown == 0:
        return "i balans"
    return "ett överskott" if shown > 0 else "ett underskott"


RESULT_WORDS = {"i balans": "i balans", "överskott": "ett överskott", "underskott": "ett underskott"}
SIGN_WORDS = {"positivt utfall": "ett överskott", "positivt resultat": "ett överskott",
              "positiva resultat": "ett överskott", "negativt utfall": "ett underskott",
              "negativt resultat": "ett underskott", "negativa resultat": "ett underskott"}


def stated_result_kind(comment: str, kommuner=()) -> str | None:
    """The result kind (`result_kind`'s words) a comment states by "i balans", "överskott",
    "underskott" or, in a sentence naming none of `kommuner`, a positive or negative
    "utfall"/"resultat"; None when it states none, or more than one (kommuner apart)."""
    found = {kind for word, kind in RESULT_WORDS.items() if word in comment.lower()}
    for sentence in re.split(r"(?<=[.!?])\s+", comment.lower()):
        if not any(k.lower() in sentence for k in kommuner):
            found |= {kind for word, kind in SIGN_WORDS.items() if word in sentence}
    return found.pop() if len(found) == 1 else None


def comment_checks(ctx) -> list[Check]:
    """A warning when the controller's comment on page 01 (kommentar.driftredovisning)
    states another result kind (`stated_result_kind`) than the resultat as shown
    (`result_kind`): "en budget i balans" beside a resultat that reads 1 tkr; or another
    amount of the result (`stated_result_amounts`): "negativt utfall om 219 tkr" beside −319."""
    comment = text(ctx.params, "kommentar", "driftredovisning")
    kommuner = list(ctx.dataset["kommuner"]["kommun"])
    stated = stated_result_kind(comment, kommuner)
    resultat, _ = result_for(ctx)
    if is_missing(resultat):
        return []
    where = ctx.params.sources.where("kommentar", "driftredovisning")
    result = []
    if stated is not None and stated != result_kind(resultat):
        result.append(Check(AREA, "Kommentaren om resultatet mot siffrorna", stated,
                            result_kind(resultat), 0, WARN, f"{where}: kommentaren säger "
                            f"{stated}, men resultatet är {tkr(resultat)}; skriv om kommentaren "
                            "eller rätta underlaget"))
    for words, amount in stated_result_amounts(comment, ctx.period.year, kommuner,
                                               ctx.period.is_year_end):
        if amount != abs(round_half_away(resultat)):
            result.append(Check(AREA, "Kommentarens belopp för resultatet mot siffrorna",
                                words, tkr(resultat), 0, WARN, f"{where}: kommentaren säger "
                                f"\"{words}\", men resultatet är {tkr(resultat)}; skriv om "
                                "kommentaren eller rätta underlaget"))
    return result + change_checks(ctx, comment, kommuner)


def change_checks(ctx, comment: str, kommuner: list[str]) -> list[Check]:
    """A warning when a monthly comment states another change of the kommunbidrag since the
    budget decision (`stated_kommunbidrag_change`) than the tillägg page 01 sums and states
    (`_change_sentence`): "minskats med 24 tkr" copied into a month whose tillägg are −54."""
    if ctx.period.is_year_end:
        return []
    groups = ctx.dataset["kontogrupper"]
    added = tillagg_sum(drift_for(ctx.dataset), groups[groups["typ"] == "kommunbidrag"][
        "kontogrupp"], ctx.period.year)
    if is_missing(added):
        return []
    where = ctx.params.sources.where("kommentar", "driftredovisning")
    return [Check(AREA, "Kommentarens ändring av kommunbidraget mot siffrorna", words,
                  tkr(added), 0, WARN, f"{where}: kommentaren säger \"{words}\", men "
                  f"tilläggen till kommunbidraget {ctx.period.year} är {tkr(added)}; skriv om "
                  "kommentaren eller rätta underlaget")
            for words, amount in stated_kommunbidrag_change(comment, kommuner)
            if amount != round_half_away(added)]


def _result_sentence(name: str, period: Period, resultat: float) -> str:
    """The year's result as a sentence: surplus, deficit, balance (`result_kind`), or that
    it is missing."""
    if is_missing(resultat):
        what = "utfall" if period.is_year_end else "prognos"
        return (f"Resultatet för {period.year} kan inte anges: {what} saknas för en eller "
                "flera rader i driftredovisningen.")
    amount = fmt_number(abs(resultat))
    kind = result_kind(resultat)
    if period.is_year_end:
        if kind == "i balans":
            return f"{name} redovisar ett resultat i balans för budgetåret {period.year}."
        return f"{name} redovisar {kind} på {amount} tkr för budgetåret {period.year}."
    if kind == "i balans":
        return f"{name} prognostiserar en budget i balans."
    return f"{name} prognostiserar {kind} på {amount} tkr för helåret {period.year}."


def drivers(items: pd.Series, negative: bool) -> pd.Series:
    """The line item(s) with the largest avvikelse in the result's direction (the most
    negative when `negative`), every item tied as shown in whole tkr (−100,4 and −99,6 are
    both −100), in statement order."""
    shown = items.map(round_half_away)
    return items[shown == (shown.min() if negative else shown.max())]


def _driver_sentence(table: pd.DataFrame, layout: pd.DataFrame, resultat: float,
                     tolerance: float, year_end: bool) -> str:
    """Name the line item(s) that explain most of a non-balanced result, every one tied as
    shown (`drivers`); none when the kommunbidrag's avvikelse explains as much or more
    (`kommunbidrag_explains`); none while a line's avvikelse is missing (`all_lines_given`)."""
    if is_missing(resultat) or not shown_beyond(resultat, tolerance):
        return ""
    deviation = table.iloc[:, -1]
    items = deviation[~layout["total"] & layout["klass"].isin(["intakt", "kostnad"])]
    if items.empty or not all_lines_given(deviation, layout):
        return ""
    worst = drivers(items, resultat < 0)
    value = worst.iloc[0]
    if (resultat < 0) != (value < 0) or not shown_beyond(value, tolerance):
        return ""
    if kommunbidrag_explains(deviation[layout["klass"] == "kommunbidrag"], value):
        return ""
    named = []
    for post, amount in worst.items():
        higher = (layout.loc[post, "klass"] == "kostnad") == (amount < 0)
        named.append(f"{'högre' if higher else 'lägre'} {str(post).lower()}")
    tense = "Det negativa" if resultat < 0 else "Det positiva"
    verb = "beror" if year_end else "beror enligt prognosen"
    each = " vardera" if len(named) > 1 else ""
    return (f"{tense} resultatet {verb} främst på {join_sv(named)} än "
            f"budgeterat ({fmt_number(value, signed=True)} tkr{each}).")


def all_lines_given(deviation: pd.Series, layout: pd.DataFrame) -> bool:
    """A driver is named only when every line's avvikelse is given: a missing one (an utfall
    or prognos not typed) may be the largest, so naming another as "främst" is a guess."""
    return not deviation[~layout["total"]].isna().any()


def kommunbidrag_explains(kommunbidrag: pd.Series, value: float) -> bool:
    """True when the kommunbidrag's avvikelse, in the direction of the line item's `value`,
    is at least as large: the line item is then not what the result mainly depends on."""
    found = kommunbidrag.dropna().sum()
    return (found < 0) == (value < 0) and abs(found) >= abs(value)


def _change_sentence(drift: pd.DataFrame, kontogrupper: pd.DataFrame, period: Period) -> str:
    """State a tillägg to kommunbidrag made since the budget decision, when it is not 0 as
    shown in whole tkr."""
    if period.is_year_end:
        return ""
    kb = kontogrupper[kontogrupper["typ"] == "kommunbidrag"]["kontogrupp"]
    added = tillagg_sum(drift, kb, period.year)
    if is_missing(added) or not shown_beyond(added, 0):
        return ""
    verb = "ökats" if added > 0 else "minskats"
    return f"Sedan budgetbeslutet har kommunbidraget {verb} med {fmt_number(abs(added))} tkr."


def frame_change(drift: pd.DataFrame, kontogrupper: pd.DataFrame, year: int) -> float:
    """The change of the committee's frame (its net cost budget) since the budget decision:
    the sum of the year's tillägg to the intäkter and kostnader (`tillagg_sum`)."""
    groups = kontogrupper[kontogrupper["typ"].isin(["intakt", "kostnad"])]["kontogrupp"]
    return tillagg_sum(drift, groups, year)


def tillagg_sum(drift: pd.DataFrame, groups, year: int) -> float:
    """The year's tillägg to `groups` summed: a kontogrupp without a tillägg row adds 0, one
    whose tillägg belopp is empty leaves the sum missing."""
    found = amounts(drift, "kontogrupp", year, "tillagg").reindex(groups, fill_value=0.0)
    return float(found.sum(skipna=False))


def _frame_sentence(drift: pd.DataFrame, kontogrupper: pd.DataFrame, period: Period) -> str:
    """State the frame's change since the budget decision (`frame_change`) when it is not
    0 as shown in whole tkr (0,7 − 0,2 is 0,5, shown 1)."""
    if period.is_year_end:
        return ""
    change = frame_change(drift, kontogrupper, period.year)
    if is_missing(change) or not shown_beyond(change, 0):
        return ""
    kind = "en utökad" if change > 0 else "en minskad"
    return (f"Totalt har nämnden fått {kind} ram med {fmt_number(abs(change))} tkr under "
            f"{period.year}.")


def summary(ctx) -> list[str]:
    """Swedish sentences derived from the statement: balance, main driver, tillägg, the
    frame's change."""
    ds = ctx.dataset
    table = statement_for(ctx)
    layout = statement_layout(ds["kontogrupper"])
    resultat, _ = result_for(ctx)
    name = text(ctx.params, "verksamhet", default="Verksamheten")
    lines = [_result_sentence(name, ctx.period, resultat),
             _driver_sentence(table, layout, resultat, ctx.tolerance, ctx.period.is_year_end),
             _change_sentence(ds["driftredovisning"], ds["kontogrupper"], ctx.period),
             _frame_sentence(ds["driftredovisning"], ds["kontogrupper"], ctx.period)]
    return [line for line in lines if line]


def key_figures(ctx) -> list[KeyFigure]:
    """Resultat (status by the parameters' rule), nettokostnad and its avvikelse."""
    table = statement_for(ctx)
    resultat, netto = result_for(ctx)
    rule = ctx.params.status.resultat
    yellow_share = rule.yellow_down_to_share_of_nettokostnad
    status = traffic_light(round_half_away(resultat), rule.green_at,
                           share_of_shown(yellow_share, abs(netto)))
    word = ctx.period.outcome_measure
    deviation = float(table.loc[NETTOKOSTNAD].iloc[-1])
    return [
        KeyFigure(f"Resultat ({word} {ctx.period.year})", resultat, "tkr", status,
                  f"grön vid resultat ≥ {as_written(rule.green_at)} tkr, "
                  f"gul ned till {as_written(yellow_share * 100)} % av "
                  "nettokostnaden, röd därunder"),
        KeyFigure(f"Nettokostnad ({word} {ctx.period.year})", netto, "tkr"),
        KeyFigure("Avvikelse nettokostnad mot budget", deviation, "tkr",
                  **printed_deviation(ctx, table)),
    ]


def printed_deviation(ctx, table: pd.DataFrame) -> dict:
    """The nettokostnad's avvikelse as the period's report printed it, where a reader sees
    it differ from the shown one: `published` and the `note` saying why."""
    differing = differing_published(ctx.dataset["published"], ctx.period, "driftredovisning",
                                    table, statement_columns(ctx.period), ctx.tolerance)
    row = differing[(differing["row"] == NETTOKOSTNAD) &
                    (differing["column"] == table.columns[-1])]
    if row.empty:
        return {}
    first = row.iloc[0]
    budget_label, outcome_label = table.columns[-3], table.columns[-2]
    why = "skillnaden är en avrundningsdifferens." if rounding_only(
        first["printed"], first["shown"], ctx.tolerance) else \
        "skillnaden är större än en avrundningsdifferens" + \
        (f": {first['note'].rstrip('.')}." if first["note"] else ".")
    return {"published": float(first["printed"]),
            "note": (f"{first['source']} trycker {tkr(first['printed'])}. Räknat mellan de "
                     f"visade beloppen ({budget_label.lower()} "
                     f"{tkr(table.loc[NETTOKOSTNAD, budget_label])} − {outcome_label.lower()} "
                     f"{tkr(table.loc[NETTOKOSTNAD, outcome_label])}) blir avvikelsen "
                     f"{tkr(table.loc[NETTOKOSTNAD, table.columns[-1]])}; {why}")}


def tkr(value: float) -> str:
    """An amount in tkr as committee text: "−219 tkr" (a no-break space before the unit)."""
    return f"{fmt_number(value, zero='0')}\u00a0tkr"


def _line_count(layout: pd.DataFrame, post: str) -> int:
    """How many line items a total sums (the tolerance grows by one unit per line)."""
    items = ~layout["total"]
    counts = {
        "summa_intakter": (items & (layout["klass"] == "intakt")).sum(),
        "summa_kostnader": (items & (layout["klass"] == "kostnad")).sum(),
        "nettokostnad": (items & layout["klass"].isin(["intakt", "kostnad"])).sum(),
        "resultat": items.sum(),
    }
    return int(counts.get(post, 1))


def checks(ctx) -> list[Check]:
    """Totals of record vs recomputed, kostnadsställen vs nettokostnad, and every published
    figure of this period's report vs the recomputed one."""
    ds, period, tol = ctx.dataset, ctx.period, ctx.tolerance
    if not has_data(ds, period):
        return []
    layout = statement_layout(ds["kontogrupper"])
    recomputed = statement_for(ctx, recomputed=True)
    shown = statement_for(ctx)
    result: list[Check] = []
    for col in statement_columns(period, has_split(drift_for(ds), period.year)):
        if col.measure != "utfall":
            continue
        record = of_record(ds["bokslut_totaler"], col.year)
        for label, post in TOTAL_POST.items():
            if post in record:
                n = _line_count(layout, post)
                result.append(compare(
                    AREA, f"{label} {col.year}: enligt bokslutet mot summan av raderna",
                    record[post], recomputed.loc[label, col.label], tol * n))
    result += sign_checks(shown, statement_columns(period, has_split(drift_for(ds), period.year)))
    centres = kostnadsstalle_statement(netto_for(ds), ds["kostnadsstallen"],
                                    ds["bokslut_totaler"], period, "summa", grouped=False)
    recomputed_centres = centres.drop(index="summa").drop(columns=centres.columns[-1])
    for label in recomputed_centres.columns:
        values = recomputed_centres[label]
        if values.isna().any():
            continue
        result.append(compare(
            AREA, f"Kostnadsställen summerar till nettokostnaden ({label})",
            shown.loc[NETTOKOSTNAD, label], values.sum(), tol * len(values)))
    result += unreportable_checks(drift_for(ds), netto_for(ds)) + comment_checks(ctx)
    result += published_checks(ds["published"], period, "driftredovisning", shown,
                               statement_columns(period), tol)
    result += published_checks(ds["published"], period, "kostnadsstallen",
                               kostnadsstallen_for(ctx), statement_columns(period), tol,
                               aliases={PRINTED_TOTAL: total_label(ctx.params)})
    result += note_checks(ds["published"], ds.locations.get("published"), period,
                          "driftredovisning", shown, statement_columns(period), tol, AREA)
    result += note_checks(ds["published"], ds.locations.get("published"), period,
                          "kostnadsstallen", kostnadsstallen_for(ctx), statement_columns(period),
                          tol, AREA, aliases={PRINTED_TOTAL: total_label(ctx.params)})
    return result


def unreportable_checks(drift: pd.DataFrame, netto: pd.DataFrame) -> list[Check]:
    """A warning for each month whose prognos has no budget for its year
    (`forecasts_without_budget`) or is only the kostnadsställen's
    (`forecasts_without_statement`): it is left out of the periods and of `latest`."""
    return [Check(AREA, f"Prognos {p} utan budget {p.year}", f"budget {p.year}", "saknas", 0,
                  WARN, f"perioden {p} går inte att rapportera och är inte senaste period "
                  f"förrän budgeten {p.year} finns i driftredovisning.csv")
            for p in forecasts_without_budget(drift)] + [
        Check(AREA, f"Prognos {p} i kostnadsstalle_netto.csv utan driftredovisningens",
              f"prognos {p} i driftredovisning.csv", "saknas", 0, WARN,
              f"perioden {p} går inte att rapportera och är inte senaste period förrän "
              f"prognosen {p} finns i driftredovisning.csv")
        for p in forecasts_without_statement(drift, netto)]


def sign_checks(shown: pd.DataFrame, columns) -> list[Check]:
    """A failed check for each amount column (not a tillägg or avvikelse) whose income is
    positive or costs negative: signs written the other way round (none when right)."""
    result = []
    for col in columns:
        if col.measure in ("tillagg", "avvikelse") or col.label not in shown.columns:
            continue
        intakter = shown.loc[SUMMA_INTAKTER, col.label]
        kostnader = shown.loc[SUMMA_KOSTNADER, col.label]
        if is_missing(intakter) or is_missing(kostnader) or not signs_reversed(intakter,
                                                                                kostnader):
            continue
        result.append(Check(
            AREA, f"Tecken {col.label}: intäkter negativa, kostnader positiva",
            "intäkter ≤ 0, kostnader ≥ 0", f"intäkter {fmt_number(intakter, zero='0')}, "
            f"kostnader {fmt_number(kostnader, zero='0')}", 0, FAIL,
            "tecknen är omvända: skriv intäkter negativa och kostnader positiva i "
            "driftredovisning"))
    return result
