"""The footnote under page 05's investment table where its rows, each shown in whole tkr,
do not add up to a sum row (a kommun's "IT <kommun>" of its projects, the total of the
kommuner's subtotals), by the rule of the other pages' tables
(`budget.statement.unsummed_totals`); the warnings when the controller's comment says the
investments follow budget beside an avvikelse, or states another total avvikelse."""

from __future__ import annotations

import re

import pandas as pd

from ..core.checks import WARN, Check
from ..core.formatting import fmt_number, is_missing, round_half_away
from ..core.params import text
from .budget.statement import unsummed_sentence, unsummed_totals

FOLLOWS_BUDGET = re.compile(r"enligt budget|följ\w* budget|i balans|i nivå med budget|"
                            r"ingen avvikelse")
NAMES_A_DEVIATION = re.compile(r"avvik|under budget|över budget|överskrid|underskrid|"
                               r"lägre|högre|mindre|mer än|förskjut|skjut|senare|tidigare|"
                               r"\d|utom|förutom|dock|men |exkl|undantag|överskott|"
                               r"underskott")
# "följer inte budget", "inte i balans", "ej enligt budget": the comment says it does not.
NEGATED = re.compile(r"\b(?:inte|ej|icke)\s+(?:\w+\s+){0,2}?(?:enligt|följ|i balans|i nivå)|"
                     r"följ\w*\s+(?:inte|ej)\b")
# A year, date or period ("2024", "per 2024-02-29", "februari 2024", "Q1", "T1"): no amount.
YEAR = re.compile(r"\b(?:19|20)\d\d(?:-[01]\d(?:-[0-3]\d)?)?\b|\b[qt][1-4]\b")
A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")   # the year alone ("per 2024-02-29": 2024)


def states_budget_followed(comment: str) -> bool:
    """True when a comment says the investments follow budget ("Prognos enligt budget",
    "följer budget", "i balans", "ingen avvikelse") and, that said, names no avvikelse,
    amount, exception or negation (a word like "avvikelse", "lägre", "förskjuts", "utom",
    "exklusive", "överskott", "följer inte", a digit other than a year, date or quarter)."""
    lowered = comment.lower()
    rest = YEAR.sub(" ", FOLLOWS_BUDGET.sub(" ", lowered))
    return bool(FOLLOWS_BUDGET.search(lowered)) and not NAMES_A_DEVIATION.search(rest) \
        and not NEGATED.search(lowered)


STATED_DEVIATION = re.compile(r"\b(positiv|negativ)\s+avvikelse\s+(?:mot\s+budget\s+)?"
                              r"(?:med|på|om)\s+(?:ca\s+|cirka\s+)?"
                              r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?\s*tkr",
                              re.IGNORECASE)


def stated_deviations(comment: str, year: int, names: list[str]) -> list[tuple[str, int]]:
    """The total avvikelse a comment states ("en positiv avvikelse med 3 199 tkr" is +3 199,
    negativ below 0), each with its words; a sentence naming a kommun or project (`names`)
    or another year than `year` states that one's, not the total."""
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", comment):
        lowered = sentence.lower()
        if any(n.lower() in lowered for n in names) or \
                any(int(y) != year for y in A_YEAR.findall(sentence)):
            continue
        for m in STATED_DEVIATION.finditer(sentence):
            amount = int(re.sub(r"\D", "", m.group(2)))
            found.append((m.group(0), amount if m.group(1).lower() == "positiv" else -amount))
    return found


def comment_checks(ctx, area: str, deviation: float) -> list[Check]:
    """A warning when the controller's comment on page 05 (investeringar.kommentar) says
    the investments follow budget (`states_budget_followed`) while the total avvikelse
    (`deviation`) does not read 0 in whole tkr: "Prognos enligt budget." beside +400; or
    states another total avvikelse (`stated_deviations`): "positiv avvikelse med 3 199 tkr"
    beside +2 999."""
    comment = text(ctx.params, "investeringar", "kommentar")
    shown = None if is_missing(deviation) else round_half_away(deviation)
    if not comment or shown is None:
        return []
    where = ctx.params.sources.where("investeringar", "kommentar")
    amount = fmt_number(shown, signed=True)
    result = []
    if states_budget_followed(comment) and shown != 0:
        result.append(Check(area, "Kommentaren om investeringarna mot siffrorna",
                            "enligt budget", amount, 0, WARN, f"{where}: kommentaren säger att "
                            f"investeringarna följer budget, men avvikelsen är {amount} tkr; "
                            "skriv om kommentaren eller rätta underlaget"))
    lines = ctx.dataset["investeringar"]
    names = [*ctx.dataset["kommuner"]["kommun"], *lines.loc[lines["year"] == ctx.period.year,
                                                             "projekt"].dropna().unique()]
    return result + [
        Check(area, "Kommentarens avvikelse för investeringarna mot siffrorna", words,
              amount, 0, WARN, f"{where}: kommentaren säger \"{words}\", men avvikelsen är "
              f"{amount} tkr; skriv om kommentaren eller rätta underlaget")
        for words, stated in stated_deviations(comment, ctx.period.year, names)
        if stated != shown]


def unsummed_investments(table: pd.DataFrame, levels: list[str],
                         of_record_in=frozenset()) -> list[str]:
    """The footnote under the investment table (`table`: label column first; `levels`:
    projekt/kommun/total per row) naming each sum row its rows as shown do not add up to:
    a kommun row of the projects above it, the total row of the kommun rows; a bokslut's
    total of record named as a reason only for a column in `of_record_in`."""
    label, found, start, subtotals = table.columns[0], [], 0, []
    for i, level in enumerate(levels):
        if level not in ("kommun", "total"):
            continue
        rows = list(range(start, i)) if level == "kommun" else subtotals
        part = table.iloc[[*rows, i]].set_index(label)
        what = "projekten" if level == "kommun" else "kommunernas delsummor"
        found += unsummed_totals(part, [(part.index[-1], list(part.index[:-1]), what)])
        if level == "kommun":
            subtotals.append(i)
            start = i + 1
    return unsummed_sentence(found, why="bokslutets fastställda summa" if any(
        f[1] in of_record_in for f in found) else None)
