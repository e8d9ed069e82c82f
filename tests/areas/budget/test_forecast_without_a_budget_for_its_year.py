"""Time edges (areas/budget): a 2025-01 prognos added before the 2025 budget left the
period out of `itvt periods` and `latest` without a word: `itvt check --period latest`
checked 2024-02 and said ok, and `--period 2025-01` said only that it "går inte att
rapportera". A month whose prognos has no budget for its year is a warning on the checks
page, and a run of it says the budget is what is missing."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, load_dataset, open_report
from itvt_lib.core.checks import WARN
from itvt_lib.core.errors import ParamError
from itvt_lib.core.periods import Period

PROGNOS = ("2025,2025-01,prognos,Intäkter,-17750\n"
           "2025,2025-01,prognos,Personalkostnader,14929\n"
           "2025,2025-01,prognos,\"Lokalkostnader, energi, VA\",0\n"
           "2025,2025-01,prognos,Övriga kostnader,16356\n"
           "2025,2025-01,prognos,Kapitalkostnader,5436\n"
           "2025,2025-01,prognos,Kommunbidrag,18971\n")
BUDGET = PROGNOS.replace("2025,2025-01,prognos,", "2025,,budget,")


def with_rows(data_dir, rows: str):
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    return data_dir


@pytest.mark.parametrize("rows, expected", [
    (PROGNOS, [Period(2025, 1)]),
    (PROGNOS + BUDGET, []),
    ("", []),
])
def test_months_whose_prognos_has_no_budget(data_dir, rows, expected):
    result = budget.forecasts_without_budget(budget.drift_for(load_dataset(with_rows(data_dir,
                                                                                     rows))))
    assert result == expected


def test_the_checks_page_warns_of_a_prognos_without_budget(data_dir, params):
    ctx = open_report("latest", with_rows(data_dir, PROGNOS), params)
    result = [(c.description, c.status, c.note) for c in budget.checks(ctx)
              if c.description.startswith("Prognos ")]
    expected = [("Prognos 2025-01 utan budget 2025", WARN,
                 "perioden 2025-01 går inte att rapportera och är inte senaste period förrän "
                 "budgeten 2025 finns i driftredovisning.csv")]
    assert ctx.period == Period(2024, 2)
    assert result == expected


def test_a_run_of_the_month_names_the_missing_budget(data_dir):
    with pytest.raises(ParamError, match=r"^period: 2025-01 går inte att rapportera "
                       r"\(prognosen saknar budget 2025 i driftredovisning\.csv\) "
                       r"\(möjliga perioder: 2023-12, 2024-02\)$"):
        open_report("2025-01", with_rows(data_dir, PROGNOS))
