"""Page 02's "Fördelning mellan kommunerna" showed "uppgift saknas" as Herrljunga's Tillägg
2024, and in the Summa row, when kommunbidrag_kommun.csv had a tillägg row for Vårgårda only
(the controller wrote the kommun that got one), while Budget 2024 counted Herrljunga's as 0
and the footnote said "Herrljunga –". A kommun without a tillägg row, in a year with such
rows, now shows – (0) and the sum the nämnd's −24; an empty belopp stays missing.

Figures: the monthly report per 2024-02-29 (Vårgårda's tillägg −24 tkr), with Herrljunga's
"-" tillägg row left out or left empty (TEST).
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import allocation, open_report


def _kommunbidrag(data_dir, old: str, new: str) -> None:
    path = data_dir / "kommunbidrag_kommun.csv"
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new, 1).encode("utf-8"))


@pytest.mark.parametrize(("row", "expected"), [
    ("", [0.0, -24.0, -24.0]),  # no row: 0
    ("2024,,tillagg,Herrljunga,-", [0.0, -24.0, -24.0]),  # as the source writes it
    ("2024,,tillagg,Herrljunga,", [None, -24.0, None]),  # empty: not known
], ids=["no-row", "dash", "empty"])
def test_tillagg_column(data_dir, row, expected):
    _kommunbidrag(data_dir, "2024,,tillagg,Herrljunga,-", row)
    statement = allocation.kommun_statement(open_report("2024-02", data_dir))
    result = [None if v != v else v for v in statement["Tillägg 2024"]]
    assert result == expected
    if expected[0] is not None:
        assert statement["Budget 2024"].tolist() == [9178.0, 9793.0, 18971.0]
