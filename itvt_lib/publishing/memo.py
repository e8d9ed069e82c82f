"""Beslutsunderlag: a decision memo comparing one financing model with the current one,
per kommun, for the report year, the closed years on record and next year's budget, with
the assumptions and the driver sources; HTML and PDF through the packet's page pipeline
(its CSS, committee tables, the report's PDF printer).

Written to <outputs>/scenarier/Beslutsunderlag-<modell>-<datum>.html and .pdf, atomically;
a memo of the same model the same day gets -2, -3, … and never replaces an earlier one.
`itvt beslutsunderlag --modell NAMN` builds one for a model of params/ (a model saved in
the workbench included); the workbench's button gets `write_memo` passed in by its
notebook. See docs/ARCHITECTURE.md, "Layers".
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path

from markupsafe import Markup

from .. import __version__
from ..areas import financing
from ..areas.allocation import SHARE_SUM_TOLERANCE
from ..areas.financing import decision
from ..core.context import ReportContext
from ..core.encoding import nfc
from ..core.errors import InputError, ParamError, os_reason
from ..core.formatting import (
    amount,
    count,
    fmt_percent,
    fmt_tkr,
    isolated,
    join_sv,
    own_decimals,
)
from ..core.params import text
from ..core.paths import (
    DATA_DIR,
    OUTPUTS_DIR,
    PARAMS_DIR,
    SCENARIO_FOLDER,
    file_slug,
    scenario_folder,
    user_name,
)
from ..core.settings import name_key
from . import pdf
from .failing_checks import failed_checks
from .lock import OutputError
from .notebooks import check_agenda_pages

FOLDER = SCENARIO_FOLDER
PREFIX = "Beslutsunderlag"
SIGN_LEGEND = ("Skillnad = vald modell − nuvarande modell: positivt = kommunen betalar mer, "
               "negativt = kommunen betalar mindre.")
TOTAL = "Summa"
READABLE = 0o644   # the memo is read by others (mkstemp makes 0600)


def chosen_model(ctx: ReportContext, name: str) -> financing.FinancingModel:
    """The model named `name` (`name_key`: as the params tell names apart) among the
    params' models (those saved from the workbench included), not the current one; else a
    ParamError naming the models there are."""
    models = financing.param_models(ctx.params) or [financing.CURRENT_MODEL]
    names = [nfc(m.name) for m in models]
    wanted = nfc(str(name).strip())   # typed on a Mac: NFD
    if name_key(wanted) == name_key(names[0]):
        raise ParamError(f"--modell: ”{wanted}” är den nuvarande modellen; välj en annan "
                         f"modell att jämföra med ({join_sv(names[1:]) or 'det finns ingen'}).")
    for model, model_name in zip(models[1:], names[1:], strict=True):
        if name_key(model_name) == name_key(wanted):
            return model
    raise ParamError(f"--modell: det finns ingen modell ”{wanted}” i params/ eller "
                     f"params/modeller.yaml; välj en av: {', '.join(names[1:]) or 'inga'}.")


# The memo tables' column labels beside the two models' names (their cost columns).
LABELS = ("Kommun", "År", decision.DIFFERENCE_TKR, decision.DIFFERENCE_SHARE)


def names_apart_from_labels(names) -> None:
    """A model's name is none of the memo tables' other column labels (`LABELS`, as
    `name_key` tells names apart): its costs would stand under a second "Kommun" or
    "Skillnad (tkr)"; else a ParamError asking for another name."""
    labels = {name_key(label): label for label in LABELS}
    for name in names:
        if name_key(name) in labels:
            raise ParamError(f"Modellnamnet ”{name}” är också en kolumnrubrik i "
                             f"beslutsunderlaget ({join_sv(LABELS)}); byt namn på modellen.")


def memo_results(ctx: ReportContext, model: financing.FinancingModel) -> financing.Results:
    """The current model and `model` compared for the period; next year's budget raised
    by the uppräkning saved with the model, else by the parameters'."""
    current = (financing.param_models(ctx.params) or [financing.CURRENT_MODEL])[0]
    upprakning = model.upprakning_procent or financing.param_upprakning(ctx.params)
    return financing.compare(ctx.dataset, ctx.period, [current, model], upprakning, None,
                             ctx.params.share_decimals, source="Beslutsunderlag")


