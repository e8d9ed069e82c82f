"""Staff tables: the display table's labels and order, the change in points, the chart frame,
the statistics span, the measurement of a period, and data only at year end.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff


def test_staff_display_table_labels_rows_and_names_its_index(ctx_2023):
    table = staff.table_for(ctx_2023)
    result = staff.display_table(table)
    assert result.index.name == "Procent"
    assert result.index[:3].tolist() == [
        "Sjukfrånvaro i förhållande till ordinarie arbetstid", "– kvinnor", "– män"]


def test_staff_table_formats_points_for_the_change_only(ctx_2023):
    table = staff.table_for(ctx_2023)
    formats = staff.table_formats(table)
    assert [formats[c](15.7) for c in table.columns] == ["15,7\u00a0%", "15,7\u00a0%", "+15,7"]


def test_staff_chart_frame_totals_as_shares(ctx_2023):
    result = staff.chart_frame(staff.table_for(ctx_2023))
    # Source: sjukfrånvaro totalt 2,2 % both years; långtid 0,0 → 15,7 %; heltid 94,4 % (2023)
    assert result.index.tolist() == ["Sjukfrånvaro", "Långtidssjukfrånvaro", "Andel heltid"]
    assert result.loc["Långtidssjukfrånvaro"].round(3).tolist() == [0.0, 0.157]
    assert round(result.loc["Andel heltid"].iloc[1], 3) == 0.944


def test_staff_statistics_span(ctx_2023):
    assert staff.statistics_span(ctx_2023) == "Statistiken gäller 2022-12-01–2023-11-30."


def test_staff_statistics_span_empty_when_the_end_is_not_stated(ctx_2023, monkeypatch):
    frame = ctx_2023.dataset["personal"].copy()
    frame["statistik_till"] = None
    dataset = {**{"personal_kommentar": ctx_2023.dataset["personal_kommentar"]},
               "personal": frame}
    probe = type("Ctx", (), {"dataset": dataset, "period": ctx_2023.period})()
    assert staff.statistics_span(probe) == ""


def test_staff_table_in_measure_and_group_order_whatever_the_data_order(ctx_2023):
    frame = ctx_2023.dataset["personal"]
    result = staff.staff_table(frame.iloc[::-1], staff.measurement_for(frame, ctx_2023.period))
    assert result.index.names == ["measure", "grupp"]
    assert result.index.tolist()[:2] == [("sjukfranvaro", "total"), ("sjukfranvaro", "kvinnor")]
    assert result.iloc[0].tolist()[:2] == [2.2, 2.2]


@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12", "2023-11"), ("2023-11", "2023-11"), ("2023-10", None), ("2024-02", None),
    ("2022-12", "2022-11"),
])
def test_staff_measurement_for(ctx_2023, period, expected):
    from itvt_lib.core.periods import Period

    result = staff.measurement_for(ctx_2023.dataset["personal"], Period.parse(period))
    assert (None if result is None else str(result)) == expected


def test_staff_has_data_only_at_year_end(ctx_2023):
    from itvt_lib.core.periods import Period

    personal = {"personal": ctx_2023.dataset["personal"]}
    assert staff.has_data(personal, Period.parse("2023-12")) is True
    assert staff.has_data(personal, Period.parse("2023-11")) is False
    assert staff.has_data(personal, Period.parse("2024-12")) is False
