"""Surplus and deficit (över- och underskott) per kommun: UB = IB + årets resultat; a
write-off (avskrivning) sets next year's IB to 0, a transfer (överföring, the agreement's
default) carries the UB forward. An IB derived from a decision that is only proposed
says so ("förutsatt beslut om avskrivning").
See docs/ARCHITECTURE.md, "The area protocol".
"""

from __future__ import annotations

import pandas as pd

from ...core.formatting import fmt_number, is_missing, round_half_away

DECISION_SV = {"overforing": "Överföring", "avskrivning": "Avskrivning"}


def surplus_deficit(fund: pd.DataFrame, results: pd.DataFrame, kommuner: list[str],
                    year: int) -> pd.DataFrame:
    """Balance per kommun for `year`: IB (given, else derived from the previous year's
    decision), årets resultat, UB = IB + resultat, the decision, and next year's IB
    (0 after avskrivning, UB after överföring, missing while nothing is decided).

    `results` has columns year, kommun, resultat.
    """
    first = int(min([*fund["year"].tolist(), year]))
    ib = pd.Series(float("nan"), index=kommuner)
    rows, previous = {}, {}
    for y in range(first, year + 1):
        given = fund[fund["year"] == y].set_index("kommun").reindex(kommuner)
        ib = given["ib"].astype(float).where(given["ib"].notna(), ib)
        result = results[results["year"] == y].set_index("kommun")["resultat"] \
            .astype(float).reindex(kommuner)
        ub = ib + result
        decision = given["beslut"]
        next_ib = pd.Series([0.0 if d == "avskrivning" else ub[k] if d == "overforing"
                             else float("nan") for k, d in decision.items()], index=kommuner)
        assumed = pd.Series([assumption_text(*previous.get(k, (None, None)))
                             if given["ib"].isna()[k] else "" for k in kommuner], index=kommuner)
        rows[y] = (ib, result, ub, decision, given["status"], next_ib, assumed)
        previous = {k: (decision[k], given["status"][k]) for k in kommuner}
        ib = next_ib
    ib, result, ub, decision, status, next_ib, assumed = rows[year]
    return pd.DataFrame({"IB": ib, "Årets resultat": result, "UB": ub,
                         "Beslut": decision, "Status": status, "IB nästa år": next_ib,
                         "IB förutsätter": assumed,
                         "IB nästa år förutsätter": [assumption_text(d, st) for d, st in
                                                     zip(decision, status, strict=True)]},
                        index=kommuner)


def derived_opening_balance(fund: pd.DataFrame, results: pd.DataFrame, kommuner: list[str],
                            year: int) -> pd.Series:
    """IB of `year` as the previous year's decision implies (NaN when it implies none)."""
    previous = fund[fund["year"] < year]
    if previous.empty:
        return pd.Series(float("nan"), index=kommuner)
    return surplus_deficit(previous, results, kommuner, year - 1)["IB nästa år"]


def assumption_text(decision, status) -> str:
    """What a derived IB rests on while its decision is only proposed: "förutsatt beslut
    om avskrivning" (or överföring); "" once decided or when there is no decision."""
    if is_missing(decision) or status != "forslag":
        return ""
    return f"förutsatt beslut om {DECISION_SV.get(str(decision), str(decision)).lower()}"


def decision_text(decision, status) -> str:
    """The decision in Swedish: "Avskrivning (förslag)", "Överföring", or "–" for none."""
    if is_missing(decision):
        return "–"
    label = DECISION_SV.get(str(decision), str(decision))
    return f"{label} (förslag)" if status == "forslag" else label


def result_total_note(rows_total: float, namnd_total: float, label: str,
                      of_record: bool) -> list[str]:
    """The footnote under the surplus/deficit table when its Totalt of årets resultat (the
    kommuner's rows, as shown) is not the nämnd's resultat as shown (`label`'s sum row of
    the statement above); none when they agree or either is missing."""
    if is_missing(rows_total) or is_missing(namnd_total):
        return []
    rows, namnd = round_half_away(float(rows_total)), round_half_away(float(namnd_total))
    if rows == namnd:
        return []
    why = "en avrundningsdifferens, eller bokslutets fastställda summa" if of_record \
        else "en avrundningsdifferens"
    return [f"Årets resultat: kommunerna summerar till {fmt_number(rows, zero='0')} tkr, "
            f"nämndens resultat ({label}) är {fmt_number(namnd, zero='0')} tkr ({why})."]
