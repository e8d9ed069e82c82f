"""Allocation between the municipalities: keys, drift, surplus/deficit (the financing
models are tested in test_financing.py).

Reference figures come from the source (annual report 2023, monthly report 2024-02,
surplus/deficit handling 2023) or are derived by the rule named in each test.
Figures for a third or fourth kommun, and every custom or fixed key, are TEST data.
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from conftest import execute_notebook, notebook_text, sv, with_params

from itvt_lib import areas as report
from itvt_lib.areas import allocation, load_dataset
from itvt_lib.core.checks import contradictions_of
from itvt_lib.core.context import ReportContext
from itvt_lib.core.errors import DataError

NBSP, MINUS = "\u00a0", "\u2212"
KOMMUNER = ["Herrljunga", "Vårgårda"]


def write(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def append(path, text: str) -> None:
    with open(path, "a", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------- keys and rounding

def test_key_date_is_first_november_two_years_before():
    assert allocation.key_date(2024) == date(2022, 11, 1)
    assert allocation.key_date(2023) == date(2021, 11, 1)


@pytest.mark.parametrize("decimals, expected", [
    (1, [0.439, 0.561]),     # 9 510 / 21 686 = 43,853 % -> 43,9 (as the source)
    (0, [0.44, 0.56]),
    (2, [0.4385, 0.5615]),
    (3, [0.43853, 0.56147]),
])
def test_population_shares_rounded_to_decimals(decimals, expected):
    weights = pd.Series([9510, 12176], index=KOMMUNER)
    result = allocation.shares_from_weights(weights, decimals)
    pd.testing.assert_series_equal(result, pd.Series(expected, index=KOMMUNER))


@pytest.mark.parametrize("shares, decimals, expected", [
    # three equal members: 33,333.. each; the remaining 0,1 goes to the first (ties in order)
    ([1 / 3, 1 / 3, 1 / 3], 1, [0.334, 0.333, 0.333]),
    # plain half-away rounding would give 33,4 + 33,4 + 33,3 = 100,1 %
    ([0.3335, 0.3335, 0.333], 1, [0.334, 0.333, 0.333]),
    # 20,16 + 30,17 + 49,67: floors sum to 99, the largest remainder (,67) gets the unit
    ([0.2016, 0.3017, 0.4967], 0, [0.20, 0.30, 0.50]),
    # units 101,6 / 101,6 / 101,7 / 695,1: floors sum to 998; the two missing units go to
    # the largest remainder (,7) and, of the tied ,6, to the first in order
    ([0.1016, 0.1016, 0.1017, 0.6951], 1, [0.102, 0.101, 0.102, 0.695]),
    # seven equal members, whole percent: 7 x 14 = 98, the first two get one more
    ([1 / 7] * 7, 0, [0.15, 0.15, 0.14, 0.14, 0.14, 0.14, 0.14]),
])
def test_round_shares_largest_remainder(shares, decimals, expected):
    index = [f"K{i}" for i in range(len(shares))]
    result = allocation.round_shares(pd.Series(shares, index=index), decimals)
    pd.testing.assert_series_equal(result, pd.Series(expected, index=index))


@pytest.mark.parametrize("decimals", [0, 1, 2, 3])
@pytest.mark.parametrize("weights", [
    [9510, 12176, 7001],
    [1, 1, 1, 1, 1, 1],
    [12345, 6789, 2468, 1357, 999],
    [0.29, 0.58, 0.13],
])
def test_rounded_shares_always_sum_to_exactly_100(weights, decimals):
    result = allocation.shares_from_weights(pd.Series(weights, dtype=float), decimals)
    units = (result * 10 ** (2 + decimals)).round(6)
    assert units.sum() == 10 ** (2 + decimals)
    # every rounded share is within one unit of the exact share
    exact = pd.Series(weights, dtype=float) / sum(weights)
    assert ((result - exact).abs() <= 10 ** -(2 + decimals) + 1e-12).all()


def test_shares_missing_when_a_weight_is_missing_or_all_zero():
    assert allocation.shares_from_weights(pd.Series([1.0, float("nan")])).isna().all()
    assert allocation.shares_from_weights(pd.Series([0.0, 0.0])).isna().all()


def befolkning_frame(rows):
    return pd.DataFrame(rows, columns=["key_date", "kommun", "invanare", "andel_procent",
                                       "source"])


def test_population_key_from_counts_and_from_stated_shares():
    frame = befolkning_frame([
        (date(2021, 11, 1), "Herrljunga", 9510, None, "s"),
        (date(2021, 11, 1), "Vårgårda", 12176, None, "s"),
        (date(2022, 11, 1), "Herrljunga", None, 43.6, "s"),
        (date(2022, 11, 1), "Vårgårda", None, 56.4, "s"),
    ])
    pd.testing.assert_series_equal(allocation.befolkning_key(frame, KOMMUNER, 2023),
                                   pd.Series([0.439, 0.561], index=KOMMUNER))
    pd.testing.assert_series_equal(allocation.befolkning_key(frame, KOMMUNER, 2024),
                                   pd.Series([0.436, 0.564], index=KOMMUNER))
    # stated shares with fewer decimals asked for: 43,6 -> 44, 56,4 -> 56
    pd.testing.assert_series_equal(allocation.befolkning_key(frame, KOMMUNER, 2024, 0),
                                   pd.Series([0.44, 0.56], index=KOMMUNER))
    # no key for 2025 (no population on 2023-11-01): missing, not an error
    assert allocation.befolkning_key(frame, KOMMUNER, 2025).isna().all()
    assert not allocation.has_key(frame, KOMMUNER, 2025)
    # a key without a row for one member is incomplete
    assert not allocation.has_key(frame, [*KOMMUNER, "Tredje"], 2024)


@pytest.mark.parametrize("budget, expected", [
    ([9178, 9793], [0.484, 0.516]),     # 2024 after tillägg: 9 178 / 18 971 = 48,4 %
    ([12480, 13730], [0.476, 0.524]),   # 2023: 12 480 / 26 210 = 47,6 %
])
def test_budget_shares(budget, expected):
    result = allocation.budget_shares(pd.Series(budget, index=KOMMUNER, dtype=float))
    pd.testing.assert_series_equal(result, pd.Series(expected, index=KOMMUNER))


def test_equal_shares_three_members():
    result = allocation.equal_shares(["A", "B", "C"])
    pd.testing.assert_series_equal(result, pd.Series([0.334, 0.333, 0.333], index=["A", "B", "C"]))


# ---------------------------------------------------------------- allocation and drift

def test_split_net_cost_joint_and_kommunspecifika():
    centres = pd.DataFrame({"kostnadsstalle": ["IT", "Växel", "Eget A", "Eget B"],
                            "kommun": [None, None, "A", "B"], "ordning": [1, 2, 3, 4]})
    items = pd.Series({"IT": 100.0, "Växel": 20.0, "Eget A": 5.0, "Eget B": 0.0})
    joint, specific = allocation.split_net_cost(items, centres, ["A", "B", "C"])
    assert joint == 120.0
    pd.testing.assert_series_equal(specific, pd.Series([5.0, 0.0, 0.0], index=["A", "B", "C"]))
    # a missing joint item makes the joint cost missing (not a smaller number)
    joint, _ = allocation.split_net_cost(items.replace(20.0, float("nan")), centres, ["A", "B"])
    assert joint != joint


def test_allocated_cost_and_drift_2024_prognos():
    """18 971 × 43,6 % = 8 271,356; 9 178 − 8 271,356 = +906,644 (shown +907)."""
    key = pd.Series([0.436, 0.564], index=KOMMUNER)
    budget = pd.Series([9178.0, 9793.0], index=KOMMUNER)
    cost = allocation.allocate(18971.0, pd.Series(0.0, index=KOMMUNER), key)
    pd.testing.assert_series_equal(cost, pd.Series([8271.356, 10699.644], index=KOMMUNER))
    result = allocation.drift(budget, cost)
    pd.testing.assert_series_equal(result, pd.Series([906.644, -906.644], index=KOMMUNER),
                                   atol=1e-9)


def test_kommunspecifika_added_to_the_owner_only():
    """2021-like: joint 16 094 shared by a key, own costs 436 / 3 192 on top."""
    key = pd.Series([0.5, 0.5], index=KOMMUNER)
    specific = pd.Series([436.0, 3192.0], index=KOMMUNER)
    result = allocation.allocate(16094.0, specific, key)
    pd.testing.assert_series_equal(result, pd.Series([8047.0 + 436, 8047.0 + 3192],
                                                     index=KOMMUNER))


def test_neutral_budget_removes_the_drift():
    key = pd.Series([0.436, 0.564], index=KOMMUNER)
    budget = pd.Series([9178.0, 9793.0], index=KOMMUNER)
    result = allocation.neutral_budget(budget, 18971.0, pd.Series(0.0, index=KOMMUNER), key)
    expected = pd.DataFrame({"Budget": [9178.0, 9793.0],
                             "Budget enligt nyckeln": [8271.356, 10699.644],
                             "Förändring": [-906.644, 906.644]}, index=KOMMUNER)
    pd.testing.assert_frame_equal(result, expected, atol=1e-9)
    # with that budget, the prognos on budget leaves no drift
    cost = allocation.allocate(18971.0, pd.Series(0.0, index=KOMMUNER), key)
    assert allocation.drift(result["Budget enligt nyckeln"], cost).abs().max() < 1e-9


# ---------------------------------------------------------------- surplus / deficit

def fund_frame(rows):
    return pd.DataFrame(rows, columns=["year", "kommun", "ib", "beslut", "status", "source"])


def results_frame(rows):
    return pd.DataFrame(rows, columns=["year", "kommun", "resultat"])


def test_surplus_deficit_write_off_sets_next_ib_to_zero():
    fund = fund_frame([(2023, "Herrljunga", 0.0, "avskrivning", "forslag", None),
                       (2023, "Vårgårda", 0.0, "avskrivning", "forslag", None)])
    results = results_frame([(2023, "Herrljunga", 878.0), (2023, "Vårgårda", -1097.0)])
    result = allocation.surplus_deficit(fund, results, KOMMUNER, 2023)
    pd.testing.assert_series_equal(result["UB"], pd.Series([878.0, -1097.0], index=KOMMUNER),
                                   check_names=False)
    pd.testing.assert_series_equal(result["IB nästa år"], pd.Series([0.0, 0.0], index=KOMMUNER),
                                   check_names=False)
    # the next year derives its IB from that decision
    nxt = allocation.surplus_deficit(fund, results_frame([(2024, "Herrljunga", 10.0),
                                                          (2024, "Vårgårda", -5.0)]),
                                     KOMMUNER, 2024)
    pd.testing.assert_series_equal(nxt["IB"], pd.Series([0.0, 0.0], index=KOMMUNER),
                                   check_names=False)
    pd.testing.assert_series_equal(nxt["UB"], pd.Series([10.0, -5.0], index=KOMMUNER),
                                   check_names=False)


def test_surplus_deficit_transfer_carries_ub_forward_and_no_decision_is_missing():
    fund = fund_frame([(2023, "Herrljunga", 100.0, "overforing", "beslutat", None),
                       (2023, "Vårgårda", -50.0, None, None, None)])
    results = results_frame([(2023, "Herrljunga", 878.0), (2023, "Vårgårda", -1097.0),
                             (2024, "Herrljunga", 1.0), (2024, "Vårgårda", 2.0)])
    result = allocation.surplus_deficit(fund, results, KOMMUNER, 2023)
    assert result.loc["Herrljunga", "UB"] == 978.0      # IB 100 + 878
    assert result.loc["Herrljunga", "IB nästa år"] == 978.0
    assert pd.isna(result.loc["Vårgårda", "IB nästa år"])
    nxt = allocation.surplus_deficit(fund, results, KOMMUNER, 2024)
    assert nxt.loc["Herrljunga", "UB"] == 979.0
    assert pd.isna(nxt.loc["Vårgårda", "IB"])


@pytest.mark.parametrize("decision, status, expected", [
    ("avskrivning", "forslag", "Avskrivning (förslag)"),
    ("overforing", "beslutat", "Överföring"),
    (None, None, "–"),
])
def test_decision_text(decision, status, expected):
    assert allocation.decision_text(decision, status) == expected


# ---------------------------------------------------------------- the embedded data

def test_2023_key_budget_shares_and_outcome(ctx_2023):
    table = allocation.allocation_for(ctx_2023)
    pd.testing.assert_series_equal(table["Befolkningsandel"],
                                   pd.Series([0.439, 0.561], index=KOMMUNER), check_names=False)
    pd.testing.assert_series_equal(table["Budgetandel"],
                                   pd.Series([0.476, 0.524], index=KOMMUNER), check_names=False)
    # recomputed: 26 430 × 43,9 % = 11 602,77; 12 480 − 11 602,77 = 877,23
    pd.testing.assert_series_equal(table["Kostnad"], pd.Series([11602.77, 14827.23], index=KOMMUNER),
                                   check_names=False)
    pd.testing.assert_series_equal(table["Avvikelse"], pd.Series([877.23, -1097.23], index=KOMMUNER),
                                   check_names=False)


def test_2023_statement_shows_figures_of_record(ctx_2023):
    result = allocation.kommun_statement(ctx_2023)
    expected = pd.DataFrame({
        "Bokslut 2021": [7554.0, 12168.0, 19722.0],
        "Bokslut 2022": [10229.0, 13041.0, 23270.0],
        "Budget 2023": [12480.0, 13730.0, 26210.0],
        "Utfall 2023": [11603.0, 14827.0, 26430.0],
        "Avvikelse": [878.0, -1097.0, -219.0],
    }, index=[*KOMMUNER, "Summa SeN IT"])
    pd.testing.assert_frame_equal(result, expected)


def test_2023_recomputed_result_is_an_avrundningsdifferens(ctx_2023):
    checks = {c.description: c for c in allocation.checks(ctx_2023)}
    check = checks["Herrljunga resultat 2023: fastställt bokslut mot beräknat med nyckeln"]
    assert (check.expected, round(check.actual, 2), check.status) == (878.0, 877.23, "pass")
    assert check.note == "avrundningsdifferens"
    check = checks["Vårgårda nettokostnad 2023: fastställt bokslut mot beräknat med nyckeln"]
    assert (check.expected, round(check.actual, 2), check.status) == (14827.0, 14827.23, "pass")


def test_2023_surplus_deficit_and_write_off(ctx_2023):
    result = allocation.surplus_deficit_for(ctx_2023)
    expected = pd.DataFrame({
        "IB 2023": [0.0, 0.0, 0.0],
        "Årets resultat": [878.0, -1097.0, -219.0],
        "UB 2023": [878.0, -1097.0, -219.0],
        "Beslut": ["Avskrivning (förslag)", "Avskrivning (förslag)", ""],
        "IB 2024": [0.0, 0.0, 0.0],
        # the write-off is only proposed: IB 2024 rests on it, and says so beside it
        "IB 2024, förutsättning": ["förutsatt beslut om avskrivning"] * 2 + [""],
    }, index=[*KOMMUNER, "Totalt"])
    pd.testing.assert_frame_equal(result, expected)


def test_2024_key_shares_prognos_and_drift(ctx_2024):
    table = allocation.allocation_for(ctx_2024)
    pd.testing.assert_series_equal(table["Befolkningsandel"],
                                   pd.Series([0.436, 0.564], index=KOMMUNER), check_names=False)
    pd.testing.assert_series_equal(table["Budgetandel"],
                                   pd.Series([0.484, 0.516], index=KOMMUNER), check_names=False)
    result = table[["Budget", "Kostnad", "Avvikelse"]].map(lambda v: round(v, 3))
    expected = pd.DataFrame({"Budget": [9178.0, 9793.0], "Kostnad": [8271.356, 10699.644],
                             "Avvikelse": [906.644, -906.644]}, index=KOMMUNER)
    pd.testing.assert_frame_equal(result, expected, check_names=False)


def test_2024_statement_as_in_the_source_with_recomputed_prognos(ctx_2024):
    # the prognos split by the key is balanced by largest remainder to whole tkr
    # (8 271,356 + 10 699,644 = 18 971 → 8 271 + 10 700), and the avvikelse is the
    # difference between displayed amounts (9 178 − 8 271 = 907)
    result = allocation.kommun_statement(ctx_2024).round(3)
    expected = pd.DataFrame({
        "Bokslut 2023": [11603.0, 14827.0, 26430.0],
        "Urspr. budget 2024": [9178.0, 9817.0, 18995.0],
        "Tillägg 2024": [0.0, -24.0, -24.0],
        "Budget 2024": [9178.0, 9793.0, 18971.0],
        "Prognos 2024": [8271.0, 10700.0, 18971.0],
        "Avvikelse helår": [907.0, -907.0, 0.0],
    }, index=[*KOMMUNER, "Summa SeN IT"])
    pd.testing.assert_frame_equal(result, expected)


def test_2024_published_split_is_flagged(ctx_2024):
    published = [c for c in allocation.checks(ctx_2024) if c.area.endswith("publicerade siffror")]
    result = {(c.description.split(": ")[1], c.expected): (round(c.actual), c.status)
              for c in published}
    assert result[("Herrljunga, prognos 2024", 7878.0)] == (8271, "warn")
    assert result[("Vårgårda, prognos 2024", 11093.0)] == (10700, "warn")
    assert result[("Herrljunga, avvikelse 2024", 1300.0)] == (907, "warn")


def test_2023_published_sign_of_summa_is_flagged(ctx_2023):
    published = [c for c in allocation.checks(ctx_2023) if c.area.endswith("publicerade siffror")]
    assert [(c.expected, c.actual, c.status) for c in published] == [(-26430.0, 26430.0, "warn")]


@pytest.mark.parametrize("fixture", ["ctx_2023", "ctx_2024"])
def test_split_checks_pass(fixture, request):
    ctx = request.getfixturevalue(fixture)
    checks = [c for c in allocation.checks(ctx) if "publicerade" not in c.area
              and c.area != contradictions_of(allocation.AREA)]
    assert checks and all(c.status == "pass" for c in checks), \
        [c for c in checks if c.status != "pass"]
    descriptions = " | ".join(c.description for c in checks)
    for part in ("Fördelningsnyckeln", "summerar till 100 %", "Kommunbidrag per kommun",
                 "Fördelad kostnad summerar", "fastställt bokslut mot beräknat", "IB 2023"):
        assert part in descriptions


def test_record_sum_checks_name_what_they_sum_to(ctx_2023):
    """Each closed year's per-kommun record sums to the committee's figure of that name
    (2021–2023 nettokostnad, 2023 resultat: the years bokslut_totaler.csv splits)."""
    result = [c.description for c in allocation.checks(ctx_2023)
              if "per kommun (fastställt bokslut)" in c.description]
    expected = [f"Nettokostnad {y} per kommun (fastställt bokslut) summerar till nämndens "
                "nettokostnad" for y in (2021, 2022, 2023)] + [
        "Resultat 2023 per kommun (fastställt bokslut) summerar till nämndens resultat"]
    assert sorted(result) == sorted(expected)


def test_kommunbidrag_split_that_does_not_add_up_fails(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    write(path, path.read_text(encoding="utf-8").replace("2024,,tillagg,Vårgårda,-24",
                                                         "2024,,tillagg,Vårgårda,-34"))
    ctx = report.open_report("2024-02", data_dir=data_dir)
    check = next(c for c in allocation.checks(ctx) if "budget 2024" in c.description)
    assert (check.expected, check.actual, check.status) == (18971.0, 18961.0, "fail")


def test_history_keeps_missing_as_missing(ctx_2024):
    result = allocation.history_for(ctx_2024).set_index(["År", "Kommun"])
    assert result.loc[("2021", "Herrljunga"), "Utfall/prognos"] == 7554.0
    assert pd.isna(result.loc[("2021", "Herrljunga"), "Budget"])
    assert pd.isna(result.loc[("2022", "Vårgårda"), "Befolkningsandel"])
    assert result.loc[("2023", "Vårgårda"), "Avvikelse"] == -1097.0
    assert result.loc[("2024", "Vårgårda"), "Utfall/prognos"] == 10700.0   # 10 699,644 as shown
    assert result.loc[("2024", "Vårgårda"), "Avser"] == "prognos 2024-02"


def test_summary_and_explanation_sentences(ctx_2024, ctx_2023):
    summary = allocation.summary(ctx_2024)
    assert summary[0] == ("Prognosen för 2024 ger en avvikelse mot budget på "
                          f"+907{NBSP}tkr för Herrljunga och {MINUS}907{NBSP}tkr för Vårgårda.")
    expected = ("Det innebär att Herrljunga har en större budget än vad man procentuellt ska "
                "betala för gemensamma kostnader och Vårgårda har lägre budget än den "
                "procentuella befolkningsandelen.")
    assert expected in summary
    explanation = allocation.explanation(ctx_2024)
    assert expected in explanation
    assert (f"vilket innebär en fördelning om 43,6{NBSP}% till Herrljunga och "
            f"56,4{NBSP}% till Vårgårda.") in explanation[1]
    assert "befolkningsantalet per 1/11 2022" in explanation[1]
    assert explanation[-1] == (f"En budget fördelad efter befolkningsandelen skulle ge Herrljunga "
                               f"8{NBSP}271{NBSP}tkr ({MINUS}907{NBSP}tkr) och Vårgårda "
                               f"10{NBSP}700{NBSP}tkr (+907{NBSP}tkr).")
    summary = allocation.summary(ctx_2023)
    assert summary[0].startswith(f"Utfallet 2023 ger ett resultat per kommun på +878{NBSP}tkr")
    assert "föreslår att respektive kommun ska skriva av 2023 års" in summary[-1]


def test_explanation_when_budget_follows_the_key(ctx_2024):
    """TEST data: a budget split 43,6/56,4 leaves nothing to explain by the key."""
    ds = ctx_2024.dataset
    kb = ds["kommunbidrag_kommun"].copy()
    kb.loc[(kb["year"] == 2024) & (kb["measure"] == "ursprunglig_budget"), "belopp"] = \
        [8271.356, 10723.644]
    changed = type(ds)(ds.data_dir, {**ds.tables, "kommunbidrag_kommun": kb}, ds.locations)
    ctx = ReportContext(ctx_2024.period, changed, ctx_2024.params, ds.data_dir)
    lines = allocation.explanation(ctx)
    assert ("Det innebär att Herrljunga har en budget som motsvarar befolkningsandelen och "
            "Vårgårda har en budget som motsvarar befolkningsandelen.") in lines
    assert not any(line.startswith("Avvikelsen på helår") for line in lines)


@pytest.mark.parametrize("yellow, expected", [(0.05, "red"), (0.10, "yellow")])
def test_key_figures_drift_status_from_params(ctx_2024, yellow, expected):
    """|907| is 9,9 % of Herrljunga's 9 178: red beyond 5 %, yellow within 10 %."""
    ctx = with_params(ctx_2024, status={"drift": {"green_within_share_of_budget": 0.01,
                                                  "yellow_within_share_of_budget": yellow}})
    figures = allocation.key_figures(ctx)
    assert [f.name for f in figures] == ["Avvikelse Herrljunga (prognos 2024)",
                                         "Avvikelse Vårgårda (prognos 2024)"]
    assert [round(f.value) for f in figures] == [907, -907]
    assert [f.status for f in figures] == [expected, expected]


