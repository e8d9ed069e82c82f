"""A date in a data file is written ÅÅÅÅ-MM-DD, as the message for a bad one says. Python
3.11 also reads a compact "20221101" and a week date "2022-W44-2"; they passed unseen, and
which forms pass depended on the Python version. A duration in digits other than ASCII
("٣:٠٠") was read though every number in such digits is refused. Both are bad input now."""

from __future__ import annotations

import pytest
from conftest import onex_as_xlsx

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _key_date(data_dir, text: str) -> None:
    """befolkning.csv with its first key_date written as `text`."""
    path = data_dir / "befolkning.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first = lines[1].split(",", 1)
    lines[1] = f"{text},{first[1]}"
    path.write_text("".join(lines), encoding="utf-8")


@pytest.mark.parametrize("text", ["20211101", "2021-W44-1", "2021W441", "2021-11-1"])
def test_a_date_not_written_year_month_day_is_bad_input(data_dir, text):
    _key_date(data_dir, text)
    with pytest.raises(DataError, match=rf'befolkning\.csv:2: key_date: "{text}" är inget '
                                        r"datum \(ÅÅÅÅ-MM-DD\)"):
        load_dataset(data_dir)


def test_a_date_written_year_month_day_is_read(data_dir):
    import datetime

    _key_date(data_dir, "2021-11-01")
    result = load_dataset(data_dir)["befolkning"]["key_date"].iloc[0]
    assert result == datetime.date(2021, 11, 1)


@pytest.mark.parametrize("text", ["٣:٠٠", "３:００", "1:٣٠:00"])
def test_a_duration_in_digits_other_than_ascii_is_bad_input(text):
    from itvt_lib.core.loading import parse_duration

    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(("text", "expected"), [("3:00", 180), ("1:30:05", 5405)])
def test_a_duration_in_ascii_digits_is_read(text, expected):
    from itvt_lib.core.loading import parse_duration

    result = parse_duration(text)
    assert result == expected


def test_a_duration_over_a_day_under_a_clock_format_is_bad_input(data_dir):
    # 1,5 days under h:mm:ss: Excel shows 12:00:00, the cell holds 36 hours
    onex_as_xlsx(data_dir, 1.5, "h:mm:ss")
    with pytest.raises(DataError, match=r"onex\.xlsx:2: langsta_kotid: .*över ett dygn"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("value", "form", "expected"), [
    (1.5, "[h]:mm:ss", 129600), (0.5, "h:mm:ss", 43200)])
def test_a_duration_shown_whole_is_read(data_dir, value, form, expected):
    onex_as_xlsx(data_dir, value, form)
    result = load_dataset(data_dir)["onex"]["langsta_kotid"].iloc[0]
    assert result == expected
