"""Amounts per kommun: each kommun's budget (kommunbidrag), the joint and kommunspecifika
net cost, the allocated cost and the avvikelse (budget − cost), the budget split that
removes it, and a closed year's figures of record.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import as_shown, is_missing
from .. import budget
from .key import budget_shares, round_to_total
from .tables import BUDGET_SHARE, KEY


def kommun_budget(kommunbidrag: pd.DataFrame, kommuner: list[str], year: int) -> pd.Series:
    """Each kommun's budget (kommunbidrag) for `year`: ursprunglig budget + tillägg."""
    return budget.budget_amounts(kommunbidrag, "kommun", year).reindex(kommuner)


def every_centre(items: pd.Series, kostnadsstallen: pd.DataFrame) -> pd.Series:
    """A year's net cost per kostnadsställe with every kostnadsställe of the table: one
    without a row, in a year that has rows, is missing (as page 01 shows it), never 0."""
    if items.empty:
        return items
    return items.reindex(list(dict.fromkeys([*items.index, *kostnadsstallen["kostnadsstalle"]])))


def split_net_cost(items: pd.Series, kostnadsstallen: pd.DataFrame,
                   kommuner: list[str]) -> tuple[float, pd.Series]:
    """(joint net cost, kommunspecifika per kommun) from net cost per kostnadsställe:
    cost centres without a kommun are joint; a kommun without own centres has 0."""
    owner = kostnadsstallen.set_index("kostnadsstalle")["kommun"]
    items = every_centre(items, kostnadsstallen)
    joint_items = items[items.index.map(lambda c: is_missing(owner.get(c)))]
    joint = float(joint_items.sum()) if not joint_items.empty and not joint_items.isna().any() \
        else float("nan")
    specific = pd.Series(0.0, index=kommuner, dtype="float64")
    for centre, value in items.items():
        kommun = owner.get(centre)
        if not is_missing(kommun) and kommun in specific.index:
            specific[kommun] = specific[kommun] + value  # NaN stays NaN (missing)
    return joint, specific


def allocate(joint: float, specific: pd.Series, shares: pd.Series) -> pd.Series:
    """Allocated cost = joint net cost × share + the kommun's kommunspecifika costs."""
    return joint * shares.astype(float) + specific.reindex(shares.index).astype(float)


def drift(kommun_budget: pd.Series, cost: pd.Series) -> pd.Series:
    """Drift (avvikelse) = kommun budget − allocated cost: positive is better than budget."""
    return kommun_budget.astype(float) - cost.reindex(kommun_budget.index).astype(float)


def allocation_table(kommun_budget: pd.Series, joint: float, specific: pd.Series,
                     key: pd.Series, decimals: int = 1) -> pd.DataFrame:
    """Per kommun: key, budget, budget share, joint × key, kommunspecifika, allocated cost
    and drift (budget − cost)."""
    cost = allocate(joint, specific, key)
    return pd.DataFrame({
        KEY: key.astype(float),
        "Budget": kommun_budget.astype(float),
        BUDGET_SHARE: budget_shares(kommun_budget, decimals),
        "Gemensamma kostnader": joint * key.astype(float),
        "Kommunspecifika": specific.reindex(key.index).astype(float),
        "Kostnad": cost,
        "Avvikelse": drift(kommun_budget, cost),
    }, index=key.index)


def joint_budget_shares(kommun_budget: pd.Series, specific_budget: pd.Series,
                        decimals: int = 1) -> pd.Series:
    """Each kommun's share of the joint budget, the key's base: (its budget − its
    kommunspecifika budget) / the sum of those; the budget share when none has own costs."""
    specific = specific_budget.reindex(kommun_budget.index).astype(float)
    return budget_shares(kommun_budget.astype(float) - specific, decimals)


def neutral_budget(kommun_budget: pd.Series, joint_budget: float,
                   specific_budget: pd.Series, key: pd.Series) -> pd.DataFrame:
    """The budget split that removes the drift: each kommun's budget = joint budgeted net
    cost × key + its budgeted kommunspecifika; change = that − today's budget."""
    neutral = allocate(joint_budget, specific_budget, key)
    return pd.DataFrame({"Budget": kommun_budget.astype(float),
                         "Budget enligt nyckeln": neutral,
                         "Förändring": neutral - kommun_budget.astype(float)},
                        index=key.index)


def shown_neutral_budget(table: pd.DataFrame) -> pd.DataFrame:
    """The neutral budget as shown: split in whole tkr by largest remainder (as the cost is),
    change = that − today's budget as shown (`as_shown`: 10 700 − 9 793 (9 792,5) is 907)."""
    shown = round_to_total(table["Budget enligt nyckeln"])
    return table.assign(**{"Budget enligt nyckeln": shown,
                           "Förändring": shown - table["Budget"].map(as_shown)})


def with_neutral_total(table: pd.DataFrame, label: str) -> pd.DataFrame:
    """The neutral budget with its sum row: each amount the column's sum, its change, as
    each row's, the sum row's shown Budget enligt nyckeln − its shown Budget."""
    total = table.sum(min_count=len(table))
    total["Förändring"] = as_shown(total["Budget enligt nyckeln"]) - as_shown(total["Budget"])
    return pd.concat([table, total.to_frame(label).T])


def record_by_kommun(totals: pd.DataFrame, year: int, post: str,
                     kommuner: list[str]) -> pd.Series:
    """Per-kommun totals of record of a closed year (NaN where the annual report has none)."""
    mask = (totals["year"] == year) & (totals["post"] == post) & totals["kommun"].notna()
    return totals[mask].set_index("kommun")["belopp"].astype(float).reindex(kommuner)


def deviation_parts(deviation: pd.Series, change: pd.Series) -> pd.DataFrame:
    """Each kommun's avvikelse as shown in two parts that add to it: the budget split's
    (today's budget − the neutral budget: −`change`, as the neutral table shows it) and the
    costs' (the rest: its avvikelse with a budget by the key)."""
    split = -change.reindex(deviation.index).astype(float)
    return pd.DataFrame({"budgetfördelning": split,
                         "kostnader": deviation.astype(float) - split})