def test_share_decimals_parameter_changes_the_key():
    ctx = report.open_report("2023-12", overrides={"share_decimals": 2})
    key = allocation.key_for(ctx)
    pd.testing.assert_series_equal(key, pd.Series([0.4385, 0.5615], index=KOMMUNER),
                                   check_names=False)
    ctx = report.open_report("2023-12", overrides={"share_decimals": 0})
    assert allocation.key_for(ctx).tolist() == [0.44, 0.56]


# ---------------------------------------------------------------- bad input

GOOD_KEY_2022 = ("2022-11-01,Herrljunga,,43.6,src\n"
                 "2022-11-01,Vårgårda,,56.4,src\n")
HEADER = "key_date,kommun,invanare,andel_procent,source\n"
KEY_2021 = "2021-11-01,Herrljunga,9510,,src\n2021-11-01,Vårgårda,12176,,src\n"


@pytest.mark.parametrize("rows, message", [
    (KEY_2021 + "2022-11-01,Herrljunga,,43.6,src\n2022-11-01,Vårgårda,,56.0,src\n",
     r"befolkning\.csv:5: andel_procent: andelarna 2022-11-01 summerar till 99,6 %, inte 100"),
    (KEY_2021 + "2022-11-01,Herrljunga,,43.6,src\n2022-11-01,Vårgårda,,56.6,src\n",
     r"befolkning\.csv:5: andel_procent: andelarna 2022-11-01 summerar till 100,2 %"),
    (KEY_2021 + "2022-11-01,Herrljunga,9000,43.6,src\n2022-11-01,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:4: invanare: fyll i antingen invanare eller andel_procent \(båda är ifyllda\)"),
    (KEY_2021 + "2022-11-01,Herrljunga,,,src\n2022-11-01,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:4: invanare: fyll i antingen .* \(ingen är ifylld\)"),
    (KEY_2021 + "2022-11-01,Herrljunga,9000,,src\n2022-11-01,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:5: andel_procent: 2022-11-01 blandar antal"),
    (KEY_2021 + GOOD_KEY_2022 + "2022-11-01,Alingsås,,0,src\n",
     r'befolkning\.csv:6: kommun: "Alingsås" finns inte i kommuner'),
    (KEY_2021 + "2022-10-31,Herrljunga,,43.6,src\n2022-10-31,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:4: key_date: 2022-10-31 är inte 1 november"),
    (KEY_2021 + "2022-11-01,Herrljunga,,143.6,src\n2022-11-01,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:4: andel_procent: 143\.6 är större än det största tillåtna, 100"),
    (KEY_2021 + GOOD_KEY_2022 + "2022-11-01,Vårgårda,,56.4,src\n",
     r"befolkning\.csv:6: key_date, kommun: nyckeln"),
])
def test_bad_population_file(data_dir, rows, message):
    write(data_dir / "befolkning.csv", HEADER + rows)
    with pytest.raises(DataError, match=message) as info:
        load_dataset(data_dir)
    assert info.value.exit_code == 2
    assert "\n" not in str(info.value)


