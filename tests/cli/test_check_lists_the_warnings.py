"""`itvt check` lists the period's warnings after its failures, as the checks page (page 90)
lists them, and counts them on the period's line: a controller sees before the meeting what
the committee will read as "varning" (the papers' own inconsistencies among them)."""

from conftest import run_cli

from itvt_lib.areas import gather, open_report

NBSP = "\u00a0"


def test_check_lists_each_warning_of_the_checks_page_and_counts_them():
    expected = [c for c in gather(open_report("2024-02"))["checks"] if c.status == "warn"]

    result = run_cli("check", "--period", "2024-02")

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    warnings = [line for line in lines if line.startswith("2024-02: varning: ")]
    assert len(warnings) == len(expected) > 0
    assert all(w.startswith(f"2024-02: varning: {c.area}: {c.description}: väntat ")
               for w, c in zip(warnings, expected, strict=True))
    assert any(w.startswith("2024-02: varning: Fördelning mellan kommunerna: publicerade "
                            "siffror: Månadsrapport per 2024-02-29: Herrljunga, prognos 2024: "
                            f"väntat 7{NBSP}878, beräknat 8{NBSP}271") for w in warnings)
    assert lines[-1] == (f"2024-02: ok (32 indatafiler, 0 kontroller med fel, {len(expected)} "
                         "varningar)")

