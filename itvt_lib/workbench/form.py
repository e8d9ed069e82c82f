"""The workbench form (ipywidgets, Swedish labels): period, the models to compare, the
controller's own model, next year's uppräkning; results redrawn on every change.

A bad value shows one Swedish line in the message area and clears the results until it is
fixed; stale figures are never left under new values.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import os
from pathlib import Path

import ipywidgets as w

from ..areas import financing as rules
from ..core.errors import InputError
from ..core.formatting import esc
from . import export, results, store
from .results import Session, driver_label

CUSTOM_NAME = "Egen modell"
WIDE = w.Layout(width="420px")
LABEL = {"description_width": "190px"}


class Workbench:
    """The form, its results and its two buttons; `refresh()` recomputes and redraws."""

    def __init__(self, session: Session, period: str | None = None, outputs_dir=None):
        self.session, self.outputs_dir = session, outputs_dir
        self.painter = results.ChartPainter()
        self.outcome: results.Outcome | None = None
        self._quiet = False
        self.redraws = 0                    # how many times the results were drawn
        self._html_cache: dict = {}
        periods = session.periods
        self.period = w.Dropdown(options=periods, value=period or periods[-1],
                                 description="Period", style=LABEL, layout=WIDE)
        self.models = w.VBox()
        self.name = w.Text(value=CUSTOM_NAME, description="Namn på egen modell", style=LABEL,
                           layout=WIDE)
        self.pools = w.VBox()
        self.grundavgift = w.FloatText(value=0.0, description="Grundavgift (%)", style=LABEL,
                                       layout=WIDE)
        self.values_title = w.HTML()
        self.values = w.VBox()
        self.upprakning = w.VBox()
        self.message = w.HTML(layout=w.Layout(min_height="1.5em"))
        self.tables = w.HTML()
        self.chart = w.HTML(layout=w.Layout(max_width="100%"))
        self.legend = w.HTML()
        self.results_box = w.VBox([self.legend, self.chart, self.tables])
        self.save_button = w.Button(description="Spara modell", icon="save")
        self.export_button = w.Button(description="Exportera till Excel", icon="file-excel-o")
        self.status = w.HTML()
        self.save_button.on_click(lambda _: self.save())
        self.export_button.on_click(lambda _: self.export())
        self.period.observe(lambda _: self._period_changed(), names="value")
        self.name.observe(self._changed, names="value")
        self.grundavgift.observe(self._changed, names="value")
        self._build_period()
        controls = w.VBox([
            self.period,
            w.HTML("<h3>Jämför modeller</h3>"), self.models,
            w.HTML("<h3>Egen modell</h3>"), self.name, self.pools, self.grundavgift,
            self.values_title, self.values,
            w.HTML("<h3>Uppräkning nästa år per kontogrupp (%, antagande)</h3>"),
            self.upprakning,
            w.HBox([self.save_button, self.export_button]), self.status],
            layout=w.Layout(width="440px", flex="0 0 440px"))
        shown = w.VBox([self.message, self.results_box],
                       layout=w.Layout(flex="1 1 auto", overflow="auto"))
        self.widget = w.VBox([w.HTML("<h2>Scenarier: finansieringsmodeller</h2>"),
                              w.HBox([controls, shown])])
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_period(self) -> None:
        """Controls that depend on the period: models, pools, driver values, kontogrupper."""
        self._quiet = True
        period = self.period.value
        ctx = self.session.context(period)
        models = [m["name"] for m in self.session.param_models(period)]
        self.model_boxes = {name: w.Checkbox(value=True, description=name, indent=False,
                                             disabled=i == 0)
                            for i, name in enumerate(models)}
        for box in self.model_boxes.values():
            box.observe(self._changed, names="value")
        self.models.children = list(self.model_boxes.values())
        inputs = self.session.inputs(period)
        options = [(driver_label(d), d) for d in self.session.drivers(period)]
        self.pool_drivers = {}
        for pool in inputs.pools:
            choice = w.Dropdown(options=options, value="befolkning",
                                description=f"Fördelas efter: {pool}", style=LABEL,
                                layout=WIDE)
            choice.observe(self._driver_changed, names="value")
            self.pool_drivers[pool] = choice
        self.pools.children = list(self.pool_drivers.values())
        self.value_boxes = {k: w.FloatText(description=k, style=LABEL, layout=WIDE)
                            for k in inputs.kommuner}
        for box in self.value_boxes.values():
            box.observe(self._changed, names="value")
        self.values.children = list(self.value_boxes.values())
        raw = rules.param_upprakning(ctx.params) or {}
        default = float(raw.get("default", 0) or 0)
        groups = raw.get("kontogrupper") or {}
        self.rate_boxes = {g: w.FloatText(value=float(groups.get(g, default)), description=g,
                                          style=LABEL, layout=WIDE)
                           for g in self.session.kontogrupper(period)}
        for box in self.rate_boxes.values():
            box.observe(self._changed, names="value")
        self.upprakning.children = list(self.rate_boxes.values())
        self._fill_values()
        self._quiet = False

    def values_driver(self) -> str | None:
        """Whose values the kommun boxes hold: fixed shares if a pool uses them, else the
        first count driver of the data (calls, users, ...), else the first other driver
        with values (lika has none)."""
        drivers = [c.value for c in self.pool_drivers.values()]
        if "fast" in drivers:
            return "fast"
        counts = [d for d in drivers if d not in rules.BUILTIN_DRIVERS]
        return next(iter(counts), next((d for d in drivers if d != "lika"), None))

    def _fill_values(self) -> None:
        """Prefill the kommun boxes from the data (empty where the data has no value)."""
        driver = self.values_driver()
        quiet, self._quiet = self._quiet, True
        if driver is None:
            self.values_title.value = "<p>Värden per kommun: inga (lika delar).</p>"
            self.values.layout.display = "none"
        else:
            known = self.session.driver_values(self.period.value, driver)
            self.values_title.value = (f"<p>Värden per kommun för "
                                       f"<b>{esc(driver_label(driver))}</b> (förifyllda från "
                                       "data; ändra för att pröva egna värden):</p>")
            self.values.layout.display = None
            for kommun, box in self.value_boxes.items():
                value = known.get(kommun)
                box.value = 0.0 if value is None else value
                box.placeholder = "uppgift saknas" if value is None else ""
            self._prefilled_missing = {k for k, v in known.items() if v is None}
        self._quiet = quiet

    # ------------------------------------------------------------ events

    def _period_changed(self) -> None:
        self._build_period()
        self.refresh()

    def _driver_changed(self, _change) -> None:
        self._fill_values()
        self.refresh()

    def _changed(self, _change) -> None:
        if not self._quiet:
            self.refresh()

    # ------------------------------------------------------------ the scenario

    def scenario(self) -> results.Scenario:
        """The form's values as a scenario."""
        driver = self.values_driver()
        values = {}
        for kommun, box in self.value_boxes.items():
            missing = kommun in getattr(self, "_prefilled_missing", set()) and box.value == 0
            values[kommun] = None if missing else float(box.value)
        rates = {g: float(b.value) for g, b in self.rate_boxes.items()}
        return results.Scenario(
            period=self.period.value,
            compare=[n for n, b in self.model_boxes.items() if b.value],
            custom={"name": self.name.value,
                    "pools": {p: c.value for p, c in self.pool_drivers.items()},
                    "grundavgift_procent": self.grundavgift.value},
            values=values, values_driver=driver,
            upprakning={"default": 0.0, "kontogrupper": rates})

    def refresh(self) -> None:
        """Recompute and redraw; a bad value: its one line, and no results."""
        try:
            outcome = results.compute(self.session, self.scenario())
        except InputError as exc:
            self.outcome = None
            self.message.value = f'<p class="itvt-wb-error" style="color:#c62828">{esc(exc)}</p>'
            self.tables.value = ""
            self.results_box.layout.display = "none"
            return
        self.outcome = outcome
        self.message.value = ""
        self.chart.value = self.painter.html(outcome, self.period.value)
        self.legend.value = self.painter.legend_html(self.period.value)
        self.tables.value = results.tables_html(outcome, self.period.value, self._html_cache)
        self.results_box.layout.display = None
        self.redraws += 1

    # ------------------------------------------------------------ buttons

    def save(self):
        """Spara modell: the custom model into params/modeller.yaml; show the path."""
        if self.outcome is None or self.outcome.custom_spec is None:
            self.status.value = "<p>Rätta värdena först; modellen sparas inte.</p>"
            return None
        spec = results.saveable(self.outcome.custom_spec, self.session, self.scenario())
        path = store.save_model(spec, self.session.params_dir)
        self.status.value = (f"<p>Modellen ”{esc(spec['name'])}” sparades i "
                             f"<code>{esc(path)}</code>. Nästa <code>itvt run</code> visar "
                             "den på sidan om finansieringsmodeller.</p>")
        return path

    def export(self):
        """Exportera till Excel: outputs/scenarier/<date>-<name>.xlsx; show the path."""
        if self.outcome is None:
            self.status.value = "<p>Rätta värdena först; inget exporterades.</p>"
            return None
        path = export.export_path(self.name.value or "scenario", self.outputs_dir)
        export.export_excel(self.outcome.tables, path, self.outcome.percent)
        self.status.value = f"<p>Exporterat till <code>{esc(path)}</code>.</p>"
        return path


