"""The start page's resultat light takes "−1 % av nettokostnaden" of the nettokostnad
as shown: a prognos nettokostnad 18 999,6 reads 19 000, so a resultat of −190 is
yellow (it was red against −189,996)."""

from __future__ import annotations

from itvt_lib.areas import budget, open_report


def _edit(path, old: str, new: str) -> None:
    text = path.read_bytes().decode("utf-8")
    assert old in text
    path.write_bytes(text.replace(old, new).encode("utf-8"))


def test_a_resultat_on_the_shown_edge_is_yellow(data_dir, params):
    path = data_dir / "driftredovisning.csv"
    _edit(path, "2024,2024-02,prognos,Övriga kostnader,16356\r",
          "2024,2024-02,prognos,Övriga kostnader,16384.6\r")
    _edit(path, "2024,2024-02,prognos,Kommunbidrag,18971\r",
          "2024,2024-02,prognos,Kommunbidrag,18809.6\r")
    figures = budget.key_figures(open_report("2024-02", data_dir, params))
    result = [(f.value, f.status) for f in figures if f.name.startswith("Resultat")]
    expected = [(-190.0, "yellow")]
    assert result == expected
