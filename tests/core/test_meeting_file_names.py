"""Hostile params folders (core/params.py): a meeting file itvt would never read
(`2024-03-06.yml`, `2024-3-6.yaml`) is one Swedish line, not a meeting that silently loses
its agenda; a meeting file whose own date differs from its name is bad input; texts typed
on a Mac (NFD) are the names they look like."""

from __future__ import annotations

import unicodedata

import pytest

from itvt_lib.areas import load_params
from itvt_lib.core.errors import ParamError

AGENDA = 'meeting:\n  datum: "2024-03-06"\n  ordforande: Mats Palm\n'
PERIOD = 'meeting:\n  datum: "2024-03-06"\n'


def params_folder(tmp_path, agenda_name="2024-03-06.yaml", agenda=AGENDA):
    (tmp_path / "defaults.yaml").write_text("", encoding="utf-8")
    (tmp_path / "meetings").mkdir()
    (tmp_path / "meetings" / agenda_name).write_text(agenda, encoding="utf-8")
    (tmp_path / "2024-02.yaml").write_text(PERIOD, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name", ["2024-03-06.yml", "2024-3-6.yaml", "2024-03-06 kopia.yaml"])
def test_a_meeting_file_itvt_never_reads_is_one_swedish_line(tmp_path, name):
    with pytest.raises(ParamError, match=rf"meetings/{name}: läses inte"):
        load_params("2024-02", params_folder(tmp_path, name))


def test_a_meeting_file_whose_date_differs_from_its_name_is_bad_input(tmp_path):
    folder = params_folder(tmp_path, agenda=AGENDA.replace("2024-03-06", "2024-03-07"))
    with pytest.raises(ParamError, match=r"meetings/2024-03-06\.yaml: meeting\.datum: "
                                         r"2024-03-07.*2024-03-06"):
        load_params("2024-02", folder)


def test_a_meeting_text_typed_on_a_mac_is_read_in_nfc(tmp_path):
    agenda = AGENDA.replace("Mats Palm", unicodedata.normalize("NFD", "Åsa Öberg"))
    result = load_params("2024-02", params_folder(tmp_path, agenda=agenda)).meeting.ordforande
    assert result == "Åsa Öberg"


def test_a_period_file_named_in_other_digits_is_one_swedish_line(tmp_path):
    folder = params_folder(tmp_path)
    (folder / "٢٠٢٤-٠٢.yaml").write_text("controller: X\n", encoding="utf-8")
    with pytest.raises(ParamError, match="läses inte"):
        load_params("2024-02", folder)


@pytest.mark.parametrize("text", ["٢٠٢٤-٠٢", "２０２４-02"])
def test_a_period_in_other_digits_is_not_a_period(text):
    from itvt_lib.core.periods import parse_period_param

    with pytest.raises(ParamError, match="ÅÅÅÅ-MM"):
        parse_period_param(text)
