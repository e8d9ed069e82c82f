"""A table saved as a workbook itvt never reads, beside its file (driftredovisning.xlsm,
a macro workbook; driftredovisning.ods from LibreOffice; driftredovisning-2024-03.ods),
was passed over and `itvt check` said ok, while driftredovisning.xls (Excel 97) was
refused: the rows typed there were left out unseen. Each is refused the same way
(core/data_files)."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.data_files import table_named_in
from itvt_lib.core.errors import DataError

TABLES = {"driftredovisning", "kommuner"}


@pytest.mark.parametrize("name, expected", [
    ("driftredovisning.xlsm", "driftredovisning"),
    ("driftredovisning.ods", "driftredovisning"),
    ("Driftredovisning.XLSB", "driftredovisning"),
    ("driftredovisning-2024-03.ods", "driftredovisning"),
    ("driftredovisning.xls", "driftredovisning"),
    ("driftredovisning.csv", None),
    ("driftredovisning.xlsx", None),
    ("driftredovisning.numbers", None),
])
def test_a_workbook_never_read_is_named(name, expected):
    result = table_named_in(name, TABLES)
    assert result == expected


@pytest.mark.parametrize("name", ["driftredovisning.xlsm", "driftredovisning.ods"])
def test_a_table_saved_as_a_workbook_never_read_is_refused(data_dir, name):
    (data_dir / name).write_bytes(b"PK\x03\x04 not read")
    with pytest.raises(DataError, match=rf"{name}: läses inte: tabellen driftredovisning "
                       r"läses bara från driftredovisning\.csv eller driftredovisning\.xlsx"):
        load_dataset(data_dir)
