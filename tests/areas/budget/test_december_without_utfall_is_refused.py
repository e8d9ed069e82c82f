"""Time edges (areas/budget): a prognos made in December, before the annual report, made
the December period reportable: `itvt check` said ok and the run drew a year-end report
("Förvaltningsberättelse 2024-12-31") whose every utfall was "uppgift saknas" and whose
prognos was nowhere. December is the year-end report: it is reportable by the year's
utfall only, and a run without it is refused on one line naming why."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, load_dataset, open_report
from itvt_lib.core.errors import ParamError
from itvt_lib.core.periods import Period

PROGNOS = ("2024,2024-12,prognos,Intäkter,-17750\n"
           "2024,2024-12,prognos,Personalkostnader,14929\n"
           "2024,2024-12,prognos,\"Lokalkostnader, energi, VA\",0\n"
           "2024,2024-12,prognos,Övriga kostnader,16356\n"
           "2024,2024-12,prognos,Kapitalkostnader,5436\n"
           "2024,2024-12,prognos,Kommunbidrag,18971\n")
UTFALL = PROGNOS.replace(",prognos,", ",utfall,")


def with_rows(data_dir, rows: str):
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8") + rows, encoding="utf-8")
    return data_dir


@pytest.mark.parametrize("rows, expected", [
    (PROGNOS, [Period(2023, 12), Period(2024, 2)]),
    (PROGNOS + UTFALL, [Period(2023, 12), Period(2024, 2), Period(2024, 12)]),
])
def test_december_is_reportable_by_its_utfall_only(data_dir, rows, expected):
    dataset = load_dataset(with_rows(data_dir, rows))
    result = budget.reportable_periods(budget.drift_for(dataset))
    assert result == expected


def test_december_with_a_prognos_alone_is_refused(data_dir):
    with pytest.raises(ParamError, match=r"^period: 2024-12 går inte att rapportera "
                       r"\(årsrapporten kräver utfall 2024, inte en prognos\) "
                       r"\(möjliga perioder: 2023-12, 2024-02\)$"):
        open_report("2024-12", with_rows(data_dir, PROGNOS))


def test_latest_is_not_a_december_with_a_prognos_alone(data_dir):
    result = open_report("latest", with_rows(data_dir, PROGNOS)).period
    assert result == Period(2024, 2)
