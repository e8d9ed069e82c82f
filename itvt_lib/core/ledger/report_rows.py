"""A ledger report's own rows: the opening balance, closing balance and sum rows a
huvudbok report prints per account beside its postings (Visma, Fortnox, Unit4 and others
write them with the account and often a date), which summed as postings would count an
account's amounts twice. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import pandas as pd

# Trimmed, any case: "IB", "UB", "Ingående saldo", "Utgående balans 2024-02-29",
# "Summa konto 5011", "Omslutning", "Saldo"; a posting's text ("Summa löner") is not.
_REPORT_ROW = (r"\s*(?:i\.?\s?b|u\.?\s?b|(?:ingående|utgående)\s+(?:saldo|balans)\b.*"
               r"|summa\s+konto\b.*|omslutning\b.*|saldo)\s*[.:]?\s*")


def report_rows(values: pd.Series) -> pd.Series:
    """A row whose verifikation or text is IB, UB, Ingående/Utgående saldo or balans,
    Summa konto, Omslutning or Saldo is a report's balance or sum row, not a posting."""
    return values.str.fullmatch(_REPORT_ROW, case=False, na=False)
