"""A sum of exact amounts (öre in tkr, tenths of tkr) carries float noise below a half:
shown half away from zero as a spreadsheet shows it (15 significant digits), a total of
362 500,00 kr is "363", never "362". Fast: formatting and the ledger area only."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.formatting import fmt_number, fmt_value, round_half_away
from itvt_lib.core.paths import DATA_DIR

NB = "\u00a0"


@pytest.mark.parametrize(("parts", "expected"), [
    # TEST sums in float of exact amounts whose true total ends in ,5
    ([576442.97 / 1000, -213942.97 / 1000], 363.0),            # 362,5 tkr
    ([-1149.7, 496.3, 1640.1, -797.2], 190.0),                   # 189,5
    ([1463.7, 2206.2, -1538.0, 1912.6], 4045.0),                 # 4 044,5
    ([-201.7, 81.4, -1030.4, 2831.2], 1681.0),                   # 1 680,5
])
def test_a_float_sum_ending_in_a_half_rounds_away(parts, expected):
    total = 0.0
    for part in parts:
        total += part
    result = round_half_away(total)
    assert result == expected


@pytest.mark.parametrize(("value", "expected"), [
    (362.49999999999994, "363"), (-362.49999999999994, "\u2212363"),
    (362.4999, "362"), (1597.4999999999998, f"1{NB}598")])
def test_shown_as_a_spreadsheet_shows_it(value, expected):
    assert fmt_number(value) == expected


def test_ledger_year_to_date_of_362_500_kr_reads_363(tmp_path):
    """TEST ledger: Personalkostnader 576 442,97 kr in January, −213 942,97 kr in February:
    utfall jan–feb 362 500,00 kr = 362,5 tkr, shown 363 (half away from zero)."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(
        "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
        "2024-01-15;1;5011;9100;;576442,97;lön\n"
        "2024-02-15;2;5011;9100;;-213942,97;rättelse\n", encoding="utf-8")
    ctx = report.open_report("2024-02", dataset=load_dataset(data_dir))
    result = ledger.ytd_sentence(ctx)
    expected = "nettokostnaden januari till februari 2024 363 tkr,"
    assert expected in result


@pytest.mark.parametrize(("value", "expected"), [
    (26431.000000000007, f"26{NB}431"), (25974.999999999996, f"25{NB}975"),
    (1.5, "1,50"), (15500.5, f"15{NB}500,50"), (0.004, "0,004"), (0.000004, "0")])
def test_a_checks_figure_whole_to_the_ore_has_no_decimals(value, expected):
    """Rule: a checks figure is whole when it is whole to the öre of a tkr (five decimals)."""
    assert fmt_value(value) == expected