def test_stated_shares_within_tolerance_are_accepted(data_dir):
    write(data_dir / "befolkning.csv", HEADER + KEY_2021 +
          "2022-11-01,Herrljunga,,43.6,src\n2022-11-01,Vårgårda,,56.45,src\n")
    ctx = report.open_report("2024-02", data_dir=data_dir)
    assert allocation.key_for(ctx).tolist() == [0.436, 0.564]


def test_missing_key_for_the_reports_year_is_bad_input(data_dir):
    write(data_dir / "befolkning.csv", HEADER + KEY_2021)
    with pytest.raises(DataError, match=r"befolkning\.csv: fördelningsnyckel saknas för 2024: lägg till "
                                        r"befolkningen 2022-11-01") as info:
        report.open_report("2024-02", data_dir=data_dir)
    assert info.value.exit_code == 2
    # the year-end 2023 report has its key and runs
    ctx = report.open_report("2023-12", data_dir=data_dir)
    assert allocation.key_for(ctx).tolist() == [0.439, 0.561]


def test_incomplete_key_for_the_reports_year_is_bad_input(data_dir):
    write(data_dir / "befolkning.csv", HEADER + KEY_2021 + "2022-11-01,Herrljunga,,100,src\n")
    with pytest.raises(DataError, match="fördelningsnyckeln för 2024 .2022-11-01. saknar en rad för "
                                        "Vårgårda"):
        report.open_report("2024-02", data_dir=data_dir)


