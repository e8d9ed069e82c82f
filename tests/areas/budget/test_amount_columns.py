"""The operating statement's amount tables: the columns an amount table needs, the rounding
note, and the line count of a total.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

# ---------------------------------------------------------------- budget: amount tables


@pytest.mark.parametrize(("row", "error"), [
    ("2024,,budget,K,", None),                       # no period, no belopp: allowed
    ("2024,2024-02,prognos,K,1000000000", None),     # |belopp| = 10⁹ tkr
    ("2024,2024-02,prognos,K,-1000000000", None),
    ("2024,2024-02,prognos,K,1000000001", "belopp"),
    ("2024,2024-02,prognos,K,-1000000001", "belopp"),
    ("2024,2024-02,annat,K,1", "measure"),           # measures: utfall, budget, ...
    ("tjugo,2024-02,budget,K,1", "year"),
    ("2024,februari,budget,K,1", "period"),
    ("2024,2024-02,budget,,1", "kommun"),            # the key is required
])
def test_budget_amount_columns(tmp_path, row, error):
    """Rule (budget.amount_columns): year, an optional period, a measure of budget.MEASURES,
    the key, and belopp in tkr, optional, |belopp| ≤ 10⁹."""
    from itvt_lib.areas import budget
    from itvt_lib.core.errors import DataError
    from itvt_lib.core.loading import Column, Table, read_table

    table = Table("t", budget.amount_columns(Column("kommun")))
    path = tmp_path / "t.csv"
    path.write_text("year,period,measure,kommun,belopp\n" + row + "\n", encoding="utf-8")
    if error is None:
        frame, _ = read_table(table, [path])
        assert list(frame.columns) == ["year", "period", "measure", "kommun", "belopp"]
        assert len(frame) == 1
    else:
        with pytest.raises(DataError, match=error):
            read_table(table, [path])
    for measure in ("utfall", "budget", "ursprunglig_budget", "tillagg", "prognos"):
        path.write_text(f"year,period,measure,kommun,belopp\n2024,,{measure},K,1\n",
                        encoding="utf-8")
        assert read_table(table, [path])[0]["measure"].tolist() == [measure]


# Rule: the avvikelse key figure carries the printed figure where a reader sees it differ
# from the shown one. The papers print −219 (Summa Nettokostnader, Avvikelse) where the
# shown budget 26 210 − utfall 26 430 gives −220; the monthly report 2024-02 prints none.
@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", {"published": -219.0, "note": (
        "Förvaltningsberättelse 2023 trycker \u2212219\u00a0tkr. Räknat mellan de visade "
        "beloppen (budget 2023 26\u00a0210\u00a0tkr \u2212 utfall 2023 26\u00a0430\u00a0tkr) "
        "blir avvikelsen \u2212220\u00a0tkr; skillnaden är en avrundningsdifferens.")}),
    ("2024-02", {}),
])
def test_budget_deviation_key_figure_carries_the_printed_figure(period, expected):
    from itvt_lib.areas import budget, open_report

    ctx = open_report(period)
    assert budget.printed_deviation(ctx, budget.statement_for(ctx)) == expected


@pytest.mark.parametrize(("post", "expected"), [
    ("summa_intakter", 2), ("summa_kostnader", 3), ("nettokostnad", 5), ("resultat", 6),
    ("kommunbidrag", 1),
])
def test_budget_line_count(post, expected):
    """Rule: a total's tolerance counts the line items it sums (a line item counts 1)."""
    from itvt_lib.areas import budget

    layout = pd.DataFrame({
        "klass": ["intakt", "intakt", "summa_intakter", "kostnad", "kostnad", "kostnad",
                  "summa_kostnader", "nettokostnad", "kommunbidrag", "resultat"],
        "total": [False, False, True, False, False, False, True, True, False, True]})
    assert budget._line_count(layout, post) == expected


@pytest.mark.parametrize(("row", "message"), [
    ("2024,2023-12,utfall,Personalkostnader,100", '"2023-12" ligger inte i år 2024'),
    ("2024,,prognos,Personalkostnader,100", "prognos behöver perioden då den gjordes"),
    ("2024,2024-02,budget,Personalkostnader,100", "budget gäller hela året: lämna period tom"),
])
def test_a_period_that_does_not_fit_the_measure_or_year_names_file_line_and_column(
        data_dir, row, message):
    """Rule (budget.validate_amount_rows): utfall and prognos need a period of the row's
    year, a budget none; the error names the file, the line and the column period."""
    from itvt_lib.areas import load_dataset
    from itvt_lib.core.errors import DataError

    path = data_dir / "driftredovisning.csv"
    line = len(path.read_text(encoding="utf-8").splitlines()) + 1
    with path.open("a", encoding="utf-8") as f:
        f.write(row + "\n")
    with pytest.raises(DataError, match=f"^{re.escape(f'{path}:{line}: period: {message}')}$"):
        load_dataset(data_dir)
