"""A CSV export whose quote opened on an early data line never closes made pandas fail
while the reader was set up, outside the guard that names the line: `itvt check` ended in
"oväntat internt fel (ParserError …)", exit 1. Rule: a quote left open is bad input naming
the line where it opens, wherever pandas notices it."""

from __future__ import annotations

import pytest

from itvt_lib.cli import main
from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger import load_layouts
from itvt_lib.core.ledger.csv_export import read_export

EXPORTS = {
    "saldo-2024.csv": 'Period;Konto;Ansvar;Belopp\n2024-02;4010;"9100;1\n2024-02;4020;9100;1\n',
    "transaktion-2024.csv": 'Datum;Konto;Ansvar;Belopp\n2024-02-01;4010;9100;1\n'
                            '2024-02-02;4010;"9100;1\n2024-02-03;4020;9100;1\n',
}
LINES = {"saldo-2024.csv": 2, "transaktion-2024.csv": 3}


@pytest.mark.parametrize("name", EXPORTS)
def test_a_quote_left_open_names_its_line(data_dir, name):
    path = data_dir / "huvudbok" / name
    path.parent.mkdir()
    path.write_text(EXPORTS[name], encoding="utf-8")
    with pytest.raises(DataError, match="raden passar inte rubrikraden") as info:
        read_export(path, load_layouts(data_dir))
    assert info.value.line == LINES[name]


def test_the_command_says_so_in_one_line_and_exits_2(data_dir, capsys):
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "saldo-2024.csv").write_text(EXPORTS["saldo-2024.csv"],
                                                          encoding="utf-8")
    result = main(["check", "--period", "2024-02", "--data-dir", str(data_dir)])
    error = capsys.readouterr().err.strip()
    assert result == 2
    assert error.startswith(f"fel: {data_dir / 'huvudbok' / 'saldo-2024.csv'}:2: raden passar "
                            "inte rubrikraden")
