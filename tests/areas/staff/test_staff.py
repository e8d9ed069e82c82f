"""Staff figures (väsentliga personalförhållanden): table, change, formats, bad input."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import notebook_text

from itvt_lib import areas as report
from itvt_lib.areas import load_dataset, staff
from itvt_lib.core.checks import PASS, WARN
from itvt_lib.core.errors import DataError
from itvt_lib.core.periods import Period
from itvt_lib.core.presentation import total_rows

NBSP, MINUS = "\u00a0", "\u2212"

# Source: Förvaltningsberättelse 2023, "Väsentliga personalförhållanden" (Nov 2022, Nov 2023).
SOURCE = {
    ("sjukfranvaro", "total"): (2.2, 2.2), ("sjukfranvaro", "kvinnor"): (1.3, 1.3),
    ("sjukfranvaro", "män"): (3.0, 2.9),
    ("langtidssjukfranvaro", "total"): (0.0, 15.7), ("langtidssjukfranvaro", "kvinnor"): (0.0, 0.0),
    ("langtidssjukfranvaro", "män"): (0.0, 20.1),
    ("heltid", "total"): (92.3, 94.4), ("heltid", "kvinnor"): (100.0, 87.5),
    ("heltid", "män"): (85.7, 100.0),
}


def _staff(rows):
    frame = pd.DataFrame(rows, columns=["period", "measure", "grupp", "procent"])
    frame["statistik_fran"] = frame["statistik_till"] = None
    return frame


def test_table_has_both_years_and_the_change_in_percentage_points():
    frame = _staff([("2022-11", "heltid", "total", 80.0), ("2023-11", "heltid", "total", 90.5),
                    ("2023-11", "heltid", "kvinnor", 70.0)])
    table = staff.staff_table(frame, Period(2023, 11))
    assert list(table.columns) == ["Nov 2022", "Nov 2023", staff.CHANGE]
    assert table.loc[("heltid", "total")].tolist() == [80.0, 90.5, 10.5]  # 90,5 − 80,0
    # no value a year before: the change is missing, not the value itself
    row = table.loc[("heltid", "kvinnor")]
    assert pd.isna(row["Nov 2022"]) and row["Nov 2023"] == 70 and pd.isna(row[staff.CHANGE])
    assert len(table) == len(staff.MEASURES) * len(staff.GROUPS)


def test_the_2023_table_is_the_source_s(ctx_2023):
    table = staff.table_for(ctx_2023)
    expected = pd.DataFrame([SOURCE[k] for k in table.index], index=table.index,
                            columns=["Nov 2022", "Nov 2023"])
    pd.testing.assert_frame_equal(table[["Nov 2022", "Nov 2023"]], expected)


@pytest.mark.parametrize("key, change", [
    (("sjukfranvaro", "total"), 0.0), (("sjukfranvaro", "män"), -0.1),
    (("langtidssjukfranvaro", "total"), 15.7), (("langtidssjukfranvaro", "män"), 20.1),
    (("heltid", "total"), 2.1), (("heltid", "kvinnor"), -12.5), (("heltid", "män"), 14.3),
])
def test_the_2023_changes(ctx_2023, key, change):
    # change = Nov 2023 − Nov 2022, in percentage points
    assert staff.table_for(ctx_2023).loc[key, staff.CHANGE] == pytest.approx(change, abs=1e-9)


@pytest.mark.parametrize("value, expected", [
    (15.7, f"15,7{NBSP}%"), (0.0, f"0,0{NBSP}%"), (100.0, f"100,0{NBSP}%"),
    (None, "uppgift saknas")])
def test_percent_values_are_shown_with_one_decimal(value, expected):
    assert staff.fmt_staff_percent(value) == expected


@pytest.mark.parametrize("value, expected", [
    (15.7, "+15,7"), (-0.1000000000000001, f"{MINUS}0,1"), (0.0, "±0,0"), (2.1000000000000085, "+2,1")])
def test_changes_are_signed_points(value, expected):
    assert staff.fmt_points(value) == expected


def test_display_rows_and_chart(ctx_2023):
    table = staff.table_for(ctx_2023)
    shown = staff.display_table(table)
    assert shown.index[0] == staff.MEASURES["sjukfranvaro"] and shown.index[1] == "– kvinnor"
    assert total_rows(shown, staff.TOTAL_LABELS) == [True, False, False] * 3
    chart = staff.chart_frame(table)
    assert chart.loc["Långtidssjukfrånvaro"].tolist() == pytest.approx([0.0, 0.157])  # shares


def test_summary_key_figure_span_and_checks(ctx_2023):
    assert staff.summary(ctx_2023)[:2] == [
        f"Den totala sjukfrånvaron är 2,2{NBSP}% (Nov 2023) och ligger på samma nivå som "
        "föregående år.",
        f"Långtidssjukfrånvaron är 15,7{NBSP}% (Nov 2023) och har ökat med 15,7 procentenheter "
        "jämfört med föregående år."]
    (figure,) = staff.key_figures(ctx_2023)
    # the start page shows a "%" key figure from a share: 2,2 % is 0.022
    assert (figure.value, figure.unit, figure.decimals) == (pytest.approx(0.022), "%", 1)
    assert staff.statistics_span(ctx_2023) == "Statistiken gäller 2022-12-01–2023-11-30."
    result = staff.checks(ctx_2023)
    # six totals between women and men, and the text's two comments against the figures:
    # "samma nivå" (2,2 → 2,2) holds; "ökat något" (0,0 → 15,7) is a known inconsistency
    assert len(result) == 8
    assert [c.status for c in result if c.status != PASS] == [WARN]
    (warned,) = [c for c in result if c.status == WARN]
    assert warned.expected == "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022."
    assert warned.actual == "0,0\u00a0% → 15,7\u00a0%"


def test_data_belongs_to_the_year_end_report_of_its_year():
    dataset = load_dataset()
    assert staff.has_data(dataset, Period(2023, 12))
    assert not staff.has_data(dataset, Period(2024, 2))
    assert not staff.has_data(dataset, Period(2023, 10))  # not a year-end report
    assert staff.checks(report.open_report("2024-02")) == []


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_comment_is_the_sources_text_from_the_data(data_dir):
    _replace(data_dir / "personal_kommentar.csv", "ligger på samma nivå", "ligger nära samma nivå")
    texts, notes = staff.comment_texts(report.open_report("2023-12", data_dir))
    assert texts == ["Den totala sjukfrånvaron ligger nära samma nivå som föregående år.",
                     "Långtidssjukfrånvaron har däremot ökat något jämfört med 2022."]
    # "ökat något" does not fit 0,0 → 15,7: the page says so beside the text
    assert notes == [f"Anmärkning: texten om långtidssjukfrånvaro (totalt) stämmer inte med "
                     f"siffrorna, 0,0{NBSP}% → 15,7{NBSP}% (+15,7 procentenheter)."]


def test_a_total_outside_women_and_men_is_flagged(data_dir):
    _replace(data_dir / "personal.csv", "sjukfranvaro,total,2.2\n2022-11",
             "sjukfranvaro,total,3.5\n2022-11")  # line 2: above both 1,3 and 3,0
    result = staff.checks(report.open_report("2023-12", data_dir))
    totals = [c for c in result if "totalen ligger" in c.description]
    assert [c.status for c in totals].count(WARN) == 1


@pytest.mark.parametrize("old, new, message", [
    ("heltid,kvinnor,100.0", "heltid,kvinnor,100.1",
     r"personal.csv:9: procent: 100.1 är större än det största tillåtna, 100"),
    ("2022-11,,,sjukfranvaro,total,2.2", "2022-11,,,sjukfranvaro,total,-0.5",
     r"personal.csv:2: procent: -0.5 är mindre än det minsta tillåtna, 0"),
    ("2022-11,,,heltid,män,85.7", "2022-11,,,heltid,man,85.7",
     r"personal.csv:10: grupp: \"man\" är inget av total, kvinnor, män"),
    ("2023-11,2022-12-01,2023-11-30,heltid,män", "2023-11,2022-12-01,2023-10-31,heltid,män",
     r"personal.csv:19: statistik_till: 2023-10-31 ligger inte i mätmånaden 2023-11"),
])
def test_bad_input_is_a_one_line_error(data_dir, old, new, message):
    _replace(data_dir / "personal.csv", old, new)
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


@pytest.mark.slow
def test_notebook_2023_12(published_notebook):
    text = notebook_text(published_notebook("2023-12", "07-personal.ipynb"))
    for expected in ["Nov 2022", "Nov 2023", "Förändring (procentenheter)", f"15,7{NBSP}%",
                     f"94,4{NBSP}%", f"{MINUS}12,5", "+20,1", "±0,0",
                     "Statistiken gäller 2022-12-01–2023-11-30.",
                     "Långtidssjukfrånvaron har däremot ökat något"]:
        assert expected in text, expected


@pytest.mark.slow
def test_notebook_2024_02_says_no_data(published_notebook):
    text = notebook_text(published_notebook("2024-02", "07-personal.ipynb"))
    # one sentence instead of empty sections: no heading without content
    assert text.split("\n")[-1].strip() == (
        "Personaluppgifterna redovisas i årets bokslut (rapporten per december); "
        "den här perioden har inga.")
    assert "Nov 2023" not in text and "Sjukfrånvaro och andel heltid" not in text


@pytest.mark.parametrize("claim, previous, current, expected", [
    ("samma_niva", 2.2, 2.2, True),
    ("samma_niva", 2.2, 2.8, False),   # 0,6 points is more than 0,5
    ("okat_nagot", 0.0, 15.7, False),  # the source's long-term sick leave
    ("okat_nagot", 10.0, 12.0, True),  # 2 points ≤ a quarter of 10
    ("okat_nagot", 10.0, 9.0, False),  # wrong direction
    ("minskat", 5.0, 1.0, True),
])
def test_claim_holds(claim, previous, current, expected):
    assert staff.claim_holds(claim, previous, current) is expected
