"""Page 01's sentence on the frame's change since the budget decision is stated when the
change is not 0 as shown in whole tkr: tillägg 0,7 on Intäkter and −0,2 on Övriga
kostnader sum to 0,5 (0,49999999999999994 in binary), shown 1 in the table's Summa
nettokostnader, so the sentence says "1 tkr" rather than nothing."""

from __future__ import annotations

import pytest

from itvt_lib.areas import budget, open_report

ROWS = {"2024,,tillagg,Intäkter,-\r": "2024,,tillagg,Intäkter,{a}\r",
        "2024,,tillagg,Övriga kostnader,-\r": "2024,,tillagg,Övriga kostnader,{b}\r",
        "2024,,tillagg,Kapitalkostnader,-24\r": "2024,,tillagg,Kapitalkostnader,-\r",
        "2024,,tillagg,Kommunbidrag,-24\r": "2024,,tillagg,Kommunbidrag,-\r"}


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("0.7", "-0.2", ["Totalt har nämnden fått en utökad ram med 1 tkr under 2024."]),
    ("0.3", "0.1", []),
    ("-0.7", "0.2", ["Totalt har nämnden fått en minskad ram med 1 tkr under 2024."]),
])
def test_the_frame_sentence_follows_the_change_as_shown(data_dir, params, a, b, expected):
    path = data_dir / "driftredovisning.csv"
    text = path.read_bytes().decode("utf-8")
    for old, new in ROWS.items():
        assert old in text
        text = text.replace(old, new.format(a=a, b=b))
    path.write_bytes(text.encode("utf-8"))
    lines = budget.summary(open_report("2024-02", data_dir, params))
    result = [line for line in lines if line.startswith("Totalt har nämnden")]
    assert result == expected
