"""data/huvudbok is the ledger's folder: a file by that name (an export saved without its
suffix, or a zip) was taken as no ledger at all and its months left out unseen. It is bad
input naming it; no huvudbok at all is still no ledger."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

EXPORT = "Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n2024-01-15;1;5011;9100;;100,00;x\n"


def test_a_file_named_huvudbok_is_bad_input(data_dir):
    (data_dir / "huvudbok").write_text(EXPORT, encoding="utf-8")
    with pytest.raises(DataError, match=r"huvudbok: är en fil, men huvudboksexporterna ska "
                                        r"ligga i en mapp huvudbok/"):
        load_dataset(data_dir)


def test_no_huvudbok_is_no_ledger(data_dir):
    result = load_dataset(data_dir).tables["huvudbok"]
    assert result.empty