ENV_FOLDERS = {"data_dir": "ITVT_DATA_DIR", "params_dir": "ITVT_PARAMS_DIR",
               "outputs_dir": "ITVT_OUTPUTS_DIR"}


def env_folder(given, variable: str) -> Path | None:
    """The folder given, else the environment variable's (made absolute against the
    kernel's working directory when the workbench opens), else None: the project's."""
    if given is not None:
        return Path(given)
    value = os.environ.get(variable, "").strip()
    return Path(value).resolve() if value else None


def open_workbench(period: str | None = None, data_dir=None, params_dir=None,
                   outputs_dir=None, show: bool = True) -> Workbench | None:
    """Load the data, build the form and show it (the workbench notebook's one call).
    Folders not given come from $ITVT_DATA_DIR, $ITVT_PARAMS_DIR, $ITVT_OUTPUTS_DIR, else
    the project's data/, params/, outputs/."""
    from IPython.display import display

    data_dir = env_folder(data_dir, ENV_FOLDERS["data_dir"])
    params_dir = env_folder(params_dir, ENV_FOLDERS["params_dir"])
    outputs_dir = env_folder(outputs_dir, ENV_FOLDERS["outputs_dir"])
    bench = Workbench(Session(data_dir, params_dir), period, outputs_dir)
    if show:
        display(bench.widget)
        return None
    return bench
