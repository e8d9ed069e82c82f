"""A printed per-kommun total given twice: post "Summa" and the total row's own label.

Rule: both rows name the same cell; that is bad input naming the second row, file and
column, never one figure kept in the cell while the other is dropped.
"""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError


def test_total_printed_twice_refused(data_dir, params):
    from itvt_lib.areas import allocation, open_report

    path = data_dir / "published.csv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Förvaltningsberättelse 2023,2023-12,fordelning,2023,utfall,"
                     "Summa SeN IT,26500,\n")
    ctx = open_report("2023-12", data_dir=data_dir, params_dir=params)
    with pytest.raises(DataError, match=r"published\.csv:15: post: Summa SeN IT och Summa "
                                        r"är samma rad \(summan\) för utfall 2023"):
        allocation.checks(ctx)
    with pytest.raises(DataError, match="ange summan en gång"):
        allocation.statement_display_for(ctx)
