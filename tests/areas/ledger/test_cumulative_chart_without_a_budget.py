"""Page 01's cumulative chart when an intäkt or kostnad kontogrupp has no budget row for
the year: the periodised budget line is missing, as the year-to-date table's budget and the
sentence are ("den periodiserade budgeten saknas"), never drawn as if that kontogrupp's
budget were 0 (a planned nettokostnad far below the real one, shown as right)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from ledger_exports import with_two_postings

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core import charts
from itvt_lib.core.paths import DATA_DIR
from itvt_lib.core.periods import Period

NAN = float("nan")

MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _groups(extra: list[tuple[str, str]]) -> pd.DataFrame:
    rows = [("Intäkter", "intakt"), ("Personal", "kostnad"), ("Kommunbidrag", "kommunbidrag"),
            *extra]
    return pd.DataFrame({"kontogrupp": [k for k, _ in rows], "ordning": range(1, len(rows) + 1),
                         "typ": [t for _, t in rows]})


def _drift() -> pd.DataFrame:
    """TEST budgets 2024: Intäkter −1 200, Personal 3 600, Kommunbidrag 2 400."""
    rows = [(2024, None, "ursprunglig_budget", "Intäkter", -1200.0),
            (2024, None, "ursprunglig_budget", "Personal", 3600.0),
            (2024, None, "ursprunglig_budget", "Kommunbidrag", 2400.0)]
    return pd.DataFrame(rows, columns=["year", "period", "measure", "kontogrupp", "belopp"])


MONTHLY = pd.DataFrame([(2024, 1, "Personal", 300.0), (2024, 2, "Lokal", 250.0)],
                       columns=["year", "month", "kontogrupp", "belopp"])
PROFILE = pd.DataFrame(columns=["year", "kontogrupp", "month", "andel_procent"])


@pytest.mark.parametrize(("extra", "planned"), [
    # every line budgeted: (−1 200 + 3 600) / 12 = 200 a month; Kommunbidrag not counted
    ([], [200.0 * m for m in range(1, 13)]),
    # Lokal (kostnad) without a budget row: the budget line is missing, not 200 a month
    ([("Lokal", "kostnad")], [NAN] * 12),
    # a kommunbidrag line without a budget row is no part of the nettokostnad
    ([("Bidrag B", "kommunbidrag")], [200.0 * m for m in range(1, 13)]),
])
def test_cumulative_budget_missing_with_a_kontogrupp_without_budget(extra, planned):
    result = ledger.cumulative_vs_budget(MONTHLY, _drift(), _groups(extra), PROFILE,
                                         Period(2024, 2))
    utfall = [300.0, 550.0] if extra and extra[0][0] == "Lokal" else [300.0, 300.0]
    expected = pd.DataFrame({"Budget 2024 (periodiserad)": planned,
                             "Utfall 2024": utfall + [NAN] * 10}, index=MONTHS)
    pd.testing.assert_frame_equal(result, expected)


@pytest.fixture()
def ctx(tmp_path):
    """The shipped data without the 2024 budget rows of Övriga kostnader; ledger jan
    1 000 kr on 5011, feb 2 000 kr on 4010."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    drift = data_dir / "driftredovisning.csv"
    lines = drift.read_text(encoding="utf-8").splitlines(keepends=True)
    drift.write_text("".join(line for line in lines if not (
        line.startswith("2024,,") and ",Övriga kostnader," in line)), encoding="utf-8")
    with_two_postings(data_dir)
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


def test_chart_alt_text_states_the_budget_missing(ctx):
    table = ledger.ytd_for(ctx)
    cumulative = ledger.cumulative_for(ctx)
    result = charts.reference_lines(cumulative, "Nettokostnad 2024").itvt_alt
    assert pd.isna(table.loc["Summa nettokostnader", "Budget jan–feb 2024"])
    assert cumulative["Budget 2024 (periodiserad)"].isna().all()
    assert result.startswith("Linjediagram: Nettokostnad 2024: jan: Budget 2024 "
                             "(periodiserad) uppgift saknas, Utfall 2024 1 tkr; feb: Budget 2024 "
                             "(periodiserad) uppgift saknas, Utfall 2024 3 tkr;")