def test_missing_key_for_an_earlier_year_is_shown_as_missing(data_dir):
    write(data_dir / "befolkning.csv", HEADER + GOOD_KEY_2022)
    ctx = report.open_report("2024-02", data_dir=data_dir)
    history = allocation.history_for(ctx).set_index(["År", "Kommun"])
    assert pd.isna(history.loc[("2023", "Herrljunga"), "Befolkningsandel"])
    assert history.loc[("2023", "Herrljunga"), "Utfall/prognos"] == 11603.0   # of record
    descriptions = [c.description for c in allocation.checks(ctx)]
    assert not any("fastställt bokslut mot beräknat" in d for d in descriptions)


@pytest.mark.parametrize("table, row, message", [
    ("kommunbidrag_kommun", "2024,,tillagg,Alingsås,5\n",
     r'kommunbidrag_kommun\.csv:8: kommun: "Alingsås" finns inte i kommuner'),
    ("kommunbidrag_kommun", "2025,2025-02,budget,Herrljunga,5\n",
     r"kommunbidrag_kommun\.csv:8: period: budget gäller hela året"),
    ("resultatfond", "2024,Alingsås,-,,,\n",
     r'resultatfond\.csv:6: kommun: "Alingsås" finns inte i kommuner'),
    ("resultatfond", "2024,Herrljunga,-,avskrivning,,\n",
     r"resultatfond\.csv:6: status: beslut och status hör ihop"),
    ("resultatfond", "2024,Herrljunga,-,skrivs_av,forslag,\n",
     r'resultatfond\.csv:6: beslut: "skrivs_av" är inget av overforing, avskrivning'),
    ("bokslut_totaler", "2023,resultat,Alingsås,5\n",
     r'bokslut_totaler\.csv:\d+: kommun: "Alingsås" finns inte i kommuner'),
])
def test_bad_rows_in_allocation_tables(data_dir, table, row, message):
    append(data_dir / f"{table}.csv", row)
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


