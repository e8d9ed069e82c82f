"""A kontogrupp named like a total row of the resultaträkning ("Resultat", "Summa
kostnader", "Summa nettokostnader", "Summa intäkter") crashed `itvt check` with "oväntat
internt fel" (exit 1; the statement's rows were looked up by name), and in another case
("summa intäkter") stood beside the total under the same name. Such a name is bad input
naming file, line and column."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _rename(data_dir, old: str, new: str) -> None:
    for name in ("kontogrupper.csv", "driftredovisning.csv", "kontoplan.csv"):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


@pytest.mark.parametrize(("name", "total"), [
    ("Resultat", "Resultat"), ("Summa kostnader", "Summa kostnader"),
    ("Summa nettokostnader", "Summa nettokostnader"), ("summa  intäkter", "Summa intäkter")])
def test_kontogrupp_named_like_a_total_row_is_bad_input(data_dir, name, total):
    _rename(data_dir, "Övriga kostnader", name)
    with pytest.raises(DataError, match=rf'kontogrupper\.csv:5: kontogrupp: "{name}" är namnet '
                                        rf"på resultaträkningens summarad {total};"):
        load_dataset(data_dir)


def test_kontogrupp_of_its_own_name_is_read(data_dir):
    _rename(data_dir, "Övriga kostnader", "Nettokostnad övrigt")
    result = list(load_dataset(data_dir)["kontogrupper"]["kontogrupp"])
    assert "Nettokostnad övrigt" in result
