"""A ledger CSV whose Excel `sep=` line names a delimiter the header does not use, or a
tab, is bad input saying so at the sep line (it was "no comma or semicolon between the
column names" at the header, which has semicolons, or at the tab line)."""

from __future__ import annotations

import re

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

HEADER = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
ROW = "2024-01-10;1;5011;9100;;100,50;ok\n"


@pytest.mark.parametrize(("text", "line", "message"), [
    ("sep=,\n" + HEADER + ROW, 1,
     "raden sep= anger avgränsaren ',' men rubrikraden (rad 2) har ';'"),
    ("# export\n\"sep=;\"\n" + HEADER.replace(";", ",") + ROW.replace(";", ","), 2,
     "raden sep= anger avgränsaren ';' men rubrikraden (rad 3) har ','"),
    ("sep=\t\n" + HEADER.replace(";", "\t") + ROW.replace(";", "\t"), 1,
     "raden sep= anger avgränsaren '\\t'; spara filen med komma eller semikolon"),
], ids=["comma-said-semicolon-used", "semicolon-said-comma-used", "tab"])
def test_sep_line_naming_a_delimiter_the_header_lacks_is_bad_input(data_dir, text, line,
                                                                    message):
    (data_dir / "huvudbok").mkdir()
    path = data_dir / "huvudbok" / "transaktion-2024-01.csv"
    path.write_text(text, encoding="utf-8")
    expected = rf"transaktion-2024-01\.csv:{line}: " + re.escape(message)
    with pytest.raises(DataError, match=expected):
        read_export(path, load_layouts(data_dir))