def test_missing_allocation_file(data_dir):
    (data_dir / "kommunbidrag_kommun.csv").unlink()
    with pytest.raises(DataError, match=r"kommunbidrag_kommun\.csv: filen saknas"):
        load_dataset(data_dir)


def test_no_budget_per_kommun_means_no_data(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    write(path, "\n".join(line for line in lines if not line.startswith("2024")) + "\n")
    ctx = report.open_report("2024-02", data_dir=data_dir)
    assert not allocation.has_data(ctx.dataset, ctx.period)
    assert allocation.summary(ctx) == []
    # the checks page says why: the 2024 kommunbidrag per kommun is missing (2023's sums)
    result = [(c.description, c.status) for c in allocation.checks(ctx)]
    expected = [
        ("Kommunbidrag per kommun summerar till nämndens kommunbidrag (budget 2023)", "pass"),
        ("Kommunbidrag per kommun summerar till nämndens kommunbidrag (budget 2024)", "warn")]
    assert result == expected


# ---------------------------------------------------------------- more members (TEST data)

@pytest.fixture
def three_kommuner(data_dir):
    """A third member with TEST figures: shares stated 40/30/30 for 2024, counts for 2023."""
    append(data_dir / "kommuner.csv", "Tredje,Tredje kommun,nej,3\n")
    write(data_dir / "befolkning.csv", HEADER +
          "2021-11-01,Herrljunga,9510,,test\n2021-11-01,Vårgårda,12176,,test\n"
          "2021-11-01,Tredje,7001,,test\n"
          "2022-11-01,Herrljunga,,30,test\n2022-11-01,Vårgårda,,40,test\n"
          "2022-11-01,Tredje,,30,test\n")
    append(data_dir / "kommunbidrag_kommun.csv",
           "2023,,budget,Tredje,0\n2024,,ursprunglig_budget,Tredje,0\n")
    return data_dir


def test_three_members(three_kommuner):
    ctx = report.open_report("2023-12", data_dir=three_kommuner)
    key = allocation.key_for(ctx)
    # 9 510 / 28 687 = 33,151 %, 12 176 / 28 687 = 42,444 %, 7 001 / 28 687 = 24,405 %:
    # floors 33,1 + 42,4 + 24,4 = 99,9; the largest remainder (,051 ,044 ,005 -> Herrljunga) +0,1
    pd.testing.assert_series_equal(key, pd.Series([0.332, 0.424, 0.244],
                                                  index=[*KOMMUNER, "Tredje"]), check_names=False)
    ctx = report.open_report("2024-02", data_dir=three_kommuner)
    table = allocation.allocation_for(ctx)
    assert table["Kostnad"].round(1).tolist() == [5691.3, 7588.4, 5691.3]
    statement = allocation.kommun_statement(ctx)
    assert list(statement.index) == [*KOMMUNER, "Tredje", "Summa SeN IT"]


# ---------------------------------------------------------------- the notebook

NOTEBOOK = "02-fordelning-kommuner.ipynb"


@pytest.mark.slow
def test_notebook_2023_12(published_notebook):
    text = notebook_text(published_notebook("2023-12", NOTEBOOK))
    for number in ("43,9 %", "56,1 %", "47,6 %", "52,4 %", "9 510", "12 176", "21 686",
                   "11 603", "14 827", "878", "-1 097", "7 554", "13 041"):
        assert sv(number) in text, number
    for words in ("Avskrivning (förslag)", "IB 2024", "UB 2023", "Budgetandel",
                  "Antal invånare 1/11 2021",
                  "Herrljunga har en större budget än vad man procentuellt ska betala för "
                  "gemensamma kostnader och Vårgårda har lägre budget än den procentuella "
                  "befolkningsandelen."):
        assert words in text, words


@pytest.mark.slow
def test_notebook_2024_02(published_notebook):
    nb = published_notebook("2024-02", NOTEBOOK)
    text = notebook_text(nb)
    for number in ("43,6 %", "56,4 %", "48,4 %", "51,6 %", "8 271", "10 700", "+907",
                   "-907", "9 793", "-24"):
        assert sv(number) in text, number
    for words in ("uppgift saknas", "befolkningsantalet per 1/11 2022", "Budget enligt nyckeln"):
        assert words in text, words
    # shares, drift and history charts (the models' chart is on page 80)
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 3
    assert "Lika delar" not in text


@pytest.mark.slow
def test_notebook_without_budget_per_kommun_says_no_data(data_dir):
    path = data_dir / "kommunbidrag_kommun.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    write(path, "\n".join(line for line in lines if not line.startswith("2024")) + "\n")
    text = notebook_text(execute_notebook(NOTEBOOK, {"period": "2024-02",
                                                     "data_dir": str(data_dir)}))
    assert "Uppgifter saknas för perioden (budget per kommun)." in text
    assert sv("43,6 %") in text          # the key table needs no budget


@pytest.mark.slow
def test_notebook_missing_key_stops_with_data_error(data_dir):
    write(data_dir / "befolkning.csv", HEADER + KEY_2021)
    with pytest.raises(Exception, match="fördelningsnyckel saknas för 2024"):
        execute_notebook(NOTEBOOK, {"period": "2024-02", "data_dir": str(data_dir)})


# ---------------------------------------------------------------- one figure, one value


@pytest.mark.parametrize("amounts, expected", [
    # 18 971 by 43,6/56,4 %: 8 271,356 + 10 699,644 → 8 271 + 10 700 = 18 971
    ([8271.356, 10699.644], [8271.0, 10700.0]),
    # three parts of 0,5 each (total 1,5 → 2): the first two remainders in order get the unit
    ([0.5, 0.5, 0.5], [1.0, 1.0, 0.0]),
    # equal halves of 18 971 round to 9 486 + 9 486 = 18 972 each alone; balanced: 18 971
    ([9485.5, 9485.5], [9486.0, 9485.0]),
])
def test_round_to_total_sums_to_the_rounded_total(amounts, expected):
    result = allocation.round_to_total(pd.Series(amounts))
    pd.testing.assert_series_equal(result, pd.Series(expected))


def test_2023_allocation_shows_the_results_of_record(ctx_2023):
    # Herrljunga's avvikelse 2023 is 878 of record (12 480 − 11 602,77 = 877,23 recomputed):
    # the page shows 878 in every table and the chart; 877 only on the checks page
    table = allocation.allocation_display_for(ctx_2023)
    assert table["Avvikelse"].tolist() == [878.0, -1097.0, -219.0]
    assert table["Gemensamma kostnader"].tolist() == [11603.0, 14827.0, 26430.0]
    pd.testing.assert_series_equal(allocation.shown_drift(ctx_2023),
                                   pd.Series([878.0, -1097.0], index=KOMMUNER), check_names=False)
    recomputed = [c for c in allocation.checks(ctx_2023)
                  if c.description.startswith("Herrljunga resultat 2023")]
    assert [(c.expected, round(c.actual)) for c in recomputed] == [(878.0, 877)]


def test_2024_printed_split_is_shown_beside_the_computed(ctx_2024):
    table, notes = allocation.statement_display_for(ctx_2024)
    assert table["Prognos 2024"].tolist() == [8271.0, 10700.0, 18971.0]
    assert table["Prognos 2024, publicerad"].tolist() == ["7\u00a0878*", "11\u00a0093*", ""]
    assert table["Avvikelse helår, publicerad"].tolist() == ["1\u00a0300**", "\u22121\u00a0300**", ""]
    assert list(table.columns).index("Prognos 2024, publicerad") == \
        list(table.columns).index("Prognos 2024") + 1
    assert notes[0].startswith("* Månadsrapport per 2024-02-29 anger prognos 2024: "
                               "Herrljunga 7\u00a0878, Vårgårda 11\u00a0093 tkr.")
    assert " 7 878" not in " ".join(notes)  # numbers in notes use NBSP


def test_2024_key_figures_carry_the_printed_figure(ctx_2024):
    result = {k.name: (k.value, k.published) for k in allocation.key_figures(ctx_2024)}
    assert result == {"Avvikelse Herrljunga (prognos 2024)": (907.0, 1300.0),
                      "Avvikelse Vårgårda (prognos 2024)": (-907.0, -1300.0)}


def test_2024_ib_rests_on_the_proposed_write_off(ctx_2024):
    result = allocation.surplus_deficit_for(ctx_2024)
    assert result["IB 2024"].tolist() == [0.0, 0.0, 0.0]
    assert result["IB 2024, förutsättning"].tolist() == \
        ["förutsatt beslut om avskrivning"] * 2 + [""]