def unused_values(year) -> str:
    """What the Antaganden add to typed values that no year of the memo uses."""
    what = "värdena saknar år" if year is None else f"värdena för {year} ger inget av " \
        "beslutsunderlagets år sin fördelningsgrund"
    return f"; används inte: {what}, siffrorna bygger på underlaget i data"


def typed_year(model, underlag, typed: dict[str, str]) -> int | None:
    """The year of a model's typed values in the driver they stand for (`stands_for`)."""
    own = financing.typed_driver(model.name)
    return None if underlag.ar is None else financing.stands_for(own, underlag.ar, typed)[1]


def typed_as_shares(driver: str, varden) -> bool:
    """Typed values are shares in percent: befolkning, every value given, summing to
    100 ± SHARE_SUM_TOLERANCE (as the form takes befolkningsandelar)."""
    values = list(varden.values())
    return driver == "befolkning" and bool(values) and None not in values and \
        abs(sum(float(v) for v in values) - 100) <= SHARE_SUM_TOLERANCE + 1e-9


def typed_value_text(value, shares: bool, driver: str) -> str:
    """A typed driver value as the form shows it, with the decimals written: a share in
    percent ("43,6 %"), budgetandel's kommunbidrag in tkr ("9 000 tkr"), a count as is."""
    if shares:
        return _percent_text(value)
    shown = count(own_decimals(value), zero="0").text(value)
    return f"{shown} tkr" if driver == "budgetandel" else shown


def typed_shares_as_used(results: financing.Results, underlag) -> str:
    """Typed values that are shares (`typed_as_shares`) as the figures use them (rounded as
    a key, `financing.andelar_as_used`); "" for counts."""
    if not typed_as_shares(underlag.fordelningsnyckel, underlag.varden):
        return ""
    kommuner = results.inputs.kommuner
    return financing.andelar_as_used(kommuner, [underlag.varden.get(k) for k in kommuner],
                                     results.decimals)


def _percent_text(value) -> str:
    """A typed percent as written, at least one decimal ("3,0 %", "12,25 %")."""
    return fmt_percent(float(value) / 100, max(1, own_decimals(value)))


def saved_driver(model: financing.FinancingModel, pool: str) -> str:
    """The driver a saved model names for a pool (its own, else the model's)."""
    return (model.pools or {}).get(pool, model.driver)


