"""A CSV cell opened by a quote that never closes (or closes with text after it, lines
later) is bad input naming the line it opens on: it was read as one cell holding the
rest of the file, so the rows after it were lost from the report without a word."""

from __future__ import annotations

import pytest

from itvt_lib.areas import load_dataset
from itvt_lib.core.errors import DataError


def _quote_text_on_line(data_dir, line, close=None):
    """Open a quote before the text of `line` (1-based); close it after line `close`'s text
    with words after the closing quote, if given."""
    path = data_dir / "internkontroll_uppfoljning.csv"
    lines = path.read_text(encoding="utf-8").replace("\r\n", "\n").splitlines()
    year, nr, order, text = lines[line - 1].split(",", 3)
    assert '"' not in text
    lines[line - 1] = f'{year},{nr},{order},"{text}'
    if close is not None:
        year, nr, order, text = lines[close - 1].split(",", 3)
        lines[close - 1] = f'{year},{nr},{order},{text.replace(",", " ")}" mer text'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_rows_after_a_quote_that_never_closes_are_not_lost(data_dir):
    _quote_text_on_line(data_dir, 6)
    with pytest.raises(DataError, match=r"internkontroll_uppfoljning\.csv:6: citattecknet "
                       r'\(\"\) som inleder en cell stängs aldrig: resten av filen \(rad 6–'):
        load_dataset(data_dir)


def test_rows_before_a_quote_closed_lines_later_with_text_after_it_are_not_lost(data_dir):
    _quote_text_on_line(data_dir, 6, close=10)
    with pytest.raises(DataError, match=r"internkontroll_uppfoljning\.csv:6: .*stängs först "
                       r"på rad 10, med text efter sig: raderna 6–10"):
        load_dataset(data_dir)


def test_last_line_ending_inside_a_quoted_cell_is_named(data_dir):
    path = data_dir / "driftredovisning.csv"
    text = path.read_text(encoding="utf-8").rstrip("\n")
    path.write_text(text + '\n2024,2024-03,prognos,"Lokalkostnader, energi, VA,0',
                    encoding="utf-8")
    lines = text.count("\n") + 2
    with pytest.raises(DataError, match=rf"driftredovisning\.csv:{lines}: citattecknet"):
        load_dataset(data_dir)


@pytest.mark.parametrize(("added", "belopp"), [
    ('2024,2024-03,prognos,"Lokalkostnader, energi, VA",0', 0.0),
    ("2024,2024-03,prognos,Intäkter,-17750 ", -17750.0),
    ('2024,2024-03,prognos,Intäkter,"-17750" ', -17750.0),
    ('2024,2024-03,prognos,Intäkter,"-17750" \n2024,2024-04,prognos,Intäkter,5', -17750.0),
], ids=["quoted-cell-closed", "no-newline-trailing-space", "space-after-a-closing-quote",
        "space-after-a-closing-quote-not-last"])
def test_a_last_line_without_newline_is_read(data_dir, added, belopp):
    path = data_dir / "driftredovisning.csv"
    path.write_text(path.read_text(encoding="utf-8").rstrip("\n") + "\n" + added,
                    encoding="utf-8")
    frame = load_dataset(data_dir)["driftredovisning"]
    result = frame.iloc[-1 - added.count("\n")][["period", "belopp"]].tolist()
    expected = ["2024-03", belopp]
    assert result == expected
