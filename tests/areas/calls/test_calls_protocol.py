"""Calls' report protocol: the ticket sentence, the key figures with their status rules and
the checks, exact for 2023-12 (annual report 2023: 7 556 of 11 032 answered, 16 010
tickets, 55 795 switchboard calls). Fast: no notebook, no CLI.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import with_params, with_tables

from itvt_lib.areas import calls
from itvt_lib.core.checks import Check, KeyFigure

NAN = float("nan")


NB = "\u00a0"


D = date.fromisoformat


Q4, YEAR = "Herrljunga/Vårgårda Q4 2023", "Herrljunga/Vårgårda 2023"


def nilex_with_a_missing_cell(ctx):
    """TEST data: the Order / Handläggare/Telefon cell (3 in the annual report) empty."""
    nilex = ctx.dataset["nilex"].copy()
    nilex["antal"] = nilex["antal"].astype("float64")
    nilex.loc[(nilex["typ"] == "Order") & (nilex["kanal"] == "Handläggare/Telefon"),
              "antal"] = NAN
    return nilex


# ---------------------------------------------------------------- summary and key figures


def test_ticket_sentence_without_shares_when_a_cell_is_missing(ctx_2023):
    """The published total 16 010 stands; no channel share can be computed, so the sentence
    names no channel."""
    ctx = with_tables(ctx_2023, nilex=nilex_with_a_missing_cell(ctx_2023))
    result = calls.summary(ctx)
    assert result[2] == f"I ärendehanteringssystemet Nilex skapades 16{NB}010 ärenden under 2023."


RATE_RULE = f"grön vid ≥ 80,0{NB}%, gul vid ≥ 60,0{NB}%, röd därunder"


# Annual report 2023: 7 556 of 11 032 answered (68,5 %: yellow by params/defaults.yaml,
# green from 80 %, yellow from 60 %), 16 010 tickets, 55 795 switchboard calls
KEY_FIGURES_2023 = [
    KeyFigure("Svarsfrekvens servicedesk (2023)", 7556 / 11032, "%", "yellow", RATE_RULE,
              decimals=1),
    KeyFigure("Inkommande samtal servicedesk (2023)", 11032.0, "samtal"),
    KeyFigure("Ärenden i Nilex (2023)", 16010.0, "ärenden"),
    KeyFigure("Samtal i växeln (2023)", 55795.0, "samtal"),
]


@pytest.mark.parametrize(("fixture", "expected"), [
    ("ctx_2023", KEY_FIGURES_2023),
    ("ctx_2024", []),             # the monthly report 2024-02 has no call figures
])
def test_key_figures_exact(request, fixture, expected):
    assert calls.key_figures(request.getfixturevalue(fixture)) == expected


def test_key_figures_default_rule_without_parameters(ctx_2023):
    """Parameters without status.svarsfrekvens: the defaults 80 % / 60 % apply."""
    assert calls.key_figures(with_params(ctx_2023, status={})) == KEY_FIGURES_2023


def test_key_figures_tickets_missing_when_the_total_is_unknown(ctx_2023):
    """TEST data: a missing cell and no published grand total: the ticket count is missing
    (None), not a smaller number."""
    totals = ctx_2023.dataset["nilex_totaler"]
    ctx = with_tables(ctx_2023, nilex=nilex_with_a_missing_cell(ctx_2023),
                      nilex_totaler=totals[totals["typ"].notna() | totals["kanal"].notna()])
    result = {f.name: f.value for f in calls.key_figures(ctx)}
    assert result["Ärenden i Nilex (2023)"] is None


def check(description, expected, actual, status="pass", note="") -> Check:
    return Check(calls.AREA, description, expected, actual, 0, status, note)


PARTS = "inkommande = besvarade + missade + overflow vid öppet + overflow vid stängt"


PAIR = f"OneX: raden {YEAR} är räknad för helåret, inte fyra gånger raden {Q4}"
COUNTED, SCALED = "räknad för helåret", "fyra gånger kvartalet"


NILEX = "Nilex 2023-01-01–2023-12-31: publicerat totalt för {} mot summan av cellerna"


SPAN = "2023-09-26–2023-12-31"


RATE = "publicerad svarsprocent mot besvarade / inkommande (hela procent)"


PLATFORM = "Växel {}, {}: publicerat antal samtal mot summan av raderna"


# ---------------------------------------------------------------- checks


def test_checks_2023_exact(ctx_2023):
    """The annual report's figures add up: OneX parts (2 758 and 11 032), Nilex rows,
    columns and total (13 385, 2 392, 233; 5 493, 5 817, 4 700; 16 010), the switchboard
    (3 307 ≤ 3 603 at 92 %, 4 921 ≤ 5 392 at 91 %; 8 995 on Telenor, 55 795 in all); the
    year row is exactly 4 × Q4 in every count with equal queue times: a warning."""
    expected = [
        check(f"OneX {Q4}: {PARTS}", 2758.0, 2758.0),
        check(f"OneX {YEAR}: {PARTS}", 11032.0, 11032.0),
        check(PAIR, COUNTED, SCALED, "warn",
              "Varje antal är exakt fyra gånger kvartalets och kötiderna är desamma: raden "
              "ser uppräknad ut, inte räknad."),
        check(NILEX.format("raden Service Desk"), 13385.0, 13385.0),
        check(NILEX.format("raden Order"), 2392.0, 2392.0),
        check(NILEX.format("raden 3RD Line"), 233.0, 233.0),
        check(NILEX.format("kolumnen E-post"), 5493.0, 5493.0),
        check(NILEX.format("kolumnen Selfserviceportal"), 5817.0, 5817.0),
        check(NILEX.format("kolumnen Handläggare/Telefon"), 4700.0, 4700.0),
        check(NILEX.format("alla ärenden"), 16010.0, 16010.0),
        check(f"Växel Herrljunga {SPAN}: besvarade ≤ inkommande", 3603.0, 3307.0),
        check(f"Växel Herrljunga {SPAN}: {RATE}", 92.0, 92.0),
        check(f"Växel Vårgårda {SPAN}: besvarade ≤ inkommande", 5392.0, 4921.0),
        check(f"Växel Vårgårda {SPAN}: {RATE}", 91.0, 91.0),
        check(PLATFORM.format(SPAN, "Telenor"), 8995.0, 8995.0),
        check(PLATFORM.format("2023-01-01–2023-12-31", "alla plattformar"), 55795.0, 55795.0),
    ]
    assert calls.checks(ctx_2023) == expected


def test_checks_year_row_counted_passes(ctx_2023):
    """TEST data: one call moved from missade to besvarade in the year row: it still adds
    up to 11 032 but is no longer 4 × Q4, so the pair passes."""
    onex = ctx_2023.dataset["onex"].copy()
    year = onex["label"] == YEAR
    onex.loc[year, "besvarade"] = 7557
    onex.loc[year, "missade"] = 1987
    result = [c for c in calls.checks(with_tables(ctx_2023, onex=onex))
              if c.description.startswith("OneX")]
    assert result == [check(f"OneX {Q4}: {PARTS}", 2758.0, 2758.0),
                      check(f"OneX {YEAR}: {PARTS}", 11032.0, 11032.0),
                      check(PAIR, COUNTED, COUNTED)]


def test_checks_published_total_without_cells(ctx_2023):
    """TEST data: published totals for a typ and a kanal that nilex does not have."""
    totals = ctx_2023.dataset["nilex_totaler"]
    extra = pd.DataFrame({"from_date": [D("2023-01-01")] * 2, "to_date": [D("2023-12-31")] * 2,
                          "typ": ["Okänd", None], "kanal": [None, "Fax"], "antal": [5, 7]})
    ctx = with_tables(ctx_2023, nilex_totaler=pd.concat([totals, extra], ignore_index=True))
    result = [c for c in calls.checks(ctx) if c.description.startswith("Nilex")
              and c.status != "pass"]
    assert result == [check(NILEX.format("raden Okänd"), 5.0, None, "warn", "saknas i nilex"),
                      check(NILEX.format("kolumnen Fax"), 7.0, None, "warn", "saknas i nilex")]


def test_checks_printed_svarsprocent_differing_names_the_shown_one(ctx_2023):
    """TEST data: Herrljunga's printed svarsprocent 93 against 3 307 / 3 603 = 91,8 → 92."""
    vaxel = ctx_2023.dataset["vaxel"].copy()
    vaxel.loc[vaxel["kommun"] == "Herrljunga", "svarsprocent_publicerad"] = 93.0
    result = [c for c in calls.checks(with_tables(ctx_2023, vaxel=vaxel))
              if c.description.startswith("Växel") and c.status != "pass"]
    assert result == [check(f"Växel Herrljunga {SPAN}: {RATE}", 93.0, 92.0, "warn",
                            "rapporten visar den beräknade")]


def test_checks_platform_total_counts_its_platform_only(ctx_2023):
    """TEST data: 10 Trio calls on 2023-09-26–30, inside the Telenor total's range: the
    Telenor total (8 995) still adds up; the total for all platforms does not (55 805)."""
    vaxel = ctx_2023.dataset["vaxel"]
    extra = pd.DataFrame({"from_date": [D("2023-09-26")], "to_date": [D("2023-09-30")],
                          "kommun": [None], "plattform": ["Trio"], "inkommande": [10]})
    ctx = with_tables(ctx_2023, vaxel=pd.concat([vaxel, extra], ignore_index=True))
    result = [c for c in calls.checks(ctx) if c.description.endswith("summan av raderna")]
    assert result == [
        check(PLATFORM.format(SPAN, "Telenor"), 8995.0, 8995.0),
        check(PLATFORM.format("2023-01-01–2023-12-31", "alla plattformar"), 55795.0, 55805.0,
              "fail"),
    ]
