"""A number flag is read as the controller types it, by the one parser the form uses
(`core.numbers.parse_typed`): a decimal comma or an unmistakable point; a text that could
mean two numbers ("1.000": 1 or 1 000), other digits, underscores, exponents and "inf"
are bad input, one Swedish line with the parser's reason naming the flag, exit 2."""

from __future__ import annotations

import pytest

from itvt_lib import cli


@pytest.mark.parametrize(("flag", "value", "expected"), [
    ("--tolerance-tkr", "0,5", 0.5),
    ("--tolerance-tkr", "0.5", 0.5),
    ("--tolerance-tkr", "2", 2.0),
    ("--tolerance-tkr", "1 000", 1000.0),
    ("--hours-per-fte", "2\u00a0080", 2080.0),
    ("--hours-per-fte", "1 750,5", 1750.5),
    ("--notebook-timeout", "600", 600.0),
    ("--tolerance-tkr", "\u22121", -1.0),   # read; the parameter's range refuses it later
    ("--share-decimals", "2", 2),
    ("--share-decimals", "+2", 2),
])
def test_a_number_flag_is_read_as_typed(flag, value, expected):
    args = cli._parser().parse_args(["check", flag, value])
    result = getattr(args, flag[2:].replace("-", "_").replace("notebook_timeout",
                                                                "notebook_timeout_s"))
    assert (result, type(result)) == (expected, type(expected))


@pytest.mark.parametrize(("flag", "value", "expected"), [
    ("--tolerance-tkr", "1.000", '"1.000" kan läsas som 1,000 eller 1\u00a0000'),
    ("--hours-per-fte", "2.080", '"2.080" kan läsas som 2,080 eller 2\u00a0080'),
    ("--tolerance-tkr", "1,5,5", '"1,5,5" har flera decimaltecken'),
    ("--tolerance-tkr", "١٠", '"١٠" är inte ett tal'),
    ("--tolerance-tkr", "1_0", '"1_0" är inte ett tal'),
    ("--hours-per-fte", "２０８０", '"２０８０" är inte ett tal'),
    ("--notebook-timeout", "6_0", '"6_0" är inte ett tal'),
    ("--notebook-timeout", "1e3", '"1e3" är inte ett tal'),
    ("--tolerance-tkr", "inf", '"inf" är inte ett tal'),
    ("--tolerance-tkr", "nan", '"nan" är inte ett tal'),
    ("--share-decimals", "٢", '"٢" är inget heltal'),
    ("--share-decimals", "1_0", '"1_0" är inget heltal'),
    ("--share-decimals", "1,0", '"1,0" är inget heltal'),
    ("--share-decimals", "1.0", '"1.0" är inget heltal'),
])
def test_a_number_flag_that_is_no_number_or_could_be_two_is_bad_input(capsys, flag, value,
                                                                      expected):
    if flag == "--share-decimals":   # a whole number: argparse's usage error, last line
        with pytest.raises(SystemExit) as stopped:
            cli.main(["check", "--period", "2024-02", flag, value])
        result = (stopped.value.code, capsys.readouterr().err.splitlines()[-1])
        assert result == (2, f"itvt check: fel: argument {flag}: {expected}")
        return
    # a decimal flag: the parameters refuse it, one line naming the flag (a run logs it)
    code = cli.main(["check", "--period", "2024-02", flag, value])
    result = (code, capsys.readouterr().err)
    assert result == (2, f"fel: {flag}: {expected}\n")


def test_a_number_flag_with_a_decimal_comma_checks_as_its_point_twin(capsys):
    results = []
    for value in ("0,5", "0.5"):
        code = cli.main(["check", "--period", "2024-02", "--tolerance-tkr", value])
        results.append((code, capsys.readouterr().out))
    assert results[0] == results[1]
    assert results[0][1].startswith("2024-02: ")
