"""Changes of the form that read the params again (a period chosen, params/modeller.yaml
written): params made bad meanwhile (a file edited by hand while the form is open) are the
form's one Swedish line, from `Workbench.refresh`, never a traceback, and never the figures
of the earlier choice left under the new one.
See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

from ..areas import financing as rules
from ..core.errors import InputError, ParamError
from ..core.formatting import esc
from ..core.settings import MAX_MODELS
from .decision import typed_text
from .results import Session


def params_readable(session: Session, period: str) -> None:
    """Read the params of `period` again; bad ones raise their InputError before anything
    is written."""
    session.forget_params()
    session.param_models(period)


def room_for_one_more(session: Session, name: str) -> None:
    """A model saved under a new name leaves every period's list of models within
    MAX_MODELS (page 80 shows no more: one more makes the params bad input and stops every
    run); else a ParamError asking to delete one first (a period already bad is left to
    its run)."""
    if session.is_saved(name):
        return
    for period in session.params_periods():
        try:
            count = len(session.param_models(period))
        except InputError:
            continue
        if count >= MAX_MODELS:
            raise ParamError(f"{period} har redan {count} modeller och högst {MAX_MODELS} går "
                             "att visa; ta bort en under Sparade modeller först")


def still_free(session: Session, name: str):
    """A check for the moment of writing (store.save_model's `before`): the params read
    again, `room_for_one_more`, and a name not saved now that was not saved at the click
    (another tab saved it meanwhile: a ParamError, never written over unasked)."""
    was_saved = session.is_saved(name)

    def check() -> None:
        session.forget_params()
        if not was_saved and session.is_saved(name):
            raise ParamError(f"”{name}” sparades nyss från en annan flik; klicka igen om du "
                             "vill skriva över den")
        room_for_one_more(session, name)
    return check


def rebuilt(bench, build) -> None:
    """Run `build` (controls rebuilt from the params) quietly, then redraw; when the params
    are bad the redraw reads them again and shows their one line instead of results."""
    quiet = bench._quiet
    try:
        build()
    except InputError:
        pass    # refresh() below meets the same error and shows it
    finally:
        bench._quiet = quiet
    bench.refresh()


def rate_texts(params, kontogrupper) -> dict[str, str]:
    """Each kontogrupp's uppräkning as the params set it (its own rate, else the default,
    else 0), written as the form's boxes show it."""
    raw = rules.param_upprakning(params) or {}
    default = float(raw.get("default", 0) or 0)
    groups = raw.get("kontogrupper") or {}
    return {g: typed_text(float(groups.get(g, default))) for g in kontogrupper}


def params_rates(bench) -> None:
    """The uppräkning boxes the controller has not typed in show the params' rates as they
    are now on disk (a rate typed stays)."""
    rates = rate_texts(bench.session.context(bench.period.value).params, bench.rate_boxes)
    for group, box in bench.rate_boxes.items():
        if group not in bench.rates_typed:
            box.value = rates[group]


def models_changed(bench) -> None:
    """A params file changed: list the models again, put the params' uppräkning in the
    boxes not typed in, and redraw, at once."""
    bench.session.forget_params()

    def build():
        bench._quiet = True
        bench._build_models()
        params_rates(bench)
        bench.saved.update()
    rebuilt(bench, build)


def period_changed(bench) -> None:
    """Another period chosen: its controls (what was typed put back), then its results."""
    before = period_controls(bench)
    rebuilt(bench, bench._build_period)
    now = {id(widget) for widget in period_controls(bench)}
    for widget in before:   # replaced: a keystroke still reaching one (the browser shows
        if id(widget) not in now:   # it until the new ones arrive) is not kept for later
            widget.unobserve_all()


def period_controls(bench) -> list:
    """The controls a period change replaces: pool drivers, kommun boxes, uppräkning."""
    return [*bench.pool_drivers.values(), *bench.value_boxes.values(),
            *bench.rate_boxes.values()]


def data_current(bench) -> bool:
    """Whether the form's figures are still the data's; else (a value corrected in the data
    folder while the form is open) its results give way to one line, the button says why
    and does nothing (False): no export, memo or model of the old data's figures."""
    if not bench.session.data_moved():
        return True
    bench.refresh()   # results.compute refuses: the line instead of the old figures
    bench.status.value = f"<p>Inget skrevs: {esc(bench.session.stale)}.</p>"
    return False
