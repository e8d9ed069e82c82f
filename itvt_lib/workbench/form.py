"""The workbench form (ipywidgets, Swedish labels): period, the models to compare, the
controller's own model, next year's uppräkning; results redrawn as the controller types.

Every number is typed in a text box and read by the project's one number parser
(`core.numbers.parse_typed`): "43,6", "1 150", "−5", "2,5 %"; shown back with a decimal
comma. A bad or empty value shows one Swedish line in the message area and clears the
results until it is fixed; stale figures are never left under new values. What was typed
is kept for the session across driver, pool and period changes.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime

import ipywidgets as w

from ..areas import financing as rules
from ..core.errors import InputError, os_reason, unshowable
from ..core.formatting import esc, join_sv
from ..core.paths import outputs_apart, user_name
from . import charts, decision, events, export, memo_button, results, store
from .clicks import after_typing
from .entry import ENV_FOLDERS, RATE_RANGE, VALUE_MAX, env_folder, read_number, typed_text
from .events import models_changed, params_readable, period_changed, rate_texts, room_for_one_more
from .results import ScenarioError, Session
from .saved import SavedModels
from .tables_view import TablesView

CUSTOM_NAME = "Egen modell"
NAME_MAX = store.NAME_MAX     # characters of a model name
DEBOUNCE = 0.06               # seconds after the last keystroke before the redraw
CONTROLS_WIDTH = "400px"
WIDE = w.Layout(width="390px")
LABEL = {"description_width": "160px"}
# Long labels (kontogrupper, pools) wrap instead of being cut; the results' tables are
# compact enough to sit beside the form at 1 366 px without horizontal scrolling.
STYLE = ("<style>.itvt-wb .widget-label{white-space:normal;line-height:1.15;height:auto;"
         "overflow:visible}.itvt-wb table.itvt-wb-table{font-size:13px}"
         ".itvt-section{font-size:1.17em;margin:1em 0 .5em}</style>")


def number_box(description: str, value: str = "") -> w.Text:
    """A text box for a number, sending every keystroke."""
    return w.Text(value=value, description=description, style=LABEL, layout=WIDE,
                  continuous_update=True)


class Workbench:
    """The form, its results and its buttons; `refresh()` recomputes and redraws."""

    def __init__(self, session: Session, period: str | None = None, outputs_dir=None,
                 debounce: float = DEBOUNCE, memo=None):
        self.session, self.outputs_dir, self.debounce = session, outputs_dir, debounce
        self.memo = memo    # the Beslutsunderlag's builder (publishing.memo.write_memo)
        self.painter = charts.ChartPainter()
        self.outcome: results.Outcome | None = None
        self._quiet = False
        self._pending = None                # the debounced redraw waiting to run
        self._confirm: str | None = None    # the saved name a second click overwrites
        self.redraws = 0                    # how many times the results were drawn
        self._html_cache: dict = {}
        # What the controller entered, kept for the session (across driver, pool, period).
        self.typed: dict[tuple[str, bool, str], str] = {}  # (driver, in %, kommun) -> text
        self.rates_typed: dict[str, str] = {}          # kontogrupp -> text
        self.ticked: dict[str, bool] = {}              # model name -> compared
        self.chosen: dict[str, str] = {}               # pool -> driver
        self.shown_driver: str | None = None
        self.values_percent = False        # the kommun boxes hold shares: "%" allowed
        periods = session.periods
        self.period = w.Dropdown(options=periods, value=session.period_of(period),
                                 description="Period", style=LABEL, layout=WIDE)
        self.models = w.VBox()
        self.name = w.Text(value=CUSTOM_NAME, description="Namn på egen modell", style=LABEL,
                           layout=WIDE, continuous_update=True)
        self.pools = w.VBox()
        self.drivers_note = w.HTML()
        self.grundavgift = number_box("Grundavgift (%)", "0")
        self.values_title = w.HTML()
        self.values = w.VBox()
        self.values_note = w.HTML()
        self.upprakning = w.VBox()
        self.message = w.HTML(layout=w.Layout(min_height="1.5em"), _dom_classes=("itvt-wb-live",))
        self.tables = TablesView()
        self.chart = w.HTML(layout=w.Layout(max_width="100%"))
        self.legend = w.HTML()
        self.results_box = w.VBox([self.legend, self.chart, self.tables])
        self.results_box.add_class("itvt-wb-results")   # hidden by the app if the kernel stops
        self.save_button = w.Button(description="Spara modell", icon="save",
                                    layout=w.Layout(width="auto"))
        self.export_button = w.Button(description="Exportera till Excel", icon="file-excel-o",
                                      layout=w.Layout(width="auto"))
        self.memo_button = w.Button(description="Beslutsunderlag (PDF)", icon="file-pdf-o",
                                    layout=w.Layout(width="auto",
                                                    display=None if memo else "none"))
        self.status = w.HTML(_dom_classes=("itvt-wb-live",))   # the app: role="status"
        self.saved = SavedModels(session, self._saved_changed)
        self.memo_button.on_click(after_typing(lambda: memo_button.write_memo(self)))
        self.save_button.on_click(after_typing(self.save))
        self.export_button.on_click(after_typing(self.export))
        self.period.observe(after_typing(lambda: period_changed(self)), names="value")
        self.name.observe(self._name_changed, names="value")
        self.grundavgift.observe(self._changed, names="value")
        self._build_period()
        controls = w.VBox([
            self.period,
            w.HTML("<h2 class='itvt-section'>Jämför modeller</h2>"), self.models,
            w.HTML("<h2 class='itvt-section'>Egen modell</h2>"), self.name,
            w.HTML("<p>Fördelas efter, per kostnadspool:</p>"), self.pools, self.drivers_note,
            self.grundavgift, self.values_title, self.values, self.values_note,
            w.HTML("<h2 class='itvt-section'>Uppräkning nästa år per kontogrupp (%, antagande)</h2>"),
            self.upprakning,
            w.HBox([self.save_button, self.export_button, self.memo_button],
                   layout=w.Layout(flex_flow="row wrap")), self.status, self.saved.widget],
            layout=w.Layout(width=CONTROLS_WIDTH, flex="0 0 " + CONTROLS_WIDTH))
        shown = w.VBox([self.message, self.results_box],
                       layout=w.Layout(flex="1 1 600px", min_width="0", overflow="auto",
                                     margin="0 0 0 16px"))
        self.widget = w.VBox([w.HTML(STYLE),
                              w.HBox([controls, shown],
                                     layout=w.Layout(flex_flow="row wrap"))])
        self.widget.add_class("itvt-wb")
        self.refresh()

    # ------------------------------------------------------------ building

    def _build_models(self) -> None:
        """The models to compare: those of params/ and the saved ones, ticks kept."""
        models = [m.name for m in self.session.param_models(self.period.value)]
        for box in getattr(self, "model_boxes", {}).values():
            box.unobserve_all()
        self.model_boxes = {name: w.Checkbox(value=self.ticked.get(name, True),
                                             description=name, indent=False,
                                             disabled=i == 0,
                                             layout=w.Layout(width="auto"))
                            for i, name in enumerate(models)}
        for name, box in self.model_boxes.items():
            box.observe(lambda change, name=name: self._tick(name, change), names="value")
        self.models.children = list(self.model_boxes.values())

    def _build_period(self) -> None:
        """Controls that depend on the period: models, pools, driver values, kontogrupper
        (what was entered before is put back)."""
        quiet, self._quiet = self._quiet, True
        period = self.period.value
        ctx = self.session.context(period)
        self._build_models()
        inputs = self.session.inputs(period)
        drivers = self.session.drivers(period)
        options = [(decision.driver_option(d, self.session.data_year(period, d)), d)
                   for d in drivers]
        self.pool_drivers = {}
        for pool in inputs.pools:
            chosen = self.chosen.get(pool, "befolkning")
            choice = w.Dropdown(options=options,
                                value=chosen if chosen in drivers else "befolkning",
                                description=pool, style=LABEL, layout=WIDE)
            choice.observe(lambda change, pool=pool: self._driver_changed(pool, change),
                           names="value")
            self.pool_drivers[pool] = choice
        self.pools.children = list(self.pool_drivers.values())
        self.value_boxes = {k: number_box(k) for k in inputs.kommuner}
        for kommun, box in self.value_boxes.items():
            box.observe(lambda change, kommun=kommun: self._value_typed(kommun, change),
                        names="value")
        self.values.children = list(self.value_boxes.values())
        rates = rate_texts(ctx.params, self.session.kontogrupper(period))
        self.rate_boxes = {g: number_box(g, self.rates_typed.get(g, text))
                           for g, text in rates.items()}
        for group, box in self.rate_boxes.items():
            box.observe(lambda change, group=group: self._rate_typed(group, change),
                        names="value")
        self.upprakning.children = list(self.rate_boxes.values())
        self.shown_driver = None
        self._fill_values()
        self._note_drivers()
        self._quiet = quiet

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
        """Fill the kommun boxes for the driver in use: what was typed for it in the same
        unit this session (befolkning shares never as inhabitants), else the data's values
        (empty where none, with the reason); titled by the driver's name, year and source."""
        driver = self.values_driver()
        if driver == self.shown_driver:
            return
        quiet, self._quiet = self._quiet, True
        self.shown_driver = driver
        period = self.period.value
        self.values_percent = driver == "fast" or driver == "befolkning" and \
            self.session.shares_only(period)   # fixed shares, or befolkning given as shares
        if driver is None:
            self.values_title.value = "<p>Värden per kommun: inga (lika delar).</p>"
            self.values.layout.display = "none"
            self.values_note.value = ""
        else:
            known = self.session.driver_values(period, driver)
            year = self.session.data_year(period, driver)
            source = self.session.inputs(period).sources.get(driver)
            heading = decision.values_heading(driver, year, driver == "befolkning"
                                              and self.session.shares_only(period))
            self.values_title.value = (
                f"<p><b>{esc(heading)}</b> (förifyllda från data"
                + (f"; källa: {esc(source)}" if source else "")
                + "; ändra för att pröva egna värden):</p>")
            self.values.layout.display = None
            for kommun, box in self.value_boxes.items():
                value = known.get(kommun)
                box.value = self.typed.get((driver, self.values_percent, kommun),
                                           typed_text(value))
                box.placeholder = "uppgift saknas" if value is None else ""
            missing = [k for k, v in known.items() if v is None]
            self.values_note.value = "" if not missing or year is None else (
                f'<p class="itvt-wb-missing">{esc(join_sv(missing))}: '
                f"{esc(decision.missing_reason(driver, year, self._file(driver)))}.</p>")
        self._quiet = quiet

    def _file(self, driver: str) -> str:
        return (files := self.session.driver_files()).get(driver) or files[""]

    def _note_drivers(self) -> None:
        """Under the pools: each chosen driver's Swedish name, year and source."""
        chosen = dict.fromkeys(c.value for c in self.pool_drivers.values())
        text = "; ".join(self.session.driver_text(self.period.value, d) for d in chosen)
        self.drivers_note.value = ('<p class="itvt-wb-drivers" style="font-size:90%">'
                                   f"Fördelningsnycklar: {esc(text)}</p>")

    # ------------------------------------------------------------ events

    def _driver_changed(self, pool: str, change) -> None:
        self.chosen[pool] = change["new"]
        self._fill_values()
        self._note_drivers()
        self._changed(change)

    def _tick(self, name: str, change) -> None:
        self.ticked[name] = bool(change["new"])
        self._changed(change)

    def _value_typed(self, kommun: str, change) -> None:
        if not self._quiet and self.shown_driver is not None:
            self.typed[(self.shown_driver, self.values_percent, kommun)] = change["new"]
        self._changed(change)

    def _rate_typed(self, group: str, change) -> None:
        if not self._quiet:
            self.rates_typed[group] = change["new"]
        self._changed(change)

    def _name_changed(self, change) -> None:
        self._confirm = None
        self._changed(change)

    def _changed(self, _change=None) -> None:
        """Redraw: at once, or in the kernel after `debounce` seconds without a keystroke."""
        if self._quiet:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None or self.debounce <= 0:
            self.refresh()
            return
        if self._pending is not None:
            self._pending.cancel()
        self._pending = loop.call_later(self.debounce, self.refresh)

    # ------------------------------------------------------------ the scenario

    def model_name(self) -> str:
        """The custom model's name: required, at most NAME_MAX characters."""
        name = decision.typed_name(self.name.value)
        if not name:
            raise ScenarioError("Ange ett namn på den egna modellen.")
        if len(name) > NAME_MAX:
            raise ScenarioError(f"Namnet är {len(name)} tecken långt; använd högst {NAME_MAX}.")
        reason = unshowable(name)   # a workbook cannot hold it, or it reverses the figures
        if reason:
            raise ScenarioError(f"Namnet: {reason}.")
        return name

    def scenario(self) -> results.Scenario:
        """The form's values as a scenario (a ScenarioError for a value that is unreadable,
        missing or out of range)."""
        driver = self.values_driver()
        values = {}
        if driver is not None:   # shares ("Befolkningsandel per kommun (%)") may say "%"
            for kommun, box in self.value_boxes.items():
                values[kommun] = read_number(box.value, f"Värdet för {kommun}",
                                             percent_sign=self.values_percent, high=VALUE_MAX)
        rates = {}
        for group, box in self.rate_boxes.items():
            rate = read_number(box.value, f"Uppräkningen för {group}", percent_sign=True,
                               low=RATE_RANGE[0], high=RATE_RANGE[1])
            if rate is None:
                raise ScenarioError(f"Ange uppräkningen för {group} i procent (0 om ingen).")
            rates[group] = rate
        base = read_number(self.grundavgift.value, "Grundavgiften", percent_sign=True)
        if base is None:
            raise ScenarioError("Ange grundavgiften i procent (0 om ingen).")
        if not 0 <= base <= 100:
            raise ScenarioError("Grundavgiften ska vara mellan 0 och 100 %.")
        return results.Scenario(
            period=self.period.value,
            compare=[n for n, b in self.model_boxes.items() if b.value],
            custom={"name": self.model_name(),
                    "pools": {p: c.value for p, c in self.pool_drivers.items()},
                    "grundavgift_procent": base},
            values=values, values_driver=driver,
            upprakning={"default": 0.0, "kontogrupper": rates})

    def settle(self) -> bool:
        """A redraw still waiting for the debounce (a button clicked right after a
        keystroke), or one of models another workbench saved, at once, so that the button
        acts on what was typed and on the models as saved; False: the data changed."""
        if self._pending is not None or self.session.models_moved():
            self.refresh()
        return events.data_current(self)

    def refresh(self) -> None:
        """Recompute and redraw (a waiting redraw is then not needed); a bad value: its one
        line, and no results."""
        if self._pending is not None:
            self._pending.cancel()
        self._pending = None
        if self.session.models_moved():   # another workbench wrote the models: its figures
            return self._models_changed()
        try:
            outcome = results.compute(self.session, self.scenario())
        except InputError as exc:
            self.outcome = None                  # results go before the line appears
            self.results_box.layout.display = "none"
            self.tables.value = ""
            self.chart.value = ""
            self.message.value = f'<p class="itvt-wb-error" style="color:#c62828">{esc(exc)}</p>'
            return
        self.outcome = outcome
        self.message.value = ""
        self.chart.value = self.painter.html(outcome, self.period.value, self.colors())
        self.legend.value = self.painter.legend_html(self.period.value)
        self.tables.show(results.table_parts(outcome, self.period.value, self._html_cache))
        self.results_box.layout.display = None
        self.redraws += 1

    def assumptions(self, scenario: results.Scenario, when: datetime) -> list[tuple[str, str]]:
        """What the figures rest on, one line each: period, models, the own model, typed
        values, uppräkning (unless next year's budget is adopted), fingerprints, date, who."""
        ctx = self.session.context(scenario.period)
        custom = scenario.custom or {}
        lines = [("Period", scenario.period),
                 ("Jämförda modeller", join_sv(decision.compared(self.outcome))),
                 ("Egen modell", str(custom.get("name", ""))),
                 *((f"Fördelas efter: {pool}",
                    self.session.driver_text(scenario.period, driver))
                   for pool, driver in (custom.get("pools") or {}).items()),
                 decision.typed_line("Grundavgift", custom.get("grundavgift_procent"), True)]
        if scenario.values_driver is not None:
            named = decision.values_named(scenario.values_driver, self.session.data_year(
                scenario.period, scenario.values_driver), self.values_percent)
            for kommun, value in scenario.values.items():
                lines.append(decision.typed_line(f"{named}: {kommun}", value, self.values_percent))
        adopted = self.outcome.results.inputs.adopted is not None
        lines += [*(decision.typed_line(f"Uppräkning {group}", rate, True) for group, rate in
                    ({} if adopted else scenario.upprakning.get("kontogrupper", {})).items()),
                  ("Indata (fingeravtryck)", ctx.dataset.fingerprint()),
                  ("Parametrar (fingeravtryck)", ctx.params.fingerprint()),
                  ("Datum", when.strftime("%Y-%m-%d %H:%M")), ("Upprättad av", user_name())]
        return lines

    # ------------------------------------------------------------ buttons

    def _saved_spec(self, scenario: results.Scenario) -> dict:
        """The model as it is saved: the custom model as computed, its typed driver values
        (`underlag`, with who typed them and when) and the uppräkning assumed with it."""
        spec = dict(self.outcome.custom_spec)
        if "underlag" in spec:
            spec["underlag"] = {
                **spec["underlag"],
                "kalla": f"angivet i arbetsbänken {date.today().isoformat()}, {user_name()}"}
        spec["upprakning_procent"] = {"default": 0.0, **scenario.upprakning,
                                      "kontogrupper": dict(scenario.upprakning["kontogrupper"])}
        return spec

    def save(self):
        """Spara modell: the custom model into params/modeller.yaml (a saved model of the
        same name after a second click); it appears at once under "Jämför modeller"."""
        if not self.settle():
            return None
        if self.outcome is None or self.outcome.custom_spec is None:
            self.status.value = "<p>Rätta värdena först; modellen sparas inte.</p>"
            return None
        scenario = self.scenario()
        name = self.outcome.custom_spec["name"]
        try:   # the params as they are now (edited by hand meanwhile: maybe bad)
            params_readable(self.session, scenario.period)
            room_for_one_more(self.session, name)
            if self.session.is_saved(name) and self._confirm != name:
                self._confirm = name
                self.status.value = (f"<p>Det finns redan en sparad modell ”{esc(name)}”. "
                                     "Klicka på <b>Spara modell</b> igen för att skriva över "
                                     "den.</p>")
                return None
            self._confirm, spec = None, self._saved_spec(scenario)
            path = store.save_model(spec, self.session.params_dir,   # another tab at once
                                    before=events.still_free(self.session, name))
        except (InputError, OSError) as exc:
            reason = str(exc) if isinstance(exc, InputError) or not exc.strerror else \
                f"{store.models_path(self.session.params_dir)}: {os_reason(exc)}"
            self.status.value = f"<p>Modellen sparades inte: {esc(reason.rstrip('.'))}.</p>"
            return None
        self._models_changed()
        self.status.value = (f"<p>Modellen ”{esc(spec['name'])}” sparades i "
                             f"<code>{esc(path)}</code> och finns nu under Jämför modeller. "
                             "Nästa <code>itvt run</code> visar den på sidan om "
                             "finansieringsmodeller.</p>")
        return path

    def colors(self) -> dict[str, str]:
        """Each model's fixed colour: by its place among the params' models, then the own
        model (decision.model_colors), whichever are ticked."""
        names = [m.name for m in self.session.param_models(self.period.value)]
        return decision.model_colors([*names, decision.typed_name(self.name.value)])

    def _models_changed(self) -> None:
        """params/modeller.yaml changed: list the models again and redraw, at once."""
        models_changed(self)

    def _saved_changed(self, old: str, new: str | None) -> None:
        self._confirm = None   # the model an overwrite was confirmed for is gone or renamed
        ticked = self.ticked.pop(old, True)
        if new is not None:
            self.ticked[new] = ticked
        self._models_changed()

    def export(self):
        """Exportera till Excel: outputs/scenarier/<date>-<name>.xlsx (-2, -3, … when the
        name was exported the same day); show the path."""
        if not self.settle():
            return None
        if self.outcome is None:
            self.status.value = "<p>Rätta värdena först; inget exporterades.</p>"
            return None
        when, path = datetime.now().replace(microsecond=0), None
        try:
            scenario = self.scenario()
            path = export.export_path(self.name.value, self.outputs_dir, when.date())
            path = export.export_excel(self.outcome.tables, path, self.outcome.percent,
                                self.assumptions(scenario, when), when,
                                self.outcome.notes, self.outcome.row_kinds,
                                self.outcome.results.decimals, results.captions(scenario.period))
        except InputError as exc:
            self.status.value = f"<p>Inget exporterades: {esc(exc)}</p>"
            return None
        except OSError as exc:
            folder = exc.filename or (path.parent if path else "utdatamappen")  # disk full
            self.status.value = (f"<p>Inget exporterades: {esc(folder)} går inte att "
                                 f"skriva ({esc(os_reason(exc))}); välj en annan "
                                 "mapp.</p>")
            return None
        self.status.value = f"<p>Exporterat till <code>{esc(path)}</code>.</p>"
        return path


