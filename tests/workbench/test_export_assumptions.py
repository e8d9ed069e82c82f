"""The workbench's sheet "Antaganden". Typed driver values, the grundavgift and the
uppräkning were written as texts ("43,6", "2,5 %"), so a controller could not compute with
them; they are numbers now, in the format that shows them as the form does, while every
other line stays text (never a formula)."""

from __future__ import annotations

import pytest

from itvt_lib.core.formatting import count, percent
from itvt_lib.core.workbook import write_book
from itvt_lib.workbench.decision import typed_kind
from itvt_lib.workbench.export import assumptions_table


@pytest.mark.parametrize(("value", "in_percent", "expected"), [
    (43.6, False, count(1, zero="0")), (9000, False, count(0, zero="0")),
    (2.5, True, percent(1)), (3, True, percent(0)), (0.125, True, percent(3))])
def test_a_typed_number_keeps_the_decimals_it_was_typed_with(value, in_percent, expected):
    result = typed_kind(value, in_percent)
    assert result == expected


def test_assumption_numbers_are_numbers_and_texts_stay_texts(tmp_path):
    import openpyxl

    lines = [("Egen modell", "=HYPERLINK(\"http://x\";\"a\")"),
             ("Samtal: Herrljunga", 43.6, typed_kind(43.6)),
             ("Uppräkning Personalkostnader", 2.5, typed_kind(2.5, True)),
             ("Samtal: Vårgårda", "uppgift saknas")]
    path = write_book(tmp_path / "a.xlsx", [assumptions_table(lines)],
                      __import__("datetime").datetime(2024, 3, 1))
    sheet = openpyxl.load_workbook(path)["Antaganden"]
    result = [(c.value, c.data_type) for c in sheet["B"][1:]]
    expected = [("=HYPERLINK(\"http://x\";\"a\")", "s"), (43.6, "n"), (0.025, "n"),
                ("uppgift saknas", "s")]
    assert result == expected
    assert sheet["B4"].number_format == percent(1).xlsx_format(2.5)


def test_fixed_shares_typed_in_the_form_are_percentages_in_antaganden(params, tmp_path):
    from itvt_lib.workbench import open_workbench

    bench = open_workbench("2024-02", params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    bench.pool_drivers["IT Gemensamt"].value = "fast"
    bench.value_boxes["Herrljunga"].value = "43,6"
    bench.value_boxes["Vårgårda"].value = "56,4"
    lines = bench.assumptions(bench.scenario(), __import__("datetime").datetime(2024, 3, 1))
    result = [(what, kind[0].text(value)) for what, value, *kind in lines
              if what.startswith("Fasta andelar")]
    expected = [("Fasta andelar: Herrljunga", "43,6\u00a0%"),
                ("Fasta andelar: Vårgårda", "56,4\u00a0%")]
    assert result == expected


@pytest.mark.parametrize(("period", "expected"), [
    ("2024-02", True),    # budget 2025 assumed: the typed rate is used
    ("2023-12", False),   # budget 2024 adopted in the data: no rate is
])
def test_a_typed_uppräkning_is_an_assumption_only_where_it_is_used(params, tmp_path, period,
                                                                 expected):
    from itvt_lib.workbench import open_workbench

    bench = open_workbench(period, params_dir=params, outputs_dir=tmp_path / "out", show=False)
    bench.rate_boxes["Personalkostnader"].value = "4"
    lines = bench.assumptions(bench.scenario(), __import__("datetime").datetime(2024, 3, 1))

    result = [what for what, *_ in lines if what.startswith("Uppräkning")]
    assert ("Uppräkning Personalkostnader" in result) == expected
    assert bool(result) == expected
    assert dict((what, value) for what, value, *_ in lines)["Parametrar (fingeravtryck)"] == \
        bench.session.context(period).params.fingerprint()
