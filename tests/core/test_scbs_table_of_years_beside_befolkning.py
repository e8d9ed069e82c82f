"""Hostile run 45a (core/data_files): SCB's population table saved as befolkning_scb.xlsx
beside befolkning.csv (a title, then a heading of years "", 2020, 2021, 2022, 2023 and a
row per kommun, "1466 Herrljunga") was refused as befolkning's rows without their header,
though data/README.md names befolkning_scb.xlsx as a source that may lie beside the table.
Rule (core.data_files.heads_years): rows under a heading of three years or more are a
source's table by year, not a table's rows (no table has a column per year); a month's
rows without a header are still refused."""

from __future__ import annotations

import pytest
from file_beside_a_table import write

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import heads_years
from itvt_lib.core.errors import DataError

SCB = [["Folkmängden efter region och år"], [], ["", "2020", "2021", "2022", "2023"],
       ["1466 Herrljunga", 9463, 9498, 9510, 9490], ["1442 Vårgårda", 12090, 12176, 12200,
                                                     12210], [], ["Källa: SCB"]]


@pytest.mark.parametrize(("name", "content"), [
    ("befolkning_scb.xlsx", [("Tabell", SCB)]),
    ("befolkning SCB.csv", '"region";"2021";"2022";"2023";"2024"\n'
     '"1466 Herrljunga";9498;9510;9490;9480\n"1442 Vårgårda";12176;12200;12210;12250\n'),
    ("befolkning SCB 2019-2024.csv", "region,kön,2019,2020,2021,2022,2023,2024\n"
     "1466 Herrljunga,totalt,9400,9463,9498,9510,9490,9480\n"),
    ("befolkning_scb.xlsx", [("Tabell", [["region", 2021, 2022, 2023],
                                         ["Herrljunga", 9498, 9510, 9490]])]),
])
def test_scbs_table_of_years_lies_beside_the_table(data_dir, name, content):
    write(data_dir / name, content)
    result = sorted(load_dataset(data_dir)["kommuner"]["kommun"])
    expected = ["Herrljunga", "Vårgårda"]
    assert result == expected


@pytest.mark.parametrize(("row", "expected"), [
    (["", "2020", "2021", "2022", "2023"], True),
    (["region", "2021", "2022", "2023"], True),
    (["2022", "2023", "2024"], True),
    (["2024", "2024-03", "prognos", "intäkter", "-1"], False),
    (["2024", "2023", "2022"], False),
    (["region", "2021", "2022"], False),
    (["region", "kön", "2019", "2020", "2021"], True),
    (["prognos", "2021", "intäkter", "2022", "2023"], False),
    (["2024", "2024", "prognos", "x", "2024"], False),
])
def test_a_heading_of_years(row, expected):
    result = heads_years(row)
    assert result == expected


def test_a_month_without_its_header_is_still_refused(data_dir):
    (data_dir / "driftredovisning mars.csv").write_text(
        "2024;2024-03;prognos;Intäkter;-1\n2024;2024-03;prognos;Personal;5\n",
        encoding="utf-8")
    with pytest.raises(DataError, match=r"driftredovisning mars\.csv: läses inte"):
        load_dataset(data_dir)
