"""Adding a month (core/data_files): "Kopia av driftredovisning.csv" (a copy saved from a
shared drive) or "2024-03 driftredovisning.csv" beside driftredovisning.csv was never read
and `itvt check` said ok: only a name beginning with the table's was taken for its copy.
A file naming the table anywhere, with no letter on either side, is one too."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import table_named_in
from itvt_lib.core.errors import DataError

TABLES = {"driftredovisning", "investeringar", "investeringar_totaler", "kommuner"}


@pytest.mark.parametrize("name, expected", [
    ("Kopia av driftredovisning.csv", "driftredovisning"),
    ("2024-03 driftredovisning.csv", "driftredovisning"),
    ("mars_driftredovisning (2).xlsx", "driftredovisning"),
    ("kopia av investeringar_totaler.csv", "investeringar_totaler"),
    ("gamla kommuner.csv", "kommuner"),
    ("driftredovisning.csv", None),
    ("nydriftredovisning.csv", None),
    ("driftredovisningar 2024.csv", None),
    ("samkommuner.csv", None),
])
def test_the_table_a_file_name_names_anywhere(name, expected):
    result = table_named_in(name, TABLES)
    assert result == expected


@pytest.mark.parametrize("name", ["Kopia av driftredovisning.csv", "2024-03 driftredovisning.csv"])
def test_a_month_in_a_copy_named_with_the_table_last_is_refused(data_dir, name):
    text = (data_dir / "driftredovisning.csv").read_text(encoding="utf-8").splitlines()[0]
    (data_dir / name).write_text(text + "\n2024,2024-03,prognos,Intäkter,-17750\n",
                                 encoding="utf-8")
    with pytest.raises(DataError, match=rf"{name}: läses inte: tabellen driftredovisning läses "
                       r"bara från driftredovisning\.csv"):
        load_dataset(data_dir)
