"""Excel's "Unicode text" (Spara som > Unicode-text) writes UTF-16 with a BOM, tabs between
the cells, CR LF and, in Swedish Excel, a decimal comma. The encoding was accepted but the
tab was refused ("inget komma eller semikolon mellan kolumnnamnen"), so the README's own
"as Excel's Unicode text writes it" could not be read. A tab-separated table now reads the
same as its CSV: decimal comma by default, a decimal point when every decimal shows one."""

from __future__ import annotations

import csv
import io
import re

import pytest
from pandas.testing import assert_frame_equal

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError

NUMBER = re.compile(r"-?\d+\.\d+")


def _as_tab_text(text: str, *, decimal: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\r\n")
    for i, row in enumerate(rows):
        writer.writerow([c.replace(".", decimal) if i and NUMBER.fullmatch(c) else c for c in row])
    return out.getvalue()


@pytest.mark.parametrize(
    ("encoding", "decimal"),
    [
        ("utf-16", ","),  # Excel sv, Unicode-text
        ("utf-16", "."),  # Excel en, Unicode Text
        ("utf-8-sig", ","),  # LibreOffice "Text CSV" with tab as field delimiter
        ("utf-8", "."),  # Google Sheets, tab-separated values saved as .csv
    ],
)
def test_every_table_saved_as_tab_separated_text_reads_the_same(data_dir, encoding, decimal):
    expected = load_dataset(data_dir)
    for path in data_dir.rglob("*.csv"):
        text = path.read_text(encoding="utf-8")
        path.write_bytes(_as_tab_text(text, decimal=decimal).encode(encoding))
    result = load_dataset(data_dir)
    assert sorted(result.tables) == sorted(expected.tables)
    for name, frame in expected.tables.items():
        assert_frame_equal(result[name], frame, obj=name)


def test_a_pipe_separated_file_is_still_refused(data_dir):
    path = data_dir / "kontogrupper.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",", "|"), encoding="utf-8")
    with pytest.raises(DataError, match=r"kontogrupper\.csv:1: inget komma eller semikolon"):
        load_dataset(data_dir)
