"""A button clicked within the debounce of the last keystroke (the redraw still waiting,
workbench/form.py `_changed`) acts on what was typed: the export's figures, the saved model
and the memo are never those of the values before, beside the new values as assumptions."""

from __future__ import annotations

import asyncio

import openpyxl

from itvt_lib.workbench import store
from itvt_lib.workbench.form import Workbench
from itvt_lib.workbench.results import Session


def typed_shares(bench) -> dict[str, str]:
    """Fixed shares unlike the data's: 10 % for the first kommun, the rest evenly."""
    kommuner = list(bench.value_boxes)
    rest = 90 / (len(kommuner) - 1)
    return {k: "10" if i == 0 else f"{rest:.10g}".replace(".", ",")
            for i, k in enumerate(kommuner)}


def clicked_right_after_typing(session, tmp_path, click):
    """Type fixed shares and click at once in a running event loop (as the app's kernel);
    return the form, what the click returned and the figures once the redraw has run."""
    async def scenario():
        bench = Workbench(session, "2024-02", outputs_dir=tmp_path / "outputs")
        bench.pool_drivers[next(iter(bench.pool_drivers))].value = "fast"
        await asyncio.sleep(bench.debounce * 3)
        for kommun, text in typed_shares(bench).items():
            bench.value_boxes[kommun].value = text
        returned = click(bench)
        await asyncio.sleep(bench.debounce * 3)
        return bench, returned
    return asyncio.run(scenario())


def own_costs(bench) -> dict[str, float]:
    table = bench.outcome.tables["Jämförelse"]
    own = table[table["Modell"] == bench.name.value]
    return dict(zip(own["Kommun"], own["Kostnad"].astype(float), strict=True))


def test_an_export_clicked_right_after_typing_has_the_figures_of_the_typed_values(
        session, tmp_path):
    bench, path = clicked_right_after_typing(session, tmp_path, lambda b: b.export())
    sheet = openpyxl.load_workbook(path)["Jämförelse"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r and r[0] == "Modell")
    at = {name: i for i, name in enumerate(header)}
    result = {r[at["Kommun"]]: float(r[at["Kostnad"]]) for r in rows
              if r and r[0] == bench.name.value}
    expected = own_costs(bench)
    assert result == expected


def test_a_model_saved_right_after_typing_holds_the_typed_shares(data_dir, params_dir,
                                                                  tmp_path):
    session = Session(data_dir, params_dir)
    bench, _ = clicked_right_after_typing(session, tmp_path, lambda b: b.save())
    (saved,) = [m for m in store.read_models(params_dir) if m["name"] == bench.name.value]
    result = saved["andelar"]
    expected = {k: float(v.replace(",", ".")) for k, v in typed_shares(bench).items()}
    assert result == expected


def test_a_memo_clicked_right_after_typing_is_of_the_typed_shares(session, tmp_path):
    from itvt_lib.workbench import memo_button

    written = []

    def memo(ctx, model, outputs_dir, who, log):
        written.append(model)
        return [outputs_dir / "memo.html"]

    def click(bench):
        bench.memo = memo
        return memo_button.write_memo(bench)

    bench, _ = clicked_right_after_typing(session, tmp_path, click)
    (model,) = written
    result = {k: float(v) for k, v in model.andelar.items()}
    expected = {k: float(v.replace(",", ".")) for k, v in typed_shares(bench).items()}
    assert result == expected
