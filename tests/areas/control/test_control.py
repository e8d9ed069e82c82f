"""Internal control (internkontroll): riskvärde, risk matrix, follow-up, checks, bad input."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import notebook_text

from itvt_lib import areas as report
from itvt_lib.areas import control, load_dataset
from itvt_lib.core.checks import FAIL, PASS, WARN
from itvt_lib.core.errors import DataError
from itvt_lib.core.formatting import kind_of
from itvt_lib.core.periods import Period
from itvt_lib.core.presentation import bullets

# Source: "Uppföljning av servicenämnden IT, Växel och Telefoni internkontrollplan per
# 2023-12-31": nr → (R, K, printed riskvärde).
SOURCE_2023 = {1: (3, 4, 12), 2: (4, 3, 12), 3: (4, 4, 16), 4: (4, 2, 8), 5: (3, 3, 9),
               6: (3, 2, 6)}


def _risks(rows):
    return pd.DataFrame(rows, columns=["year", "nr", "risk", "sannolikhet", "konsekvens"])


def test_riskvarde_is_r_times_k():
    risks = _risks([(2023, 1, "a", 3, 4), (2023, 2, "b", 1, 1), (2023, 3, "c", 4, 4)])
    result = control.risk_values(risks)
    expected = pd.Series([12, 1, 16], name="riskvarde")
    pd.testing.assert_series_equal(result, expected)


def test_risk_matrix_places_each_risk_by_number_in_its_cell():
    risks = _risks([(2023, 7, "a", 1, 4), (2023, 2, "b", 4, 1), (2023, 5, "c", 2, 3),
                    (2023, 3, "d", 2, 3)])
    result = control.risk_matrix(risks)
    expected = pd.DataFrame([["2", "", "", ""], ["", "", "", ""], ["", "", "3, 5", ""],
                             ["", "", "", "7"]],
                            index=pd.Index([4, 3, 2, 1], name="sannolikhet"),
                            columns=pd.Index([1, 2, 3, 4], name="konsekvens"))
    pd.testing.assert_frame_equal(result, expected)


def test_matrix_values_are_r_times_k_with_the_highest_likelihood_on_top():
    result = control.matrix_values()
    assert result.loc[4, 4] == 16 and result.loc[1, 1] == 1 and result.loc[3, 2] == 6
    assert result.index.tolist() == [4, 3, 2, 1] and result.columns.tolist() == [1, 2, 3, 4]


def test_the_2023_risk_values_are_the_source_s(ctx_2023):
    ranked = control.ranked_for(ctx_2023)
    result = ranked.set_index("nr")[["sannolikhet", "konsekvens", "riskvarde"]].sort_index()
    expected = pd.DataFrame.from_dict(SOURCE_2023, orient="index",
                                      columns=["sannolikhet", "konsekvens", "riskvarde"])
    pd.testing.assert_frame_equal(result, expected, check_names=False, check_dtype=False)


def test_the_2023_table_is_sorted_by_riskvarde_highest_first(ctx_2023):
    ranked = control.ranked_for(ctx_2023)
    assert ranked["riskvarde"].tolist() == [16, 12, 12, 9, 8, 6]
    assert ranked["nr"].tolist() == [3, 1, 2, 5, 4, 6]  # equal riskvärde: by number
    table = control.display_table(ranked)
    assert table.columns[-1] == "Riskvärde (R×K)" and table.iloc[0]["Risk"] == "IT säkerhet"


def test_the_2023_matrix_places_the_risks_as_the_source(ctx_2023):
    matrix = control.risk_matrix(control.ranked_for(ctx_2023))
    placed = {nr: (r, k) for r in matrix.index for k in matrix.columns
              for nr in matrix.loc[r, k].split(", ") if nr}
    assert placed == {str(nr): (r, k) for nr, (r, k, _) in SOURCE_2023.items()}
    assert matrix.loc[4, 4] == "3"


def test_follow_up_items_are_lines_in_order_as_text_rendered_escaped(ctx_2023):
    follow_up = ctx_2023.dataset["internkontroll_uppfoljning"]
    items = control.follow_up_items(follow_up, 2023, 3)
    assert len(items) == 5  # the fifth continues on the source's next page
    assert items[0].startswith("Inför systematisk uppföljning/stickprov")
    assert items[-1] == "Inaktivera oanvända tjänster och protokoll (härda systemen) – görs " \
                        "kontinuerligt"
    # the source's <b> tags are gone, the words kept
    assert control.follow_up_items(follow_up, 2023, 2)[1] == "Införa krypterad e-post.- infört"
    assert all("<" not in item for item in follow_up["text"])
    risks = pd.DataFrame({"year": [2023], "nr": [1], "risk": ["<script>x</script>"],
                          "kontrollmoment": ["a & b"]})
    items = pd.DataFrame({"year": [2023], "nr": [1], "ordning": [1], "text": ["<b>fet</b>"]})
    result = control.follow_up_sections(risks, items)
    assert result == [("1. <script>x</script>", "a & b", ["<b>fet</b>"])]  # text, not HTML
    html = bullets(result[0][2]).data
    assert html == "<ul><li>&lt;b&gt;fet&lt;/b&gt;</li></ul>"
    assert bullets([]).data == ""


def test_summary_key_figure_and_checks(ctx_2023):
    assert control.summary(ctx_2023) == [
        "Internkontrollplanen för 2023 omfattar 6 risker, som har följts upp per 2023-12-31.",
        "Högst riskvärde har risken IT säkerhet (4 × 4 = 16)."]
    (figure,) = control.key_figures(ctx_2023)
    assert figure.value == 16 and kind_of(figure.unit).figure(figure.value) == "16"
    result = control.checks(ctx_2023)
    # 12 checks of the risks pass; the follow-up's title (per 2023-12-31) and its column
    # (per 31 augusti 2023) name different dates, and four control steps share no word with
    # their risk: known inconsistencies, warned
    assert len(result) == 14
    assert [c.status for c in result if c.status != PASS] == [WARN, WARN]
    assert (result[-2].expected, result[-2].actual) == ("2023-12-31", "2023-08-31")
    assert (result[-1].expected, result[-1].actual) == (0.0, 4.0)


def test_data_belongs_to_the_year_end_report_only():
    dataset = load_dataset()
    assert control.has_data(dataset, Period(2023, 12))
    assert not control.has_data(dataset, Period(2024, 2))
    assert not control.has_data(dataset, Period(2024, 12))
    assert control.checks(report.open_report("2024-02")) == []


def _replace(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_printed_riskvarde_other_than_r_times_k_fails_its_check(data_dir):
    _replace(data_dir / "internkontroll.csv", "4,2,8,", "4,2,9,")
    result = control.checks(report.open_report("2023-12", data_dir))
    failed = [c for c in result if c.status == FAIL]
    assert len(failed) == 1 and failed[0].expected == 9 and failed[0].actual == 8


@pytest.mark.parametrize("old, new, message", [
    ("3,4,12,", "5,4,12,", r"internkontroll.csv:2: sannolikhet: 5 är större än det största tillåtna, 4"),
    ("4,3,12,", "4,0,12,", r"internkontroll.csv:3: konsekvens: 0 är mindre än det minsta tillåtna, 1"),
    ("4,4,16,", "4,5,20,", r"internkontroll.csv:4: konsekvens: 5 är större än det största tillåtna, 4"),
    ("3,3,9,", "3,x,9,", r"internkontroll.csv:6: konsekvens: \"x\" är inte ett tal"),
])
def test_r_or_k_out_of_range_is_a_one_line_error(data_dir, old, new, message):
    _replace(data_dir / "internkontroll.csv", old, new)
    with pytest.raises(DataError, match=message):
        load_dataset(data_dir)


def test_follow_up_of_a_risk_not_in_the_plan_is_bad_input(data_dir):
    with open(data_dir / "internkontroll_uppfoljning.csv", "a", encoding="utf-8") as fh:
        fh.write("2024,1,1,En punkt\n")  # risk 1 exists in 2023, not in 2024
    with pytest.raises(DataError, match=r"internkontroll_uppfoljning.csv:25: nr: risk 1 finns "
                                        r"inte i internkontrollplanen 2024"):
        report.open_report("2023-12", data_dir)


@pytest.mark.slow
def test_notebook_2023_12(published_notebook):
    text = notebook_text(published_notebook("2023-12", "06-internkontroll.ipynb"))
    for expected in ["Högst riskvärde har risken IT säkerhet (4 × 4 = 16).", "Riskvärde (R×K)",
                     "Förändringsprocessen ska följas upp", "Digitaliseringsledare / Changemanager",
                     "Införa krypterad e-post.- infört", "Görs under förutsättning att det finns"]:
        assert expected in text, expected
    # the table is sorted by riskvärde: IT säkerhet (16) before Digitalisering (12)
    assert text.index("Förändringsprocessen ska följas upp") < \
        text.index("Kontroll att behörigheter är rätt för IT personal")


@pytest.mark.slow
def test_notebook_2024_02_says_no_data(published_notebook):
    text = notebook_text(published_notebook("2024-02", "06-internkontroll.ipynb"))
    # one sentence instead of empty sections: no heading without content
    assert text.split("\n")[-1].strip() == (
        "Internkontrollplanen följs upp i årets bokslut (rapporten per december); "
        "den här perioden har ingen uppföljning.")
    assert "Riskvärde (R×K)" not in text and "Riskmatris" not in text
