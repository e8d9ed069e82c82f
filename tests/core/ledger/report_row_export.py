"""The transaction export the report-row tests write (no file is shipped in data/): a
Debet/Kredit layout with an optional Text, one month's file under huvudbok/, one posting
of 500 kr on 5011/9100 to stand beside the row under test."""

from __future__ import annotations

from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

HEADER = "Datum;Konto;Ansvar;Text;Debet;Kredit"
LAYOUT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, "
          "ansvar: Ansvar, debet: Debet, kredit: Kredit, text: Text}\n"
          "    optional: [text]\n")
POSTING = "2024-02-15;5011;9100;lön;500,00;"


def read(data_dir, rows: list[str]):
    """Write `rows` under HEADER as huvudbok/huvudbok-2024-02.csv and read it by LAYOUT."""
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))
