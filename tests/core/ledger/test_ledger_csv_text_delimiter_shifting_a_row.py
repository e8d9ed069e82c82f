"""Hostile ledger exports (core/ledger/csv_export.py): an unquoted text holding the
delimiter ("Ref;25") in a row whose last column is empty was read as a delimiter ending the
row, shifting the row: Belopp 25 kr instead of 300 kr, and `itvt check` green. Empty fields
beyond the header are now read only when every row has as many."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts, read_export
from itvt_lib.core.paths import DATA_DIR

HEADER = "Datum;Verifikation;Konto;Ansvar;Text;Belopp;Projekt"


def read_rows(tmp_path, rows: list[str]) -> pd.DataFrame:
    path = tmp_path / "transaktion-2024.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(DATA_DIR))


@pytest.mark.parametrize(("rows", "line"), [
    (["2024-02-05;A1;5011;9100;Hyra;100,00;P1", "2024-02-07;A3;5011;9100;Ref;25;300,00;"], 3),
    (["2024-02-05;A1;5011;9100;Hyra;100,00;P1;", "2024-02-07;A3;5011;9100;Ref;25;300,00;;"], 3),
    (['2024-02-05;A1;5011;9100;"Hyra";100,00;P1', "2024-02-07;A3;5011;9100;Ref;25;300,00;"], 3),
    (["2024-02-07;A3;5011;9100;Ref;25;300,00;", "2024-02-05;A1;5011;9100;Hyra;100,00;P1"], 3),
])
def test_a_row_with_more_empty_fields_than_the_others_is_bad_input(tmp_path, rows, line):
    with pytest.raises(DataError, match=rf"transaktion-2024\.csv:{line}: raden har fler "
                                        r"kolumner än rubrikraden"):
        read_rows(tmp_path, rows)


def test_rows_all_ending_in_a_delimiter_are_read(tmp_path):
    result = read_rows(tmp_path, ["2024-02-05;A1;5011;9100;Hyra;100,00;P1;",
                                  '2024-02-07;A3;5011;9100;"Ref;25";300,00;P2;'])
    expected = pd.DataFrame({"year": [2024], "month": [2], "konto": [5011],
                             "ansvar": ["9100"], "ore": [40000]})
    pd.testing.assert_frame_equal(result, expected)
