"""Adding a month (areas/budget): March's prognos typed into kostnadsstalle_netto.csv
(and the investments) with driftredovisning.csv forgotten left 2024-03 out of the periods
and `latest` without a word: `itvt check --period latest` checked February and said ok, so
a run published February again. Such a month is a warning on the checks page, and a run
of it says which table lacks the prognos."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, load_dataset, open_report
from itvt_lib.core.checks import WARN
from itvt_lib.core.errors import ParamError
from itvt_lib.core.periods import Period

NETTO = ("2024,2024-03,prognos,IT Gemensamt,18447\n"
         "2024,2024-03,prognos,Telefonväxel,624\n"
         "2024,2024-03,prognos,Kommunspecifikt Herrljunga,-\n"
         "2024,2024-03,prognos,Kommunspecifikt Vårgårda,-\n")
DRIFT = ("2024,2024-03,prognos,Intäkter,-17750\n"
         "2024,2024-03,prognos,Personalkostnader,14929\n"
         "2024,2024-03,prognos,\"Lokalkostnader, energi, VA\",0\n"
         "2024,2024-03,prognos,Övriga kostnader,16456\n"
         "2024,2024-03,prognos,Kapitalkostnader,5436\n"
         "2024,2024-03,prognos,Kommunbidrag,18971\n")


def with_rows(data_dir, netto: str, drift: str = ""):
    for name, rows in (("kostnadsstalle_netto.csv", netto), ("driftredovisning.csv", drift)):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    return data_dir


@pytest.mark.parametrize("netto, drift, expected", [
    (NETTO, "", [Period(2024, 3)]),
    (NETTO, DRIFT, []),
    (NETTO.replace("2024-03", "2024-12"), "", []),
    ("", "", []),
])
def test_months_with_a_prognos_of_the_kostnadsstallen_alone(data_dir, netto, drift, expected):
    dataset = load_dataset(with_rows(data_dir, netto, drift))
    result = budget.forecasts_without_statement(budget.drift_for(dataset),
                                                budget.netto_for(dataset))
    assert result == expected


def test_the_checks_page_warns_of_the_month_left_out(data_dir, params):
    ctx = open_report("latest", with_rows(data_dir, NETTO), params)
    result = [(c.description, c.status, c.note) for c in budget.checks(ctx)
              if c.description.startswith("Prognos ")]
    expected = [("Prognos 2024-03 i kostnadsstalle_netto.csv utan driftredovisningens", WARN,
                 "perioden 2024-03 går inte att rapportera och är inte senaste period förrän "
                 "prognosen 2024-03 finns i driftredovisning.csv")]
    assert ctx.period == Period(2024, 2)
    assert result == expected


def test_a_run_of_the_month_names_the_table_without_it(data_dir):
    with pytest.raises(ParamError, match=r"^period: 2024-03 går inte att rapportera "
                       r"\(driftredovisning\.csv saknar prognos 2024-03; "
                       r"kostnadsstalle_netto\.csv har den\) "
                       r"\(möjliga perioder: 2023-12, 2024-02\)$"):
        open_report("2024-03", with_rows(data_dir, NETTO))
