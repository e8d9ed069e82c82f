"""Hostile run 40m (core/ledger): an export's column naming who registered or attested a
posting (Sign, Reg.sign, Användare, Attestant) holds initials, and "IS" (Ida Svensson), "IB"
or "UB" are initials too; a dimension the layout does not read (Aktivitet, Objekt) holds
codes such as IS (informationssäkerhet). A bare IB, IS or UB in any column the layout does
not read was refused as a report row, so a good export stopped the monthly run. Rule
(core.ledger.report_rows.holds_codes): in a column whose heading names a person or a coding
dimension a bare IB, IS or UB is a code; a report row worded there in full, and a bare UB
elsewhere, are still refused."""

from __future__ import annotations

import pytest

from itvt_lib.core.errors import DataError
from itvt_lib.core.ledger.csv_export import read_export
from itvt_lib.core.ledger.layouts import load_layouts

LAYOUT = ("layouts:\n  transaktion:\n    columns: {datum: Datum, konto: Konto, "
          "ansvar: Ansvar, belopp: Belopp}\n")


def read(data_dir, heading: str, initials: str):
    (data_dir / "huvudbok_layouts.yaml").write_text(LAYOUT, encoding="utf-8")
    path = data_dir / "huvudbok" / "huvudbok-2024-02.csv"
    path.parent.mkdir()
    rows = [f"Datum;Konto;Ansvar;Text;{heading};Belopp", "2024-02-15;5011;9100;lön;AK;500,00",
            f"2024-02-16;5011;9100;faktura;{initials};-100,00"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return read_export(path, load_layouts(data_dir))


@pytest.mark.parametrize("heading", ["Sign", "Reg.sign", "Användare", "Attestant",
                                     "Registrerad av", "Initialer", "Bokförd av",
                                     "Anv.id", "Skapad av", "Aktivitet", "Objekt",
                                     "Motpart", "Fri", "Dim 3", "Projekt",
                                     "Projektkod", "Momskod"])
@pytest.mark.parametrize("initials", ["IS", "IB", "UB"])
def test_initials_or_codes_ib_is_or_ub_under_a_persons_or_dimensions_heading_are_read(data_dir, heading, initials):
    result = read(data_dir, heading, initials).values.tolist()
    expected = [[2024, 2, 5011, "9100", 40000]]
    assert result == expected


@pytest.mark.parametrize(("heading", "value"), [("Sign", "Summa konto 5011"), ("Objekt", "UB 2024-02-29"),
                                                ("Typ", "UB"), ("Beskrivning", "IB")])
def test_a_report_row_in_full_or_a_bare_ub_elsewhere_is_refused(data_dir, heading, value):
    with pytest.raises(DataError, match=rf'huvudbok-2024-02\.csv:3: {heading}: "{value}": '
                       "raden är rapportens saldo- eller summarad"):
        read(data_dir, heading, value)
