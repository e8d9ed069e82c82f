"""An output folder in or around the input folders is refused whichever way the
folders are named: the default data/ and params/ (no flag given), a relative path with
`..`, a symlink to the data. Each case asks for a period that does not exist, so a folder
that got past the check is refused by the period instead, and nothing is written."""

from __future__ import annotations

import shutil

import pytest

from itvt_lib import cli
from itvt_lib.core.paths import DATA_DIR, PARAMS_DIR

NO_PERIOD = "1999-01"


@pytest.mark.parametrize("inside", [DATA_DIR / "rapport", PARAMS_DIR / "rapport",
                                    DATA_DIR, PARAMS_DIR / "meetings" / "x"],
                         ids=["in-data", "in-params", "data-itself", "deep-in-params"])
def test_an_output_folder_in_the_default_inputs_is_refused_without_flags(capsys, inside):
    code = cli.main(["run", "--period", NO_PERIOD, "--output-dir", str(inside)])
    err = capsys.readouterr().err
    assert code == 2
    assert "indatamappen" in err and err.count("\n") == 1
    assert inside == DATA_DIR or not inside.exists()


def test_an_output_folder_named_by_dotdot_into_the_data_is_refused(capsys, monkeypatch):
    monkeypatch.chdir(PARAMS_DIR)
    code = cli.main(["run", "--period", NO_PERIOD, "--output-dir", "../data/./rapport"])
    assert code == 2 and "indatamappen" in capsys.readouterr().err


def test_an_output_folder_through_a_symlink_to_the_data_is_refused(capsys, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    link = tmp_path / "genväg"
    link.symlink_to(data)
    code = cli.main(["run", "--period", NO_PERIOD, "--data-dir", str(data),
                     "--output-dir", str(link / "rapport")])
    assert code == 2 and "indatamappen" in capsys.readouterr().err
    assert not (data / "rapport").exists()


def test_an_output_folder_beside_the_inputs_passes_the_check(capsys, tmp_path):
    code = cli.main(["run", "--period", NO_PERIOD, "--output-dir", str(tmp_path / "O")])
    err = capsys.readouterr().err
    assert code == 2 and "indatamappen" not in err and NO_PERIOD in err
