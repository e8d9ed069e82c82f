"""Hostile switchboard rows (areas/calls/vaxel.py): a kommun that changed platform inside
the range compared between the kommuner (Telenor to 15 November, Teams after) has no row
of the whole range; its columns read "uppgift saknas" in every measure and the
svarsprocent sentence left it out, though the data holds both rows. Each row inside the
range now keeps its own column, named with its platform and range."""

from __future__ import annotations

from itvt_lib.areas import calls, open_report

NB = "\u00a0"
VARGARDA = "2023-09-26,2023-12-31,Vårgårda,Telenor,5392,4921,91,00:21,69,83,92,97,00:43,2149,1049"
SPLIT = ("2023-09-26,2023-11-15,Vårgårda,Telenor,3000,2700,90,00:21,69,83,92,97,00:43,1200,600\n"
         "2023-11-16,2023-12-31,Vårgårda,Teams,2392,2300,96,00:12,,,,,00:40,,")


def with_platform_change(data_dir):
    """The shipped data with Vårgårda's Telenor row split at a change to Teams."""
    path = data_dir / "vaxel.csv"
    text = path.read_text(encoding="utf-8")
    assert VARGARDA in text
    path.write_text(text.replace(VARGARDA, SPLIT, 1), encoding="utf-8")
    return open_report("2023-12", data_dir)


def test_a_kommun_that_changed_platform_keeps_a_column_per_row(data_dir):
    ctx = with_platform_change(data_dir)
    table = calls.vaxel_comparison(calls.vaxel_by_kommun_for(ctx))
    result = {name: (table.loc["Inkommande samtal", name], table.loc["Svarsprocent", name])
              for name in table.columns}
    expected = {
        "Herrljunga": ("3" + NB + "603", "92" + NB + "%"),
        "Vårgårda (Telenor, 2023-09-26–2023-11-15)": ("3" + NB + "000", "90" + NB + "%"),
        "Vårgårda (Teams, 2023-11-16–2023-12-31)": ("2" + NB + "392", "96" + NB + "%"),
    }
    assert result == expected


def test_the_svarsprocent_sentence_names_both_rows(data_dir):
    ctx = with_platform_change(data_dir)
    result = [line for line in calls.summary(ctx) if line.startswith("Svarsprocenten")]
    expected = [f"Svarsprocenten i växeln under perioden 2023-09-26–2023-12-31 var 92{NB}% i "
                f"Herrljunga, 90{NB}% i Vårgårda (Telenor, 2023-09-26–2023-11-15) och "
                f"96{NB}% i Vårgårda (Teams, 2023-11-16–2023-12-31)."]
    assert result == expected


def test_a_second_platform_for_part_of_the_range_is_not_dropped(data_dir):
    # Herrljunga keeps Telenor for the whole range and adds Teams from 16 November.
    path = data_dir / "vaxel.csv"
    path.write_text(path.read_text(encoding="utf-8")
                    + "2023-11-16,2023-12-31,Herrljunga,Teams,400,380,95,00:10,,,,,00:30,,\n",
                    encoding="utf-8")
    ctx = open_report("2023-12", data_dir)
    result = list(calls.vaxel_by_kommun_for(ctx).index)
    expected = ["Herrljunga (Telenor)", "Herrljunga (Teams, 2023-11-16–2023-12-31)", "Vårgårda"]
    assert result == expected
