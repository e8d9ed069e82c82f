"""A layout in huvudbok_layouts.yaml that gives two read fields one heading (`ansvar:
Konto`, `debet: Belopp, kredit: Belopp`) or an `optional:` that is no list of fields
(`optional: 5`) ended `itvt check` in "oväntat internt fel" (exit 1). Rule: each field
the suite reads has its own heading, and `optional` lists field names; else the layouts
file is bad input, one Swedish line, exit 2."""

from __future__ import annotations

import pytest

from itvt_lib.cli import main
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts

SALDO = "{period: Period, konto: Konto, ansvar: Ansvar, belopp: Belopp}"


def write(data_dir, layout: str) -> None:
    (data_dir / "huvudbok_layouts.yaml").write_text(f"layouts: {{saldo: {layout}}}\n",
                                                    encoding="utf-8")


@pytest.mark.parametrize("layout, message", [
    ("{columns: {period: Period, konto: Konto, ansvar: Konto, belopp: Belopp}}",
     "layout saldo: konto och ansvar har samma rubrik Konto"),
    ("{columns: {period: Period, konto: Konto, ansvar: Ansvar, debet: Belopp, "
     "kredit: ' belopp'}}", "layout saldo: debet och kredit har samma rubrik"),
    (f"{{columns: {SALDO}, optional: 5}}",
     "layout saldo: optional ska vara en lista av fält"),
    (f"{{columns: {SALDO}, optional: [projekt, kvantitet]}}",
     "layout saldo: optional: okänt fält kvantitet"),
], ids=["konto-ansvar", "debet-kredit", "optional-number", "optional-unknown"])
def test_a_layout_reading_one_heading_twice_or_a_bad_optional_is_refused(data_dir, layout,
                                                                          message):
    write(data_dir, layout)
    with pytest.raises(DataError, match=message):
        load_layouts(data_dir)


def test_the_command_says_so_in_one_line_and_exits_2(data_dir, capsys):
    write(data_dir, "{columns: {period: Period, konto: Konto, ansvar: Konto, belopp: Belopp}}")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2024.csv").write_text(
        "Period;Konto;Ansvar;Belopp\n2024-02;4010;9100;100,00\n", encoding="utf-8")
    result = main(["check", "--period", "2024-02", "--data-dir", str(data_dir)])
    error = capsys.readouterr().err.strip()
    assert result == 2
    assert error == (f"fel: {data_dir / 'huvudbok_layouts.yaml'}: layout saldo: konto och "
                     "ansvar har samma rubrik Konto (varje fält läses ur en egen kolumn)")


@pytest.mark.parametrize("layout", [
    f"{{columns: {SALDO}}}",
    "{columns: {period: Period, konto: Konto, ansvar: Ansvar, belopp: Belopp, text: Konto}}",
    f"{{columns: {SALDO}, optional: []}}",
], ids=["plain", "text-shares-a-heading", "optional-empty"])
def test_a_layout_with_one_heading_per_read_field_is_read(data_dir, layout):
    write(data_dir, layout)
    result = load_layouts(data_dir)[0].name
    assert result == "saldo"
