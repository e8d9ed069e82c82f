"""The start page's logic: key figures' values, decimals and status colours against their
rules (params `status:`) at the rules' boundaries, and the counts of passed, warned and
failed checks against the report protocol (issue 18)."""

from __future__ import annotations

import re

import pytest

from itvt_lib.areas import allocation, budget, calls, gather, open_report
from itvt_lib.core.checks import count_checks
from itvt_lib.core.formatting import NBSP
from itvt_lib.publishing import pages

MINUS = "\u2212"
MANIFEST = {"notebooks": [], "period": "", "started": "2024-03-06T09:00:00",
            "package_version": "test", "fingerprint": "test"}


def _figure(figures, prefix):
    return next(f for f in figures if f.name.startswith(prefix))


def _status_override(area: str, **rule) -> dict:
    return {"status": {area: rule}}


# ---------------------------------------------------------------- budget: resultat

# Source (Förvaltningsberättelse 2023, Driftredovisning): Resultat utfall 2023 −219 tkr,
# Summa Nettokostnader utfall 2023 26 430 tkr. Rule: green when resultat ≥ green_at, yellow
# down to share × |nettokostnad| (a negative share), red below.
@pytest.mark.parametrize(("rule", "status"), [
    ({}, "yellow"),                                        # defaults: 0 and −1 % (−264,3)
    ({"green_at": -219}, "green"),                         # exactly at green_at
    ({"green_at": -218}, "yellow"),                        # just above the value
    ({"green_at": 0, "yellow_down_to_share_of_nettokostnad": -0.0083}, "yellow"),  # −219,4
    ({"green_at": 0, "yellow_down_to_share_of_nettokostnad": -0.0082}, "red"),     # −216,7
])
def test_resultat_status_at_its_boundaries(rule, status):
    ctx = open_report("2023-12", overrides=_status_override("resultat", **rule) if rule else None)
    figure = _figure(budget.key_figures(ctx), "Resultat")
    assert (figure.name, figure.value, figure.unit, figure.status) == (
        "Resultat (utfall 2023)", -219.0, "tkr", status)


def test_resultat_2024_02_balanced_is_green():
    # Source (Månadsrapport per 2024-02-29): prognos Resultat 0 → green at green_at 0.
    figures = budget.key_figures(open_report("2024-02"))
    result = [(f.name, f.value, f.status) for f in figures]
    expected = [("Resultat (prognos 2024)", 0.0, "green"),
                ("Nettokostnad (prognos 2024)", 18971.0, ""),        # Summa 18 971
                ("Avvikelse nettokostnad mot budget", 0.0, "")]
    assert result == expected


def test_resultat_rule_text_follows_the_parameters():
    ctx = open_report("2023-12", overrides=_status_override(
        "resultat", green_at=-100, yellow_down_to_share_of_nettokostnad=-0.02))
    figure = _figure(budget.key_figures(ctx), "Resultat")
    assert figure.rule == (f"grön vid resultat ≥ {MINUS}100 tkr, gul ned till {MINUS}2 % av "
                           "nettokostnaden, röd därunder")
    assert figure.status == "yellow"  # −219 < −100, but −219 ≥ −2 % × 26 430 = −528,6


# ---------------------------------------------------------------- allocation: drift per kommun

# Source (Förvaltningsberättelse 2023, per kommun): Herrljunga budget 12 480, avvikelse 878;
# Vårgårda budget 13 730, avvikelse −1 097. Rule: green when |avvikelse| ≤ share × budget.
@pytest.mark.parametrize(("green", "yellow", "herrljunga", "vargarda"), [
    (0.01, 0.05, "red", "red"),                         # defaults: 124,8 / 624 and 137,3 / 686,5
    (878 / 12480 + 1e-9, 0.5, "green", "yellow"),       # Herrljunga exactly at the green band
    (877 / 12480, 878 / 12480 + 1e-9, "yellow", "red"),  # just outside green; at yellow
    (877 / 12480, 877 / 12480, "red", "red"),
    (1097 / 13730 + 1e-9, 0.5, "green", "green"),       # Vårgårda exactly at the band
])
def test_drift_status_at_its_boundaries(green, yellow, herrljunga, vargarda):
    ctx = open_report("2023-12", overrides=_status_override(
        "drift", green_within_share_of_budget=green, yellow_within_share_of_budget=yellow))
    result = [(f.name, f.value, f.status) for f in allocation.key_figures(ctx)]
    expected = [("Avvikelse Herrljunga (utfall 2023)", 878.0, herrljunga),
                ("Avvikelse Vårgårda (utfall 2023)", -1097.0, vargarda)]
    assert result == expected


# ---------------------------------------------------------------- calls: svarsfrekvens

