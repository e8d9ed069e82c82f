"""Page 01 when the kontoplan maps no account to an intäkt or kostnad kontogrupp (here
Kapitalkostnader, booked outside the ledger): the year-to-date table says its utfall and
the nettokostnad are missing, so the cumulative chart's utfall line and the kostnadsställen's
utfall are missing too, never a nettokostnad without that line shown beside the whole
budget (Summa SeN IT −895 tkr under budget with itvt check ok)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from ledger_exports import with_two_postings

from itvt_lib import areas as report
from itvt_lib.areas import ledger, load_dataset
from itvt_lib.core.paths import DATA_DIR


@pytest.mark.parametrize(("groups", "expected"), [
    (["Intäkter", "Personalkostnader", "Lokalkostnader, energi, VA", "Övriga kostnader",
      "Kapitalkostnader"], True),
    (["Intäkter", "Personalkostnader", "Lokalkostnader, energi, VA", "Övriga kostnader"], False),
    # Kommunbidrag is no line of the nettokostnad
    (["Intäkter", "Personalkostnader", "Lokalkostnader, energi, VA", "Övriga kostnader",
      "Kapitalkostnader", "Kommunbidrag"], True),
])
def test_covers_every_line(groups, expected):
    kontogrupper = load_dataset(DATA_DIR)["kontogrupper"]
    kontoplan = pd.DataFrame({"kontogrupp": groups})
    result = ledger.covers_every_line(kontogrupper, kontoplan)
    assert result is expected


@pytest.fixture()
def ctx(tmp_path):
    """The shipped data with a kontoplan without Kapitalkostnader; ledger jan 1 000 kr on
    5011, feb 2 000 kr on 4010 (ansvar 9100, IT Gemensamt)."""
    data_dir = tmp_path / "data"
    shutil.copytree(DATA_DIR, data_dir)
    plan = data_dir / "kontoplan.csv"
    lines = plan.read_text(encoding="utf-8").splitlines(keepends=True)
    plan.write_text("".join(line for line in lines if "Kapitalkostnader" not in line),
                    encoding="utf-8")
    with_two_postings(data_dir)
    return report.open_report("2024-02", dataset=load_dataset(data_dir))


def test_chart_and_centres_utfall_missing_as_in_the_table(ctx):
    table = ledger.ytd_for(ctx)
    assert pd.isna(table.loc["Summa nettokostnader", "Utfall jan–feb 2024"])
    result = (ledger.cumulative_for(ctx)["Utfall 2024"].isna().all(),
              ledger.centres_ytd_for(ctx)["Utfall jan–feb 2024"].isna().all())
    assert result == (True, True)