def assumption_lines(ctx: ReportContext, model: financing.FinancingModel,
                     results: financing.Results,
                     when: datetime, who: str) -> list[tuple[str, str]]:
    """What the memo's figures rest on, one (what, value) line each: the model, its driver
    per pool, grundavgift, fixed shares, typed driver values with their source, uppräkning
    per kontogrupp, period, the fingerprints of the inputs and the parameters, date and
    who."""
    chosen = results.models[1]
    lines = [("Modell", chosen.name), ("Jämförs med", results.models[0].name)]
    for pool in results.inputs.pools:
        lines.append((f"Fördelas efter: {pool}",   # the saved model's driver, never the
                      financing.driver_label(saved_driver(model, pool))))   # typed one's code
    lines.append(("Grundavgift", _percent_text(chosen.grundavgift * 100)))
    if chosen.andelar is not None:
        lines.append(("Fasta andelar", join_sv([
            f"{k} {_percent_text(v)}" for k, v in zip(results.inputs.kommuner, chosen.andelar,
                                                     strict=True)])
            + financing.andelar_as_used(results.inputs.kommuner, chosen.andelar,
                                        results.decimals)))
    underlag = model.underlag
    if underlag:
        years = [y for y in dict.fromkeys(results.comparison["År"]) if y <= ctx.period.year]
        shares = typed_as_shares(underlag.fordelningsnyckel, underlag.varden)
        used = financing.typed_year_used(results.inputs, chosen, underlag, years,
                                         ctx.period.year + 1)
        lines.append((f"Egna värden för {financing.driver_label(underlag.fordelningsnyckel)}",
                      join_sv([f"{k} {typed_value_text(v, shares, underlag.fordelningsnyckel)}"
                               for k, v in underlag.varden.items()])
                      + (typed_shares_as_used(results, underlag) if used else "")
                      + f" ({underlag.kalla})" + ("" if used else unused_values(
                          typed_year(chosen, underlag, results.inputs.typed)))))
    raised = (f"budget {ctx.period.year + 1} enligt data"
              if results.inputs.adopted is not None
              else "sparad med modellen" if model.upprakning_procent else "parametrarna")
    column = financing.rate_column(results.next_budget)   # adopted: its change, signed
    changed = column == financing.CHANGE_COLUMN
    for group, rate in results.next_budget[column].items():
        shown = fmt_percent(rate / 100, 1, signed=True) if changed else _percent_text(rate)
        lines.append((f"{'Förändring' if changed else 'Uppräkning'} {ctx.period.year + 1}: "
                      f"{group}", f"{shown if rate == rate else 'uppgift saknas'} ({raised})"))
    lines += [("Period", f"{ctx.period} ({ctx.period.report_title()})"),
              ("Indata (fingeravtryck)", ctx.dataset.fingerprint()),
              ("Parametrar (fingeravtryck)", ctx.params.fingerprint()),
              ("Datum", when.strftime("%Y-%m-%d %H:%M")), ("Upprättad av", who)]
    return lines


def sentence_share(rel: float) -> str:
    """The change in percent as the table prints it, in parentheses: "" where the table has
    none to give (the current cost 0) or prints it as "– %" (under 0,05 % in size)."""
    shown = "" if rel != rel else decision.CHANGE_SHARE.text(rel)
    return "" if shown in ("", decision.CHANGE_SHARE.text(0.0)) else f" ({shown})"


def summary_lines(table, chosen: str, year: int, word: str) -> list[str]:
    """Per kommun, what it would pay under the chosen model against the current one (the
    change in percent as `sentence_share`)."""
    lines = []
    for row in table.itertuples(index=False):
        diff, rel = row[3], row[4]
        if diff != diff:
            lines.append(f"{row[0]}: uppgift saknas för {isolated(chosen)} {year} (ett underlag för "
                         "året finns inte i data).")
        elif decision.reads_as_no_difference(diff):
            lines.append(f"{row[0]} skulle betala lika mycket med {chosen} som med nuvarande "
                         f"modell ({word} {year}).")
        else:
            share = sentence_share(rel)
            lines.append(f"{row[0]} skulle betala {fmt_tkr(abs(diff))} "
                         f"{'mer' if diff > 0 else 'mindre'}{share} "
                         f"med {chosen} än med nuvarande modell ({word} {year}).")
    return lines


def missing_year_lines(results: financing.Results, years) -> list[str]:
    """Why the chosen model has no figure for a year: the year's cost of a joint
    kostnadsställe (a pool), or the driver year, not in the data (a driver of typed values
    named as the driver they stand for, with its data year: `financing.stands_for`)."""
    chosen = results.models[1]
    pools = {yc.year: yc.pools for yc in results.inputs.years}
    rows = results.comparison[results.comparison["Modell"] == chosen.name]
    lines = []
    for year in years:
        absent = [p for p, cost in pools.get(int(year), {}).items() if cost != cost]
        if absent and rows[rows["År"] == year]["Kostnad"].isna().any():
            lines.append(f"Uppgift saknas för {isolated(chosen.name)} {year}: kostnaden för "
                         f"{join_sv(absent)} {year} finns inte i data.")
        for own, own_year in financing.missing_drivers(results.inputs, chosen, int(year)):
            driver, data_year = financing.stands_for(own, own_year, results.inputs.typed)
            lines.append(f"Uppgift saknas för {isolated(chosen.name)} {year}: underlaget för "
                         f"{financing.driver_label(driver)} {data_year} finns inte i data.")
    return lines


