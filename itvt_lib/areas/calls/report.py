"""The calls area's report protocol (docs/ARCHITECTURE.md, "The area protocol"):
has_data, summary, key_figures and checks (parts add up to totals, printed svarsprocent vs
computed, a range against the shorter ranges that make it up, the 4 × quarter warning).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from ...core.checks import FAIL, PASS, WARN, Check, KeyFigure, compare, traffic_light
from ...core.formatting import (
    as_written,
    fmt_duration,
    fmt_number,
    fmt_percent,
    is_missing,
    join_sv,
    round_half_away,
)
from ...core.periods import Period
from ...core.reference import kommun_names
from .adapters import (
    nilex_for,
    onex_for,
    tickets_for,
    vaxel_by_kommun_for,
    vaxel_by_kommun_span,
    vaxel_for,
    vaxel_platforms_for,
)
from .figures import COUNT_TOLERANCE, TOTAL, as_numbers
from .nilex import record_totals, ticket_matrix, ticket_shares
from .onex import (
    ONEX_COUNTS,
    ONEX_HEADINGS,
    main_onex_row,
    onex_notes,
    onex_parts_sum,
    onex_rates,
    scaled_copies,
    year_quarter_pairs,
)
from .ranges import belongs_to, in_range, range_sv, range_text, rows_for, tiling
from .schema import AREA, SERVICE_LEVELS
from .vaxel import (
    MAX_TAIL_WAIT_S,
    calls_within,
    member_gap,
    svarsprocent,
    tail_wait_at_least,
    wait_misread,
    without_calls,
)


def has_data(dataset, period: Period) -> bool:
    """True when any OneX, Nilex or switchboard row belongs to the period."""
    return any(belongs_to(dataset[name], period).any() for name in ("onex", "nilex", "vaxel"))


def _onex_sentence(row: pd.Series) -> str:
    """Incoming calls and how they ended; a missing figure is named as missing."""
    rates = onex_rates(row.to_frame().T).iloc[0]
    when = range_sv(row["from_date"], row["to_date"])
    if is_missing(row["inkommande"]):
        return f"Antalet inkommande samtal till servicedesk under {when}: uppgift saknas."
    if row["inkommande"] == 0:   # no calls: nothing to split, and nothing missing
        return f"Servicedesk tog inte emot några samtal under {when}."
    words = {"svarsfrekvens": "besvarades", "andel_missade": "missades",
             "andel_overflow": "gick till overflow"}
    parts = [f"{fmt_percent(rates[k])} {w}" for k, w in words.items() if not is_missing(rates[k])]
    gaps = [w for k, w in words.items() if is_missing(rates[k])]
    text = f"Servicedesk tog emot {fmt_number(row['inkommande'])} samtal under {when}"
    text += f", varav {join_sv(parts)}." if parts else "."
    if gaps:
        text += f" Uppgift saknas om hur många som {join_sv(gaps)}."
    return text


def _ticket_sentence(matrix: pd.DataFrame, span: tuple[date, date]) -> str:
    """The tickets created and the channel most came via; channels tied for the most are
    all named, with their share "vardera" (one named alone would be said to lead)."""
    total = matrix.loc[TOTAL, TOTAL]
    if is_missing(total):
        return f"Antalet ärenden i Nilex under {range_sv(*span)}: uppgift saknas."
    if total == 0:
        return f"I ärendehanteringssystemet Nilex skapades inga ärenden under {range_sv(*span)}."
    text = (f"I ärendehanteringssystemet Nilex skapades {fmt_number(total)} ärenden under "
            f"{range_sv(*span)}")
    shares = ticket_shares(matrix.drop(index=TOTAL, columns=TOTAL), "kanal").dropna()
    if shares.empty:
        return text + "."
    counts = shares["Ärenden"]
    top = list(counts[counts == counts.max()].index)
    each = " vardera" if len(top) > 1 else ""
    return (f"{text}; flest kom via {join_sv(top)} "
            f"({fmt_percent(shares.loc[top[0], 'Andel'])}{each}).")


def _vaxel_sentences(vaxel: pd.DataFrame, platforms_table: pd.DataFrame, kommun: pd.DataFrame,
                           span: tuple[date, date] | None) -> list[str]:
    lines = []
    platforms = platforms_table
    if not platforms.empty:
        total = platforms.iloc[-1]
        start, end = min(vaxel["from_date"]), max(vaxel["to_date"])
        if is_missing(total["Inkommande samtal"]):
            text = f"Antalet samtal i växeln under {range_sv(start, end)}: uppgift saknas"
        elif total["Inkommande samtal"] == 0:
            text = f"Växeln tog inte emot några samtal under {range_sv(start, end)}"
        else:
            text = f"Växeln tog emot {fmt_number(total['Inkommande samtal'])} samtal under " \
                   f"{range_sv(start, end)}"
        each = platforms.iloc[:-1]
        if len(each) > 1:
            text += ", varav " + join_sv([f"{fmt_number(r['Inkommande samtal'])} på {r['Plattform']}"
                                          f" ({r['Period']})" for _, r in each.iterrows()])
        lines.append(text + ".")
    rates = svarsprocent(kommun) if not kommun.empty else None
    if rates is not None and not rates.dropna().empty and span is not None:
        idle = without_calls(kommun)
        # a rate missing is named, never left out; a kommun without calls took none
        lacking = [k for k, v in rates.items() if is_missing(v) and not idle[k]]
        quiet = [k for k, v in rates.items() if is_missing(v) and idle[k]]
        lines.append(f"Svarsprocenten i växeln under {range_sv(*span)} var " + join_sv(
            [f"{fmt_percent(v, 0)} i {k}" for k, v in rates.dropna().items()])
            + (f"; {join_sv(quiet)} tog inte emot några samtal" if quiet else "")
            + (f"; för {join_sv(lacking)} saknas uppgift" if lacking else "") + ".")
    return lines


def summary(ctx) -> list[str]:
    """Swedish sentences: service-desk calls and rates, tickets, switchboard calls and
    svarsprocent, and a note on rows that look extrapolated."""
    lines = []
    onex = onex_for(ctx)
    row = main_onex_row(onex)
    if row is not None:
        lines.append(_onex_sentence(row))
        lines += onex_notes(onex)
    matrix = tickets_for(ctx)
    if not matrix.empty:
        lines.append(_ticket_sentence(matrix, nilex_for(ctx)[1]))
    vaxel = vaxel_for(ctx)
    if not vaxel.empty:
        lines += _vaxel_sentences(vaxel, vaxel_platforms_for(ctx), vaxel_by_kommun_for(ctx),
                                  vaxel_by_kommun_span(ctx))
    return lines


def key_figures(ctx) -> list[KeyFigure]:
    """OneX svarsfrekvens (status by params status.svarsfrekvens), incoming service-desk
    calls, tickets created and switchboard calls."""
    result = []
    row = main_onex_row(onex_for(ctx))
    if row is not None:
        when = range_sv(row["from_date"], row["to_date"])
        rate = onex_rates(row.to_frame().T).iloc[0]["svarsfrekvens"]
        rule = ctx.params.status.svarsfrekvens
        green, yellow = rule.green_at, rule.yellow_at
        status = traffic_light(None if is_missing(rate) else round_half_away(rate, 3),
                               green, yellow)
        result += [
            KeyFigure(f"Svarsfrekvens servicedesk ({when})",
                      None if is_missing(rate) else float(rate), "%", status,
                      f"grön vid ≥ {as_written(green * 100, 1)}\u00a0%, gul vid ≥ "
                      f"{as_written(yellow * 100, 1)}\u00a0%, "
                      "röd därunder", decimals=1),
            KeyFigure(f"Inkommande samtal servicedesk ({when})",
                      float(row["inkommande"]) if not is_missing(row["inkommande"]) else None,
                      "samtal"),
        ]
    matrix = tickets_for(ctx)
    if not matrix.empty:
        value = matrix.loc[TOTAL, TOTAL]
        result.append(KeyFigure(f"Ärenden i Nilex ({range_sv(*nilex_for(ctx)[1])})",
                                None if is_missing(value) else float(value), "ärenden"))
    vaxel = vaxel_for(ctx)
    if not vaxel.empty:
        when = range_sv(min(vaxel["from_date"]), max(vaxel["to_date"]))
        total = vaxel_platforms_for(ctx).iloc[-1]["Inkommande samtal"]
        result.append(KeyFigure(f"Samtal i växeln ({when})",
                                None if is_missing(total) else total, "samtal"))
    return result


COUNTED, SCALED = "räknad för helåret", "fyra gånger kvartalet"


def _onex_checks(onex: pd.DataFrame) -> list[Check]:
    result = [compare(AREA, f"OneX {row['label']}: inkommande = besvarade + missade + "
                            "overflow vid öppet + overflow vid stängt",
                      None if is_missing(row["inkommande"]) else float(row["inkommande"]),
                      parts, COUNT_TOLERANCE)
              for (_, row), parts in zip(onex.iterrows(), onex_parts_sum(onex), strict=True)]
    counts = as_numbers(onex, ONEX_COUNTS)
    for i in onex.index:  # a range made of shorter ranges of the data: the counts add up
        parts = tiling(onex, i) or []
        labels = " + ".join(str(onex.loc[p, "label"]) for p in parts)
        for column in ONEX_COUNTS if parts else ():
            values = counts.loc[[i, *parts], column]
            if not values.isna().any():
                result.append(compare(AREA, f"OneX {ONEX_HEADINGS[column].lower()}: raden "
                                            f"{onex.loc[i, 'label']} = {labels}",
                                      float(values.iloc[0]), float(values.iloc[1:].sum()),
                                      COUNT_TOLERANCE))
    scaled = set(scaled_copies(onex))
    for y, q in year_quarter_pairs(onex):
        description = (f"OneX: raden {onex.loc[y, 'label']} är räknad för helåret, inte "
                       f"fyra gånger raden {onex.loc[q, 'label']}")
        expected = COUNTED
        if (y, q) in scaled:
            result.append(Check(AREA, description, expected, SCALED, 0, WARN,
                                "Varje antal är exakt fyra gånger kvartalets och kötiderna är "
                                "desamma: raden ser uppräknad ut, inte räknad."))
        else:
            result.append(Check(AREA, description, expected, expected, 0, PASS))
    return result


def _nilex_checks(nilex: pd.DataFrame, totals: pd.DataFrame, period: Period) -> list[Check]:
    result = []
    ranges = pd.concat([rows_for(nilex, period), rows_for(totals, period)])
    for start, end in ranges[["from_date", "to_date"]].drop_duplicates().itertuples(index=False):
        matrix = ticket_matrix(in_range(nilex, start, end))
        when = range_text(start, end)
        for (kind, name), expected in record_totals(in_range(totals, start, end)).items():
            if kind == "typ":
                values = matrix.loc[name] if name in matrix.index else None
                what = f"raden {name}"
            elif kind == "kanal":
                values = matrix[name] if name in matrix.columns else None
                what = f"kolumnen {name}"
            else:
                values = pd.Series(matrix.to_numpy().ravel()) if not matrix.empty else None
                what = "alla ärenden"
            actual = None if values is None or values.isna().any() else float(values.sum())
            result.append(compare(AREA, f"Nilex {when}: publicerat totalt för {what} mot "
                                        "summan av cellerna", expected, actual, COUNT_TOLERANCE,
                                  note="" if values is not None else "saknas i nilex"))
    return result + _nilex_part_checks(rows_for(nilex, period))


def _nilex_part_checks(nilex: pd.DataFrame) -> list[Check]:
    """Per range that shorter ranges cover day by day (`tiling`), cell by cell (typ ×
    kanal): its tickets = the sum of theirs; one check per range, naming the cells that
    differ."""
    found: dict[tuple, list] = {}
    for _, cell in nilex.groupby(["typ", "kanal"], sort=False):
        counts = cell["antal"].astype("float64")
        for i in cell.index:
            parts = tiling(cell, i) or []
            if parts and not counts.loc[[i, *parts]].isna().any():
                key = (cell.loc[i, "from_date"], cell.loc[i, "to_date"], tuple(
                    range_text(cell.loc[p, "from_date"], cell.loc[p, "to_date"]) for p in parts))
                found.setdefault(key, []).append((f"{cell.loc[i, 'typ']}, {cell.loc[i, 'kanal']}",
                                                  counts[i], counts.loc[parts].sum()))
    compared: dict[tuple, set] = {}
    for (start, end, _), cells in found.items():
        compared.setdefault((start, end), set()).update(name for name, _, _ in cells)
    result = []
    for (start, end, parts), cells in found.items():
        differ = [f"{name} {fmt_number(whole)} mot {fmt_number(total)}"
                  for name, whole, total in cells if abs(whole - total) > COUNT_TOLERANCE]
        whole = in_range(nilex, start, end)
        left = [name for name in dict.fromkeys(whole["typ"].astype(str) + ", "
                                               + whole["kanal"].astype(str))
                if name not in compared[(start, end)]]
        note = "; ".join(differ + ([f"inte jämförda (saknas eller heter annat i en del): "
                                    f"{'; '.join(left)}"] if left else []))
        result.append(Check(AREA, f"Nilex {range_text(start, end)} = {' + '.join(parts)}, cell "
                            "för cell", float(sum(c[1] for c in cells)),
                            float(sum(c[2] for c in cells)), COUNT_TOLERANCE,
                            FAIL if differ else WARN if left else PASS, note))
    return result


def _wait_checks(row, what: str) -> list[Check]:
    """The mean wait at answer against the longest service level: a warning when the calls
    answered after it would have waited over MAX_TAIL_WAIT_S on average (`tail_wait_at_least`)."""
    limit = SERVICE_LEVELS[-1]
    mean, within = row["kotid_vid_svar"], row[f"inom_{limit}s"]
    if is_missing(mean) or is_missing(within):
        return []
    if not wait_misread(mean, within):
        return []
    tail = tail_wait_at_least(float(mean), float(within) / 100, limit)
    return [Check(AREA, f"{what}: kötid vid svar {fmt_duration(mean)} mot {as_written(within)} % "
                        f"inom {limit} s", f"övriga samtal högst {MAX_TAIL_WAIT_S // 60} min i snitt",
                  "fler än alla besvarade" if tail == float("inf") else
                  f"minst {fmt_number(tail / 60)} min i snitt", 0, WARN,
                  "de övriga samtalen skulle ha väntat över en timme; kontrollera om mm:ss har "
                  "lästs som tt:mm (00:21 sparat som 00:21:00 i ett kalkylprogram)")]


def _printed_rate_check(row, when: str, computed) -> Check:
    check = compare(AREA, f"Växel {row['kommun']} {when}: publicerad svarsprocent mot "
                          "besvarade / inkommande (hela procent)",
                    float(row["svarsprocent_publicerad"]), computed, 0, differ_status=WARN)
    if check.status == WARN and computed is not None:
        check = replace(check, note="rapporten visar den beräknade")
    return check


def _vaxel_checks(vaxel: pd.DataFrame, totals: pd.DataFrame, period: Period,
                  members=()) -> list[Check]:
    result = []
    rows = rows_for(vaxel, period)
    if not rows.empty and (gap := member_gap(rows, members)) is not None:
        span = range_text(min(rows["from_date"]), max(rows["to_date"]))
        result.append(Check(AREA, f"Växel {span}: en rad för varje medlem och dag",
                            "alla dagar", f"{gap[0]} saknar {gap[1].isoformat()}", 0, WARN,
                            "totalen för alla plattformar visas som uppgift saknas"))
    split = rows[rows["kommun"].notna()]
    idle = without_calls(split)
    for (_, row), rate in zip(split.iterrows(), svarsprocent(split), strict=True):
        when = range_text(row["from_date"], row["to_date"])
        if not is_missing(row["inkommande"]) and not is_missing(row["besvarade"]):
            ok = row["besvarade"] <= row["inkommande"]
            result.append(Check(AREA, f"Växel {row['kommun']} {when}: besvarade ≤ inkommande",
                                float(row["inkommande"]), float(row["besvarade"]), 0,
                                PASS if ok else FAIL))
        if not is_missing(row["svarsprocent_publicerad"]):
            computed = None if is_missing(rate) else round_half_away(rate * 100)
            if computed is None and idle[row.name]:   # 0 of 0 calls: nothing to compute
                printed = float(row["svarsprocent_publicerad"])
                result.append(Check(AREA, f"Växel {row['kommun']} {when}: publicerad svarsprocent "
                                          "utan inkommande samtal", 0.0, printed, 0,
                                    PASS if printed == 0 else WARN, "inga inkommande samtal"))
            else:
                result.append(_printed_rate_check(row, when, computed))
        result += _wait_checks(row, f"Växel {row['kommun']} {when}")
    for _, row in rows_for(totals, period).iterrows():
        start, end = row["from_date"], row["to_date"]
        which = "alla plattformar" if is_missing(row["plattform"]) else row["plattform"]
        actual = calls_within(vaxel, start, end, row["plattform"])
        result.append(compare(AREA, f"Växel {range_text(start, end)}, {which}: publicerat "
                                    "antal samtal mot summan av raderna",
                              float(row["inkommande"]),
                              None if is_missing(actual) else actual, COUNT_TOLERANCE))
    return result


def checks(ctx) -> list[Check]:
    """Parts add up to totals (OneX rows, Nilex rows and columns, switchboard totals),
    printed svarsprocent vs computed, and the 4 × quarter plausibility warning."""
    ds, period = ctx.dataset, ctx.period
    return (_onex_checks(rows_for(ds["onex"], period))
            + _nilex_checks(ds["nilex"], ds["nilex_totaler"], period)
            + _vaxel_checks(ds["vaxel"], ds["vaxel_totaler"], period,
                            kommun_names(ds["kommuner"])))
