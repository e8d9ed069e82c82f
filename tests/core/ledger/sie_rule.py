"""The stated rule the SIE tests write their files by (no file is shipped in data/).

The 2023 utfall per kontogrupp of the annual report (driftredovisning) is split over the
mapped kostnadsställen in proportion to their 2023 net utfall (kostnadsstalle_netto), in
whole öre with the remainder on the last one, and each part is booked in twelve equal
monthly verifikationer (remainder in December) on the kontogrupp's first account of
kontoplan.csv and the kostnadsställe's first ansvar code of ansvar.csv as its dimension-1
object; every verifikation is balanced by one #TRANS on 1930 (class 1).
"""

from __future__ import annotations

import pandas as pd

from benchmarks import synthetic_sie
from itvt_lib.areas import budget
from itvt_lib.core.ledger import ORE_PER_TKR

YEAR = 2023


def papers_transactions(dataset, year: int = YEAR) -> pd.DataFrame:
    """The rule above: columns datum, konto, ansvar, ore."""
    groups = budget.outcome_amounts(dataset["driftredovisning"], "kontogrupp", year)
    groups = groups[groups.index.isin(set(dataset["kontoplan"]["kontogrupp"]))]
    centres = budget.outcome_amounts(dataset["kostnadsstalle_netto"], "kostnadsstalle", year)
    centres = centres[centres.index.isin(set(dataset["ansvar"]["kostnadsstalle"]))]
    shares = centres / centres.sum()
    cells = []
    for group, amount in groups.items():
        total = int(round(amount * ORE_PER_TKR))
        parts = [int(round(total * share)) for share in shares.iloc[:-1]]
        parts.append(total - sum(parts))
        cells += [(group, centre, ore / ORE_PER_TKR) for centre, ore in zip(shares.index, parts)]
    amounts = pd.DataFrame(cells, columns=["kontogrupp", "kostnadsstalle", "belopp"])
    kinds = dict(zip(dataset["kontogrupper"]["kontogrupp"], dataset["kontogrupper"]["typ"]))
    return synthetic_sie.monthly_transactions(amounts, dataset["kontoplan"], dataset["ansvar"],
                                              kinds, year)


def write_sie(data_dir, dataset, name: str = "SYNTETISK-2023.se", **options):
    """The rule's transactions as a SIE file in data_dir/huvudbok/ (type 4, one #VER per
    month, unless `sie_type=2`); returns its path."""
    folder = data_dir / "huvudbok"
    folder.mkdir(exist_ok=True)
    path = folder / name
    tx = papers_transactions(dataset)
    tx["ver"] = tx["datum"].dt.month
    path.write_bytes(synthetic_sie.sie_bytes(tx, YEAR, **options))
    return path