def next_year_lines(results: financing.Results, model: financing.FinancingModel,
                    year: int) -> list[str]:
    """Page 80's notes on next year's budget; where the model keeps its own uppräkning,
    the first (which names the parameters' uppräkning) says so instead."""
    lines = financing.next_year_notes(results, year)
    if model.upprakning_procent and results.inputs.adopted is None:
        lines[0] = (f"Budget {year} är ett antagande: budget {year - 1} per kontogrupp "
                    "uppräknad med uppräkningen som sparades med modellen (se Antaganden).")
    return lines


def _table(frame, caption: str, label_columns: int, bold_last: bool = False) -> Markup:
    from ..core.presentation import committee_table
    from .pages import _scrolling_tables

    formats = {c: amount() for c in frame.columns[label_columns:]}
    formats[decision.DIFFERENCE_TKR] = amount(signed=True)
    formats[decision.DIFFERENCE_SHARE] = decision.CHANGE_SHARE
    if "År" in frame.columns:
        frame = frame.assign(År=frame["År"].astype(int).astype(str))
    bold = [bold_last and i == len(frame) - 1 for i in range(len(frame))]
    styler = committee_table(frame, formats=formats, caption=caption,
                             label_columns=label_columns, bold_rows=bold)
    return Markup(_scrolling_tables(styler.to_html()))


def checks_banner(count: int, period) -> str:
    """A memo of a period whose checks fail (`count`) says so atop: its data do not add up."""
    if not count:
        return ""
    one = count == 1
    return (f"{count} {'kontroll visar' if one else 'kontroller visar'} fel för {period} "
            f"(itvt check --period {period} listar {'den' if one else 'dem'}): underlaget går "
            "inte ihop, så beslutsunderlagets siffror kan vara fel.")


def memo_html(ctx: ReportContext, model: financing.FinancingModel, when: datetime, who: str,
              banner: str = "") -> str:
    """The memo as one offline HTML page (Swedish, the packet's CSS, lang="sv"); `banner`
    (`checks_banner`) heads it."""
    # Imported here: the app imports this module when it opens, and needs these only
    # when the button is clicked (a second less before its first render on 2 cores).
    from .pages import _jinja, page_css

    try:
        results = financing.summing_to_nettokostnad(ctx, memo_results(ctx, model))
    except InputError as exc:   # a model's costs counted twice or not at all: no memo
        raise InputError(f"beslutsunderlaget skrivs inte: {exc}") from None
    chosen, year = results.models[1].name, ctx.period.year
    names_apart_from_labels([results.models[0].name, chosen])
    word = financing.measure_word(ctx.period)
    now = decision.total_row(decision.report_year_versus(results, year, chosen), "Kommun",
                             TOTAL)
    record = decision.record_years_versus(results, year, chosen)
    following = decision.total_row(decision.next_year_versus(results, chosen), "Kommun",
                                   TOTAL)
    underlag = model.underlag
    sources = financing.driver_explanations(results)
    if underlag:
        sources.append(f"Egna värden för "
                       f"{financing.driver_label(underlag.fordelningsnyckel)}: "
                       f"{underlag.kalla}.")
    return _jinja().get_template("memo.html.j2").render(
        css=Markup(page_css()), banner=banner, namnd=text(ctx.params, "namnd"), model=chosen,
        current=results.models[0].name, year=year, next_year=year + 1, word=word,
        period_title=ctx.period.report_title(), legend=SIGN_LEGEND,
        summary=[*summary_lines(now[now["Kommun"] != TOTAL], chosen, year, word),
                 *missing_year_lines(results, [year])],
        now=_table(now, f"Kostnad per kommun, {word} {year} (tkr)", 1, True),
        record=_table(record, "Kostnad per kommun, avslutade år (utfall, tkr)", 2)
        if len(record) else None,
        record_notes=[*missing_year_lines(results, dict.fromkeys(record["År"])),
                      *financing.partial_year_lines(results, record["År"])],
        following=_table(following, f"Budget {year + 1} per kommun (tkr)", 1, True),
        next_notes=next_year_lines(results, model, year + 1),
        assumptions=assumption_lines(ctx, model, results, when, who), sources=sources,
        footnote=financing.footnote_text(), fingerprint=ctx.dataset.fingerprint(),
        parameters=ctx.params.fingerprint(),
        generated=when.strftime("%Y-%m-%d %H:%M"), version=__version__, period=str(ctx.period))


