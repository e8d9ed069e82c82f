"""Small ledger exports the ledger tests write by a stated rule (not data of record)."""

from __future__ import annotations

# A transaction export: January 1 000 kr on 5011, February 2 000 kr on 4010 (ansvar 9100,
# IT Gemensamt).
TWO_POSTINGS = ("Datum;Verifikation;Konto;Ansvar;Projekt;Belopp;Text\n"
                "2024-01-15;1;5011;9100;;1000,00;lön\n"
                "2024-02-15;2;4010;9100;;2000,00;inköp\n")


def with_two_postings(data_dir) -> None:
    """`TWO_POSTINGS` as data_dir/huvudbok/transaktion-2024.csv."""
    (data_dir / "huvudbok").mkdir()
    (data_dir / "huvudbok" / "transaktion-2024.csv").write_text(TWO_POSTINGS, encoding="utf-8")


def sie_type_2() -> bytes:
    """A SIE type 2 file (no objects): 1 000 kr on 5011 in January and February 2024."""
    rows = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 2", "#RAR 0 20240101 20241231"]
    rows += [f"#PSALDO 0 2024{m:02d} 5011 {{}} 1000.00" for m in (1, 2)]
    return ("\r\n".join(rows) + "\r\n").encode("cp437")


def saldo_csv() -> bytes:
    """A balance export: 1 000 kr on 5011, ansvar 9100, in January and February 2024."""
    rows = "".join(f"2024-{m:02d};5011;9100;1000,00\n" for m in (1, 2))
    return ("Period;Konto;Ansvar;Belopp\n" + rows).encode("utf-8")
