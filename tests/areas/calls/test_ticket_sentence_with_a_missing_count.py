"""A Nilex count left empty (missing) makes the total of tickets missing; the summary said
"skapades uppgift saknas ärenden". It now names the total as missing, as the OneX
sentence does."""

from __future__ import annotations

from itvt_lib.areas import calls, open_report


def test_a_missing_ticket_count_is_named_missing_in_the_sentence(data_dir):
    path = data_dir / "nilex.csv"
    text = path.read_text(encoding="utf-8")
    row = "2023-01-01,2023-12-31,Order,E-post,407"
    assert row in text
    path.write_text(text.replace(row, "2023-01-01,2023-12-31,Order,E-post,", 1),
                    encoding="utf-8")
    (data_dir / "nilex_totaler.csv").unlink()   # no printed totals: the sum is the total
    ctx = open_report("2023-12", data_dir)
    result = [line for line in calls.summary(ctx) if "Nilex" in line]
    expected = ["Antalet ärenden i Nilex under 2023: uppgift saknas."]
    assert result == expected
