"""The control plan's protocol: the risk matrix's axes, the key figure, the summary naming
every risk at the highest value, and the checks of a risk (with and without follow-up).

Figures come from the committee's papers (data/internkontroll*.csv). Fast.
"""

from __future__ import annotations

from itvt_lib.areas import control
from itvt_lib.core.checks import PASS, WARN
from itvt_lib.core.formatting import count


def test_control_matrix_values_axes():
    result = control.matrix_values(4)
    assert (result.index.name, result.columns.name) == ("sannolikhet", "konsekvens")
    assert result.index.tolist() == [4, 3, 2, 1]
    assert result.loc[3, 2] == 6


def test_control_key_figure(ctx_2023):
    from itvt_lib.core.checks import KeyFigure

    # Source: IT säkerhet 4 × 4 = 16, the highest of the 2023 plan, of 4 × 4 = 16
    assert control.key_figures(ctx_2023) == [KeyFigure(
        "Högsta riskvärde (internkontroll 2023)", 16.0, count(),
        rule="riskvärde = sannolikhet × konsekvens, på skalan 1–16")]


def test_control_summary_names_every_risk_sharing_the_highest_value(ctx_2023):
    risks = ctx_2023.dataset["internkontroll"].copy()
    risks.loc[risks["risk"] == "IT säkerhet", "konsekvens"] = 3      # 4 × 3 = 12: a tie
    headings = ctx_2023.dataset["internkontroll_rubrik"]
    probe = type("Ctx", (), {"dataset": {"internkontroll": risks,
                                         "internkontroll_rubrik": headings},
                             "period": ctx_2023.period})()
    assert control.summary(probe)[1] == (
        "Högst riskvärde har riskerna Digitalisering (3 × 4 = 12), Informationssäkerhet IT "
        "(4 × 3 = 12), IT säkerhet (4 × 3 = 12).")


def test_control_checks_of_risk_1(ctx_2023):
    from itvt_lib.core.checks import Check

    found = control.checks(ctx_2023)
    # Source: Digitalisering 3 × 4 = 12, printed 12; three follow-up items
    assert found[:2] == [
        Check("Internkontroll", "Risk 1 (Digitalisering): R × K = 3 × 4 mot tryckt riskvärde",
              12.0, 12.0, 0, PASS, ""),
        Check("Internkontroll", "Risk 1 (Digitalisering) har uppföljning", "minst 1 punkt",
              3.0, 0, PASS, "")]


def test_control_checks_without_follow_up_or_printed_value(ctx_2023):
    from itvt_lib.core.checks import Check

    risks = ctx_2023.dataset["internkontroll"].copy()
    risks.loc[risks["nr"] == 1, "riskvarde_publicerat"] = float("nan")
    follow_up = ctx_2023.dataset["internkontroll_uppfoljning"]
    dataset = {**{k: ctx_2023.dataset[k] for k in ("internkontroll_rubrik",)},
               "internkontroll": risks,
               "internkontroll_uppfoljning": follow_up[follow_up["nr"] != 1]}
    probe = type("Ctx", (), {"dataset": dataset, "period": ctx_2023.period})()
    found = control.checks(probe)
    assert found[:2] == [
        Check("Internkontroll", "Risk 1 (Digitalisering): R × K = 3 × 4 mot tryckt riskvärde",
              None, 12.0, 0, WARN, "uppgift saknas"),
        Check("Internkontroll", "Risk 1 (Digitalisering) har uppföljning", "minst 1 punkt",
              0.0, 0, WARN, "ingen uppföljning")]
