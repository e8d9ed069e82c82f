"""Hostile switchboard rows (areas/calls/vaxel.py): monthly rows for January and March
with February not yet typed were summed and published as the calls of the whole first
quarter ("Växeln tog emot 5 670 samtal under första kvartalet 2024", the same on the start
page), with no warning. A total whose rows leave a day of its range without a row (for
the platform, or for a kommun) is now missing, "uppgift saknas", and the checks page names
the first member and day without a row, as a warning, so the controller knows what to add."""

from __future__ import annotations

import pandas as pd
import pytest

from itvt_lib.areas import calls, open_report

NB = "\u00a0"
ROW = "{},{},{},Telenor,{},{},92,00:24,66,81,92,97,00:52,420,190\n"


def report_with(data_dir, rows):
    """The shipped data with a March forecast (so 2024-03 can be reported) and the given
    switchboard rows of 2024."""
    for name, extra in (
        ("driftredovisning.csv", "".join(
            f"2024,2024-03,prognos,{k},{v}\n" for k, v in (
                ("Intäkter", -17750), ("Personalkostnader", 14929),
                ('"Lokalkostnader, energi, VA"', 0), ("Övriga kostnader", 16356),
                ("Kapitalkostnader", 5436), ("Kommunbidrag", 18971)))),
        ("vaxel.csv", "".join(ROW.format(*row) for row in rows)),
    ):
        path = data_dir / name
        path.write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return open_report("2024-03", data_dir)


JAN_MAR = [("2024-01-01", "2024-01-31", "Herrljunga", 1100, 1020),
           ("2024-01-01", "2024-01-31", "Vårgårda", 1700, 1540),
           ("2024-03-01", "2024-03-31", "Herrljunga", 1150, 1060),
           ("2024-03-01", "2024-03-31", "Vårgårda", 1720, 1560)]
ONE_KOMMUN_SHORT = [("2024-01-01", "2024-03-31", "Herrljunga", 3410, 3150),
                    ("2024-01-01", "2024-01-31", "Vårgårda", 1700, 1540)]
HOLE_BESIDE_A_WHOLE_ROW = [("2024-01-01", "2024-01-31", "Herrljunga", 1100, 1020),
                           ("2024-03-01", "2024-03-31", "Herrljunga", 1150, 1060),
                           ("2024-01-01", "2024-03-31", "Vårgårda", 5120, 4640)]
ONE_MEMBER_ONLY = [("2024-01-01", "2024-03-31", "Herrljunga", 3410, 3150)]
WHOLE = [("2024-01-01", "2024-01-31", "Herrljunga", 1100, 1020),
         ("2024-02-01", "2024-03-31", "Herrljunga", 2310, 2130),
         ("2024-01-01", "2024-03-31", "Vårgårda", 5120, 4640)]


@pytest.mark.parametrize("rows, expected", [
    (JAN_MAR, "Antalet samtal i växeln under första kvartalet 2024: uppgift saknas."),
    (ONE_KOMMUN_SHORT, "Antalet samtal i växeln under första kvartalet 2024: uppgift saknas."),
    (HOLE_BESIDE_A_WHOLE_ROW, "Antalet samtal i växeln under första kvartalet 2024: uppgift saknas."),
    (ONE_MEMBER_ONLY, "Antalet samtal i växeln under första kvartalet 2024: uppgift saknas."),
    (WHOLE, f"Växeln tog emot 8{NB}530 samtal under första kvartalet 2024."),
])
def test_the_switchboard_sentence_states_only_a_covered_total(data_dir, rows, expected):
    ctx = report_with(data_dir, rows)
    result = [line for line in calls.summary(ctx) if "växeln" in line.lower()][0]
    assert result == expected


@pytest.mark.parametrize("rows, expected", [(JAN_MAR, None), (ONE_MEMBER_ONLY, None),
                                            (WHOLE, 8530.0)])
def test_the_key_figure_is_missing_when_a_month_has_no_row(data_dir, rows, expected):
    ctx = report_with(data_dir, rows)
    figure = [k for k in calls.key_figures(ctx) if k.name.startswith("Samtal i växeln")][0]
    assert figure.value == expected


@pytest.mark.parametrize("rows, expected", [
    (JAN_MAR, [None, None]),
    (ONE_KOMMUN_SHORT, [5110.0, None]),  # as if Vårgårda left Telenor: its Telenor calls
    (HOLE_BESIDE_A_WHOLE_ROW, [None, None]),
    (ONE_MEMBER_ONLY, [3410.0, None]),
    (WHOLE, [8530.0, 8530.0]),
])
def test_the_platform_table(data_dir, rows, expected):
    ctx = report_with(data_dir, rows)
    table = calls.vaxel_platforms_for(ctx)
    result = [None if pd.isna(v) else v for v in table["Inkommande samtal"]]
    assert result == expected


@pytest.mark.parametrize("ranges, expected", [
    ([("2024-01-01", "2024-01-31"), ("2024-02-01", "2024-03-31")], True),
    ([("2024-01-01", "2024-03-31"), ("2024-02-01", "2024-02-29")], True),
    ([("2024-01-01", "2024-01-31"), ("2024-03-01", "2024-03-31")], False),
    ([("2024-01-02", "2024-03-31")], False),
    ([("2024-01-01", "2024-03-30")], False),
])
def test_covers(ranges, expected):
    from datetime import date

    from itvt_lib.areas.calls.ranges import covers
    spans = [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in ranges]
    result = covers(spans, date(2024, 1, 1), date(2024, 3, 31))
    assert result is expected


DESCRIPTION = "Växel 2024-01-01–2024-03-31: en rad för varje medlem och dag"


def gap_checks(ctx):
    return [c for c in calls.checks(ctx) if c.description.endswith("medlem och dag")]


@pytest.mark.parametrize("rows, expected", [
    (JAN_MAR, "Herrljunga saknar 2024-02-01"),
    (ONE_KOMMUN_SHORT, "Vårgårda saknar 2024-02-01"),
    (HOLE_BESIDE_A_WHOLE_ROW, "Herrljunga saknar 2024-02-01"),
    (ONE_MEMBER_ONLY, "Vårgårda saknar 2024-01-01"),
])
def test_the_first_member_and_day_without_a_row_is_a_warning(data_dir, rows, expected):
    result = gap_checks(report_with(data_dir, rows))

    assert [(c.description, c.actual, c.status) for c in result] == [
        (DESCRIPTION, expected, "warn")]


def test_a_covered_range_has_no_gap_line(data_dir):
    result = gap_checks(report_with(data_dir, WHOLE))

    assert result == []