def open_workbench(period: str | None = None, data_dir=None, params_dir=None,
                   outputs_dir=None, show: bool = True, memo=None) -> Workbench | None:
    """Load the data, build the form and show it (the workbench notebook's one call).
    Folders not given come from $ITVT_DATA_DIR, $ITVT_PARAMS_DIR, $ITVT_OUTPUTS_DIR, else
    the project's data/, params/, outputs/. `memo`: the Beslutsunderlag's builder (the
    notebook passes publishing.memo.write_memo; without it there is no such button). Bad
    data or params: shown as one Swedish line instead of the form (raised when not shown)."""
    from IPython.display import display

    data_dir = env_folder(data_dir, ENV_FOLDERS["data_dir"])
    params_dir = env_folder(params_dir, ENV_FOLDERS["params_dir"])
    outputs_dir = env_folder(outputs_dir, ENV_FOLDERS["outputs_dir"])
    try:
        bench = Workbench(Session(data_dir, params_dir), period,
                          outputs_apart(outputs_dir, data_dir, params_dir), memo=memo)
    except InputError as exc:   # bad data or params: the app says so in one line
        if not show:
            raise
        display(w.HTML(f'<p class="itvt-wb-error" style="color:#c62828">Arbetsbänken kan '
                       f"inte öppnas: {esc(exc)}</p>"))
        return None
    if show:
        display(bench.widget)
        return None
    return bench