# Source (OneX, Herrljunga/Vårgårda 2023): 11 032 inkommande, 7 556 besvarade →
# svarsfrekvens 7556 / 11032 = 68,49 %, compared rounded to 0,685.
@pytest.mark.parametrize(("green", "yellow", "status"), [
    (0.80, 0.60, "yellow"), (0.685, 0.60, "green"), (0.686, 0.60, "yellow"),
    (0.90, 0.685, "yellow"), (0.90, 0.686, "red")])
def test_svarsfrekvens_status_at_its_boundaries(green, yellow, status):
    ctx = open_report("2023-12", overrides=_status_override("svarsfrekvens", green_at=green,
                                                            yellow_at=yellow))
    figure = _figure(calls.key_figures(ctx), "Svarsfrekvens")
    assert (figure.value, figure.unit, figure.decimals, figure.status) == (
        pytest.approx(7556 / 11032), "%", 1, status)


# ---------------------------------------------------------------- shown with their decimals

def _shown(period):
    ctx = open_report(period)
    context = pages.start_page_context(ctx, dict(MANIFEST, period=period), [])
    return {f["name"]: (f["text"], f["status_text"]) for f in context["key_figures"]}


def test_key_figures_shown_with_their_decimals_and_colours_2023_12():
    shown = _shown("2023-12")
    # Source: svarsfrekvens 7 556 / 11 032 = 68,5 %; projekt 3 546 h / 2 080 = 1,7 årsarbetare;
    # sjukfrånvaro Nov 2023 2,2 %; resultat −219 tkr; investeringar utfall 551 (501 + 50).
    assert shown["Svarsfrekvens servicedesk (2023)"] == (f"68,5{NBSP}%", "gul")
    assert shown["Årsarbetare i projekt (januari till december 2023)"] == (f"1,7{NBSP}årsarbetare", "")
    assert shown["Sjukfrånvaro (Nov 2023)"] == (f"2,2{NBSP}%", "")
    assert shown["Resultat (utfall 2023)"] == (f"{MINUS}219{NBSP}tkr", "gul")
    assert shown["Avvikelse Herrljunga (utfall 2023)"] == (f"878{NBSP}tkr", "röd")
    assert shown["Belopp projekttid (januari till december 2023)"] == (
        f"1{NBSP}338{NBSP}138{NBSP}kr", "")
    assert shown["Investeringar, utfall 2023"] == (f"551{NBSP}tkr", "")


def test_key_figures_shown_with_their_decimals_2024_02():
    shown = _shown("2024-02")
    # Source: 147 timmar / (2 080 × 2 / 12) = 0,42 → 0,4 årsarbetare; resultat 0 → "–", grön.
    assert shown["Årsarbetare i projekt (januari till februari 2024)"] == (f"0,4{NBSP}årsarbetare", "")
    assert shown["Resultat (prognos 2024)"] == (f"0{NBSP}tkr", "grön")  # a true zero reads "0 tkr", never "– tkr" (NBSP before the unit)


# ---------------------------------------------------------------- check counts on the page

COUNTS_RE = re.compile(
    r'itvt-check-counts">(\d+) godkända,\s*<span[^>]*>(\d+) (?:varning|varningar)</span>,'
    r'\s*<span[^>]*>(\d+) fel</span>')


def _rendered_counts(ctx, tmp_path) -> dict[str, int]:
    pages.write_start_page(ctx, dict(MANIFEST, period=str(ctx.period)), tmp_path)
    match = COUNTS_RE.search((tmp_path / "index.html").read_text(encoding="utf-8"))
    assert match, "the start page shows no check counts"
    return dict(zip(("pass", "warn", "fail"), map(int, match.groups()), strict=True))


@pytest.mark.parametrize("period", ["2023-12", "2024-02"])
def test_start_page_counts_equal_the_protocol(period, tmp_path):
    ctx = open_report(period)
    expected = count_checks(gather(ctx)["checks"])
    assert _rendered_counts(ctx, tmp_path) == expected


def test_start_page_counts_keep_warnings_and_failures_apart(data_dir, tmp_path):
    # Published Totalsumma for 2023-12 raised from 3 546 to 3 646 h: the project-hours check
    # fails, while the four warnings of 2023-12 remain; pass, warn and fail all differ.
    path = data_dir / "projekttid_totaler.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2023-12,3546,", "2023-12,3646,"),
                    encoding="utf-8")
    ctx = open_report("2023-12", data_dir=data_dir)
    expected = count_checks(gather(ctx)["checks"])
    assert expected["fail"] >= 1 and len(set(expected.values())) == 3
    (tmp_path / "out").mkdir()
    assert _rendered_counts(ctx, tmp_path / "out") == expected
