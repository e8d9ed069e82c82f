"""`itvt beslutsunderlag --period 2024-02 --period 2023-12` (as `itvt run` takes two
periods) wrote one memo, for the last period only, without a word; so did a second
--modell. A memo is of one model and one period: a flag given twice is bad input, one
Swedish line, exit 2, nothing written."""

from __future__ import annotations

import pytest

from itvt_lib import cli
from itvt_lib.core.errors import InputError


@pytest.mark.parametrize(("periods", "expected"), [
    (None, "latest"), (["2024-02"], "2024-02"), (["latest"], "latest")])
def test_one_period_or_latest_is_the_memos_period(periods, expected):
    result = cli.one_period(periods)
    assert result == expected


@pytest.mark.parametrize("periods", [["2024-02", "2023-12"], ["2024-02", "2024-02"]])
def test_a_second_period_is_refused(periods):
    with pytest.raises(InputError, match=r"^--period: ett beslutsunderlag gäller en period"):
        cli.one_period(periods)


def test_cli_memo_with_two_periods_is_one_line_exit_2_and_writes_nothing(capsys, tmp_path):
    output = tmp_path / "utdata"
    result = cli.main(["beslutsunderlag", "--modell", "Lika delar", "--period", "2024-02",
                       "--period", "2023-12", "--output-dir", str(output)])
    err = capsys.readouterr().err.splitlines()
    assert (result, len(err)) == (2, 1)
    assert err[0] == ("fel: --period: ett beslutsunderlag gäller en period; ange --period en "
                      "gång (angavs 2 gånger: 2024-02, 2023-12).")
    assert not output.exists()


@pytest.mark.parametrize("names", [["Lika delar", "Budgetandel"], ["Lika delar", "Lika delar"]])
def test_a_second_model_is_refused(names):
    with pytest.raises(InputError, match=r"^--modell: ett beslutsunderlag gäller en modell; "
                                         r"ange --modell en gång \(angavs 2 gånger"):
        cli.once("--modell", "en modell", names)


def test_cli_memo_with_two_models_is_one_line_exit_2_and_writes_nothing(capsys, tmp_path):
    output = tmp_path / "utdata"
    result = cli.main(["beslutsunderlag", "--modell", "Lika delar", "--modell", "Budgetandel",
                       "--period", "2024-02", "--output-dir", str(output)])
    err = capsys.readouterr().err.splitlines()
    assert (result, len(err)) == (2, 1)
    assert err[0] == ("fel: --modell: ett beslutsunderlag gäller en modell; ange --modell en "
                      "gång (angavs 2 gånger: Lika delar, Budgetandel).")
    assert not output.exists()
