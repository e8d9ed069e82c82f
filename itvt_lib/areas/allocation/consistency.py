"""The papers contradicting their own allocation rules, found from the data: an avvikelse
of record that is not budget − kostnad between the printed amounts, and a tillägg to the
joint costs taken from the members' kommunbidrag otherwise than by the key.
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import fmt_number, is_missing, join_sv, round_half_away
from ..budget import shown_avvikelse
from .key import round_to_total

MARK = "1)"  # the footnote marker of an avvikelse that is not budget − kostnad
TILLAGG_MARK = "2)"  # of a tillägg not taken by the key (both may stand on one page)
NOTE_COLUMN = "Not"  # the column beside a table's figures that carries the marker


def printed_deviations(budget: pd.Series, cost: pd.Series, printed: pd.Series) -> pd.DataFrame:
    """Per kommun with all three printed: budget, kostnad, the printed avvikelse and the
    avvikelse computed as budget − kostnad between the printed whole-tkr amounts
    (`budget.shown_avvikelse`: 12 479,6 − 11 602,4 reads 12 480 − 11 602 = 878)."""
    computed = shown_avvikelse(budget.astype(float), cost.reindex(budget.index).astype(float),
                               pd.Series("kostnad", index=budget.index))
    rows = [(k, float(budget[k]), float(cost[k]), float(printed[k]), float(computed[k]))
            for k in budget.index
            if not any(is_missing(v) for v in (budget[k], cost.get(k), printed.get(k)))]
    return pd.DataFrame(rows, columns=["kommun", "budget", "kostnad", "printed", "computed"])


def deviation_differs(printed: float, computed: float) -> bool:
    """A printed avvikelse contradicts budget − kostnad when they differ as printed (whole
    tkr, half away from zero)."""
    return round_half_away(float(printed)) != round_half_away(float(computed))


def deviation_contradictions(budget: pd.Series, cost: pd.Series,
                             printed: pd.Series) -> pd.DataFrame:
    """Kommuner whose printed avvikelse is not budget − kostnad between the printed
    whole-tkr amounts (`printed_deviations` where `deviation_differs`)."""
    found = printed_deviations(budget, cost, printed)
    keep = [deviation_differs(p, c) for p, c in zip(found["printed"], found["computed"],
                                                     strict=True)]
    return found[pd.Series(keep, index=found.index, dtype=bool)].reset_index(drop=True)


def key_split(amount: float, key: pd.Series) -> pd.Series:
    """A joint amount split by the key, in whole tkr that sum to it (largest remainder)."""
    return round_to_total(amount * key.astype(float))


def tillagg_by_key(joint: float, specific: pd.Series, taken: pd.Series,
                   key: pd.Series) -> pd.DataFrame:
    """Per kommun its tillägg to kommunbidraget (taken) and its share by the key of the
    joint costs' tillägg plus its own kostnadsställen's (by_key); nothing when no tillägg
    touches the joint costs, nor when no kommun has a tillägg row (a final budget per kommun:
    what each took is not given). A kommun without a tillägg row, in a year with such rows,
    has taken 0; one whose tillägg (or own kostnadsställen's) is missing stays missing, so
    it contradicts nothing."""
    if is_missing(joint) or abs(joint) < 0.5 or taken.empty:
        return pd.DataFrame(columns=["kommun", "taken", "by_key"])
    by_key = key_split(joint, key) + specific.reindex(key.index, fill_value=0.0)
    taken = taken.reindex(key.index, fill_value=0.0)
    return pd.DataFrame({"kommun": list(key.index), "taken": taken.to_numpy(dtype=float),
                         "by_key": by_key.to_numpy(dtype=float)})


def tillagg_differs(taken: float, by_key: float, tolerance: float) -> bool:
    """A kommun's tillägg contradicts the key when it differs from its share by the key by
    more than the tolerance."""
    return abs(float(taken) - float(by_key)) > tolerance + 1e-9


def tillagg_contradictions(by_key: pd.DataFrame, tolerance: float) -> pd.DataFrame:
    """The rows of `tillagg_by_key` where `tillagg_differs`: kommun, taken, by_key."""
    keep = [tillagg_differs(t, k, tolerance) for t, k in zip(by_key["taken"], by_key["by_key"],
                                                              strict=True)]
    return by_key[pd.Series(keep, index=by_key.index, dtype=bool)].reset_index(drop=True)


def deviation_note(found: pd.DataFrame) -> str:
    """The footnote on a printed avvikelse that is not budget − kostnad."""
    cases = "; ".join(f"för {r.kommun}"
                      + (f" {int(r.year)}" if "year" in found and found["year"].nunique() > 1
                         else "")
                      + f" blir {fmt_number(r.budget)} − {fmt_number(r.kostnad)} "
                      f"= {fmt_number(r.computed, zero='0')}, inte de tryckta "
                      f"{fmt_number(r.printed, zero='0')}" for r in found.itertuples())
    return (f"{MARK} Underlaget anger att avvikelse = budget − kostnad, men {cases}. "
            "Avvikelsen visas som den trycktes.")


def tillagg_note(found: pd.DataFrame, joint: float, centres: list[str], year: int,
                 own: pd.Series | None = None) -> str:
    """The footnote on a tillägg to joint costs taken otherwise than by the key; a found
    kommun's own kostnadsställen's tillägg (`own`, in taken and by_key) is named as such."""
    taken = ", ".join(f"{r.kommun} {fmt_number(r.taken, zero='–')}" for r in found.itertuples())
    by_key = ", ".join(f"{r.kommun} {fmt_number(r.by_key, zero='–')}"
                       for r in found.itertuples())
    head = (f"{TILLAGG_MARK} Tillägget {year} på {fmt_number(joint)} tkr gäller gemensamma "
            f"kostnader ({', '.join(centres)}), som fördelas efter befolkningsandel, men ")
    mine = [] if own is None else [
        f"{k} {fmt_number(own[k])}" for k in found["kommun"]
        if k in own.index and not is_missing(own[k]) and round_half_away(float(own[k])) != 0]
    if not mine:
        return (f"{head}det tas från kommunbidraget så här: {taken} tkr. Efter nyckeln hade "
                f"det blivit {by_key} tkr.")
    whose = "kommunernas" if len(mine) > 1 else "kommunens"
    return (f"{head}kommunbidraget ändras så här: {taken} tkr, där {whose} egna "
            f"kostnadsställen har tillägg på {join_sv(mine)} tkr. Efter nyckeln och de egna "
            f"kostnadsställenas tillägg hade det blivit {by_key} tkr.")


def with_marks(table: pd.DataFrame, flags: list[bool], after: str | None = None,
               mark: str = MARK) -> pd.DataFrame:
    """`table` with a column "Not" right of `after` (default: last) holding `mark` in the
    flagged rows; unchanged when none is flagged, one column however many marks."""
    if not any(flags):
        return table
    marked = table.copy()
    marks = [mark if flag else "" for flag in flags]
    if NOTE_COLUMN in marked.columns:
        marked[NOTE_COLUMN] = [" ".join(m for m in (old, new) if m)
                               for old, new in zip(marked[NOTE_COLUMN], marks, strict=True)]
        return marked
    position = len(marked.columns) if after is None else marked.columns.get_loc(after) + 1
    marked.insert(position, NOTE_COLUMN, marks)
    return marked
