"""Staff's summary, key figure and total checks: the total lies between women and men, the
sentences leave out a missing measure only.
"""

from __future__ import annotations

import pytest

from itvt_lib.areas import staff
from itvt_lib.core.checks import PASS, WARN


def test_staff_key_figure(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    # Source: sjukfrånvaro totalt 2,2 % (Nov 2023), a "%" key figure is a share
    (result,) = staff.key_figures(ctx_2023)
    assert result == KeyFigure("Sjukfrånvaro (Nov 2023)", pytest.approx(0.022), "%",
                               decimals=1, rule="andel av ordinarie arbetstid")


def _staff_probe(ctx, period: str, measure: str):
    """The context with one measure's total missing in one measurement month."""
    frame = ctx.dataset["personal"].copy()
    rows = (frame["period"] == period) & (frame["measure"] == measure) \
        & (frame["grupp"] == "total")
    frame.loc[rows, "procent"] = float("nan")
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_summary_without_a_previous_value_has_no_change(ctx_2023):
    result = staff.summary(_staff_probe(ctx_2023, "2022-11", "sjukfranvaro"))
    assert result[0] == "Den totala sjukfrånvaron är 2,2\u00a0% (Nov 2023)."
    assert len(result) == 3


def test_staff_summary_leaves_out_a_missing_measure_only(ctx_2023):
    result = staff.summary(_staff_probe(ctx_2023, "2023-11", "sjukfranvaro"))
    assert [s.split(" är ")[0] for s in result] == ["Långtidssjukfrånvaron",
                                                    "Andelen heltidsanställda"]


def _staff_values(ctx, period: str, measure: str, values: dict):
    """The context with one measurement month's figures of one measure replaced."""
    frame = ctx.dataset["personal"].copy()
    for grupp, value in values.items():
        rows = (frame["period"] == period) & (frame["measure"] == measure) \
            & (frame["grupp"] == grupp)
        frame.loc[rows, "procent"] = value
    dataset = {"personal": frame, "personal_kommentar": ctx.dataset["personal_kommentar"]}
    return type("Ctx", (), {"dataset": dataset, "period": ctx.period})()


def test_staff_total_between_women_and_men(ctx_2023):
    from itvt_lib.core.checks import Check

    # Source, Nov 2022: sjukfrånvaro totalt 2,2, kvinnor 1,3, män 3,0; långtid all 0,0
    found = staff.checks(ctx_2023)
    assert found[:2] == [
        Check("Personal", "Sjukfrånvaro i förhållande till ordinarie arbetstid Nov 2022: "
              "totalen ligger mellan kvinnor och män", "1,3–3,0", 2.2, 0.05, PASS, ""),
        Check("Personal", "Långtidssjukfrånvaro (>60 dagar), andel av total sjukfrånvaro "
              "Nov 2022: totalen ligger mellan kvinnor och män", "0,0–0,0", 0.0, 0.05, PASS,
              "")]


# Rule: the total lies within [min − 0,05, max + 0,05] of women and men (one decimal).
@pytest.mark.parametrize(("total", "status"), [
    (0.95, PASS), (2.05, PASS), (0.9, WARN), (2.1, WARN)])
def test_staff_total_check_boundaries(ctx_2023, total, status):
    probe = _staff_values(ctx_2023, "2022-11", "sjukfranvaro",
                          {"total": total, "kvinnor": 1.0, "män": 2.0})
    check = staff.checks(probe)[0]
    assert (check.expected, check.actual, check.status) == ("1,0–2,0", total, status)
    assert check.note == ("" if status == PASS
                          else "totalen kan inte vara ett medelvärde av grupperna")


def test_staff_total_check_skips_a_missing_group_only(ctx_2023):
    probe = _staff_values(ctx_2023, "2022-11", "sjukfranvaro", {"män": float("nan")})
    found = [c.description.split(":")[0] for c in staff.checks(probe)
             if "totalen" in c.description]
    assert found[0] == ("Långtidssjukfrånvaro (>60 dagar), andel av total sjukfrånvaro "
                        "Nov 2022")
    assert len(found) == 5