def _claim(folder: Path, stem: str, content: str) -> Path:
    """Write `content` to folder/<stem>.html atomically under a name not yet used by an
    .html or .pdf, a dangling link included (stem, stem-2, stem-3, …); never replaces a
    file, and a failed write (a full disk) leaves no temporary file behind."""
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".memo-", suffix=".html")
    try:
        os.chmod(tmp, READABLE)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        n = 1
        while True:
            name = stem if n == 1 else f"{stem}-{n}"
            target = folder / f"{name}.html"
            if not os.path.lexists(folder / f"{name}.pdf"):
                try:
                    os.link(tmp, target)   # fails if the name was taken meanwhile
                    return target
                except FileExistsError:
                    pass
            n += 1
    finally:
        os.unlink(tmp)


def memo_stem(model_name: str, day) -> str:
    """Beslutsunderlag-<model as a file name>-<YYYY-MM-DD>."""
    return f"{PREFIX}-{file_slug(model_name)}-{day.isoformat()}"


def write_memo(ctx: ReportContext, model: financing.FinancingModel, outputs_dir=None, *,
               when: datetime | None = None, who: str | None = None,
               log: Callable[[str], None] = print, with_pdf: bool = True) -> list[Path]:
    """Write the memo for `model` (a typed model of the params) as HTML and PDF into
    <outputs>/scenarier/ and return the paths (the PDF left out, with one line said
    through `log`, when no Chromium can print it); one of a period whose checks fail says
    so atop and through `log`, and a published report of the period from other inputs
    through `log` too (the command's and the workbench's memo alike); an agenda `itvt
    check` refuses (`check_agenda_pages`: a page not in the packet, a copied meeting) is
    bad input."""
    check_agenda_pages(ctx, [])
    when = when or datetime.now().replace(microsecond=0)
    who = who or user_name()
    stem = memo_stem(model.name, when.date())   # a name unfit for a file: refused
    banner = checks_banner(len(failed_checks(ctx)), ctx.period)
    html = memo_html(ctx, model, when, who, banner)
    folder = scenario_folder(outputs_dir)   # a symlink out of the outputs: refused
    try:
        target = _claim(folder, stem, html)
    except OSError as exc:   # a read-only folder, a full disk
        raise OutputError(f"{exc.filename or folder}: beslutsunderlaget kan inte skrivas "
                          f"({os_reason(exc)}); välj en annan utdatamapp. Inget skrevs.") from None
    if banner:
        log(f"varning: {target}: {banner}")
    current = (financing.param_models(ctx.params) or [financing.CURRENT_MODEL])[0]
    warning = published_with_other_inputs(
        outputs_dir, ctx.period, ctx.dataset.fingerprint(),
        ctx.params.model_dump(mode="json", exclude_none=True), (current.name, model.name))
    if warning:
        log(warning)
    if not with_pdf:
        return [target]
    chromium = pdf.printer(log)
    if chromium is None:
        return [target]
    printed = target.with_suffix(".pdf")
    handle, tmp = tempfile.mkstemp(dir=folder, prefix=".memo-", suffix=".pdf")
    os.close(handle)
    os.chmod(tmp, READABLE)
    try:
        # Its own thread: Playwright's sync API refuses to run inside an event loop (the
        # app's kernel calls this from one).
        with ThreadPoolExecutor(1) as worker:
            worker.submit(pdf.print_pdf, target, Path(tmp), chromium).result()
        os.replace(tmp, printed)
    except Exception as exc:   # the browser crashed or hung: the HTML stands, said once
        log(f"obs: Chromium {chromium} kunde inte skriva ut beslutsunderlaget "
            f"({type(exc).__name__}): HTML skrevs utan PDF")
        return [target]
    finally:
        Path(tmp).unlink(missing_ok=True)
    return [target, printed]


