"""A period whose params file is bad (here a model with an unknown driver in
params/2023-12.yaml), chosen in the form: its one Swedish line naming the file, the results
cleared (they showed the other period's figures under the new period, after a traceback),
and the form answers again once another period is chosen."""

from __future__ import annotations

from itvt_lib.workbench import open_workbench

BAD = "\nfinancing_models:\n  - name: X\n    driver: okänd\n"


def test_choosing_a_period_with_bad_params_is_its_line_and_no_results(params, tmp_path):
    (params / "2023-12.yaml").write_text(
        (params / "2023-12.yaml").read_text(encoding="utf-8") + BAD, encoding="utf-8")
    bench = open_workbench("2024-02", params_dir=params, outputs_dir=tmp_path / "out",
                           show=False)
    bench.debounce = 0
    bench.period.value = "2023-12"
    assert bench.outcome is None
    assert "2023-12.yaml" in bench.message.value and "okänd" in bench.message.value
    assert bench.results_box.layout.display == "none"
    bench.period.value = "2024-02"
    bench.grundavgift.value = "10"
    result = bench.outcome.custom_spec["grundavgift_procent"]
    assert result == 10
    assert bench.message.value == ""
