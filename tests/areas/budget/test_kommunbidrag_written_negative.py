"""Hostile amount rows (areas/budget/schema.py): a kommunbidrag written negative, with the
sign of income as some reports print it, was read as written: the prognos resultat came
out at −37 942 tkr instead of 0 and `itvt check` said ok. Now bad input naming file,
line and column; only a tillägg (a cut) may be negative."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


@pytest.mark.parametrize(("name", "row", "written", "line", "message"), [
    ("driftredovisning", "2024,2024-02,prognos,Kommunbidrag,18971",
     "2024,2024-02,prognos,Kommunbidrag,-18971", 43, "kommunbidrag \\(prognos\\) −18\xa0971"),
    ("driftredovisning", "2023,2023-12,utfall,Kommunbidrag,26210",
     "2023,2023-12,utfall,Kommunbidrag,-26210", 25, "kommunbidrag \\(utfall\\) −26\xa0210"),
    ("kommunbidrag_kommun", "2024,,ursprunglig_budget,Herrljunga,9178",
     "2024,,ursprunglig_budget,Herrljunga,-9178", 4,
     "kommunbidrag \\(ursprunglig_budget\\) −9\xa0178"),
    ("bokslut_totaler", "2023,kommunbidrag,,26210", "2023,kommunbidrag,,-26210", 18,
     "kommunbidrag \\(bokslut\\) −26\xa0210"),
], ids=["prognos", "utfall", "per-kommun", "of-record"])
def test_a_negative_kommunbidrag_is_bad_input(data_dir, name, row, written, line, message):
    path = data_dir / f"{name}.csv"
    text = path.read_text(encoding="utf-8")
    assert f"\n{row}\n" in text
    path.write_text(text.replace(f"\n{row}\n", f"\n{written}\n", 1), encoding="utf-8")
    with pytest.raises(DataError, match=rf"{name}\.csv:{line}: belopp: {message} är negativt"):
        load_dataset(data_dir)


def test_a_negative_tillagg_to_kommunbidrag_is_read(data_dir):
    result = load_dataset(data_dir)["kommunbidrag_kommun"]
    expected = [0.0, -24.0]
    assert sorted(result[result["measure"] == "tillagg"]["belopp"]) == sorted(expected)


@pytest.mark.parametrize(("measure", "belopp", "expected"), [
    ("prognos", -1.0, True), ("utfall", -0.5, True), ("budget", -18971.0, True),
    ("tillagg", -24.0, False), ("prognos", 0.0, False), ("prognos", 18971.0, False),
    ("prognos", float("nan"), False),
])
def test_negative_kommunbidrag(measure, belopp, expected):
    from itvt_lib.areas.budget import negative_kommunbidrag

    result = negative_kommunbidrag(measure, belopp)
    assert result is expected