# The parameters page 80's figures rest on besides data/ (the manifest's "parameters").
PAGE_80_PARAMETERS = ("financing_models", "upprakning_procent", "share_decimals")


def memo_parameters(parameters: dict, models) -> dict:
    """The `PAGE_80_PARAMETERS` of dumped `parameters` a memo of the two `models` (names:
    the current and the chosen one) rests on: of the financing models only those two."""
    kept = {key: parameters.get(key) for key in PAGE_80_PARAMETERS}
    kept["financing_models"] = [m for m in kept["financing_models"] or []
                                if isinstance(m, dict) and m.get("name") in models]
    return kept


def published_with_other_inputs(outputs_dir, period, fingerprint: str,
                                parameters: dict, models=()) -> str | None:
    """A warning when the published report of `period` in the output folder
    (<outputs>/<period>/manifest.json) was built from other data (its fingerprint) or
    other `memo_parameters` for `models` than the memo's: its page 80 may show other
    figures; None when no report is there or they agree."""
    manifest = Path(outputs_dir if outputs_dir is not None else OUTPUTS_DIR) / str(period) \
        / "manifest.json"
    if not manifest.is_file():   # none published, or a FIFO that would never answer
        return None
    try:
        published = json.loads(manifest.read_text(encoding="utf-8"))
        theirs, their_parameters = published.get("fingerprint"), published.get("parameters")
    except (OSError, ValueError, AttributeError):
        return None
    if not isinstance(theirs, str) or not isinstance(their_parameters, dict):
        return None
    ours, theirs_used = memo_parameters(parameters, models), memo_parameters(their_parameters,
                                                                             models)
    changed = [key for key in PAGE_80_PARAMETERS if key in their_parameters
               and theirs_used[key] != ours[key]]
    if theirs == fingerprint and not changed:
        return None
    what = (f"andra indata (fingeravtryck {theirs}, beslutsunderlaget {fingerprint})"
            if theirs != fingerprint else "")
    if changed:
        what += (" och " if what else "") + f"andra parametrar ({', '.join(changed)})"
    return (f"varning: {manifest}: den publicerade rapporten för {period} bygger på {what}; "
            f"siffrorna kan skilja sig från dess sida 80 tills itvt run --period {period} "
            "körs igen.")


def memo_for(name: str, period: str = "latest", data_dir=None, params_dir=None,
             outputs_dir=None, log: Callable[[str], None] = print) -> list[Path]:
    """`itvt beslutsunderlag`: the memo of the params' model `name` for `period`."""
    from ..areas import open_report
    from .outputs import apart_from_inputs

    apart_from_inputs(outputs_dir if outputs_dir is not None else OUTPUTS_DIR,
                      (data_dir or DATA_DIR, params_dir or PARAMS_DIR))
    ctx = open_report(period, data_dir, params_dir)
    model = chosen_model(ctx, name)
    return write_memo(ctx, model, outputs_dir, log=log)
