"""The start page's drift light per kommun takes "±1 % av kommunens budget" of the
budget as shown: a budget 12 499,6 reads 12 500 on page 02, so an avvikelse of 125 is
green (it was yellow against 124,996)."""

from __future__ import annotations

from itvt_lib.areas import allocation, open_report


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


def test_an_avvikelse_on_the_shown_edge_is_green(data_dir, params):
    _edit(data_dir / "kommunbidrag_kommun.csv", "2023,,budget,Herrljunga,12480",
          "2023,,budget,Herrljunga,12499.6")
    _edit(data_dir / "bokslut_totaler.csv", "2023,nettokostnad,Herrljunga,11603",
          "2023,nettokostnad,Herrljunga,12374.6")
    _edit(data_dir / "bokslut_totaler.csv", "2023,resultat,Herrljunga,878",
          "2023,resultat,Herrljunga,125")
    figures = allocation.key_figures(open_report("2023-12", data_dir, params))
    result = [(f.value, f.status) for f in figures if "Herrljunga" in f.name]
    expected = [(125.0, "green")]
    assert result == expected
