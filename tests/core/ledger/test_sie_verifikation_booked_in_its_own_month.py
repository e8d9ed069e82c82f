"""Hostile run 46b (core/ledger): a #TRANS whose own date lies in another month than its
#VER's (`#VER A 1 20240131` with `#TRANS 5010 {} 100.00 20240205`) was booked in the
#TRANS month, February; beside the file's `#PSALDO 0 202401` it was refused with the
misleading "exportera filen med alla verifikationer". The #VER's date decides the month
(the accounting system books the verifikation in its date's period, and its #PSALDO
follows it; transdat is optional information), with and without #PSALDO. A #VER without
date takes its #TRANS dates, which must then lie in one month."""

from __future__ import annotations

import pytest

from itvt_lib.core.ledger.sie import parse_sie
from itvt_lib.core.ledger.sie_text import SieSyntaxError

HEAD = ["#FLAGGA 0", "#FORMAT PC8", "#SIETYP 4", "#RAR 0 20240101 20241231"]


def sie(ver_date: str, dates: tuple[str, str], psaldo: list[str] = ()) -> bytes:
    rows = [*HEAD, *psaldo, f'#VER A 1 {ver_date} "Faktura"', "{",
            f'#TRANS 5010 {{1 "9100"}} 100.00 {dates[0]}'.rstrip(),
            f"#TRANS 2440 {{}} -100.00 {dates[1]}".rstrip(), "}"]
    return ("\r\n".join(rows) + "\r\n").encode("cp437")


@pytest.mark.parametrize("psaldo", [[], ['#PSALDO 0 202401 5010 {} 100.00'],
                                    ['#PSALDO 0 202401 5010 {} 100.00',
                                     '#PSALDO 0 202401 5010 {1 "9100"} 100.00']])
@pytest.mark.parametrize("dates", [("20240205", "20240205"), ("20240205", ""),
                                   ("20231228", "20240131"), ("20240131", "20240131"),
                                   ("", "")])
def test_a_transaction_is_booked_in_its_verifikation_s_month(dates, psaldo):
    result = parse_sie(sie("20240131", dates, psaldo))[0]
    expected = [[2024, 1, 5010, "9100", 10000]]
    assert result.values.tolist() == expected


def test_a_psaldo_in_the_transaction_s_own_month_is_no_longer_met():
    with pytest.raises(SieSyntaxError, match=r"^#PSALDO för 202402 konto 5010 är 100,00 kr "
                       r"men filens #TRANS summerar till 0,00 kr") as raised:
        parse_sie(sie("20240131", ("20240205", ""), ["#PSALDO 0 202402 5010 {} 100.00"]))
    assert raised.value.line == 5


def test_a_transaction_date_written_must_still_be_a_date():
    with pytest.raises(SieSyntaxError, match=r'^"20240231" är inget datum') as raised:
        parse_sie(sie("20240131", ("20240231", "")))
    assert raised.value.line == 7


def test_a_verifikation_without_date_takes_its_transactions_month():
    result = parse_sie(sie('""', ("20240205", "20240229")))[0]
    expected = [[2024, 2, 5010, "9100", 10000]]
    assert result.values.tolist() == expected


def test_a_verifikation_without_date_over_two_months_is_refused():
    with pytest.raises(SieSyntaxError, match=r"^#VER saknar datum och dess #TRANS har datum "
                       r"i olika månader \(2024-01 och 2024-02\)") as raised:
        parse_sie(sie('""', ("20240205", "20240131")))
    assert raised.value.line == 5
