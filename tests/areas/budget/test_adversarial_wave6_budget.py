"""Wave 6 of hostile operating statements: a month whose prognos covers only some
kontogrupper is reportable, its resultat is missing, and the start page read "prognostiserar
ett underskott på uppgift saknas tkr" and "en avvikelse mot budget på uppgift saknas tkr för
Herrljunga"; the sentences now say that the figure cannot be given and why."""

from __future__ import annotations

from itvt_lib.areas import allocation, budget, open_report


def _partial_prognos(data_dir):
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8") + "2024,2024-07,prognos,Intäkter,-9000\n",
                    encoding="utf-8")
    return open_report("2024-07", data_dir)


def test_a_missing_prognos_is_said_not_called_a_deficit_of_missing_tkr(data_dir):
    result = [budget.summary(_partial_prognos(data_dir))[0]]
    expected = ["Resultatet för 2024 kan inte anges: prognos saknas för en eller flera rader i "
                "driftredovisningen."]
    assert result == expected


def test_a_missing_deviation_per_kommun_is_said_not_written_as_missing_tkr(data_dir):
    result = [allocation.summary(_partial_prognos(data_dir))[0]]
    expected = ["Avvikelsen per kommun för 2024 kan inte anges: prognosen saknas för en eller "
                "flera rader."]
    assert result == expected
