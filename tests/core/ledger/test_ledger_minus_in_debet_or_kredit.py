"""A minus in a Debet or Kredit column reads two ways (data/README.md, "Ledger exports").
A layout with `debet` and `kredit` read `Kredit -200,00` as belopp +200 (debet − kredit): an
export that writes every credit with a minus added every credit to the costs, published
green. But the minus may as well be a correction (a red credit: +200). Rule: a negative
Debet or Kredit is bad input by line and column, saying both readings, unless the layout
says how its system writes a minus: `kredit_med_minus: true` (credits negative; belopp =
debet + kredit; a positive Kredit is then bad input) or `rattelse_med_minus: true` (a minus
is a correction; belopp = debet − kredit as written). Zero, "-0,00" and empty cells pass."""

from __future__ import annotations

import pytest

from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.errors import DataError

COLUMNS = "{period: Period, konto: Konto, ansvar: Ansvar, debet: Debet, kredit: Kredit}"


def outcomes(data_dir, rows: list[str], extra: str = ""):
    (data_dir / "huvudbok_layouts.yaml").write_text(
        f"layouts:\n  dk:\n    columns: {COLUMNS}\n{extra}", encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "dk-2024.csv").write_text(
        "\n".join(["Period;Konto;Ansvar;Debet;Kredit", *rows]) + "\n", encoding="utf-8")
    return ledger.monthly_outcomes(ledger.ledger_for(load_dataset(data_dir)))


def tkr(data_dir, rows, extra=""):
    return round(float(outcomes(data_dir, rows, extra).iloc[:, -1].sum()), 4)


@pytest.mark.parametrize("kredit", ["-200,00", "-200", "\u2212200,00", "-1 200,50"])
def test_a_negative_kredit_is_refused_saying_both_readings(data_dir, kredit):
    rows = ["2024-01;5011;9100;1000,00;", f"2024-01;5011;9100;;{kredit}"]
    with pytest.raises(DataError, match=r"dk-2024\.csv:3: Kredit: .* är negativt i kredit: "
                       r"visar exporten krediter med minustecken, eller är raden en rättelse "
                       r"\(röd kredit\)\? .*kredit_med_minus: true.*rattelse_med_minus: true"):
        outcomes(data_dir, rows)


def test_a_negative_debet_is_refused_by_line_and_column(data_dir):
    rows = ["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;250,00",
            "2024-01;5011;9100;-300,00;"]
    with pytest.raises(DataError, match=r"dk-2024\.csv:4: Debet: \"-300,00\" är negativt i "
                       r"debet: är raden en rättelse \(röd debet\)\?.*rattelse_med_minus"):
        outcomes(data_dir, rows)


@pytest.mark.parametrize("rows, expected", [
    (["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;250,50"], 0.7495),   # unsigned D/K
    (["2024-01;5011;9100;1000,00;0,00", "2024-01;5011;9100;0,00;250,50"], 0.7495),
    (["2024-01;5011;9100;1000,00;-0,00", "2024-01;5011;9100;-0,00;250,50"], 0.7495),
    (["2024-01;5011;9100;1000,00;", "2024-02;5011;9100;500,00;"], 1.5),     # debits only
    (["2024-01;5011;9100;1000,00;-", "2024-01;5011;9100;;250,50"], 0.7495),  # "-" is 0
], ids=["empty", "zero", "minus-zero", "debits-only", "dash"])
def test_unsigned_zero_and_empty_sides_still_pass(data_dir, rows, expected):
    assert tkr(data_dir, rows) == expected


def test_kredit_med_minus_adds_the_negative_credits(data_dir):
    rows = ["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;-250,50",
            "2024-01;5011;9100;0,00;0,00", "2024-01;5011;9100;;-0,00"]
    assert tkr(data_dir, rows, "    kredit_med_minus: true\n") == 0.7495


def test_kredit_med_minus_refuses_a_positive_kredit(data_dir):
    rows = ["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;250,50"]
    with pytest.raises(DataError, match=r"dk-2024\.csv:3: Kredit: \"250,50\" är positivt, men "
                       r"layouten dk .* har kredit_med_minus: true: är det en kredit utan "
                       r"minustecken, eller en rättelse \(röd kredit\)\?"):
        outcomes(data_dir, rows, "    kredit_med_minus: true\n")


def test_rattelse_med_minus_reads_a_red_credit_as_a_correction(data_dir):
    rows = ["2024-01;5011;9100;1000,00;", "2024-01;5011;9100;;-250,00",
            "2024-01;5011;9100;-100,00;"]
    assert tkr(data_dir, rows, "    rattelse_med_minus: true\n") == 1.15


@pytest.mark.parametrize("extra, message", [
    ("    kredit_med_minus: ja\n", r"kredit_med_minus ska vara true eller false \(utan citattecken\), inte ja$"),
    ("    kredit_med_minus: true\n    rattelse_med_minus: true\n", "kredit_med_minus och rattelse_med_minus kan inte båda vara true"),
    ("    kredit_med_minu: true\n", "okänd nyckel kredit_med_minu"),
], ids=["not-bool", "both", "misspelt"])
def test_the_minus_keys_are_checked(data_dir, extra, message):
    with pytest.raises(DataError, match=r"huvudbok_layouts\.yaml: layout dk: " + message):
        outcomes(data_dir, ["2024-01;5011;9100;1000,00;"], extra)


def test_a_minus_key_in_a_belopp_layout_is_refused(data_dir):
    (data_dir / "huvudbok_layouts.yaml").write_text(
        "layouts:\n  b:\n    columns: {period: Period, konto: Konto, ansvar: Ansvar, "
        "belopp: Belopp}\n    kredit_med_minus: false\n", encoding="utf-8")
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "b-2024.csv").write_text(
        "Period;Konto;Ansvar;Belopp\n2024-01;5011;9100;100\n", encoding="utf-8")
    with pytest.raises(DataError, match="layout b: kredit_med_minus gäller bara en layout "
                       "med debet och kredit"):
        ledger.ledger_for(load_dataset(data_dir))
